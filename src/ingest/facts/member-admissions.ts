/**
 * memberOf from news of admissions and founding members, read from the surface of the clause
 * because the parser rarely sees their structure (an organisation's name after "in die
 * Genossenschaft" often becomes an adverb):
 *   admitted-into  "A und B werden in die Genossenschaft govdigital aufgenommen", "hat beschlossen,
 *                  das Land X als 17. Mitglied in die Genossenschaft aufzunehmen", "A und B sind als
 *                  neue Mitglieder zu der Genossenschaft hinzugestoßen"
 *   member-list    "Die Gründungsmitglieder sind A, B, C und D" (the organisation in the noun's
 *                  genitive, else the one the sentence or the item named before)
 *   new-in         "Neu im Normenkontrollrat ist Anna Keller", "Neu im Digitalrat sind A und B"
 *                  (the parser rarely sees that the adjective is the predicate)
 * The organisation joined is one the clause names after "in"/"zu", else the one the sentence
 * names apart from the members, else the one the item named last. A place the members come from
 * ("aus Osnabrück") and a genitive inside a member's name ("des Bundes") are no members. The
 * facts wait for review (0.75).
 */
import { slugify } from "../../model/ids.js";
import type { Mention } from "../entities/mentions.js";
import type { KnownEntity } from "../types.js";
import { View, type ParsedSentence } from "../parse/view.js";
import { INTENDED, isMember, memberClaims, STAFFED, type Target } from "./member-rules.js";
import { ORGAN } from "./member-bodies.js";
import { kindNamedOrganization } from "./office-organizations.js";
import { onlyPeople, type RelationClaim } from "./relation-rules.js";

const CONFIDENCE = 0.75;
/** Verbs of being admitted or of joining an organisation's members. */
const ADMIT =
  /^(aufgenommen|aufzunehmen|aufnehmen|hinzugestoßen|hinzugekommen|dazugekommen|dazugestoßen|hinzustoßen)$/;
const MEMBER_NOUN = /^(Mitglied|Mitglieder|Gründungsmitglieder|Neumitglieder)$/;
const LIST_NOUN = /^(Gründungsmitglieder|Mitglieder|Neumitglieder)$/;
/** Nouns of organisations that have members. */
const ORGANISATION_NOUN =
  /(genossenschaft|verbund|verband|verein|gremium|netzwerk|arbeitsgemeinschaft|konsortium|allianz|kooperation|bündnis|initiative|rat|runde)$/i;
const CLAUSE_BREAK = /^[,;:.!?]$/;
/** Words before a mention that make it a place or an attribute, not a member. */
const NOT_MEMBER_BEFORE = /^(aus|in|im|von|vom|des|bei|beim|nach)$/i;

const organisation = (m: Mention): boolean =>
  m.entity.type === "Organization" && m.form !== "partial" && !STAFFED.has(m.entity.kind ?? "");

/** The mentions of `view` between two character offsets. */
function mentionsBetween(view: View, from: number, to: number): Mention[] {
  return view.sentence.mentions.filter((m) => m.start >= from && m.end <= to);
}

/** Members among mentions: each entity once, not a place of origin, not a genitive inside another name. */
function membersAmong(view: View, mentions: Mention[], body: KnownEntity | undefined): Mention[] {
  const seen = new Set<string>();
  return mentions.filter((m) => {
    if (!isMember(m)) return false;
    if (m.entity.id === body?.id || seen.has(m.entity.id)) return false;
    const first = view.tokens.findIndex((t) => t.start === m.start);
    if (first > 0 && NOT_MEMBER_BEFORE.test(view.tokens[first - 1]!.word)) return false;
    seen.add(m.entity.id);
    return true;
  });
}

/**
 * The first index of the clause that ends at `verb` (after the last comma or colon before it; the
 * full stop of an ordinal, "als 17. Mitglied", is none).
 */
function clauseStart(view: View, verb: number): number {
  let at = verb - 1;
  const ordinal = (i: number) => view.tokens[i]!.word === "." && view.tokens[i - 1]?.pos === "NUM";
  while (at >= 0 && !(CLAUSE_BREAK.test(view.tokens[at]!.word) && !ordinal(at))) at -= 1;
  return at + 1;
}

