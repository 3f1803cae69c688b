/** Calendar arithmetic on ISO day strings; impossible days are an INVALID_DATE error. */
import { IngestError } from "../errors.js";

export function isValidDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** A checked ISO day; throws INVALID_DATE for "2025-02-31" or "31.02.2025". */
export function checkedDay(year: number, month: number, day: number, source: string): string {
  if (!isValidDay(year, month, day)) {
    throw new IngestError("INVALID_DATE", `"${source}" is not a date of the calendar.`);
  }
  return isoDay(year, month, day);
}

/** "2021-11-18", "2021-11-18T10:00:00Z", "18.11.2021" or "18. November 2021" -> "2021-11-18". */
export function parseDayString(value: string): string {
  const text = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  if (iso) return checkedDay(Number(iso[1]), Number(iso[2]), Number(iso[3]), text);
  const german = /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})$/.exec(text);
  if (german) return checkedDay(Number(german[3]), Number(german[2]), Number(german[1]), text);
  const named = /^(\d{1,2})\.\s?([A-Za-zäÄ]+)\s+(\d{4})$/.exec(text);
  const month = named ? MONTHS[named[2]!.toLowerCase()] : undefined;
  if (named && month) return checkedDay(Number(named[3]), month, Number(named[1]), text);
  throw new IngestError("INVALID_DATE", `"${value}" is not a date (expected YYYY-MM-DD or DD.MM.YYYY).`);
}

export const MONTHS: Record<string, number> = {
  januar: 1,
  jänner: 1,
  jan: 1,
  februar: 2,
  feb: 2,
  märz: 3,
  maerz: 3,
  mär: 3,
  april: 4,
  apr: 4,
  mai: 5,
  juni: 6,
  jun: 6,
  juli: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  okt: 10,
  november: 11,
  nov: 11,
  dezember: 12,
  dez: 12,
};

/** A month's full name ("Januar", "März"), as it opens a date; not "Jan", which is also a first name. */
export const MONTH_NAME =
  /^(Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)$/;

export function yearOf(isoDate: string): number {
  return Number(isoDate.slice(0, 4));
}
