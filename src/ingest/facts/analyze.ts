/** One item read sentence by sentence: mentions (names, people, projects, anaphora), roles, times, amounts. */
import { findTimes, type TimeExpression } from "../dates/find-times.js";
import { resolveAnaphora, updateContext, type DiscourseContext } from "../entities/anaphora.js";
import { bareAssociations } from "../entities/bare-associations.js";
import { landOrgans } from "../entities/land-organs.js";
import { municipalUnions } from "../entities/municipal-unions.js";
import { namedUnions } from "../entities/named-unions.js";
import { genderOfName, genderOfRole } from "../entities/gender.js";
import { findAmounts, findCounts, type Amount, type Count } from "../entities/amounts.js";
import type { Gazetteer } from "../entities/gazetteer.js";
import { placesInLand } from "../entities/town-namesakes.js";
import { findGazetteerMentions, inPersonsParenthesis, type Mention } from "../entities/mentions.js";
import { landOwnBodies } from "../entities/land-bodies.js";
import { landMinistries } from "../entities/land-ministries.js";
import { FEDERAL_SEAT, findPeople, isRoleWord, isTownHead, type RoleClaim } from "../entities/people.js";
import {
  findParsedPeople,
  fullNamesOf,
  newRegistry,
  registerPeople,
  type PeopleRegistry,
} from "../entities/parsed-people.js";
import { findOffices } from "./office-rules.js";
import { mainGovernment } from "./main-government.js";
import { committeeNamed } from "./named-bodies.js";
import { Clause } from "./clause.js";
import { describedInSentence } from "./described-projects.js";
import { findProjects } from "../entities/projects.js";
import { tokenize, type Token } from "../entities/tokenize.js";
import { splitSentences } from "../input/sentences.js";
import type { NlpDocument } from "../../nlp/types.js";
import { indexDocument, sentenceParse, type SentenceParse } from "../parse/align.js";
import { publisherState } from "./publisher-state.js";
import type { KnownEntity, RawItem } from "../types.js";
import { CITY_STATE_IDS } from "../../model/state-codes.js";

export interface AnalyzedSentence {
  text: string;
  tokens: Token[];
  words: string[];
  mentions: Mention[];
  roles: RoleClaim[];
  times: TimeExpression[];
  amounts: Amount[];
  counts: Count[];
  /** The model's tokens, tags, entity labels and dependencies of this sentence. */
  parse: SentenceParse;
  /** The discourse state before this sentence (what anaphora and omitted subjects refer to). */
  context: DiscourseContext;
}

export interface AnalyzedItem {
  item: RawItem;
  headline: Mention[];
  sentences: AnalyzedSentence[];
}

