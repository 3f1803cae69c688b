/**
 * Runs `neo4j-admin database import full` from the Neo4j jars the launcher already has
 * (org.neo4j.cli.AdminTool), against the store under an embedded Neo4j's home folder. The
 * database must not be running: the offline importer writes the store files directly, which is
 * why it is orders of magnitude faster than transactions. Constraints and indexes are not part
 * of it (the Community record format cannot build them during import); they are created when
 * Neo4j starts on the new store.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import readline from "node:readline";
import { buildLauncher, launcherClasspath } from "./embedded-neo4j.js";

export interface AdminImportFiles {
  nodes: { labels: readonly string[]; path: string }[];
  relationships: { type: string; path: string }[];
  /** Files with values spanning lines (parsed more slowly). */
  multiline: string[];
  arrayDelimiter: string;
}

export interface AdminImportOptions {
  /** The embedded Neo4j's home: the store goes to HOME/data/databases/neo4j. */
  home: string;
  database?: string;
  heap?: string;
  log?: (line: string) => void;
}

export interface AdminImportResult {
  nodes: number;
  relationships: number;
  properties: number;
  seconds: number;
}

export function adminImportArguments(
  files: AdminImportFiles,
  database: string,
  reportFile: string,
): string[] {
  return [
    "database",
    "import",
    "full",
    ...files.nodes.map((f) => `--nodes=${f.labels.join(":")}=${f.path}`),
    ...files.relationships.map((f) => `--relationships=${f.type}=${f.path}`),
    ...(files.multiline.length > 0
      ? ["--multiline-fields-format=v2", `--multiline-fields=${files.multiline.join(",")}`]
      : []),
    `--array-delimiter=${files.arrayDelimiter}`,
    // Generated input is exact: one bad entry is a bug, not something to skip.
    "--bad-tolerance=0",
    "--overwrite-destination=true",
    `--report-file=${reportFile}`,
    database,
  ];
}

export async function runAdminImport(
  files: AdminImportFiles,
  options: AdminImportOptions,
): Promise<AdminImportResult> {
  await buildLauncher(options.log);
  const database = options.database ?? "neo4j";
  const reportFile = path.join(options.home, "import.report");
  const started = performance.now();
  const child = spawn(
    "java",
    [
      `-Xmx${options.heap ?? "2g"}`,
      "-XX:+UseG1GC",
      "-cp",
      launcherClasspath(),
      "org.neo4j.cli.AdminTool",
      ...adminImportArguments(files, database, reportFile),
    ],
    { env: { ...process.env, NEO4J_HOME: options.home }, stdio: ["ignore", "pipe", "pipe"] },
  );
  const output: string[] = [];
  const collect = (line: string): void => {
    output.push(line);
    if (output.length > 200) output.shift();
    options.log?.(line);
  };
  readline.createInterface({ input: child.stdout }).on("line", collect);
  readline.createInterface({ input: child.stderr }).on("line", collect);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once("error", (error) => reject(new Error(`Could not run java for neo4j-admin: ${error.message}`)));
    child.once("exit", resolve);
  });
  const text = output.join("\n");
  if (code !== 0 || !/IMPORT DONE/.test(text)) {
    throw new Error(`neo4j-admin database import failed (exit ${code}):\n${output.slice(-40).join("\n")}`);
  }
  const count = (what: string): number =>
    Number(new RegExp(`^\\s*(\\d+) ${what}$`, "m").exec(text)?.[1] ?? 0);
  return {
    nodes: count("nodes"),
    relationships: count("relationships"),
    properties: count("properties"),
    seconds: (performance.now() - started) / 1000,
  };
}
