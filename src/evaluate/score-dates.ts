/**
 * Dates of a matched pair, judged apart from the match itself. Gold gives a point (`date` or
 * `year`), a start (`from`) and/or an end (`to`), each as YYYY, YYYY-MM or YYYY-MM-DD. A
 * prediction's values are cut to its own precision (a year-precise "2014-01-01" is "2014") and
 * must then begin with the gold value in every slot gold gives: as precise as gold or more.
 */
import type { Fact } from "../model/fact.js";
import type { GoldFact } from "./corpus.js";

export type DateVerdict = "right" | "wrong" | "missing" | "none";

interface Slots {
  point?: string;
  from?: string;
  to?: string;
}

function goldSlots(gold: GoldFact): Slots {
  const slots: Slots = {};
  const point = gold.date ?? (gold.year !== undefined ? String(gold.year) : undefined);
  if (point) slots.point = point;
  if (gold.from) slots.from = gold.from;
  if (gold.to) slots.to = gold.to;
  return slots;
}

const PRECISION_LENGTH = { day: 10, month: 7, season: 7, year: 4 } as const;

function predictedSlots(fact: Fact): Slots {
  const length = PRECISION_LENGTH[fact.precision ?? "day"];
  const cut = (value: string | undefined) => value?.slice(0, length);
  const slots: Slots = {};
  const point =
    cut(fact.date) ?? (fact.year !== undefined && !fact.from && !fact.to ? String(fact.year) : undefined);
  if (point) slots.point = point;
  if (fact.from) slots.from = cut(fact.from)!;
  if (fact.to) slots.to = cut(fact.to)!;
  return slots;
}

/**
 * "none" when gold gives no time; "missing" when gold gives one and the prediction none;
 * "right" when every gold slot is matched; "wrong" otherwise.
 */
export function judgeDates(gold: GoldFact, fact: Fact): DateVerdict {
  const expected = goldSlots(gold);
  const keys = (Object.keys(expected) as (keyof Slots)[]).filter((key) => expected[key] !== undefined);
  if (keys.length === 0) return "none";
  const predicted = predictedSlots(fact);
  if (Object.keys(predicted).length === 0) return "missing";
  return keys.every((key) => predicted[key]?.startsWith(expected[key]!)) ? "right" : "wrong";
}

/** A prediction that states a time where gold states none. */
export function hasUnsupportedDate(gold: GoldFact, fact: Fact): boolean {
  return Object.keys(goldSlots(gold)).length === 0 && Object.keys(predictedSlots(fact)).length > 0;
}
