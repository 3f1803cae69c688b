/** `npm run docs:errors`: writes docs/errors.md from the error-code and exit-code tables. */
import { writeFileSync } from "node:fs";
import { ERROR_DOCS_PATH, renderErrorDocs } from "./lib/error-docs.js";

writeFileSync(ERROR_DOCS_PATH, await renderErrorDocs());
console.log(`Wrote ${ERROR_DOCS_PATH}`);
