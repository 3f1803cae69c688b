/** How much the generator writes. `small` is for tests, `de` is all of Germany. */
export const SCALES = ["small", "de"] as const;
export type Scale = (typeof SCALES)[number];

export interface ScaleSpec {
  /** Two-digit AGS prefixes of the Länder whose municipalities and counties get data. */
  stateKeys: readonly string[] | "all";
  articles: number;
}

export const SCALE_SPECS: Record<Scale, ScaleSpec> = {
  small: { stateKeys: ["01", "02"], articles: 2_000 },
  de: { stateKeys: "all", articles: 100_000 },
};

export function isScale(value: string): value is Scale {
  return (SCALES as readonly string[]).includes(value);
}
