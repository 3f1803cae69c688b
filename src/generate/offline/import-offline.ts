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
import { writeDatasetFiles } from "./dataset-files.js";

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
  const dir = path.join(options.home, "import-csv");
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  try {
    const written = await writeDatasetFiles(
      dir,
      { seed, spec, register, scope, plan },
      options.progress ?? silentProgress,
    );
    const imported = await runAdminImport(adminFiles(written.files), {
      home: options.home,
      log: options.log,
    });
    checkCounts(written.files, imported);
    return {
      scale: options.scale,
      seed,
      counts: written.counts,
      nodes: imported.nodes,
      relationships: imported.relationships,
      csvSeconds: written.seconds,
      importSeconds: imported.seconds,
      emptyLists: written.files.flatMap(({ spec, emptyArrays }) =>
        spec.kind === "nodes"
          ? [...emptyArrays].map((property) => ({ label: spec.labels.at(-1)!, property }))
          : [],
      ),
    };
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
  await applySchema(driver, database);
  for (const { label, property } of imported.emptyLists) {
    await driver.executeQuery(
      `MATCH (n:$($label)) WHERE n[$property] IS NULL SET n[$property] = []`,
      { label, property },
      { database },
    );
  }
  await driver.executeQuery("CALL db.awaitIndexes(3600)", {}, { database });
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
