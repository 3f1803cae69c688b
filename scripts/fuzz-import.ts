/**
 * Fuzzes the news extraction (npm run fuzz:import [-- --runs N]): fast-check generates and
 * mutates news texts (random bytes, huge lines, nested HTML, control characters, absurd dates,
 * unbalanced quotes, pieces of the seed news) and every input must end in either a coded
 * IngestError or facts that pass the fact schema, within a time bound (no hang).
 * Prints the figures: inputs tried, crashes, hangs, coded errors, articles and facts.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { projectRoot } from "../src/config/env.js";
import { buildGazetteer, extractArticles, INGEST_ERROR_CODES, IngestError } from "../src/ingest/index.js";
import { loadReferenceData } from "../src/seed/index.js";
import { articleSchema, factSchema } from "../src/model/fact.js";
import { openNlp } from "./lib/nlp.js";

const runsArgument = process.argv.indexOf("--runs");
const RUNS = runsArgument > 0 ? Number(process.argv[runsArgument + 1]) : 500;
/** One extraction may take this long before it counts as a hang: 10 s plus 60 s per MB (the model parses it). */
const hangLimitMs = (length: number): number => 10_000 + (60_000 * length) / 1_000_000;

const seedsDir = path.resolve(projectRoot, "..", "shared", "seeds");
const seedTexts = readdirSync(seedsDir)
  .filter((file) => file.endsWith(".txt"))
  .map((file) => readFileSync(path.join(seedsDir, file), "utf8"));
const seedLines = seedTexts.flatMap((text) => text.split("\n")).filter((line) => line.trim());

const reference = loadReferenceData();
const gazetteer = buildGazetteer(reference);
const model = await openNlp();
const nlp = model.client;

const absurdDate = fc.oneof(
  fc.constantFrom(
    "31.02.2025",
    "00.00.0000",
    "29.02.2023",
    "7. Brumaire 2025",
    "99.99.99999",
    "1.1.-5",
    "2025-13-45",
  ),
  fc
    .tuple(
      fc.integer({ min: -99, max: 999 }),
      fc.integer({ min: -99, max: 99 }),
      fc.integer({ min: -9999, max: 99999 }),
    )
    .map(([d, m, y]) => `${d}.${m}.${y}`),
);
const controlChars = fc.string({
  unit: fc.integer({ min: 0, max: 31 }).map((code) => String.fromCharCode(code)),
  maxLength: 50,
});
const nestedHtml = fc
  .integer({ min: 1, max: 3_000 })
  .chain((depth) =>
    fc
      .constantFrom("div", "p", "span", "b", "script", "article")
      .map(
        (tag) =>
          `${`<${tag}>`.repeat(depth)}Sachsen leitet das Projekt.${`</${tag}>`.repeat(Math.floor(depth / 2))}`,
      ),
  );
const seedLine = fc.constantFrom(...seedLines);
const quoteNoise = fc.constantFrom('"', "„", "“", "»", "«", "'", "‚");

/** A seed-like text with pieces replaced, doubled, cut or sprinkled with noise. */
const mutatedSeed = fc
  .tuple(
    fc.constantFrom(...seedTexts),
    fc.array(fc.tuple(fc.nat(), fc.oneof(controlChars, absurdDate, quoteNoise, seedLine, fc.string())), {
      maxLength: 20,
    }),
  )
  .map(([text, edits]) => {
    let out = text;
    for (const [position, insert] of edits) {
      const at = position % (out.length + 1);
      out = out.slice(0, at) + insert + out.slice(at + (position % 7));
    }
    return out;
  });

const input = fc.oneof(
  { weight: 3, arbitrary: fc.uint8Array({ maxLength: 4_000 }).map((bytes) => Buffer.from(bytes)) },
  { weight: 3, arbitrary: fc.string({ maxLength: 2_000 }) },
  { weight: 3, arbitrary: fc.string({ unit: "grapheme", maxLength: 1_000 }) },
  // Huge lines are slow to extract; one input in twenty is one.
  {
    weight: 1,
    arbitrary: fc
      .integer({ min: 10_000, max: 1_000_000 })
      .map((length) => "Sachsen ".repeat(Math.ceil(length / 8)).slice(0, length)),
  },
  { weight: 2, arbitrary: nestedHtml },
  {
    weight: 3,
    arbitrary: fc
      .array(fc.oneof(seedLine, absurdDate, controlChars, quoteNoise), { maxLength: 40 })
      .map((parts) => parts.join(" ")),
  },
  {
    weight: 3,
    arbitrary: fc.tuple(absurdDate, seedLine, quoteNoise).map(([date, line, q]) => `${date}\n${q}${line}\n`),
  },
  { weight: 2, arbitrary: mutatedSeed },
);

const figures = { inputs: 0, codedErrors: 0, articles: 0, facts: 0, crashes: 0, hangs: 0, slowestMs: 0 };
const errorCodes: Record<string, number> = {};
const allowedCodes = new Set<string>(INGEST_ERROR_CODES);

const started = performance.now();
const details = await fc.check(
  fc.asyncProperty(input, async (text) => {
    figures.inputs++;
    const t0 = performance.now();
    try {
      const articles = await extractArticles(text, { reference, gazetteer, nlp, publishedAt: "2025-02-07" });
      for (const { article, facts } of articles) {
        articleSchema.parse(article);
        for (const fact of facts) factSchema.parse(fact);
        figures.articles++;
        figures.facts += facts.length;
      }
    } catch (error) {
      if (error instanceof IngestError && allowedCodes.has(error.code)) {
        figures.codedErrors++;
        errorCodes[error.code] = (errorCodes[error.code] ?? 0) + 1;
      } else {
        figures.crashes++;
        throw error;
      }
    } finally {
      const ms = performance.now() - t0;
      figures.slowestMs = Math.max(figures.slowestMs, ms);
      if (ms > hangLimitMs(text.length)) {
        figures.hangs++;
        // eslint-disable-next-line no-unsafe-finally
        throw new Error(`extraction of ${text.length} characters took ${Math.round(ms)} ms`);
      }
    }
  }),
  { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? 20_250_207), endOnFailure: true },
);
if (details.failed) {
  const example = JSON.stringify(
    details.counterexample?.[0] instanceof Buffer ? "<bytes>" : details.counterexample?.[0],
  );
  console.error(
    `FAILED (seed ${details.seed}, path ${details.counterexamplePath}): ${String(details.errorInstance)}`,
  );
  console.error(`input (${example.length} characters): ${example.slice(0, 300)}`);
  process.exitCode = 1;
}

console.log(
  JSON.stringify(
    {
      ...figures,
      slowestMs: Math.round(figures.slowestMs),
      errorCodes,
      seconds: Math.round((performance.now() - started) / 1000),
    },
    null,
    2,
  ),
);
await model.close();
