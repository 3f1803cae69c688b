/** All patterns over all sentences of one item; duplicates within the item keep the most confident. */
import type { Fact } from "../../model/fact.js";
import { factId } from "../../model/ids.js";
import type { Gazetteer } from "../entities/gazetteer.js";
import type { AnalyzedItem } from "./analyze.js";
import { weakened } from "./build.js";
import { chairs } from "./chairs.js";
import { adopts, announces } from "./decisions.js";
import { funds } from "./funding.js";
import { memberOf } from "./membership.js";
import { holdsOffice, succeeds } from "./offices.js";
import { launches, leads, participatesIn, usesService } from "./projects.js";

export function extractFacts(analyzed: AnalyzedItem, gazetteer: Gazetteer): Fact[] {
  const facts: Fact[] = [];
  for (const sentence of analyzed.sentences) {
    facts.push(
      ...chairs(sentence, analyzed),
      ...holdsOffice(sentence, analyzed),
      ...succeeds(sentence, analyzed),
      ...leads(sentence, analyzed),
      ...participatesIn(sentence, analyzed),
      // Word rules only, so far: on real news they are right too rarely to skip review.
      ...launches(sentence, analyzed, gazetteer),
      ...weakened(usesService(sentence, analyzed)),
      ...weakened(funds(sentence, analyzed)),
      ...adopts(sentence, analyzed),
      ...announces(sentence, analyzed),
      ...memberOf(sentence, analyzed),
    );
  }
  return dedupe(dropGenericRoles(facts));
}

/** "Minister Jan Philipp Albrecht" after "Digitalisierungsminister Jan Philipp Albrecht": one office, the specific one. */
function dropGenericRoles(facts: Fact[]): Fact[] {
  return facts.filter(
    (fact) =>
      fact.type !== "holdsOffice" ||
      !facts.some(
        (other) =>
          other !== fact &&
          other.type === "holdsOffice" &&
          other.subject.id === fact.subject.id &&
          other.role !== fact.role &&
          (other.role ?? "").toLowerCase().endsWith((fact.role ?? "").toLowerCase()),
      ),
  );
}

function dedupe(facts: Fact[]): Fact[] {
  const byId = new Map<string, Fact>();
  for (const fact of facts) {
    const id = factId(fact);
    const known = byId.get(id);
    if (!known || known.confidence < fact.confidence) byId.set(id, fact);
  }
  return [...byId.values()];
}
