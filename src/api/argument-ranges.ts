/**
 * The integer arguments of the first-class queries and their ranges, in one table: checked
 * before execution (src/api/limits/request-checks.ts), so a value out of range never costs a
 * database query, and again by the resolvers, which read their defaults here.
 */
import { integerInRange } from "./input.js";
import { LARGEST_SEARCH_PAGE } from "./queries/search.js";
import { DEFAULT_MUNICIPALITY_PAGE, LARGEST_MUNICIPALITY_PAGE } from "./queries/service-availability.js";

export interface IntegerRange {
  min: number;
  max: number;
  fallback?: number;
}

const LARGEST_OFFSET = 2 ** 31 - 1;

/** By `Type.field.argument`; `*` stands for any type. */
export const INTEGER_RANGES: Record<string, IntegerRange> = {
  "Query.chairs.year": { min: 1000, max: 9999 },
  "Query.search.limit": { min: 1, max: LARGEST_SEARCH_PAGE, fallback: 10 },
  "Query.connection.maxHops": { min: 1, max: 6, fallback: 4 },
  "Query.neighborhood.depth": { min: 0, max: 3, fallback: 1 },
  "Query.reviewQueue.limit": { min: 1, max: 200, fallback: 50 },
  "ServiceAvailability.municipalities.limit": {
    min: 1,
    max: LARGEST_MUNICIPALITY_PAGE,
    fallback: DEFAULT_MUNICIPALITY_PAGE,
  },
  "ServiceAvailability.municipalities.offset": { min: 0, max: LARGEST_OFFSET, fallback: 0 },
  "*.sources.first": { min: 0, max: 200 },
};

export function rangeOf(type: string, field: string, argument: string): IntegerRange | undefined {
  return INTEGER_RANGES[`${type}.${field}.${argument}`] ?? INTEGER_RANGES[`*.${field}.${argument}`];
}

/** The argument's value, or its default when absent; BAD_USER_INPUT when out of its range. */
export function integerArgument(value: unknown, key: string): number | null {
  const range = INTEGER_RANGES[key];
  if (!range) throw new Error(`no range for ${key}`);
  const name = key.slice(key.lastIndexOf(".") + 1);
  return integerInRange(value, name, range.min, range.max) ?? range.fallback ?? null;
}
