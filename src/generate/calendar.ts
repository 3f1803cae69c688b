/** The Day and Year nodes generated facts hang on: (:Day {id:'2025-02-07'})-[:IN_YEAR]->(:Year {id:'2025'}). */
export const FIRST_YEAR = 2014;
export const LAST_YEAR = 2026;
/** The years the generated offices and chairs cover. */
export const PERIOD = { from: 2019, to: 2026 } as const;

const DAY_MS = 86_400_000;

export function isoDay(epochDay: number): string {
  return new Date(epochDay * DAY_MS).toISOString().slice(0, 10);
}

export function epochDay(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

export interface DayRow {
  id: string;
  year: number;
}

export function* calendarDays(firstYear = FIRST_YEAR, lastYear = LAST_YEAR): Generator<DayRow> {
  const last = epochDay(`${lastYear}-12-31`);
  for (let day = epochDay(`${firstYear}-01-01`); day <= last; day++) {
    const id = isoDay(day);
    yield { id, year: Number(id.slice(0, 4)) };
  }
}

export function calendarYears(firstYear = FIRST_YEAR, lastYear = LAST_YEAR): { id: string; value: number }[] {
  return Array.from({ length: lastYear - firstYear + 1 }, (_, i) => ({
    id: String(firstYear + i),
    value: firstYear + i,
  }));
}