/** `document` is the parse of `item.text` (one annotation of the whole body). */
export function analyzeItem(item: RawItem, gazetteer: Gazetteer, document: NlpDocument): AnalyzedItem {
  const parsed = indexDocument(document);
  const whole = sentenceParse(parsed, 0, item.text.length);
  const named = findGazetteerMentions(item.text, tokenize(item.text), gazetteer).filter(
    (m) => !inDateline(m, item.text) && !isSurname(m, whole),
  );
  // A Land named only as a place ("auf einem Kongress in Berlin") leaves a federal article federal.
  const government = mainGovernment(
    named.filter((m) => m.entity.type !== "State" || !isNamedAsPlace(m, item.text)),
    gazetteer,
  );
  const context: DiscourseContext = {
    mainState: mainState(named, item.text, gazetteer, government?.type === "Federation"),
    mainAssociation: mainAssociation(named),
    mainGovernment: government,
    publisherState: publisherState(item.url, gazetteer),
  };
  const registry = newRegistry(fullNamesOf(document.sentences.map((sentence) => sentence.tokens)));
  const headlineText = item.kicker ? `${item.kicker}: ${item.title}` : item.title;
  const headline = mentionsOf(headlineText, gazetteer, context, { tokens: [] }, registry).mentions;
  context.headlineState = headline.find(
    (m) => m.entity.type === "State" && !isNamedAsPlace(m, headlineText),
  )?.entity;
  updateContext(
    context,
    headline.filter((m) => m.entity.type !== "State"),
  );
  const sentences: AnalyzedSentence[] = [];
  let paragraphStart = 0;
  for (const paragraph of item.text.split("\n")) {
    const offset = paragraphStart;
    paragraphStart += paragraph.length + 1;
    for (const sentence of splitSentences(paragraph)) {
      const start = offset + sentence.index;
      const snapshot = { ...context };
      const parse = sentenceParse(parsed, start, start + sentence.text.length);
      const { tokens, mentions, roles } = mentionsOf(sentence.text, gazetteer, snapshot, parse, registry);
      sentences.push({
        text: sentence.text,
        tokens,
        words: tokens.map((t) => t.text),
        mentions,
        roles,
        times: findTimes(sentence.text, item.publishedAt),
        amounts: findAmounts(sentence.text),
        counts: findCounts(sentence.text),
        parse,
        context: snapshot,
      });
      // "Kerstin Pliquett, Geschäftsleiterin des KDN, ...": an organisation (or town) named only as someone's
      // affiliation is not what the item goes on about.
      // So is a town or county named as its head's ("Schartz, der ... Landrat des Kreises
      // Trier-Saarburg"): a later Landrat named without his county is not of that one. (A town's
      // other officers stay in it: "arbeitet als Digitalisierungsbeauftragte für die Stadt Wülfrath".)
      const affiliations = new Set(
        roles
          .filter(
            (r) =>
              r.organization &&
              (("rule" in r && String(r.rule).startsWith("name-comma-role")) ||
                ((r.organization.type === "Municipality" || r.organization.type === "County") &&
                  isTownHead(r.role))),
          )
          .map((r) => r.organization!.id),
      );
      updateContext(
        context,
        mentions.filter(
          (m) =>
            !isNamedAsPlace(m, sentence.text) &&
            !(
              AFFILIATION_TYPES.has(m.entity.type) &&
              (affiliations.has(m.entity.id) || inPersonsParenthesis(m, mentions, sentence.text))
            ) &&
            !isOrigin(m, mentions, sentence.text),
        ),
        tokens.map((t) => t.text),
      );
      // A committee or council the gazetteer does not know, named last, is the body a later "Zum
      // Vorsitzenden wurde ... gewählt" or "Das neue Gremium wird von X geleitet" means. (A bare
      // "der Ausschuss" after "der neue Ausschuss für Digitalisierung des DStGB" is that one.)
      const committee = committeeNamed(sentences.at(-1)!);
      // (Nor is a bare "Kooperationsrat" after "IT-Kooperationsrat NRW".)
      if (
        committee &&
        !context.lastBody?.name.startsWith(`${committee.name} `) &&
        !shortFor(committee, context.lastBody)
      )
        context.lastBody = committee;
      // "hat einen Onlinedienst für die Ummeldung entwickelt": the service a later "der Dienst" means.
      const service = describedInSentence(new Clause(sentences.at(-1)!), sentences.at(-1)!);
      if (service) context.lastProject = context.lastService = service;
      // Where things happen ("in Schwerin") is no owner of a later office, but its Land may be.
      const site = mentions.filter((m) => m.entity.type === "Municipality" && m.form === "name").pop();
      if (site) context.lastSite = site.entity;
      promoteSubjects(context, mentions, parse);
      for (const claim of roles) {
        const place = claim.organization;
        if (place && (place.type === "Municipality" || place.type === "County") && isTownHead(claim.role))
          context.headedPlaces = [...(context.headedPlaces ?? []).filter((p) => p.id !== place.id), place];
        const gender = genderOfRole(claim.role);
        const known = context.people?.find((p) => p.entity.id === claim.person.entity.id);
        if (known && gender) known.gender = gender;
      }
      // Naming a Land's ministry or body names the Land ("das Ministerium ... Schleswig-Holstein").
      for (const mention of mentions) {
        const owner = mention.entity.partOf ? gazetteer.byId.get(mention.entity.partOf) : undefined;
        if (owner?.type === "State" && mention.form !== "partial") context.lastState = owner;
      }
    }
  }
  return { item, headline, sentences };
}

/** What a person's parenthesis names of them: their organisation, town or county ("(Altötting)"). */
const AFFILIATION_TYPES = new Set(["Organization", "Municipality", "County"]);

