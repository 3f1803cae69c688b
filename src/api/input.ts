/**
 * Checks of argument values that GraphQL's types do not express: integer ranges, calendar dates,
 * page cursors. Every refusal is BAD_USER_INPUT with the same wording, wherever the argument is.
 */
import { ErrorCode, GovGraphError } from "./errors.js";

export const badInput = (message: string): GovGraphError =>
  new GovGraphError(ErrorCode.BAD_USER_INPUT, message);

/** The value, or `fallback` when absent; refused unless an integer from `min` to `max`. */
export function integerInRange(
  value: unknown,
  name: string,
  min: number,
  max: number,
  fallback: number,
): number;
export function integerInRange(value: unknown, name: string, min: number, max: number): number | null;
export function integerInRange(
  value: unknown,
  name: string,
  min: number,
  max: number,
  fallback: number | null = null,
): number | null {
  if (value === null || value === undefined) return fallback;
  const number = typeof value === "number" ? value : Number.NaN;
  if (!Number.isInteger(number) || number < min || number > max) {
    throw badInput(`${name} must be an integer from ${min} to ${max}.`);
  }
  return number;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written strictly as YYYY-MM-DD. */
export function isCalendarDay(text: string): boolean {
  const match = ISO_DAY.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day); // Date.UTC would read years 0 to 99 as 1900 to 1999
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Cursors as @neo4j/graphql writes them: base64 of "arrayconnection:<offset>". */
const CURSOR = /^arrayconnection:(\d{1,9})$/;

/** Refuses a cursor this API cannot have given out (a forged or negative offset). */
export function checkCursor(value: unknown, name: string): void {
  if (value === null || value === undefined) return;
  const decoded = typeof value === "string" ? Buffer.from(value, "base64").toString("utf8") : "";
  if (!CURSOR.test(decoded)) throw badInput(`${name} is not a cursor of this API.`);
}
