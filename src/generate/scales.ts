/** How much the generator writes. `small` is for tests, `de` is all of Germany. */
export const SCALES = ["small", "de"] as const;
export type Scale = (typeof SCALES)[number];

export interface ScaleSpec {
  /** Two-digit AGS prefixes of the Länder whose municipalities and counties get data. */
  stateKeys: readonly string[] | "all";
  articles: number;
  /**
   * Every n-th service of the catalogue gets availability facts and is written (1 = all 575).
   * `small` takes every fifth (115 services across all 14 Themenfelder), which keeps it fast
   * enough for the test suite.
   */
  serviceStride: number;
}

export const SCALE_SPECS: Record<Scale, ScaleSpec> = {
  small: { stateKeys: ["01", "02"], articles: 2_000, serviceStride: 5 },
  de: { stateKeys: "all", articles: 100_000, serviceStride: 1 },
};

export function isScale(value: string): value is Scale {
  return (SCALES as readonly string[]).includes(value);
}

/** The OZG services a scale writes. */
export function servicesOf<T>(spec: ScaleSpec, catalogue: readonly T[]): T[] {
  return catalogue.filter((_, index) => index % spec.serviceStride === 0);
}
