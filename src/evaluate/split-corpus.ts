/**
 * The one split of the corpus into a dev part (tune on it) and a test part (only score it):
 * stratified by id prefix (p personnel, b bodies and decisions, j projects and funding) and by
 * dated/undated, each stratum shuffled with a fixed seed and cut in half, the odd item of a stratum
 * going to the part that is smaller so far (the test part on a tie). Items whose gold facts were
 * read while rules were tuned move to the dev part: a test item is one no rule was tuned on.
 */
import { randomStream } from "../generate/index.js";
import { isDated, type CorpusItem, type CorpusSplit } from "./corpus.js";

export const SPLIT_SEED = 20_261_130;
export const SPLIT_RULE =
  "strata: id prefix x dated/undated; each stratum shuffled (xoroshiro128+, seed) and cut in half, an odd item to the smaller part, test on a tie; items in readWhileTuning are dev";

export function stratumOf(item: Pick<CorpusItem, "id" | "publishedAt">): string {
  return `${item.id.charAt(0)}/${isDated(item) ? "dated" : "undated"}`;
}

export function splitCorpus(
  items: Pick<CorpusItem, "id" | "publishedAt">[],
  seed = SPLIT_SEED,
  readWhileTuning: string[] = [],
): CorpusSplit {
  const strata = new Map<string, string[]>();
  for (const item of [...items].sort((a, b) => a.id.localeCompare(b.id))) {
    const key = stratumOf(item);
    strata.set(key, [...(strata.get(key) ?? []), item.id]);
  }
  const dev: string[] = [];
  const test: string[] = [];
  for (const key of [...strata.keys()].sort()) {
    const ids = strata.get(key)!;
    const shuffled = randomStream(seed, "corpus-split", key).sample(ids, ids.length);
    const half = Math.floor(shuffled.length / 2);
    const odd = shuffled.length % 2 === 1;
    const extraToDev = odd && dev.length < test.length;
    const devCount = half + (extraToDev ? 1 : 0);
    dev.push(...shuffled.slice(0, devCount));
    test.push(...shuffled.slice(devCount));
  }
  const seen = new Set(readWhileTuning);
  return {
    seed,
    rule: SPLIT_RULE,
    readWhileTuning: [...seen].sort(),
    dev: [...dev, ...test.filter((id) => seen.has(id))].sort(),
    test: test.filter((id) => !seen.has(id)).sort(),
  };
}
