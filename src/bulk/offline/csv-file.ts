/**
 * One CSV file in the layout `neo4j-admin database import` reads: a typed header
 * (`id:ID(Fact)`, `year:long`, `:START_ID(Fact)`, ...) and one record per node or relationship.
 * csv-stringify does the quoting; what is ours is the mapping of values to what the importer
 * understands:
 * - every string is quoted, so an empty string ("") stays an empty string while null or
 *   undefined (an empty, unquoted field) leaves the property out, as SET n.p = null does;
 * - arrays are joined with ARRAY_DELIMITER; an empty array cannot be written (the importer
 *   reads it as absent), so the file remembers which properties had one, to be set afterwards;
 * - the file remembers whether any value spans lines, which the importer must be told.
 */
import { once } from "node:events";
import { createWriteStream, type WriteStream } from "node:fs";
import { stringify, type Stringifier } from "csv-stringify";

export type ColumnType = "string" | "long" | "double" | "boolean" | "date" | "string[]";

export interface Column {
  name: string;
  type?: ColumnType;
}

/** U+001F (unit separator): never part of a name, alias or text. */
export const ARRAY_DELIMITER = "\u001f";
export const ARRAY_DELIMITER_OPTION = "U+001F";

export interface NodeFile {
  kind: "nodes";
  path: string;
  labels: readonly string[];
  /** The ID space the node ids are unique in (relationship files name it). */
  idSpace: string;
  /** Properties after `id`, which is always the first column. */
  columns: readonly Column[];
}

export interface RelationshipFile {
  kind: "relationships";
  path: string;
  type: string;
  from: string;
  to: string;
  columns: readonly Column[];
}

export type ImportFile = NodeFile | RelationshipFile;

export function headerOf(file: ImportFile): string[] {
  const properties = file.columns.map((c) =>
    c.type && c.type !== "string" ? `${c.name}:${c.type}` : c.name,
  );
  return file.kind === "nodes"
    ? [`id:ID(${file.idSpace})`, ...properties]
    : [`:START_ID(${file.from})`, `:END_ID(${file.to})`, ...properties];
}

export class CsvFile {
  readonly spec: ImportFile;
  records = 0;
  multiline = false;
  /** Properties for which some record held an empty array. */
  readonly emptyArrays = new Set<string>();
  private readonly csv: Stringifier;
  private readonly out: WriteStream;
  private readonly arrayColumns: number[];
  /** Columns before the properties: the id, or the two ends of a relationship. */
  private readonly offset: number;

  constructor(spec: ImportFile) {
    this.spec = spec;
    this.offset = spec.kind === "nodes" ? 1 : 2;
    this.arrayColumns = spec.columns.flatMap((c, i) => (c.type === "string[]" ? [i + this.offset] : []));
    // Booleans are written as the strings the importer reads ("true"/"false") before they reach
    // csv-stringify: its cast hook merges options per field, which costs more than the rest.
    this.csv = stringify({ quoted_string: true });
    this.out = createWriteStream(spec.path);
    this.csv.pipe(this.out);
    this.csv.write(headerOf(spec));
  }

  /** Ids first (one for a node, two for a relationship), then the columns in order. */
  async write(values: unknown[]): Promise<void> {
    for (const index of this.arrayColumns) {
      const value = values[index] as readonly string[] | null | undefined;
      if (value && value.length === 0) this.emptyArrays.add(this.spec.columns[index - this.offset]!.name);
      values[index] = value && value.length > 0 ? value.join(ARRAY_DELIMITER) : null;
    }
    for (let i = 0; i < values.length; i++) {
      if (typeof values[i] === "boolean") values[i] = values[i] ? "true" : "false";
    }
    if (!this.multiline) this.multiline = values.some((v) => typeof v === "string" && /[\r\n]/.test(v));
    this.records++;
    if (!this.csv.write(values)) await once(this.csv, "drain");
  }

  async close(): Promise<void> {
    const finished = once(this.out, "finish");
    this.csv.end();
    await finished;
  }
}