/** The organisation a clause names after "in" or "zu" before `verb` ("in die Genossenschaft govdigital"). */
function joinedIn(view: View, start: number, verb: number): Mention | undefined {
  const into = view.tokens.findIndex((t, i) => i >= start && i < verb && /^(in|zu|zur|zum)$/i.test(t.word));
  if (into < 0) return undefined;
  return mentionsBetween(view, view.tokens[into]!.start, view.tokens[verb]!.start).find(organisation);
}

/** The noun after a preposition, over articles and adjectives ("in die neue Genossenschaft"). */
function nounAfter(view: View, at: number): string {
  let next = at + 1;
  while (view.tokens[next] && /^(DET|ADJ)$/.test(view.tokens[next]!.pos)) next += 1;
  return view.tokens[next]?.word ?? "";
}

/**
 * The items of a list between two character offsets that name no known entity: a short name
 * (one to three words, one of them capitalised or an acronym), split at commas, "und" and "sowie".
 */
function unknownListed(view: View, from: number, to: number): Mention[] {
  const text = view.sentence.text;
  const found: Mention[] = [];
  const item = /[^,]+?(?=\s*(?:,|\bund\b|\bsowie\b|$))/gu;
  for (const match of text.slice(from, to).matchAll(item)) {
    const raw = match[0].replace(/^\s*(und|sowie)\s+/, "");
    const name = raw.trim().replace(/^(die|der|das|den|dem)\s+/i, "");
    const start = from + match.index + match[0].indexOf(name);
    const end = start + name.length;
    const words = name.split(/\s+/);
    if (name.length < 2 || words.length > 3 || !words.some((w) => /^(\p{Lu}|\p{Ll}*\p{Lu})/u.test(w)))
      continue;
    if (view.sentence.mentions.some((m) => m.start < end && start < m.end)) continue;
    // "weitere Partner", "zahlreiche Kommunen": a lowercase word of four letters or more is no name's.
    if (words.some((w) => /^\p{Ll}{4,}$/u.test(w))) continue;
    const first = view.tokens.findIndex((t) => t.start >= start);
    const last = view.tokens.findIndex((t) => t.start >= end);
    found.push({
      start,
      end,
      first,
      last: last < 0 ? view.tokens.length : last,
      text: name,
      entity: { id: slugify(name), name, type: "Organization", isNew: true },
      form: "pattern",
    });
  }
  return found;
}

function stated(view: View, start: number, verb: number): boolean {
  const clause = view.tokens.slice(start, verb + 1);
  return !clause.some((t) => INTENDED.test(t.word)) && !view.negated(verb);
}

