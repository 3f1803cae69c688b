/**
 * Seeded randomness for the generator (pure-rand's xoroshiro128+). Every part of the dataset
 * draws from its own stream, named by the seed and a key ("availability", ags), so one part can
 * be recomputed without replaying the others and adding a part never shifts another's values.
 */
import { uniformFloat64 } from "pure-rand/distribution/uniformFloat64";
import { uniformInt } from "pure-rand/distribution/uniformInt";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";

export interface Random {
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  /** A float in [0, 1). */
  float(): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** `count` distinct items, in a random order. */
  sample<T>(items: readonly T[], count: number): T[];
}

/** FNV-1a over the stream's name: a 32-bit seed for xoroshiro128+. */
function streamSeed(parts: readonly (string | number)[]): number {
  let hash = 0x811c9dc5;
  for (const char of parts.join("\u001f")) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash | 0;
}

export function randomStream(seed: number, ...key: (string | number)[]): Random {
  const rng = xoroshiro128plus(streamSeed([seed, ...key]));
  const random: Random = {
    int: (min, max) => uniformInt(rng, min, max),
    float: () => uniformFloat64(rng),
    chance: (probability) => uniformFloat64(rng) < probability,
    pick: (items) => {
      if (items.length === 0) throw new RangeError("cannot pick from an empty list");
      return items[uniformInt(rng, 0, items.length - 1)]!;
    },
    sample: (items, count) => {
      const copy = [...items];
      const n = Math.min(count, copy.length);
      for (let i = 0; i < n; i++) {
        const j = uniformInt(rng, i, copy.length - 1);
        [copy[i], copy[j]] = [copy[j]!, copy[i]!];
      }
      return copy.slice(0, n);
    },
  };
  return random;
}
