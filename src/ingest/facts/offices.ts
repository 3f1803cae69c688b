/**
 * holdsOffice and succeeds.
 * holdsOffice comes from the role claims of the entities phase: the object is the organisation
 * named with the role, else the Bund for "Bundes-" roles, else the Land of the item (lower
 * confidence). "ist neue CIO" starts the office at the publication day (`from`).
 * succeeds: "Er folgt auf Annette Schmidt", "tritt die Nachfolge von Judith Gerlach an",
 * "Nachfolgerin von ...", "löst ... ab" between two people, and taking over an office from
 * someone ("wird das Amt von Judith Gerlach übernehmen", succession-rules.ts).
 */
import type { Fact } from "../../model/fact.js";
import { CITY_STATE_IDS } from "../../model/state-codes.js";
import { isGenitiveName, isTownHead, type RoleClaim } from "../entities/people.js";
import type { AnalyzedItem, AnalyzedSentence } from "./analyze.js";
import { makeFact, weakened, WORD_RULE_PENALTY } from "./build.js";
import { newsDay } from "./news-day.js";
import { BODY_WORD } from "./relation-rules.js";
import { findSuccessions } from "./succession-verbs.js";
import { findPreviousHolders } from "./succession-previous.js";
import { findFarewells } from "./succession-farewells.js";
import { findTakeOvers } from "./succession-rules.js";

/** "Chief Digital Officer" -> "CDO": a role and its abbreviation are one office. */
export function initials(role: string): string {
  return role
    .split(/\s+/)
    .map((word) => word[0] ?? "")
    .join("");
}

/** The claims of a sentence without a role that only abbreviates another claim of the same person. */
function withoutAbbreviations(claims: RoleClaim[]): RoleClaim[] {
  return claims.filter(
    (claim) =>
      !claims.some(
        (other) =>
          other !== claim &&
          other.person.entity.id === claim.person.entity.id &&
          other.organization?.id === claim.organization?.id &&
          ((other.confidence ?? 0) > (claim.confidence ?? 0) ||
            ((other.confidence ?? 0) === (claim.confidence ?? 0) && other.index < claim.index)) &&
          (initials(other.role) === claim.role || initials(claim.role) === other.role),
      ),
  );
}

/** A ministry's name that is no federal ministry's ("Ministerium für Arbeit und Soziales"). */
const LAND_MINISTRY = /^(Ministerium|Staatsministerium|Landesministerium)\b/;

/**
 * "so die Geschäftsführer Bertram Huke und Ulrich Künkel": a role in the plural before names
 * joined by "und" or commas is the office of each of them, not only of the first.
 */
function withCoordinatedHolders(claims: RoleClaim[], sentence: AnalyzedSentence): RoleClaim[] {
  const text = sentence.text;
  const people = sentence.mentions.filter((m) => m.entity.type === "Person");
  const added: RoleClaim[] = [];
  for (const claim of claims) {
    const plural =
      /\bdie\s+$/i.test(text.slice(Math.max(0, claim.index - 5), claim.index)) && !/in$/.test(claim.role);
    if (!plural || claim.person.start < claim.index) continue;
    let last = claim.person;
    for (;;) {
      const gap = /^\s*(,|und|sowie)\s*/.exec(text.slice(last.end));
      const next = gap && people.find((m) => m.start === last.end + gap[0].length);
      if (!next || claims.some((c) => c.person.entity.id === next.entity.id)) break;
      added.push({ ...claim, person: next });
      if (gap[1] !== ",") break;
      last = next;
    }
  }
  return [...claims, ...added];
}

