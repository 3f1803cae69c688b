/**
 * Offices taken on together: "Sabine Smentek ist seit Dezember 2016 Staatssekretärin ... in der
 * Senatsverwaltung. Somit ist sie CIO des Landes Berlin": an office of a person that its sentence
 * leaves undated starts when their other office of the same owner starts, where the item gives
 * that one start only and the sentence tells of no earlier post ("zuvor", "bisher", "war"), nor
 * names the office only as a title before or beside the name.
 */
import type { Fact } from "../../model/fact.js";
import { RULE_OF } from "./build.js";

/** Words of a post held before: such an office did not start with the new one. */
const EARLIER =
  /(?<!\p{L})(zuvor|vorher|davor|bisher|bislang|bisherige[nmrs]?|früher|frühere[nmrs]?|ehemalige[nmrs]?|zuletzt|war|waren|hatte)(?!\p{L})/iu;

/**
 * Rules that read a title used as a label ("an Digital-Staatssekretär Burghardt", "Anna Keller,
 * Staatssekretärin, ..."): a label tells what someone is, not that it began with the other office.
 */
const LABEL = /^office:(role-before-name|name-comma-role|apposition)\//;

const undated = (fact: Fact) =>
  fact.date === undefined && fact.from === undefined && fact.to === undefined && fact.year === undefined;

export function sharedStarts(facts: Fact[]): Fact[] {
  for (const fact of facts) {
    if (fact.type !== "holdsOffice" || !fact.object || !undated(fact) || EARLIER.test(fact.quote)) continue;
    if (LABEL.test(RULE_OF.get(fact) ?? "")) continue;
    const starts = facts.filter(
      (other) =>
        other.type === "holdsOffice" &&
        other.subject.id === fact.subject.id &&
        other.object?.id === fact.object?.id &&
        other.from !== undefined &&
        other.to === undefined,
    );
    const days = new Set(starts.map((s) => s.from));
    if (days.size !== 1) continue;
    fact.from = starts[0]!.from;
    if (starts[0]!.precision) fact.precision = starts[0]!.precision;
  }
  return facts;
}
