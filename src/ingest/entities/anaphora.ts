/**
 * Anaphora across the sentences of one item: "das Land", "der Freistaat", "die
 * Landesregierung", "die Freie und Hansestadt" name the Land last named (or named in the
 * headline) that the noun fits (a Freistaat is Bayern, Sachsen or Thüringen; a sentence that
 * names several Länder before the noun compares them with the item's Land); "das Gremium" the
 * body last named; "der Verband", "der kommunale Spitzenverband" the association last named;
 * "Er"/"Sie" opening a sentence with a singular verb the person last named; a definite noun the
 * item named a service with ("den Antragsassistenten „BAföG Digital“") that service.
 */
import type { KnownEntity } from "../types.js";
import { seatAfter } from "./capital-seats.js";
import { genderOfName, type Gender } from "./gender.js";
import type { Mention } from "./mentions.js";
import { FEDERAL_SEAT } from "./people.js";
import type { Token } from "./tokenize.js";
import { QUOTE } from "../parse/view.js";

export interface DiscourseContext {
  headlineState?: KnownEntity;
  lastState?: KnownEntity;
  lastBody?: KnownEntity;
  lastAssociation?: KnownEntity;
  /** The association the item names most often, when it names it more than once (the one it is about). */
  mainAssociation?: KnownEntity;
  /** The federal or Land agency last named ("die FITKO", "das BSI"): whose a bare "Präsident" is. */
  lastAgency?: KnownEntity;
  /** The organisation other than a ministry named last ("Dataport"): whose a bare "Verwaltungsrat" is. */
  lastOrganization?: KnownEntity;
  lastPerson?: KnownEntity;
  /** The people named so far, the latest last, with the grammatical gender their roles show. */
  people?: { entity: KnownEntity; gender?: Gender }[];
  lastProject?: KnownEntity;
  /** The project named last that is no law and no strategy: what a later "der Dienst" is used as. */
  lastService?: KnownEntity;
  /**
   * The services the item has named with a noun before their name ("den Antragsassistenten „BAföG
   * Digital“"), by the noun's stem: what a later "der Antragsassistent" is.
   */
  servicesByNoun?: Readonly<Record<string, KnownEntity>>;
  /** The Land the article names most often (for offices named before their Land). */
  mainState?: KnownEntity;
  /** The towns and counties the sentence before named, when it named several: whom a plural "Sie" means. */
  listedPlaces?: KnownEntity[];
  /** The town or county named last ("Leipzig will ...": whose Bürgermeister a later one is). */
  lastPlace?: KnownEntity;
  /** The town named last, a place where something happens included ("in Schwerin"). */
  lastSite?: KnownEntity;
  /** The towns and counties whose heads (Bürgermeister, Landrat) the item has named so far. */
  headedPlaces?: KnownEntity[];
  /** Without a named Land: the Bund if named, else the Land of the named municipalities. */
  mainGovernment?: KnownEntity;
  /** The Land whose government published the item (by its URL's host). */
  publisherState?: KnownEntity;
}

const DETERMINER = /^(das|dem|des|der|die|den|im|vom|beim|zum|unser|unseres)$/i;
const STATE_NOUN =
  /^(Land|Landes|Freistaat|Freistaats|Freistaates|Bundesland|Bundeslandes|Landesregierung|Staatsregierung|Hansestadt)$/;
const GOVERNMENT_NOUN = /^(Landesregierung|Staatsregierung|Landeskabinett)$/;
const BODY_NOUN = /^(Gremium|Gremiums|Gremien|Rat|Rates|Rats)$/;
const ASSOCIATION_NOUN = /^(Verband|Verbandes|Verbands|Spitzenverband|Spitzenverbandes|Spitzenverbands)$/;