/**
 * "der Berliner Finanzexperte Birger Scholz": a Land's adjective before a word for a person (not a
 * role: "der hessische CIO X" is the Land's CIO) says where the person comes from, not what the
 * item is about.
 */
function isOrigin(mention: Mention, mentions: Mention[], text: string): boolean {
  if (mention.entity.type !== "State" || mention.form !== "adjective") return false;
  const noun = /^\s+(\p{Lu}[\p{L}-]*)\s+/u.exec(text.slice(mention.end));
  // (A seat in the Bundestag is no office of the Land: "die sächsische SPD-Bundestagsabgeordnete X" comes from Sachsen.)
  if (!noun || (isRoleWord(noun[1]!) && !FEDERAL_SEAT.test(noun[1]!))) return false;
  const at = mention.end + noun[0].length;
  return mentions.some((m) => m.entity.type === "Person" && m.start === at);
}

/**
 * The subject of a sentence stays its topic: "Meyer-Falcke ... folgt auf ... Hartmut Beuß. ...
 * wurde er Beauftragter" means Meyer-Falcke, so the people who were subjects are moved behind
 * the others the sentence named.
 */
function promoteSubjects(context: DiscourseContext, mentions: Mention[], parse: SentenceParse): void {
  const isSubject = (m: Mention) =>
    parse.tokens.some((t) => /^nsubj/.test(t.dep) && m.start <= t.start && t.end <= m.end);
  // "Das neue Gremium soll ... Gremien wie den IT-Planungsrat ergänzen": the body the sentence is
  // about is the one a later "den Vorsitz" refers to, not the one it names in passing.
  const body = mentions.find((m) => m.entity.kind === "body" && m.form !== "partial" && isSubject(m));
  if (body) context.lastBody = body.entity;
  const subjects = mentions.filter((m) => m.entity.type === "Person" && isSubject(m));
  if (subjects.length === 0 || !context.people) return;
  const ids = new Set(subjects.map((m) => m.entity.id));
  context.people = [
    ...context.people.filter((p) => !ids.has(p.entity.id)),
    ...context.people.filter((p) => ids.has(p.entity.id)),
  ];
}

/** The association an item names most often, if it names it at least twice. */
function mainAssociation(named: Mention[]): KnownEntity | undefined {
  const counts = new Map<string, { entity: KnownEntity; count: number }>();
  for (const m of named)
    if (m.entity.kind === "association") {
      const entry = counts.get(m.entity.id) ?? { entity: m.entity, count: 0 };
      entry.count += 1;
      counts.set(m.entity.id, entry);
    }
  const best = [...counts.values()].sort((a, b) => b.count - a.count)[0];
  return best && best.count > 1 ? best.entity : undefined;
}

/** The Land named most often in the item's text. */
function mainState(
  named: Mention[],
  text: string,
  gazetteer: Gazetteer,
  federal: boolean,
): KnownEntity | undefined {
  const counts = new Map<string, number>();
  const notOnlyPlace = new Set<string>();
  // A city-state named as a place ("Sitzung in Berlin") counts half: it breaks no tie, and alone
  // it makes no Land the item's.
  for (const m of named)
    if (m.entity.type === "State") {
      const place = isNamedAsPlace(m, text);
      counts.set(m.entity.id, (counts.get(m.entity.id) ?? 0) + (place ? 0.5 : 1));
      if (!place) notOnlyPlace.add(m.entity.id);
    }
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  // Named only as a place in a federal item ("am Rande eines Kongresses in Berlin", however often),
  // a Land is not what the item is about; in any other ("Staatssekretärin in Berlin") it is.
  if (!best || (federal && !notOnlyPlace.has(best[0]))) return undefined;
  return gazetteer.byId.get(best[0]);
}

