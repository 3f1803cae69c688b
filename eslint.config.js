import js from "@eslint/js";
import tseslint from "typescript-eslint";
import { layerBoundaries } from "./eslint/layer-boundaries.js";

export default tseslint.config(
  { ignores: ["dist/", "data/", "neo4j/", "node_modules/", "test-results/", "src/explorer/dist/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["bin/**/*.js", "scripts/**/*.js", "eslint/**/*.js"],
    languageOptions: { globals: { process: "readonly", console: "readonly" } },
  },
  ...layerBoundaries,
);
