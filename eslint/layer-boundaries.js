/**
 * The layers of src/ and what each may import, enforced with eslint's own no-restricted-imports.
 *
 * - A layer is reached from outside only through its `index.js` (src/nlp also through `types.js`,
 *   the parse types every phase of the extraction reads). The shared kernel (src/config,
 *   src/errors, src/model, src/jvm) has no layer rules: its modules are imported one by one.
 * - Some layers must not import others at all (FORBIDDEN below): src/ingest stays pure (no
 *   database, no files of the seed, no register loader), the API reaches the extraction only
 *   through src/importer, nothing in src/ imports the CLI, scripts or tests, scripts never
 *   import tests.
 *
 * Import paths are matched as written (relative), so the patterns anchor on `../` runs followed
 * by a layer's folder name; no layer has a subfolder named like another layer.
 */

export const LAYERS = [
  "api",
  "backup",
  "bulk",
  "cli",
  "db",
  "evaluate",
  "generate",
  "graph",
  "importer",
  "ingest",
  "nlp",
  "reference",
  "seed",
  "stats",
];

/** Besides index.js, the modules of a layer other layers may import directly. */
const EXTRA_ENTRIES = { nlp: ["types.js"] };

const EVERYTHING = [...LAYERS, "config"];

/** layer -> [layers it must not import, why] */
export const FORBIDDEN = {
  ingest: [
    [...EVERYTHING.filter((layer) => layer !== "ingest" && layer !== "nlp"), "jvm"],
    "src/ingest is pure: text and reference data in, facts out; callers load the data and write the facts",
  ],
  graph: [
    ["api", "cli", "importer", "ingest", "seed", "generate", "evaluate", "backup", "stats", "reference"],
    "src/graph writes facts; it knows neither where they come from nor who reads them",
  ],
  importer: [
    ["api", "cli", "generate", "evaluate", "backup", "stats"],
    "the importer serves the API and CLI",
  ],
  api: [
    ["ingest", "seed", "cli", "generate", "evaluate", "backup", "bulk", "reference", "stats"],
    "the API reaches the extraction and the reference data only through src/importer",
  ],
  seed: [["api", "cli", "importer", "generate", "evaluate"], "the seed loads files through the graph writer"],
  reference: [
    ["api", "cli", "importer", "ingest", "seed", "generate", "graph", "evaluate"],
    "the register is read and loaded on its own",
  ],
  generate: [
    ["api", "cli", "importer", "ingest", "seed", "evaluate"],
    "the generator writes its own dataset",
  ],
  evaluate: [["api", "cli", "importer", "db", "graph", "bulk", "backup"], "the evaluation writes nothing"],
  backup: [
    ["api", "cli", "importer", "ingest", "seed", "generate", "evaluate"],
    "backups read and write the graph only",
  ],
  stats: [["api", "cli", "importer", "ingest", "seed", "generate", "evaluate"], "stats only read the graph"],
  bulk: [EVERYTHING.filter((layer) => !["bulk", "config"].includes(layer)), "bulk writing is a library"],
  db: [EVERYTHING.filter((layer) => !["db", "config"].includes(layer)), "the database layer is a library"],
  nlp: [EVERYTHING.filter((layer) => !["nlp", "config"].includes(layer)), "the language model is a library"],
};

const KERNEL = {
  model: "src/model is the shared vocabulary: it imports nothing of the layers",
  errors: "src/errors is the shared error-code table: it imports nothing",
  config: "src/config reads the environment: it imports nothing of the layers",
  jvm: "src/jvm runs Java child processes: it imports nothing of the layers",
};

const up = "^(\\.\\./)+(src/)?";

function forbid(layer, why) {
  return { regex: `${up}${layer}/`, message: `must not import src/${layer}: ${why}.` };
}

function throughIndex(layer) {
  const entries = ["index\\.js", ...(EXTRA_ENTRIES[layer] ?? []).map((file) => file.replace(".", "\\."))];
  return {
    regex: `${up}${layer}/(?!(${entries.join("|")})$)`,
    message: `import src/${layer} through its index.js, not its internal modules.`,
  };
}

const NO_TESTS = { regex: "^(\\.\\./)+tests/", message: "only tests import from tests/." };
const NO_SCRIPTS = { regex: "^(\\.\\./)+scripts/", message: "src/ never imports scripts/." };

function rule(patterns, paths = []) {
  return { "no-restricted-imports": ["error", { paths, patterns }] };
}

const NO_DATABASE_DRIVER = { name: "neo4j-driver", message: "src/ingest is pure: no database." };

const layerConfigs = LAYERS.map((layer) => {
  const [forbidden, why] = FORBIDDEN[layer] ?? [["cli"], "nothing in src/ imports the CLI"];
  const others = LAYERS.filter((other) => other !== layer && !forbidden.includes(other));
  return {
    files: [`src/${layer}/**/*.ts`],
    rules: rule(
      [
        ...forbidden.map((other) => forbid(other, why)),
        ...others.map(throughIndex),
        ...(layer === "cli" ? [] : [forbid("cli", "nothing in src/ imports the CLI")]),
        NO_TESTS,
        NO_SCRIPTS,
      ].filter((pattern, index, all) => all.findIndex((p) => p.regex === pattern.regex) === index),
      layer === "ingest" ? [NO_DATABASE_DRIVER] : [],
    ),
  };
});

const kernelConfigs = Object.entries(KERNEL).map(([kernel, why]) => ({
  files: [`src/${kernel}/**/*.ts`],
  rules: rule([...LAYERS.map((layer) => forbid(layer, why)), NO_TESTS, NO_SCRIPTS]),
}));

export const layerBoundaries = [
  ...layerConfigs,
  ...kernelConfigs,
  { files: ["scripts/**/*.ts", "scripts/**/*.js"], rules: rule([...LAYERS.map(throughIndex), NO_TESTS]) },
];
