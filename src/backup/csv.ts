/** csv/<Label>.csv per node label and csv/relationships.csv, for spreadsheet users (RFC 4180). */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { NodeLine, RelationshipLine } from "./format.js";
import { cellText } from "./values.js";

const quote = (cell: string): string => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
const row = (cells: string[]): string => `${cells.map(quote).join(",")}\r\n`;

/** Writes the CSV files and returns their paths relative to `outDir`. */
export function writeCsvPerLabel(
  outDir: string,
  nodes: NodeLine[],
  relationships: RelationshipLine[],
): string[] {
  mkdirSync(path.join(outDir, "csv"), { recursive: true });
  const byLabel = new Map<string, NodeLine[]>();
  for (const node of nodes) {
    for (const label of node.labels) {
      const members = byLabel.get(label) ?? [];
      members.push(node);
      byLabel.set(label, members);
    }
  }
  const files: string[] = [];
  for (const [label, members] of [...byLabel].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const columns = [...new Set(members.flatMap((node) => Object.keys(node.properties)))].sort();
    const ordered = columns.includes("id") ? ["id", ...columns.filter((column) => column !== "id")] : columns;
    const lines = [row(["labels", ...ordered])];
    for (const node of members)
      lines.push(
        row([node.labels.join(";"), ...ordered.map((column) => cellText(node.properties[column] ?? null))]),
      );
    const file = path.join("csv", `${label}.csv`);
    writeFileSync(path.join(outDir, file), lines.join(""));
    files.push(file);
  }
  const relationshipLines = [row(["type", "start", "end", "properties"])];
  for (const relationship of relationships)
    relationshipLines.push(
      row([relationship.type, relationship.start, relationship.end, JSON.stringify(relationship.properties)]),
    );
  const file = path.join("csv", "relationships.csv");
  writeFileSync(path.join(outDir, file), relationshipLines.join(""));
  return [...files, file];
}
