/**
 * Writes tests/fixtures/corpus/split.json, the one split of the real-news corpus into dev and
 * test. The split is made once and committed; run without --write this only checks that the
 * committed split is what the seeded rule gives.
 *   npx tsx scripts/split-corpus.ts [--write]
 */
import { existsSync, writeFileSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";
import { readCorpus, readSplit, SPLIT_FILE, splitCorpus } from "../src/evaluate/index.js";

const committedRead = existsSync(SPLIT_FILE) ? readSplit().readWhileTuning : [];
const split = splitCorpus(readCorpus(), undefined, committedRead);
if (process.argv.includes("--write")) {
  if (existsSync(SPLIT_FILE)) throw new Error(`${SPLIT_FILE} exists: the split is made once.`);
  writeFileSync(SPLIT_FILE, `${JSON.stringify(split, null, 2)}\n`);
  console.log(`dev ${split.dev.length}, test ${split.test.length} -> ${SPLIT_FILE}`);
} else {
  const same = isDeepStrictEqual(readSplit(), split);
  console.log(
    same ? "The committed split is the seeded one." : "The committed split differs from the seeded one.",
  );
  process.exitCode = same ? 0 : 1;
}