export function holdsOffice(sentence: AnalyzedSentence, analyzed: AnalyzedItem): Fact[] {
  const facts: Fact[] = [];
  for (const claim of withoutAbbreviations(withCoordinatedHolders(sentence.roles, sentence))) {
    let organization = claim.organization;
    // A claim of the word rules (no confidence of its own) is weaker than the parse rules'.
    let confidence =
      claim.confidence ?? (claim.organizationFrom === "named" ? 0.9 : 0.85) - WORD_RULE_PENALTY;
    if (!organization) {
      organization = sentence.context.lastState ?? sentence.context.headlineState;
      confidence = 0.65;
    }
    // "Staatssekretär im neugeschaffenen Ministerium für Wissenschaft und Wirtschaft": a Land's
    // ministry the reference does not know is an office of the item's Land, as a known one is.
    const land = sentence.context.mainState ?? sentence.context.lastState;
    if (organization?.isNew && LAND_MINISTRY.test(organization.name) && land) organization = land;
    if (!organization) continue;
    // "der Bürgermeister von Bergkamen in Nordrhein-Westfalen": a town's or county's office is no
    // Land's (but a city-state's: "Erster Bürgermeister" of Hamburg), nor the Bund's ("der als
    // zweitdienstältester Landrat Deutschlands").
    const townHead = isTownHead(claim.role);
    if (townHead && organization.type === "State" && !CITY_STATE_IDS.has(organization.id)) continue;
    if (townHead && organization.type === "Federation") continue;
    const role = claim.role.replace(/^(neue|neuer)\s+/i, "");
    // "Die Weimarer Professorin X": a professor's office is a university's, never a place's.
    if (/^Professor(in)?$/.test(role) && organization.type !== "Organization") continue;
    // "Vorsitzender im IT-Kooperationsrat des Landes Sachsen-Anhalt": a Land (or the Bund) has no
    // chair; the chair is the body's, which the chairs fact names.
    const government = organization.type === "State" || organization.type === "Federation";
    if (government && /^Vorsitzende[rn]?$/.test(role.split(" ").pop() ?? "")) continue;
    const rule = "rule" in claim ? `office:${String(claim.rule)}` : "word:holdsOffice";
    // The chair of a body chairs it ("Vorsitzender des Nationalen Normenkontrollrates").
    // "NKR-Vorsitzender", "Vorsitzende": the chair of a body chairs it.
    // So does a body's president: "Präsident des Bundesrates" (an association's is its office).
    // A body the reference does not know is one by its name ("Vorsitzender der Datenschutzkonferenz").
    const head = role.split("-").pop() ?? "";
    const chair =
      (/^(Vorsitzende[rn]?|Präsident(in)?)$/.test(head) && organization.kind === "body") ||
      (/^Vorsitzende[rn]?$/.test(head) &&
        organization.isNew === true &&
        BODY_WORD.test(organization.name.split(" ")[0]!)) ||
      // A Zweckverband's chair chairs its assembly ("zum neuen Verbandsvorsitzenden gewählt").
      (/^(Verbandsvorsitzende[rn]?|Vorsitzende[rn]?)$/.test(head) &&
        /^Zweckverband/.test(organization.name)) ||
      // So does the chair of an organisation's assembly or administrative board ("Vorsitzender der
      // Verbandsversammlung", "des Verwaltungsrates von Dataport"); its executive board's and
      // supervisory board's chairs hold offices ("Vorstandsvorsitzender", "Aufsichtsratsvorsitzender").
      // ("Verwaltungsratsvorsitzender", "Dataport-Verwaltungsratsvorsitzender": the same chair in one word.)
      ((CHAIRED_ORGAN.test(role) || CHAIRED_ORGAN.test(head)) && organization.type === "Organization");
    const fact = makeFact(
      chair
        ? {
            type: "chairs",
            subject: claim.person.entity,
            object: organization,
            confidence,
            rule: `chair-${rule}`,
          }
        : { type: "holdsOffice", subject: claim.person.entity, object: organization, role, confidence, rule },
      sentence,
      analyzed.item,
      undefined,
      false,
    );
    const day = claim.starts ? newsDay(analyzed) : undefined;
    if (day) {
      fact.from = day.start;
      fact.precision = day.precision;
    }
    facts.push(fact);
  }
  return facts;
}

/** The chair of an organisation's assembly or administrative board. */
const CHAIRED_ORGAN =
  /^(Co-|Ko-)?(Vorsitzende[rn]?\s+(des|der)\s+(Verwaltungsrat(e)?s|Verbandsversammlung)\b|Verwaltungsratsvorsitzende[rn]?$)/;

const SUCCESSION =
  /\b(folgt|folgte|folgen)\s+(auf|als)\b|\bNachfolge(r|rin)?\s+(von|des|der)\b|\b(löst|löste)\b.*\bab\b/;

export function succeeds(sentence: AnalyzedSentence, analyzed: AnalyzedItem): Fact[] {
  const found = [...findSuccessions(sentence, sentence.roles), ...findPreviousHolders(sentence, analyzed)];
  const takeOvers = [...findTakeOvers(sentence), ...findFarewells(sentence)].filter(
    (claim) =>
      !found.some(
        (other) =>
          other.successor.entity.id === claim.successor.entity.id &&
          other.predecessor.entity.id === claim.predecessor.entity.id,
      ),
  );
  const parsed = [...found, ...takeOvers].map((claim) =>
    makeFact(
      {
        type: "succeeds",
        subject: claim.successor.entity,
        object: claim.predecessor.entity,
        confidence: claim.confidence,
        rule: `succession:${claim.rule}`,
      },
      sentence,
      analyzed.item,
      undefined,
      false,
    ),
  );
  return parsed.length > 0 ? parsed : weakened(wordSuccession(sentence, analyzed));
}

function wordSuccession(sentence: AnalyzedSentence, analyzed: AnalyzedItem): Fact[] {
  const cue = SUCCESSION.exec(sentence.text);
  // A negated sentence states no succession, whatever its word order.
  if (!cue || /\b(nicht|nie|kein|keine|keinen)\b/i.test(sentence.text)) return [];
  const people = sentence.mentions.filter((m) => m.entity.type === "Person");
  // ("Zum Stellvertreter Meyer-Falckes wurde in der Nachfolge von ...": whose deputy, not who follows.)
  const before = people.find((m) => m.start < cue.index && !isGenitiveName(m));
  const predecessor = people.find((m) => m.start > cue.index && m.entity.id !== before?.entity.id);
  // "In der Nachfolge von Herbert Napp wurde Reiner Breuer gewählt": no one before the cue, the
  // one named after the predecessor follows them.
  const successor =
    before ??
    (/^Nachfolge\s/.test(cue[0]) && predecessor
      ? people.find((m) => m.start > predecessor.end && m.entity.id !== predecessor.entity.id)
      : undefined);
  if (!successor || !predecessor) return [];
  const confidence = successor.form === "anaphor" ? 0.8 : 0.9;
  return [
    makeFact(
      { type: "succeeds", subject: successor.entity, object: predecessor.entity, confidence },
      sentence,
      analyzed.item,
      undefined,
      false,
    ),
  ];
}
