import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

// Node resolves `graphql` to its CommonJS build (the package has no "exports" map), and so do
// Apollo Server and @neo4j/graphql. Vite would hand our own modules the .mjs build instead: two
// copies of graphql-js, whose classes do not recognise each other ("another module or realm").
const graphqlEntry = createRequire(import.meta.url).resolve("graphql");

// Three tiers: unit (pure code, no database), integration (a real Neo4j and a real Stanford
// CoreNLP, each started once in globalSetup), e2e (a real headless Chromium against the running app). Integration and e2e
// files share one Neo4j database, so their files run one after another.
export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlEntry }] },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts", "tests/e2e/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/setup/neo4j.global.ts", "tests/setup/nlp.global.ts"],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
