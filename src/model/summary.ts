/** A one-line English summary of a fact, for timelines and search results. */
import type { Fact } from "./fact.js";

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

export function summarize(fact: Fact): string {
  const s = fact.subject.name;
  const o = fact.object?.name ?? "";
  const text = fact.text ? `: ${fact.text}` : "";
  switch (fact.type) {
    case "chairs":
      return `${s} chairs ${o}${when(fact)}`;
    case "holdsOffice":
      return `${s} is ${fact.role ?? "office holder"} of ${o}${when(fact)}`;
    case "leads":
      return `${s} leads ${o}${when(fact)}`;
    case "participatesIn":
      return `${s} takes part in ${o}${when(fact)}`;
    case "funds":
      return `${s} funds ${o}${fact.amount !== undefined ? ` with ${euros(fact.amount)}` : ""}${when(fact)}`;
    case "adopts":
      return `${s} adopts ${o || "a resolution"}${text}${fact.proposer ? ` (proposed by ${fact.proposer.name})` : ""}${when(fact)}`;
    case "launches":
      return `${s} launches ${o}${when(fact)}`;
    case "memberOf":
      return `${s} is a member of ${o}${when(fact)}`;
    case "succeeds":
      return `${s} succeeds ${o}${fact.role ? ` as ${fact.role}` : ""}${when(fact)}`;
    case "announces":
      return `${s} announces ${o || "a plan"}${text}${when(fact)}`;
    case "usesService":
      return `${fact.count ?? "Some"} ${fact.countUnit ?? "users"} use ${s}${when(fact)}`;
  }
}