function mentionsOf(
  text: string,
  gazetteer: Gazetteer,
  context: DiscourseContext,
  parse: SentenceParse,
  registry: PeopleRegistry,
) {
  const tokens = tokenize(text);
  const gazetteerMentions = placesInLand(
    findGazetteerMentions(text, tokens, gazetteer).filter(
      (m) => !isSurname(m, parse, registry) && !inDateline(m, text),
    ),
    context,
  );
  const known = landMinistries(text, tokens, landOwnBodies(text, gazetteerMentions), gazetteer);
  // A place inside a union's name is part of it: "Zweckverband „Digitale Kommunen Brandenburg“",
  // "Samtgemeinde Jümme".
  const unions = [...namedUnions(text, tokens, known), ...municipalUnions(text, tokens, known)];
  const named = [
    ...known.filter((m) => !unions.some((u) => u.first <= m.first && m.last <= u.last)),
    ...unions,
  ].sort((a, b) => a.start - b.start);
  // The model's part of speech for each word (by the first parse token inside it).
  const tags = tokens.map(
    (token) => parse.tokens.find((t) => t.start >= token.start && t.start < token.end)?.pos,
  );
  const projects = findProjects(text, tokens, named, gazetteer, tags);
  const anaphora = [
    ...resolveAnaphora(text, tokens, [...named, ...projects], context),
    ...bareAssociations(text, tokens, [...named, ...projects], context, gazetteer),
    ...landOrgans(text, tokens, [...named, ...projects], gazetteer),
  ];
  // A name inside a quoted project's name is part of it: "die App „Thüringen digital“".
  const outsideProjects = named.filter((m) => !projects.some((p) => p.start <= m.start && m.end <= p.end));
  const base = [...outsideProjects, ...projects, ...anaphora].filter(
    (m, _i, all) =>
      m.form !== "partial" ||
      !all.some((o) => o !== m && o.form !== "partial" && o.first <= m.first && o.last >= m.last),
  );
  const parsedPeople = findParsedPeople(text, tokens, parse, base, registry);
  const found = findPeople(text, tokens, [...base, ...parsedPeople]);
  // Names found by capitalisation alone count only where the model also sees a person.
  const inside = (m: Mention) => parse.tokens.filter((t) => m.start <= t.start && t.end <= m.end);
  // ("nach 35 Jahren Amtszeit als Bürgermeister": nor where the model reads common nouns.)
  const confirmed = (m: Mention) =>
    inside(m).some((t) => t.ner === "PERSON") ||
    (found.roles.some((r) => r.person === m) &&
      !inside(m).some((t) => t.ner === "LOCATION") &&
      !inside(m).every((t) => t.pos === "NOUN"));
  // "Nordrhein Westfalen" written without its hyphen is a Land, not a person.
  // (A surname of a person named before stays that person: "beerbt Hagen Henning Lühr".)
  const notPlace = (m: Mention) => {
    const known = gazetteer.findByName(m.text.replace(/\s+/g, "-"));
    return !known || known.type === "Person" || registry.bySurname.get(m.text.toLowerCase()) === m.entity;
  };
  const people = [...parsedPeople, ...found.people.filter(confirmed)].filter(notPlace);
  const mentions = [...base, ...people].sort((a, b) => a.start - b.start);
  registerPeople(registry, mentions);
  const offices = findOffices({ text, parse, mentions, context }, (id) => gazetteer.byId.get(id));
  const roles: RoleClaim[] = [
    ...offices,
    // The word rules only where they name the organisation; the parse rules know the context better.
    // (Nor where the parse gave the same office to someone else: "Nachfolger von Markus Richter
    // ist der Hamburger Staatsrat Jan Pörksen" makes no Staatsrat of Richter.)
    ...found.roles.filter(
      (r) =>
        mentions.includes(r.person) &&
        r.organization !== undefined &&
        !offices.some((o) => o.person.entity.id === r.person.entity.id) &&
        !offices.some(
          (o) => o.role.toLowerCase() === r.role.toLowerCase() && o.organization?.id === r.organization?.id,
        ),
    ),
  ];
  return { tokens, mentions, roles };
}

/**
 * A dateline opening a paragraph: "Berlin (ots) -", "BERLIN (dpa-AFX) -", "(Berlin) -". The
 * place it names is where the item was written, never an actor or the Land of what follows.
 */
