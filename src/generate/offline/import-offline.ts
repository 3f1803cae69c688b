/**
 * The fast path for a first load: the municipal register and a generated set written as CSV and
 * loaded by `neo4j-admin database import full` into a new store (the database must be stopped;
 * the store is replaced). Afterwards, with Neo4j running on that store, `completeOfflineImport`
 * creates the schema (index population happens here), sets what CSV cannot carry (empty alias
 * lists) and writes the GeneratedSet manifest last, so an interrupted load is never taken for a
 * complete one. Same scale and seed, same graph as `loadMunicipalRegister` + `generateDataset`.
 */
import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { ARRAY_DELIMITER_OPTION, type CsvFile, type Progress, silentProgress } from "../../bulk/index.js";
import { type AdminImportResult, applySchema, runAdminImport } from "../../db/index.js";
import { DEFAULT_REGISTER_DIR, readRegister } from "../../reference/index.js";
import { DEFAULT_SEED, GENERATOR_VERSION, planDataset, type GeneratedCounts } from "../generate-dataset.js";
import { WRITE_GENERATED_SET } from "../generate-cypher.js";
import { scopeOfRegister } from "../read-scope.js";
import { SCALE_SPECS, type Scale } from "../scales.js";
import { type DatasetFiles, type DatasetRows, writeDatasetFiles, writeRowsAsCsv } from "./dataset-files.js";

export interface OfflineImportOptions {
  /** The embedded Neo4j's home folder; its store is replaced. */
  home: string;
  scale: Scale;
  seed?: number;
  registerDirectory?: string;
  progress?: Progress;
  log?: (line: string) => void;
}

export interface OfflineImport {
  scale: Scale;
  seed: number;
  counts: GeneratedCounts;
  nodes: number;
  relationships: number;
  csvSeconds: number;
  importSeconds: number;
  /** Label and property of every list that must be set to [] after the import. */
  emptyLists: { label: string; property: string }[];
}

export async function importDatasetOffline(options: OfflineImportOptions): Promise<OfflineImport> {
  const seed = options.seed ?? DEFAULT_SEED;
  const spec = SCALE_SPECS[options.scale];
  const register = await readRegister(options.registerDirectory ?? DEFAULT_REGISTER_DIR, {
    ...(spec.stateKeys === "all" ? {} : { stateKeys: spec.stateKeys }),
  });
  const scope = scopeOfRegister(register);
  const plan = planDataset(seed, scope, spec);
  let written: DatasetFiles | undefined;
  const imported = await importCsv(
    options.home,
    async (dir) => {
      written = await writeDatasetFiles(
        dir,
        { seed, spec, register, scope, plan },
        options.progress ?? silentProgress,
      );
      return written.files;
    },
    options.log,
  );
  return {
    scale: options.scale,
    seed,
    counts: written!.counts,
    nodes: imported.nodes,
    relationships: imported.relationships,
    csvSeconds: written!.seconds,
    importSeconds: imported.seconds,
    emptyLists: imported.emptyLists,
  };
}

/** Rows of one's own (a test's small graph) through the same files and the same import. */
export function importRowsOffline(home: string, rows: DatasetRows): ReturnType<typeof importCsv> {
  return importCsv(home, async (dir) => {
    const expected = { availability: 0, articles: 0 };
    return (await writeRowsAsCsv(dir, rows, silentProgress, expected)).files;
  });
}

/** Writes the files into `<home>/import-csv`, imports them into a new store, and removes them. */
async function importCsv(
  home: string,
  write: (dir: string) => Promise<CsvFile[]>,
  log?: (line: string) => void,
): Promise<AdminImportResult & Pick<OfflineImport, "emptyLists">> {
  const dir = path.join(home, "import-csv");
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  try {
    const files = await write(dir);
    const imported = await runAdminImport(adminFiles(files), { home, log });
    checkCounts(files, imported);
    const emptyLists = files.flatMap(({ spec, emptyArrays }) =>
      spec.kind === "nodes"
        ? [...emptyArrays].map((property) => ({ label: spec.labels.at(-1)!, property }))
        : [],
    );
    return { ...imported, emptyLists };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** With Neo4j running on the imported store: schema, empty lists, then the manifest. Returns seconds. */
export async function completeOfflineImport(
  driver: Driver,
  database: string,
  imported: OfflineImport,
): Promise<number> {
  const started = performance.now();
  await completeImport(driver, database, imported.emptyLists);
  await driver.executeQuery(
    WRITE_GENERATED_SET,
    {
      properties: {
        scale: imported.scale,
        seed: imported.seed,
        version: GENERATOR_VERSION,
        ...imported.counts,
      },
    },
    { database },
  );
  return (performance.now() - started) / 1000;
}

/** What any imported store needs before use: the schema with its indexes online, and the empty lists CSV cannot carry. */
export async function completeImport(
  driver: Driver,
  database: string,
  emptyLists: OfflineImport["emptyLists"],
): Promise<void> {
  await applySchema(driver, database);
  for (const { label, property } of emptyLists) {
    await driver.executeQuery(
      `MATCH (n:$($label)) WHERE n[$property] IS NULL SET n[$property] = []`,
      { label, property },
      { database },
    );
  }
  await driver.executeQuery("CALL db.awaitIndexes(3600)", {}, { database });
}

function adminFiles(files: CsvFile[]) {
  return {
    nodes: files.flatMap((f) =>
      f.spec.kind === "nodes" ? [{ labels: f.spec.labels, path: f.spec.path }] : [],
    ),
    relationships: files.flatMap((f) =>
      f.spec.kind === "relationships" ? [{ type: f.spec.type, path: f.spec.path }] : [],
    ),
    multiline: files.filter((f) => f.multiline).map((f) => f.spec.path),
    arrayDelimiter: ARRAY_DELIMITER_OPTION,
  };
}

/** The importer must have taken every record written: anything else is a bug in the files. */
function checkCounts(files: CsvFile[], imported: AdminImportResult): void {
  const sum = (kind: string): number =>
    files.filter((f) => f.spec.kind === kind).reduce((total, f) => total + f.records, 0);
  const expected = { nodes: sum("nodes"), relationships: sum("relationships") };
  if (expected.nodes !== imported.nodes || expected.relationships !== imported.relationships) {
    throw new Error(
      `neo4j-admin imported ${imported.nodes} nodes and ${imported.relationships} relationships; ` +
        `the files hold ${expected.nodes} and ${expected.relationships}`,
    );
  }
}