export function resolveAnaphora(
  sentence: string,
  tokens: Token[],
  mentions: Mention[],
  context: DiscourseContext,
): Mention[] {
  const covered = new Set<number>();
  for (const mention of mentions) for (let i = mention.first; i < mention.last; i += 1) covered.add(i);
  const words = tokens.map((token) => token.text);
  const found: Mention[] = [];
  const push = (first: number, last: number, entity: KnownEntity | undefined) => {
    if (!entity) return;
    const start = tokens[first]!.start;
    const end = tokens[last - 1]!.end;
    found.push({ start, end, first, last, text: sentence.slice(start, end), entity, form: "anaphor" });
  };
  // The Land a state noun before `index` names: the one Land the sentence named before it; where it
  // named several ("Nachzügler im Vergleich zu Sachsen, Bayern oder Baden-Württemberg, aber der
  // Freistaat ..."), the item's Land if the noun fits it. Only Bayern, Sachsen and Thüringen are
  // a "Freistaat", only Hamburg and Bremen a "Hansestadt".
  const stateBefore = (index: number, noun: string) => {
    const fits = (entity: KnownEntity | undefined) => entity !== undefined && fitsStateNoun(noun, entity.id);
    // (Not the Land a member of the Bundestag comes from: "die sächsische SPD-Bundestagsabgeordnete X".)
    const before = mentions.filter(
      (m) =>
        m.last <= index &&
        m.entity.type === "State" &&
        !FEDERAL_SEAT.test(words[m.last] ?? "") &&
        !FEDERAL_SEAT.test(words.slice(m.last, m.last + 3).join("")),
    );
    const earlier = [context.lastState, context.headlineState].find(fits);
    if (new Set(before.map((m) => m.entity.id)).size > 1 && earlier) return earlier;
    return before.filter((m) => fits(m.entity)).at(-1)?.entity ?? earlier;
  };
  for (let i = 0; i < words.length; i += 1) {
    if (covered.has(i)) continue;
    const word = words[i]!;
    const previous = words[i - 1] ?? "";
    if (STATE_NOUN.test(word)) {
      const adjective = mentions.find((m) => m.last === i && m.form === "adjective");
      if (adjective) {
        push(adjective.first, i + 1, adjective.entity);
        continue;
      }
      const next = mentions.find((m) => m.first === i + 1 && m.entity.type === "State");
      // ("die Landesregierung in Düsseldorf": the Land of its seat, land-organs.ts.)
      if (GOVERNMENT_NOUN.test(word) && (next || seatAfter(tokens, mentions, i))) continue;
      let first = i;
      if (word === "Hansestadt" && /^(Freie|Freien)$/.test(words[i - 1] ?? "")) first = i - 1;
      if (word === "Hansestadt" && words[i - 1] === "und" && /^(Freie|Freien)$/.test(words[i - 2] ?? ""))
        first = i - 2;
      if (DETERMINER.test(words[first - 1] ?? "") || GOVERNMENT_NOUN.test(word)) {
        push(first, i + 1, stateBefore(i, word));
      }
      continue;
    }
    // "das Gremium", "das neue Gremium" (an adjective between; not "ein" Gremium: a new one).
    const adjective = /^\p{Ll}+(e|en|er|es)$/u.test(previous);
    if (
      BODY_NOUN.test(word) &&
      (DETERMINER.test(previous) || (adjective && DETERMINER.test(words[i - 2] ?? "")))
    )
      push(i, i + 1, context.lastBody);
    else if (
      ASSOCIATION_NOUN.test(word) &&
      (DETERMINER.test(previous) || DETERMINER.test(words[i - 2] ?? ""))
    ) {
      // "der Jahrestagung des Deutschen Landkreistages ... den Präsidenten des kommunalen
      // Spitzenverbandes": the association the sentence named before the noun, else the item's.
      const named = [...mentions]
        .reverse()
        .find((m) => m.last <= i && m.entity.type === "Organization" && m.entity.kind === "association");
      push(i, i + 1, named?.entity ?? context.lastAssociation);
    } else if (
      (DETERMINER.test(previous) || (adjective && DETERMINER.test(words[i - 2] ?? ""))) &&
      !QUOTE.test(words[i + 1] ?? "") &&
      !OWNER_WORD.test(words[i + 1] ?? "")
    ) {
      // "Sachsen-Anhalt hat den Antragsassistenten ... auf den Weg gebracht" after "den
      // Antragsassistenten „BAföG Digital“": the service named with that noun.
      push(i, i + 1, context.servicesByNoun?.[kindStem(word)]);
    } else if (i === 0 && (word === "Er" || word === "Sie") && /^\p{Ll}+t$/u.test(words[1] ?? "")) {
      push(i, i + 1, personOfGender(context, word === "Er" ? "m" : "f"));
    }
  }
  return found;
}

/** After a kind noun, an owner (or a quoted name, QUOTE): another service than the one named before. */
const OWNER_WORD = /^(des|der|von|vom)$/i;
/** A noun that may name a kind of service ("Antragsassistenten", "Bürgerportal"). */
const KIND_NOUN = /^\p{Lu}[\p{Ll}-]{3,}$/u;

