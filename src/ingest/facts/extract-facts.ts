/** All patterns over all sentences of one item; duplicates within the item keep the most confident. */
import type { Fact } from "../../model/fact.js";
import { factId } from "../../model/ids.js";
import type { Gazetteer } from "../entities/gazetteer.js";
import type { AnalyzedItem, AnalyzedSentence } from "./analyze.js";
import { weakened } from "./build.js";
import { chairs } from "./chairs.js";
import { announceRules } from "./announce-rules.js";
import { adopts } from "./decisions.js";
import { funds } from "./funding.js";
import { fundingRules } from "./funding-rules.js";
import { memberOf } from "./membership.js";
import { holdsOffice, succeeds } from "./offices.js";
import { launchRules, leadRules } from "./project-rules.js";
import { participatesIn } from "./projects.js";
import { usageRules } from "./usage-rules.js";

export function extractFacts(analyzed: AnalyzedItem, _gazetteer: Gazetteer): Fact[] {
  const facts: Fact[] = [];
  for (const sentence of analyzed.sentences) {
    facts.push(
      ...chairs(sentence, analyzed),
      ...holdsOffice(sentence, analyzed),
      ...succeeds(sentence, analyzed),
      ...leadRules(sentence, analyzed),
      ...participatesIn(sentence, analyzed),
      ...launchRules(sentence, analyzed),
      ...usageRules(sentence, analyzed),
      ...fundsOf(sentence, analyzed),
      ...adopts(sentence, analyzed),
      ...announceRules(sentence, analyzed),
      ...memberOf(sentence, analyzed),
    );
  }
  return dedupe(dropGenericRoles(facts));
}

/** The parse rules, and the word-order patterns (for review) where they find nothing: portal phrasings the parse misses. */
function fundsOf(sentence: AnalyzedSentence, analyzed: AnalyzedItem): Fact[] {
  const parsed = fundingRules(sentence, analyzed);
  return parsed.length > 0 ? parsed : weakened(funds(sentence, analyzed));
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