const DATELINE = new RegExp(
  [
    // "Berlin (ots) -", "BERLIN (dpa-AFX) -", "Berlin (APA/Reuters/dpa) -"
    String.raw`^\p{Lu}[\p{L}./-]*(?: \p{Lu}[\p{L}./-]*){0,3} ?\((?:dpa|ots|AFP|afp|epd|dts|KNA|kna|Reuters|AP|APA|ddp|dapd|SID|idw|red|pm)\b[^)]{0,20}\)\s*[-–—]\s*`,
    // "(Berlin) -"
    String.raw`^\(\p{Lu}[\p{L} ./-]{1,40}\)\s*[-–—]\s*`,
    // "Berlin, 06.12.2022", "Mainz, den 3. Mai 2024 -", "Berlin, 17. Oktober 2025 (JPD) –": a line
    // of place and date
    String.raw`^\p{Lu}[\p{L}./-]*(?: \p{Lu}[\p{L}./-]*){0,2}, (?:den )?\d{1,2}\. ?(?:\d{1,2}\.|\p{Lu}\p{Ll}+) ?\d{4}(?: ?\([\p{L}-]{1,12}\))?(?:\s*[-–—]\s*|[^\S\n]*(?=\n|$))`,
  ].join("|"),
  "u",
);

/**
 * "Saarbrücken: Anke Rehlinger hat ...", "Ipsheim/ München: Mit dem Programm ...": a town (or two
 * joined by a slash) and a colon opening a line. Only a town's name: a Land before a colon
 * ("Hessen: Neue CIO ...") is a kicker that names the news's Land.
 */
const TOWN_DATELINE =
  /^\p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*){0,2}(?: ?\/ ?\p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*){0,2})?:[^\S\n]+(?=\p{Lu})/u;

/** Whether a mention lies in the dateline of its line. */
function inDateline(mention: Mention, text: string): boolean {
  const line = text.lastIndexOf("\n", mention.start - 1) + 1;
  const rest = text.slice(line);
  const dateline =
    DATELINE.exec(rest) ?? (mention.entity.type === "Municipality" ? TOWN_DATELINE.exec(rest) : null);
  return dateline !== null && mention.end <= line + dateline[0].length;
}

/**
 * "in seiner Sitzung in Berlin", "tagte in Kassel", "nach Hamburg": a city-state or a town named
 * as where something happens, which a later "des Landes", an office without its Land or a town's
 * office does not refer to.
 */
function isNamedAsPlace(mention: Mention, text: string): boolean {
  const place =
    CITY_STATE_IDS.has(mention.entity.id) ||
    mention.entity.type === "Municipality" ||
    mention.entity.type === "County";
  return place && /\b(in|im|nach|aus|bei)\s+$/.test(text.slice(0, mention.start));
}

/**
 * "In seiner Funktion beerbt Hagen Henning Lühr": a town's name (or a Land's adjective) that the
 * model reads as a person's is a surname when it is that of a person the article named before.
 */
function isSurname(mention: Mention, parse: SentenceParse, registry?: PeopleRegistry): boolean {
  if (!mayBeSurname(mention)) return false;
  const inside = parse.tokens.filter((t) => mention.start <= t.start && t.end <= mention.end);
  if (inside.length === 0 || !inside.every((t) => t.ner === "PERSON")) return false;
  // ("die stellvertretende Ministerpräsidentin Simone Oldenburg": or, before any person is
  // known, right after a first name the model tags as a person's.)
  return registry?.bySurname.has(mention.text.toLowerCase()) === true || afterFirstName(mention, parse);
}

/** A town's name, or a Land's adjective that is a surname too ("Guido Bremer"). */
const mayBeSurname = (mention: Mention): boolean =>
  mention.entity.type === "Municipality" || (mention.entity.type === "State" && mention.form === "adjective");

function afterFirstName(mention: Mention, parse: SentenceParse): boolean {
  const before = parse.tokens.filter((t) => t.end <= mention.start).pop();
  return before?.ner === "PERSON" && genderOfName(before.word) !== undefined;
}

/** "Kooperationsrat" for "IT-Kooperationsrat Nordrhein-Westfalen": the tail of the known body's first word. */
function shortFor(committee: KnownEntity, body: KnownEntity | undefined): boolean {
  const first = body?.name.split(" ")[0]?.toLowerCase() ?? "";
  return first.length > committee.name.length && first.endsWith(`-${committee.name.toLowerCase()}`);
}
