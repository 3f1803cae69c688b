/**
 * Builds the explorer (index.html) and the offline GraphQL IDE (graphiql.html) into dist/explorer/,
 * which the API serves at / and, for browsers, at /graphql. Everything is bundled: no CDN.
 * Mode "bench" builds only the benchmark page (bench.html) into dist/explorer-bench/ instead.
 */
import path from "node:path";
import { defineConfig } from "vite";

const root = import.meta.dirname;

export default defineConfig(({ mode }) => {
  const bench = mode === "bench";
  const input: Record<string, string> = bench
    ? { bench: path.resolve(root, "bench.html") }
    : { index: path.resolve(root, "index.html"), graphiql: path.resolve(root, "graphiql.html") };
  return {
    root,
    // Relative asset URLs: graphiql.html is served at /graphql, index.html at /.
    base: "./",
    publicDir: false,
    logLevel: "warn",
    build: {
      outDir: path.resolve(root, bench ? "../../dist/explorer-bench" : "../../dist/explorer"),
      emptyOutDir: true,
      target: "es2022",
      chunkSizeWarningLimit: 4000,
      rollupOptions: {
        input,
        // React libraries mark modules "use client"; meaningless in a client-only bundle.
        onwarn(warning, warn) {
          if (warning.code !== "MODULE_LEVEL_DIRECTIVE") warn(warning);
        },
      },
    },
    worker: { format: "es" },
  };
});
