/** A one-line English summary of a fact, for timelines and search results: the registry's template, filled. */
import type { Fact } from "./fact.js";
import { FACT_REGISTRY, type SummaryParts } from "./fact-types/index.js";

function when(fact: Fact): string {
  if (fact.from && fact.to) return ` (${fact.from} to ${fact.to})`;
  if (fact.from) return ` (from ${fact.from})`;
  if (fact.year !== undefined && (fact.precision === undefined || fact.precision === "year"))
    return ` (${fact.year})`;
  if (fact.date) return ` (${fact.date})`;
  return "";
}

function euros(amount: number): string {
  if (amount >= 1e9)
    return `${(amount / 1e9).toLocaleString("en", { maximumFractionDigits: 2 })} billion EUR`;
  if (amount >= 1e6)
    return `${(amount / 1e6).toLocaleString("en", { maximumFractionDigits: 2 })} million EUR`;
  return `${amount.toLocaleString("en")} EUR`;
}

export function summaryParts(fact: Fact): SummaryParts {
  return {
    subject: fact.subject.name,
    object: fact.object?.name ?? "",
    when: when(fact),
    text: fact.text ? `: ${fact.text}` : "",
    role: fact.role,
    amount: fact.amount === undefined ? undefined : euros(fact.amount),
    proposer: fact.proposer?.name,
    count: fact.count,
    countUnit: fact.countUnit,
  };
}

export function summarize(fact: Fact): string {
  return FACT_REGISTRY[fact.type].summary(summaryParts(fact));
}
