/**
 * An article without a publication date may name one chair twice, once with its year ("unter
 * Vorsitz des Landes Berlin ... am 18. März 2015") and once without ("unter dem Vorsitz von
 * Berlin im letzten Jahr"): the undated mention is the same chair, not a second one.
 */
import type { Fact } from "../../model/fact.js";

const dated = (fact: Fact) =>
  fact.year !== undefined || fact.date !== undefined || fact.from !== undefined || fact.to !== undefined;

/** The facts without a chair that has no time where the article dates the same holder's chair of the same body. */
export function dropUndatedChairRepeats(facts: Fact[]): Fact[] {
  return facts.filter(
    (fact) =>
      fact.type !== "chairs" ||
      dated(fact) ||
      !facts.some(
        (other) =>
          other.type === "chairs" &&
          dated(other) &&
          other.subject.id === fact.subject.id &&
          other.object?.id === fact.object?.id,
      ),
  );
}
