import { readdirSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import {
  distinctClaims,
  FRESH_CORPUS_FILE,
  readCorpus,
  type CorpusItem,
  type GoldFact,
} from "../../../src/evaluate/corpus.js";
import { evaluateCorpus, type Extract } from "../../../src/evaluate/evaluate-corpus.js";
import { NameResolver } from "../../../src/evaluate/name-resolver.js";
import { loadReferenceData } from "../../../src/seed/reference-data.js";
import type { ArticleFacts, EntityRef, Fact } from "../../../src/model/fact.js";
import { slugify } from "../../../src/model/ids.js";

/** An extractor that answers each item with the gold facts of `pick(item)`, names as gold writes them. */
function goldExtractor(corpus: CorpusItem[], pick: (index: number) => number): Extract {
  const person = (fact: GoldFact, slot: "subject" | "object") =>
    fact.type === "succeeds" || (fact.type === "holdsOffice" && slot === "subject");
  const ref = (name: string, isPerson: boolean): EntityRef => ({
    id: slugify(name),
    name,
    type: isPerson ? "Person" : "Organization",
  });
  return async (input) => {
    const index = corpus.findIndex((item) => item.url === input.url && item.text === input.text);
    const facts: Fact[] = distinctClaims(corpus[pick(index)]!.facts).map((gold) => ({
      type: gold.type,
      subject: ref(gold.subject, person(gold, "subject")),
      ...(gold.object ? { object: ref(gold.object, person(gold, "object")) } : {}),
      quote: gold.quote ?? "",
      confidence: 1,
    }));
    const article: ArticleFacts["article"] = { id: "a", title: "t", contentHash: "h" };
    return [{ article, facts }];
  };
}

/** The sets kept unread beside the fresh set: the second halves of batches whose first halves are tuning sets. */
const UNSEEN_FILES = [
  "unseen-programmes.json",
  "unseen-people.json",
  "unseen-pilots.json",
  "unseen-meetings.json",
  "unseen-uses.json",
  "unseen-funding.json",
].map((name) => path.join(path.dirname(FRESH_CORPUS_FILE), name));

describe("the scorer on the real corpus", () => {
  let corpus: CorpusItem[];
  let resolver: NameResolver;
  beforeAll(() => {
    corpus = readCorpus();
    resolver = NameResolver.fromReference(loadReferenceData());
  }, 60_000);

  it("gives the gold facts themselves full precision and recall, with no entity errors", async () => {
    for (const part of ["dev", "test"] as const) {
      const report = await evaluateCorpus(
        goldExtractor(corpus, (i) => i),
        { part, corpus, resolver },
      );
      expect(report.overall.precision, part).toBe(1);
      expect(report.overall.recall, part).toBe(1);
      expect(report.fusedEntities, part).toBe(0);
    }
  });

  it("gives another article's gold facts almost nothing", async () => {
    const report = await evaluateCorpus(
      goldExtractor(corpus, (i) => (i + 1) % corpus.length),
      { part: "test", corpus, resolver },
    );
    expect(report.overall.precision).toBeLessThan(0.1);
    expect(report.overall.recall).toBeLessThan(0.1);
  });

  it("scores the fresh set alone, every item once, its own gold facts at full precision and recall", async () => {
    const fresh = readCorpus(FRESH_CORPUS_FILE);
    for (const item of fresh) for (const fact of item.facts) expect(item.text, item.id).toContain(fact.quote);
    const report = await evaluateCorpus(
      goldExtractor(fresh, (i) => i),
      { part: "fresh", resolver },
    );
    expect(report.articles).toBe(fresh.length);
    expect(report.overall.gold).toBe(fresh.reduce((sum, item) => sum + distinctClaims(item.facts).length, 0));
    expect(report.overall.precision).toBe(1);
    expect(report.overall.recall).toBe(1);
    expect(report.fusedEntities).toBe(0);
  });

  it("scores each unread set: quotes its own, no address of the corpus, the fresh set or another unread set", async () => {
    const seen = [...readCorpus(), ...readCorpus(FRESH_CORPUS_FILE)].map((item) => item.url);
    for (const file of UNSEEN_FILES) {
      const unseen = readCorpus(file);
      const held = new Set(seen);
      for (const item of unseen) {
        expect(held.has(item.url), item.id).toBe(false);
        for (const fact of item.facts) expect(item.text, item.id).toContain(fact.quote);
      }
      seen.push(...unseen.map((item) => item.url));
      const report = await evaluateCorpus(
        goldExtractor(unseen, (i) => i),
        { part: "fresh", corpus: unseen, resolver },
      );
      expect(report.overall.precision, file).toBe(1);
      expect(report.overall.recall, file).toBe(1);
    }
  });

  it("reads each set read while tuning: quotes its own, no address of the corpus or the unread sets", async () => {
    const folder = path.join(path.dirname(FRESH_CORPUS_FILE), "tuning");
    const held = new Set(
      [
        ...readCorpus(),
        ...readCorpus(FRESH_CORPUS_FILE),
        ...UNSEEN_FILES.flatMap((file) => readCorpus(file)),
      ].map((item) => item.url),
    );
    const files = readdirSync(folder).filter((name) => name.endsWith(".json"));
    expect(files).toHaveLength(13);
    for (const name of files) {
      const set = readCorpus(path.join(folder, name));
      for (const item of set) {
        expect(held.has(item.url), `${name} ${item.id}`).toBe(false);
        for (const fact of item.facts) expect(item.text, `${name} ${item.id}`).toContain(fact.quote);
      }
      const report = await evaluateCorpus(
        goldExtractor(set, (i) => i),
        { part: "fresh", corpus: set, resolver },
      );
      expect(report.overall.recall, name).toBe(1);
    }
  });
});
