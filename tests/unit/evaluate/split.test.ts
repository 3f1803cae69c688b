import { describe, expect, it } from "vitest";
import { isDated, readCorpus, readSplit } from "../../../src/evaluate/corpus.js";
import { splitCorpus, stratumOf } from "../../../src/evaluate/split-corpus.js";

describe("the corpus split", () => {
  const items = Array.from({ length: 40 }, (_, i) => ({
    id: `${"pbj".charAt(i % 3)}${String(i).padStart(2, "0")}`,
    publishedAt: i % 4 === 0 ? "2024-01-01" : null,
  }));

  it("halves every stratum of id prefix and dated/undated, with a fixed seed", () => {
    const split = splitCorpus(items, 7);
    expect(splitCorpus(items, 7)).toEqual(split);
    expect(splitCorpus(items, 8)).not.toEqual(split);
    const devIds = new Set(split.dev);
    for (const stratum of new Set(items.map(stratumOf))) {
      const members = items.filter((item) => stratumOf(item) === stratum);
      const inDev = members.filter((item) => devIds.has(item.id)).length;
      expect(Math.abs(2 * inDev - members.length), stratum).toBeLessThanOrEqual(1);
    }
    expect(Math.abs(split.dev.length - split.test.length)).toBeLessThanOrEqual(1);
  });

  it("is committed as the seeded rule gives it, covering the corpus once", () => {
    const corpus = readCorpus();
    const committed = readSplit();
    expect(splitCorpus(corpus, committed.seed)).toEqual(committed);
    const all = [...committed.dev, ...committed.test].sort();
    expect(all).toEqual(corpus.map((item) => item.id).sort());
    const dated = (ids: string[]) => corpus.filter((item) => ids.includes(item.id) && isDated(item)).length;
    expect(Math.abs(dated(committed.dev) - dated(committed.test))).toBeLessThanOrEqual(3);
  });
});
