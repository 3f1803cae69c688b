/** All patterns over all sentences of one item; duplicates within the item keep the most confident. */
import type { Fact } from "../../model/fact.js";
import type { Gazetteer } from "../entities/gazetteer.js";
import { genderOfName, genderOfRole } from "../entities/gender.js";
import type { AnalyzedItem, AnalyzedSentence } from "./analyze.js";
import { RULE_OF, weakened } from "./build.js";
import { chairs } from "./chairs.js";
import { dropUndatedChairRepeats } from "./chair-repeats.js";
import { announceRules } from "./announce-rules.js";
import { adopts } from "./decisions.js";
import { funds } from "./funding.js";
import { deniesFunding, fundingRules } from "./funding-rules.js";
import { receiptsFromItemFunder } from "./funding-receipts.js";
import { memberOf } from "./membership.js";
import { holdsOffice, succeeds } from "./offices.js";
import { dropGenericRoles } from "./generic-roles.js";
import { deniesLaunch, launchRules } from "./launch-rules.js";
import { leadRules } from "./lead-rules.js";
import { launches, participatesIn } from "./projects.js";
import { usageRules } from "./usage-rules.js";
import { timeFacts } from "./fact-times.js";
import { predecessorOffices } from "./predecessor-offices.js";
import { announcedOffices } from "./announced-offices.js";
import { withIntroducedNames } from "./abbreviated-names.js";
import { dedupeFacts } from "./dedupe-facts.js";
import { sharedStarts } from "./shared-starts.js";
import { officeFunders } from "./office-funders.js";
import { seatsAsMemberships } from "./seats.js";
import { associationChairs } from "./association-chairs.js";

export function extractFacts(analyzed: AnalyzedItem, gazetteer: Gazetteer): Fact[] {
  const bySentence: Fact[][] = [];
  for (const sentence of analyzed.sentences) {
    const found = [
      ...chairs(sentence, analyzed),
      ...holdsOffice(sentence, analyzed),
      ...succeeds(sentence, analyzed),
      ...leadRules(sentence, analyzed),
      ...participatesIn(sentence, analyzed),
      ...launchesOf(sentence, analyzed, gazetteer),
      ...usageRules(sentence, analyzed),
      ...fundsOf(sentence, analyzed),
      ...adopts(sentence, analyzed),
      ...announceRules(sentence, analyzed),
      ...memberOf(sentence, analyzed),
    ];
    bySentence.push(timeFacts(found, sentence, analyzed));
  }
  const announced = announcedOffices(analyzed, bySentence);
  const facts = [
    ...bySentence.flat(),
    ...announced,
    ...predecessorOffices(bySentence),
    ...receiptsFromItemFunder(analyzed, bySentence),
  ];
  const named = withIntroducedNames(facts, analyzed.item.text, (id) => gazetteer.byId.has(id));
  // Offices read from context are checked first; then roles become what they mean (seats,
  // funders, heads of associations).
  const checked = dropGenericRoles(dropContextGuesses(reownContextGuesses(dropWomensRolesOfMen(named))));
  const meant = associationChairs(seatsAsMemberships(officeFunders(checked)), (id) => gazetteer.byId.get(id));
  return sharedStarts(dropUndatedChairRepeats(dedupeFacts(meant)));
}

/**
 * "Zum Vizepräsidenten wurde ... Burkhard Jung (SPD) gewählt, zur Vizepräsidentin erneut ... Katja
 * Dörner": a woman's role ("-in") is not the office of a man, by his first name and by a man's
 * role the item gives him too (a first name alone may mislead: "Milen Starke, Staatssekretärin").
 */
function dropWomensRolesOfMen(facts: Fact[]): Fact[] {
  const man = (id: string, name: string) =>
    genderOfName(name) === "m" &&
    facts.some((f) => f.type === "holdsOffice" && f.subject.id === id && genderOfRole(f.role ?? "") === "m");
  return facts.filter(
    (fact) =>
      fact.type !== "holdsOffice" ||
      genderOfRole(fact.role ?? "") !== "f" ||
      !man(fact.subject.id, fact.subject.name),
  );
}

/** As fundsOf: "Neue Digitalstrategie vorgestellt" names the strategy by its Land only in the word rule. */
function launchesOf(sentence: AnalyzedSentence, analyzed: AnalyzedItem, gazetteer: Gazetteer): Fact[] {
  const parsed = launchRules(sentence, analyzed);
  if (parsed.length > 0 || deniesLaunch(sentence)) return parsed;
  return weakened(launches(sentence, analyzed, gazetteer));
}

/** The parse rules, and the word-order patterns (for review) where they find nothing: portal phrasings the parse misses. */
function fundsOf(sentence: AnalyzedSentence, analyzed: AnalyzedItem): Fact[] {
  const parsed = fundingRules(sentence, analyzed);
  if (parsed.length > 0 || deniesFunding(sentence)) return parsed;
  return weakened(funds(sentence, analyzed));
}

/**
 * "Dr. Helmut Teichmann, Staatssekretär im Bundesministerium des Innern, ..." then "durch
 * Staatssekretär Teichmann": the office the item named the owner of once, not a second one of
 * the Land the context gives.
 */
/** An office whose owner the context gave, not the sentence. */
const guessed = (fact: Fact) => RULE_OF.get(fact)?.endsWith("/context") ?? false;

function dropContextGuesses(facts: Fact[]): Fact[] {
  return facts.filter(
    (fact) =>
      fact.type !== "holdsOffice" ||
      !guessed(fact) ||
      !facts.some(
        (other) =>
          other.type === "holdsOffice" &&
          other.subject.id === fact.subject.id &&
          other.object?.id !== fact.object?.id &&
          !guessed(other) &&
          (other.role ?? "").toLowerCase() === (fact.role ?? "").toLowerCase(),
      ),
  );
}

/**
 * "unter dem Vorsitz der Bundesbeauftragten für Informationstechnik, Staatssekretärin Cornelia
 * Rogall-Grothe": a government office the context gave an owner is held where the same sentence
 * names the person's other government office (here the Bund's), not in the Land the item names.
 */
function reownContextGuesses(facts: Fact[]): Fact[] {
  const government = (fact: Fact) => fact.object?.type === "State" || fact.object?.type === "Federation";
  return facts.map((fact) => {
    if (fact.type !== "holdsOffice" || !guessed(fact) || !government(fact)) return fact;
    const named = facts.find(
      (other) =>
        other.type === "holdsOffice" &&
        other !== fact &&
        !guessed(other) &&
        government(other) &&
        other.subject.id === fact.subject.id &&
        other.quote === fact.quote,
    );
    if (!named || named.object!.id === fact.object!.id) return fact;
    const reowned = { ...fact, object: named.object! };
    RULE_OF.set(reowned, RULE_OF.get(fact)!);
    return reowned;
  });
}