export function findMemberAdmissions(
  sentence: ParsedSentence,
  lastOrganization: () => KnownEntity | undefined = () => undefined,
): RelationClaim[] {
  const view = new View(sentence);
  const claims: RelationClaim[] = [];
  // The organisation named last before `at` that is no member ("Die Generalversammlung von
  // govdigital hat beschlossen, X ... aufzunehmen"; not a speaker named after it), else the item's.
  const fallback = (members: Mention[], at: number): Target | undefined => {
    const inSentence = view.sentence.mentions
      .filter((m) => m.end <= at && organisation(m) && !members.some((x) => x.entity.id === m.entity.id))
      .pop();
    const entity = inSentence?.entity ?? lastOrganization();
    return entity ? { entity, penalty: inSentence ? 0 : 0.05 } : undefined;
  };
  view.tokens.forEach((token, index) => {
    if (ADMIT.test(token.word)) {
      const start = clauseStart(view, index);
      if (!stated(view, start, index)) return;
      const clause = view.tokens.slice(start, index);
      const into = joinedIn(view, start, index);
      const asMember = clause.some((t) => MEMBER_NOUN.test(t.word));
      // "in die Genossenschaft", "in den Verbund": a noun of an organisation with members (not "in
      // das Förderprogramm", "in den Regelbetrieb").
      const generic = clause.some(
        (t, i) => /^(in|zu|zur|zum)$/i.test(t.word) && ORGANISATION_NOUN.test(nounAfter(view, start + i)),
      );
      if (!into && !asMember && !generic) return;
      const body = into ? { entity: into.entity, penalty: 0 } : undefined;
      // "in die Genossenschaft X": everything from "in" on names the organisation, not a member.
      const cut = view.tokens.findIndex(
        (t, i) => i >= start && i < index && /^(in|zu|zur|zum)$/i.test(t.word),
      );
      const end = cut < 0 ? token.start : view.tokens[cut]!.start;
      const inClause = membersAmong(
        view,
        mentionsBetween(view, view.tokens[start]!.start, end),
        body?.entity,
      );
      // "A und B, die Digitalisierungseinheit des Bundes, sind ... hinzugestoßen": over an apposition.
      const members =
        inClause.length > 0 ? inClause : membersAmong(view, mentionsBetween(view, 0, end), body?.entity);
      claims.push(
        ...memberClaims(members, body ?? fallback(members, token.start), CONFIDENCE, "admitted-into"),
      );
    } else if (/^Neu$/.test(token.word) && /^(in|im)$/i.test(view.tokens[index + 1]?.word ?? "")) {
      // "Neu im Normenkontrollrat ist Anna Keller": the body after "im", the members after the copula.
      const copula = view.tokens.findIndex((t, i) => i > index + 1 && /^(ist|sind|war|waren)$/.test(t.word));
      if (copula < 0 || view.negated(copula)) return;
      const named = mentionsBetween(view, view.tokens[index + 1]!.start, view.tokens[copula]!.start);
      // ("Neu im Beirat der FITKO sind A und B": a seat on an agency's board is one in the agency.)
      const onBoard = view.tokens
        .slice(index + 1, copula)
        .some((t) => ORGAN.test(t.word) || /^Beirat(s|es)?$/.test(t.word));
      const body =
        named.find(organisation) ??
        (onBoard ? named.find((m) => m.entity.type === "Organization" && m.form !== "partial") : undefined);
      if (!body) return;
      const end = view.tokens.findIndex((t, i) => i > copula && /^[.;:!?]$/.test(t.word));
      const to = end < 0 ? view.sentence.text.length : view.tokens[end]!.start;
      const members = membersAmong(view, mentionsBetween(view, view.tokens[copula]!.end, to), body.entity);
      claims.push(...memberClaims(members, { entity: body.entity, penalty: 0 }, CONFIDENCE, "new-in"));
    } else if (LIST_NOUN.test(token.word) && /^nsubj/.test(token.dep)) {
      // "Die Gründungsmitglieder sind A, B und C": the copula right after the noun, the list after it.
      // (or after the noun's genitive: "Gründungsmitglieder des Zweckverbands ... sind").
      const copula =
        token.head >= 0
          ? view.children(token.head, /^cop$/).find((t) => t.index > index && t.index <= index + 8)
          : view.tokens[index + 1];
      if (!copula || !/^(sind|waren)$/.test(copula.word) || view.negated(token.head)) return;
      const end = view.tokens.findIndex((t, i) => i > index + 1 && /^[.;:!?]$/.test(t.word));
      const to = end < 0 ? view.sentence.text.length : view.tokens[end]!.start;
      // "Gründungsmitglieder des Zweckverbands Digitale Kommunen Brandenburg sind ...": a name the
      // gazetteer does not know, after the kind noun that starts it.
      const genitive = view.children(index, /^nmod$/)[0]?.index;
      const named = genitive === undefined ? undefined : kindNamedOrganization(genitive, view);
      const own = mentionsBetween(view, token.start, copula.start).find(organisation)?.entity ?? named;
      const members = onlyPeople(membersAmong(view, mentionsBetween(view, copula.end, to), own));
      if (members.length < 2) return;
      const body = own ? { entity: own, penalty: 0 } : fallback(members, token.start);
      claims.push(...memberClaims(members, body, CONFIDENCE, "member-list"));
      // A list of organisations names the ones the gazetteer does not know too ("..., Governikus,
      // KDO, krz Lemgo und SIT"), by their own words, for review.
      if (members.every((m) => m.entity.type !== "Person"))
        claims.push(
          ...memberClaims(unknownListed(view, copula.end, to), body, CONFIDENCE - 0.1, "member-list"),
        );
    }
  });
  return claims;
}