/** A kind noun without its case ending: "Antragsassistenten" and "Antragsassistent" are one. */
function kindStem(word: string): string {
  return word.toLowerCase().replace(/(en|es|n|s)$/, "");
}

const FREE_STATES = new Set(["DE-BY", "DE-SN", "DE-TH"]);
const HANSEATIC = new Set(["DE-HH", "DE-HB"]);

/** Whether a state noun can name the Land: "Freistaat" only a Freistaat, "Hansestadt" only a Hansestadt. */
function fitsStateNoun(noun: string, id: string): boolean {
  if (/^Freistaat/.test(noun)) return FREE_STATES.has(id);
  if (noun === "Hansestadt") return HANSEATIC.has(id);
  return true;
}

/** The Land the item is about at this point: the one named last, else the headline's, else the one named most. */
export function itemState(context: DiscourseContext): KnownEntity | undefined {
  return context.lastState ?? context.headlineState ?? context.mainState;
}

/** The person named last whose gender (where a role showed it) fits ("Sie" -> a Staatssekretärin). */
export function personOfGender(
  context: DiscourseContext,
  gender: Gender | undefined,
): KnownEntity | undefined {
  const people = [...(context.people ?? [])].reverse();
  if (!gender) return people[0]?.entity ?? context.lastPerson;
  // A person whose role showed the gender first, then one whose gender is unknown.
  return (people.find((p) => p.gender === gender) ?? people.find((p) => !p.gender))?.entity;
}

/** The noun right before a service's name, its opening quote aside ("Antragsassistenten „X“"). */
function nounBefore(mention: Mention, words: readonly string[]): string | undefined {
  const at = QUOTE.test(words[mention.first - 1] ?? "") ? mention.first - 2 : mention.first - 1;
  const word = words[at];
  return word !== undefined && KIND_NOUN.test(word) ? word : undefined;
}

export function updateContext(
  context: DiscourseContext,
  mentions: Mention[],
  words: readonly string[] = [],
): void {
  const places = mentions.filter(
    (m) => (m.entity.type === "Municipality" || m.entity.type === "County") && m.form === "name",
  );
  const distinct = [...new Map(places.map((m) => [m.entity.id, m.entity])).values()];
  context.listedPlaces = distinct.length >= 2 ? distinct : undefined;
  for (const mention of [...mentions].sort((a, b) => a.start - b.start)) {
    const entity = mention.entity;
    if (entity.type === "State") {
      if (mention.form !== "partial") context.lastState = entity;
    } else if (entity.type === "Person") {
      context.lastPerson = entity;
      const people = (context.people ?? []).filter((p) => p.entity.id !== entity.id);
      const known = context.people?.find((p) => p.entity.id === entity.id);
      const gender = known?.gender ?? genderOfName(entity.name);
      context.people = [...people, { entity, ...(gender ? { gender } : {}) }];
    } else if (entity.type === "Project" && mention.form !== "partial") {
      context.lastProject = entity;
      if (!/^(law|strategy)$/.test(entity.kind ?? "")) context.lastService = entity;
    } else if ((entity.type === "Municipality" || entity.type === "County") && mention.form === "name")
      context.lastPlace = entity;
    else if (entity.type === "Organization" && mention.form !== "partial") {
      if (entity.kind === "body") context.lastBody = entity;
      if (entity.kind === "association") context.lastAssociation = entity;
      if (entity.kind === "agency" || entity.kind === "authority") context.lastAgency = entity;
      if (entity.kind !== "ministry") context.lastOrganization = entity;
    }
  }
  rememberServiceNouns(context, mentions, words);
}

/** The services named after a kind noun, the longest name where two start at one word ("„BAföG Digital“", not "BAföG"). */
function rememberServiceNouns(
  context: DiscourseContext,
  mentions: Mention[],
  words: readonly string[],
): void {
  const services = mentions
    .filter(
      (m) =>
        m.entity.type === "Project" && m.form !== "partial" && !/^(law|strategy)$/.test(m.entity.kind ?? ""),
    )
    .sort((a, b) => a.start - b.start || a.end - b.end);
  for (const mention of services) {
    const noun = nounBefore(mention, words);
    if (noun) context.servicesByNoun = { ...context.servicesByNoun, [kindStem(noun)]: mention.entity };
  }
}
