/**
 * Whose office a role is (the owner of a holdsOffice fact): the organisation or government named
 * with the role ("CIO des Freistaats Sachsen", "Staatssekretär im Bundesministerium des Innern"),
 * named right before it ("Sachsens", "bayerische", "Bayern-CIO"), the Bund for "Bundes-" roles,
 * else the government of the context. Each source lowers the confidence by its own penalty.
 */
import { slugify } from "../../model/ids.js";
import {
  CITY_STATE_IDS,
  FEDERATION_ID,
  landtagId,
  STATE_ISO_BY_AGS_PREFIX,
} from "../../model/state-codes.js";
import type { Mention } from "../entities/mentions.js";
import { FEDERAL_SEAT, isRoleWord, LANDRAT } from "../entities/people.js";
import type { ParseToken } from "../parse/align.js";
import type { View } from "../parse/view.js";
import { itemState } from "../entities/anaphora.js";
import type { KnownEntity } from "../types.js";
import { BUND_ENTITY } from "./collective-actors.js";
import { organOwner } from "./member-bodies.js";
import {
  appointingGovernment,
  electingOrganization,
  employerAfterHolder,
  employerBeside,
} from "./office-owner-verbs.js";
import { abbreviatedOwner } from "./office-abbreviated.js";
import { institutionAt } from "./office-institutions.js";
import { whereClauseOwner } from "./office-where.js";
import { namedParty, partyOfCompound } from "./office-parties.js";
import {
  appendedOrganization,
  COMPANY_NOUN,
  companyNamed,
  companyWithLegalForm,
  PARTY,
  kindNamedOrganization,
  quotedOrganization,
  abbreviatedCompoundOrganization,
  compoundAssociation,
  namedAsEmployer,
  namedOrganization,
} from "./office-organizations.js";
import { phraseHead, remitsAfter, roleForms, roleStart } from "./office-phrase.js";
import {
  municipalOwner,
  MUNICIPAL_ROLE,
  namedTown,
  PLACE_KIND,
  placeByKind,
  placeOfHead,
} from "./office-places.js";

/** A note on where a person stands in the article's picture. */
const PICTURE_NOTE = /^(Foto|Bild|Archivfoto|Archivbild|Mitte|Links|Rechts|Vorne|Hinten)\b/;
/** A chair with no body in its word: "Vorsitzende", "stellvertretender Vorsitzender". */
const BARE_CHAIR = /^Vorsitzende[rn]?$/;
/** Roles of a government: the Land of the article is their owner when the sentence names none. */
const GOVERNMENT_ROLE =
  /(minister|ministerin|staatssekretär|staatssekretärin|senator|senatorin|staatsrat|staatsrätin|beauftragte[r]?|bevollmächtigte[r]?|CIO|CDO|CISO|Officer|präsident|präsidentin|ressortchef|ressortchefin|regierungssprecher|regierungssprecherin|kanzleichef|kanzleichefin)$/i;
/** Members of a government, never a council's officers. */
const GOVERNMENT_MEMBER_ROLE =
  /(minister|ministerin|staatssekretär|staatssekretärin|staatsrat|staatsrätin)$/i;
/** Offices only a government has (no association's "Vizepräsident"): owned by the article's main government. */
const CABINET_ROLE =
  /(minister|ministerin|staatssekretär|staatssekretärin|staatsrat|staatsrätin|beauftragte[r]?|bevollmächtigte[r]?|CIO|CDO|CISO|kanzleichef|kanzleichefin)$/i;
/**
 * Members of a government: their office is the Land's even where they serve "beim" a Land's
 * ministry ("Staatsrat beim Senator für Finanzen" of Bremen), where a "Referent beim
 * Innenministerium" holds one of the ministry.
 */
const GOVERNMENT_MEMBER = /(minister|ministerin|staatssekretär|staatssekretärin|staatsrat|staatsrätin)$/i;
/** Heads of an association ("Vizepräsident", "Hauptgeschäftsführerin"), not of a government. */
const ASSOCIATION_HEAD =
  /^(Vize|Ehren)?[pP]räsident(in|en)?$|^(Haupt)?[gG]eschäftsführer(in|s)?$|^Vorstandsvorsitzende[rn]?$|^Präsidialmitglied(s|es)?$/;
/** Roles of the federal government only ("Außenminister": no Land has one). */
const FEDERAL_ROLE =
  /^(Bundes|Außenminister|Verteidigungsminister|Entwicklungsminister|Vizekanzler|Kanzleramtschef|Kanzleramtsminister|Außenstaatssekretär|Verteidigungsstaatssekretär|Entwicklungsstaatssekretär)/;
/** Officers a town has as well as a Land ("CDO der Stadt", a "Chief ... Officer"), not a Land's "Landes-CIO". */
const TOWN_OFFICER = /^(CIO|CDO|Officer|Digitalisierungsbeauftragte[r]?|Digitalbeauftragte[r]?)$/;
/** A town's digital officer (not "CIO": "der Kieler CIO" may be the Land's). */
const TOWN_DIGITAL_OFFICER =
  /^(CDO|Chief Digital Officer|Digitalisierungsbeauftragte[r]?|Digitalbeauftragte[r]?)$/;

/** "CDO", or a "Chief Digital Officer" whose role word is its last ("der Trierer Chief Digital Officer"). */
function townDigitalOfficer(role: number, roleWord: string, view: View): boolean {
  return (
    TOWN_DIGITAL_OFFICER.test(roleWord) ||
    (roleWord === "Officer" && view.tokens[role - 1]?.word === "Digital")
  );
}
/** "Amtschef der Staatskanzlei", "CIO der Landesregierung": an office of the Land's government. */
const LAND_GOVERNMENT =
  /^(Staatskanzlei|Senatskanzlei|Landesregierung|Staatsregierung|Landesverwaltung|Landes|\p{Lu}\p{Ll}*ministeriums?)$/u;
const LAND_ROLE = /^Landes/;
/**
 * Officers of a company: "Vorstandsvorsitzender", "Vorstandsmitglied", "Geschäftsführerin"; and
 * the head and the chair of a municipal IT provider run as a Zweckverband, its "Verbandsvorsteher"
 * and "Verbandsvorsitzender" (named alone, of the organisation named before, not of a Land).
 */
const BUSINESS_ROLE =
  /(Vorstand|Vorstandsvorsitzende[rn]?|Vorstandsmitglied|Geschäftsführer(in)?|Geschäftsleiter(in)?|Aufsichtsratsvorsitzende[rn]?|Verbandsvorsteher(in)?|Verbandsvorsitzende[rn]?)$/;
/** Offices of a district's or county's assembly, not of a government. */
const LOCAL_ASSEMBLY = /^(Bezirkstags|Kreistags|Bezirks)/;
/** Units of an organisation: "Leiter der Abteilung ... in der FITKO". */
export const UNIT = /^(Abteilung|Unterabteilung|Referat|Referatsgruppe|Stabsstelle|Gruppe|Bereich)$/;

/** A mention in a noun phrase itself or its genitive, not in a prepositional phrase nested in it. */
function ownerIn(index: number, view: View, accept: (m: Mention) => boolean): Mention | undefined {
  const company = COMPANY_NOUN.test(view.tokens[index]!.word);
  const caseless = (t: ParseToken) => t.dep !== "nmod" || view.children(t.index, /^case$/).length === 0;
  const own = view.children(index, /^(flat|appos|amod|compound|nmod)/).filter(caseless);
  // "Stabsstelle Digitalisierung des Landkreises Fulda": a unit's remit in apposition takes the
  // genitive of the unit's owner from the parser.
  const remit = UNIT.test(view.tokens[index]!.word)
    ? own
        .filter((t) => t.dep === "appos" && t.pos === "NOUN")
        .flatMap((t) => view.children(t.index, /^nmod$/).filter(caseless))
    : [];
  const parts = [index, ...own.map((t) => t.index), ...remit.map((t) => t.index)];
  return parts
    .map((i) => view.mentionAt(i))
    .find((m): m is Mention => m !== undefined && accept(m) && !(company && m.form === "city-adjective"));
}

/** A brand the project rules took for a new project ("ResearchGate") is, as an employer, an organisation. */
function newBrand(mention: Mention): KnownEntity | undefined {
  const entity = mention.entity;
  if (entity.type !== "Project" || !entity.isNew || mention.form !== "pattern") return undefined;
  return { id: entity.id, name: entity.name, type: "Organization", isNew: true };
}

export interface Owner {
  entity: KnownEntity;
  from: "named" | "prefix" | "context";
  penalty: number;
}

/** The office of the federal head of government: like a Land's Staatskanzlei, an office of the government itself. */
const FEDERAL_CHANCELLERY = "bundeskanzleramt";

/**
 * What a ministry of a Land belongs to counts as the Land ("Staatssekretär im ... Innenministerium");
 * a federal ministry stays itself ("Staatssekretärin im Bundesministerium des Innern"): the Bund
 * has many state secretaries, and the news name them by their ministry. The Bundeskanzleramt is
 * the Bund's, as a Staatskanzlei is its Land's ("Chef des Bundeskanzleramts"). Who leads a
 * ministry (`led`) is a member of its government, federal or not ("Leitung des Verkehrsministeriums").
 */
export function governmentOf(
  entity: KnownEntity,
  byId: (id: string) => KnownEntity | undefined,
  led = false,
): KnownEntity {
  if (entity.type !== "Organization" || entity.kind !== "ministry" || !entity.partOf) return entity;
  if (entity.partOf !== FEDERATION_ID || led || entity.id === FEDERAL_CHANCELLERY)
    return byId(entity.partOf) ?? entity;
  return entity;
}

const LANDTAG_SEAT = /^(\p{L}+-)?Landtagsabgeordnete[rn]?$/u;

/**
 * The Landtag of the Land an adjective of the role's phrase names ("sächsische"), else of the one
 * Land the sentence names, else of the Land the item is about.
 */
function landtagSeat(
  role: number,
  view: View,
  byId: (id: string) => KnownEntity | undefined,
): Owner | undefined {
  const start = view.tokens[roleStart(role, view)]!.start;
  const named = view.sentence.mentions.find(
    (m) =>
      m.entity.type === "State" &&
      m.form === "adjective" &&
      m.start >= start &&
      m.end <= view.tokens[role]!.start,
  );
  const inSentence = [
    ...new Set(view.sentence.mentions.filter((m) => m.entity.type === "State").map((m) => m.entity)),
  ];
  const land =
    named?.entity ??
    (inSentence.length === 1 ? inSentence[0] : undefined) ??
    itemState(view.sentence.context);
  const id = land ? landtagId(land.id) : undefined;
  const landtag = id ? byId(id) : undefined;
  if (!landtag) return undefined;
  return { entity: landtag, from: named ? "prefix" : "context", penalty: named ? 0.05 : 0.15 };
}

/** The Land a municipality lies in ("Schweriner" -> Mecklenburg-Vorpommern). */
export function landOf(
  place: KnownEntity,
  byId: (id: string) => KnownEntity | undefined,
): KnownEntity | undefined {
  const land = place.type === "Municipality" ? STATE_ISO_BY_AGS_PREFIX[place.id.slice(0, 2)] : undefined;
  return land ? byId(land) : undefined;
}

export const OWNER_TYPES = new Set(["State", "Federation", "Organization", "County", "Municipality"]);

/** A Land's envoy: "Bevollmächtigter beim Bund" holds an office of the Land, not of the Bund. */
const ENVOY = /^Bevollmächtigte[rn]?$/;
/** Prepositions of a phrase that never names whose an office is: what it is for, before whom one speaks. */
const NOT_OWNER_CASE = /^(für|vor|gegenüber|mit|nach|gegen|ohne|um|über)$/i;

/**
 * The actor a phrase nested in a phrase names, of the kind `nested` takes: an "in"/"bei" phrase
 * ("Abteilung ... in der FITKO"), a genitive ("für Informationstechnologie der Bundesagentur für
 * Arbeit").
 */
function actorWithin(
  index: number,
  view: View,
  usable: (m: Mention | undefined) => Mention | undefined,
  nested: (t: ParseToken) => boolean,
): Mention | undefined {
  return view
    .children(index, /^nmod/)
    .filter(nested)
    .map((t) => usable(view.mentionAt(t.index)))
    .find((m) => m !== undefined);
}

function placeWithin(index: number, view: View, usable: (m: Mention | undefined) => Mention | undefined) {
  return actorWithin(index, view, usable, (t) => view.hasCase(t.index, "in", "im", "bei", "beim"));
}

function genitiveWithin(index: number, view: View, usable: (m: Mention | undefined) => Mention | undefined) {
  return actorWithin(
    index,
    view,
    usable,
    (t) => t.dep === "nmod" && t.index > index && view.children(t.index, /^case$/).length === 0,
  );
}

export function findOwner(
  role: number,
  roleWord: string,
  view: View,
  byId: (id: string) => KnownEntity | undefined,
): Owner | undefined {
  // Inflected roles count: "zum Ministerpräsidenten", "des Staatssekretärs".
  // (Not an assembly's officer: "Bezirkstagspräsident", "Kreistagsvorsitzender".)
  const government =
    roleForms(roleWord).some((w) => GOVERNMENT_ROLE.test(w)) && !LOCAL_ASSEMBLY.test(roleWord);
  // (Inflected too: "dem Ordnungsdezernenten Paul Bischof".)
  const municipal = roleForms(roleWord).some((w) => MUNICIPAL_ROLE.test(w));
  // "der Landesregierung" resolved to the Land counts; other anaphors do not.
  const usable = (m: Mention | undefined) =>
    m && OWNER_TYPES.has(m.entity.type) && (m.form !== "anaphor" || m.entity.type === "State")
      ? m
      : undefined;
  // Named after the role: "des Landes Mecklenburg-Vorpommern", "der Stadt Rüsselsheim", "im Innenministerium".
  // "Referent beim Innenministerium" holds an office of that authority; "Staatssekretär im
  // Innenministerium" and "Staatsrat beim Senator für Finanzen" one of the Land's government.
  // "Chief Technology Officer der Stadt Köln": the parser hangs the genitive on the phrase's first word.
  // "Präsident des Deutschen Landkreistages, Landrat Reinhard Sager (CDU), Landkreis Ostholstein":
  // a Landrat's or mayor's place in the holder's parenthesis, not the organisation of the role
  // the parser hangs it on.
  // "der Bundestagsabgeordnete X", "die sächsische SPD-Bundestagsabgeordnete X": a seat in the
  // Bundestag, not an office of the federal government nor of the Land the member comes from.
  const bundestag = FEDERAL_SEAT.test(roleWord) ? byId("bundestag") : undefined;
  if (bundestag) return { entity: bundestag, from: "prefix", penalty: 0.05 };
  // "die frühere Landtagsabgeordnete X", "der sächsische CDU-Landtagsabgeordnete X": a seat in the
  // Landtag of the Land the role names, else of the Land the item is about.
  if (LANDTAG_SEAT.test(roleWord)) return landtagSeat(role, view, byId);
  const parenthesised = placeOfHead(role, roleWord, view, byId);
  if (parenthesised) return parenthesised;
  const head = phraseHead(role, view);
  // "der Digital-Beauftragte oder „Chief Digital Officer“ (CDO) der Stadt Düsseldorf": two names
  // of one office share the owner the parser hangs on the second.
  const alternative = view
    .children(role, /^conj$/)
    .filter((c) =>
      view.children(c.index, /^cc$/).some((t) => /^(oder|bzw\.?|beziehungsweise)$/i.test(t.word)),
    )
    .flatMap((c) => view.children(c.index, /^nmod$/))
    .map((t) => t.index);
  // "wechselt als Staatssekretärin nach Thüringen": where one moves to is the office's owner.
  const destinations = employerBeside(role, view);
  const attached = [
    ...view.children(role, /^(nmod|obl)/),
    ...alternative.map((i) => view.tokens[i]!),
    ...(head === role ? [] : view.children(head, /^(nmod|obl)/)),
    ...destinations,
    ...employerAfterHolder(role, view),
    ...remitsAfter(role, view).flatMap((i) => view.children(i, /^(nmod|obl)/)),
  ];
  const start = roleStart(role, view);
  // "die Landesoberbehörde BITBW ... und Christian Leinert als deren Präsident": the organisation
  // the relative possessive refers to, named last before the role.
  // (The parser may label it a plain nmod: "Mitglied des IT-Planungsrats und dessen Vorsitzende".)
  const possessive = view
    .children(role, /^((det|nmod):poss|nmod)$/)
    .some((t) => /^(deren|dessen)$/i.test(t.word) && (t.dep !== "nmod" || t.pos === "PRON"));
  const referred = possessive
    ? view.sentence.mentions
        .filter((m) => m.entity.type === "Organization" && m.end <= view.tokens[role]!.start)
        .pop()
    : undefined;
  if (referred) return { entity: referred.entity, from: "named", penalty: 0.1 };
  for (const child of attached) {
    // "Kiel (dpa) - Schleswig-Holsteins Staatskanzleichef": a place the parser hung on the role from
    // before it (a dateline) is not named with it; a genitive right before it is read below.
    if (child.index < start) continue;
    // "Staatssekretärin für IKT": what the office is for, not whose it is; nor a name in a quote after it.
    // Nor, for a government's office, the town the holder comes from ("Staatsministerin Kristina
    // Sinemus aus Darmstadt"; "Staatssekretär aus dem Innenministerium" is the ministry's, "der
    // Beigeordnete X aus Neuss" the town's).
    const cases = view.children(child.index, /^case$/).map((t) => t.word);
    const hometown =
      government && cases.includes("aus") && view.mentionAt(child.index)?.entity.type === "Municipality";
    // Nor where one speaks or acts ("erklärte Bürgermeisterin X vor dem Bundesrat", "mit dem Bund").
    const moved = destinations.includes(child);
    if ((cases.some((c) => NOT_OWNER_CASE.test(c)) && !moved) || hometown) {
      // "Amtsleiter für Digitalisierung im Landkreis Fulda": the remit's "in" phrase is where the office is.
      // "Generalbevollmächtigter für Informationstechnologie der Bundesagentur für Arbeit": so is a
      // genitive the parser hangs on the remit.
      const remitIn = cases.includes("für")
        ? (placeWithin(child.index, view, usable) ?? genitiveWithin(child.index, view, usable))
        : undefined;
      if (remitIn) return { entity: governmentOf(remitIn.entity, byId), from: "named", penalty: 0.05 };
      continue;
    }
    // Nor a phrase set off by a comma after the role's phrase ("Vorsitzender Freie Wähler, im
    // bayerischen Landtag"): where the sentence's act took place.
    const opening = view.subtree(child.index).filter((i) => view.tokens[i]!.pos !== "PUNCT");
    if (cases.length > 0 && view.tokens[Math.min(...opening) - 1]?.word === ",") continue;
    // "Bevollmächtigter beim Bund": a Land's envoy to the Bund, an office of the Land.
    const envoy =
      ENVOY.test(roleWord) &&
      cases.some((c) => /^(bei|beim)$/i.test(c)) &&
      view.mentionAt(child.index)?.entity.type === "Federation";
    if (envoy) continue;
    // Nor a bare noun phrase after the holder's name: "bestätigten SPD-Fraktionsvorsitzende Katja
    // Pähle der Deutschen Presse-Agentur" names whom she told, not whose office it is.
    const holderBetween = view.sentence.mentions.some(
      (m) =>
        m.entity.type === "Person" &&
        m.start >= view.tokens[role]!.end &&
        m.end <= view.tokens[child.index]!.start,
    );
    if (holderBetween && cases.length === 0) continue;
    // "Bürgermeister der rheinland-pfälzischen Verbandsgemeinde Nieder-Olm": a town the register
    // does not know is the owner, not the Land of its adjective.
    if (municipal && PLACE_KIND.test(child.word) && !view.mentionAt(child.index)) return undefined;
    // "der Beauftragte der Landesregierung ..., Markus Feld, in Mainz": a government's office in
    // its capital is the Land's, not the town's (a town's own CDO stays the town's).
    const seat = view.mentionAt(child.index);
    if (
      government &&
      !TOWN_OFFICER.test(roleWord) &&
      cases.includes("in") &&
      seat?.entity.type === "Municipality"
    ) {
      const land = landOf(seat.entity, byId);
      if (land) return { entity: land, from: "named", penalty: 0.1 };
    }
    const between = view.sentence.text.slice(view.tokens[role]!.end, view.tokens[child.index]!.start);
    if (/[:"„“]/.test(between) && !alternative.includes(child.index)) continue;
    // Nor a second role the parser hung on it ("Vorsitzender Freie Wähler und bayerischer Vizeministerpräsident").
    // (An authority named like a role, "beim Senator für Finanzen", is a name and stays.)
    if (isRoleWord(child.word) && !view.mentionAt(child.index)) continue;
    // "des Landesverbandes der IT- und Multimediaindustrie (VITM)": a name given with its abbreviation.
    const abbreviated = abbreviatedOwner(child.index, view);
    if (abbreviated) return { entity: abbreviated, from: "named", penalty: 0.1 };
    const quoted = quotedOrganization(child.index, view);
    if (quoted) return { entity: quoted, from: "named", penalty: 0.1 };
    // "Aufsichtsratsvorsitzender bei Governikus": a board's officer "bei" a name is that company's,
    // whatever the tagger took the name for (not a place the gazetteer knows).
    if (
      BUSINESS_ROLE.test(roleWord) &&
      cases.some((c) => /^(bei|beim)$/i.test(c)) &&
      child.pos === "PROPN" &&
      !view.mentionAt(child.index)
    ) {
      const name = view.sentence.text.slice(child.start, view.tokens[lastNamePart(child.index, view)]!.end);
      if (name.length >= 3)
        return {
          entity: { id: slugify(name), name, type: "Organization", isNew: true },
          from: "named",
          penalty: 0.1,
        };
    }
    // "stellvertretende Landesvorsitzende der FDP Sachsen-Anhalt": an office in the party (its Land
    // association), not in the Land's government.
    const party =
      cases.length === 0 ? namedParty(child.index, lastNamePart(child.index, view), view) : undefined;
    if (party) return { entity: party, from: "named", penalty: 0.1 };
    const company =
      companyNamed(child.index, view) ??
      kindNamedOrganization(child.index, view) ??
      (cases.length === 0 ? companyWithLegalForm(child.index, view) : undefined);
    if (company) return { entity: company, from: "named", penalty: 0.1 };
    // "Leiterin des Finanzamts Kassel", "Präsident der Universität Potsdam": an institution of its own, not the place.
    const institution = institutionAt(child.index, view);
    if (institution) return { entity: institution, from: "named", penalty: 0.1 };
    // Within the noun phrase itself, not in a phrase nested in it ("des IT-Dienstleisters ... aus Neuss").
    // ("Präsident des kommunalen Spitzenverbandes": the association the noun refers back to.)
    const owner = ownerIn(
      child.index,
      view,
      (m) =>
        usable(m) !== undefined ||
        newBrand(m) !== undefined ||
        (m.form === "anaphor" && m.entity.kind === "association"),
    );
    if (owner && newBrand(owner)) return { entity: newBrand(owner)!, from: "named", penalty: 0.1 };
    // Nor a council a member of a government sits in ("Staatssekretärin im Innenministerium und
    // Vertreterin des Landes im IT-Planungsrat", the council hung on the first role).
    if (owner?.entity.kind === "body" && GOVERNMENT_MEMBER_ROLE.test(roleWord)) continue;
    const at = view.children(child.index, /^case$/).some((t) => /^(beim|bei)$/.test(t.word));
    // "der Brandenburger Staatskanzlei", "des Kieler Innenministeriums": the Land of the capital.
    const capital = LAND_GOVERNMENT.test(child.word) && owner ? landOf(owner.entity, byId) : undefined;
    if (capital) return { entity: capital, from: "named", penalty: 0.05 };
    if (owner)
      return {
        entity: at && !GOVERNMENT_MEMBER.test(roleWord) ? owner.entity : governmentOf(owner.entity, byId),
        from: "named",
        penalty: 0,
      };
    // "Leiter der Abteilung ... in der FITKO": a unit's office is one of the organisation it is in.
    if (UNIT.test(child.word)) {
      const within = placeWithin(child.index, view, usable);
      if (within) return { entity: governmentOf(within.entity, byId), from: "named", penalty: 0.05 };
    }
    const organization = namedOrganization(view.subtree(child.index), view);
    if (organization) return { entity: organization, from: "named", penalty: 0.1 };
    // "der Vorsitzende des Verwaltungsrates" in an item about Dataport: the organisation's board
    // (in the genitive: "Landrat X bei der Verbandsversammlung" is at its meeting).
    const organ =
      view.children(child.index, /^case$/).length === 0 ? organOwner(view, child.index) : undefined;
    if (organ) return { entity: organ.entity, from: "context", penalty: Math.max(organ.penalty, 0.1) };
  }
  // "Auf der Sitzung des Verwaltungsrates der KGSt wurde X zum Verwaltungsratsvorsitzenden
  // gewählt": a board's chair in one word chairs the board the sentence names with its organisation.
  const board = BOARD_CHAIR.test(roleWord) ? boardNamed(role, view) : undefined;
  if (board) return { entity: board, from: "named", penalty: 0.1 };
  // "kommt vom Bundesverwaltungsamt, wo sie zuletzt Abteilungsleiterin war": the clause's organisation.
  const where = whereClauseOwner(role, view);
  if (where) return { entity: where, from: "named", penalty: 0.1 };
  // "Geschäftsführer GKD Recklinghausen": an organisation's name in apposition right after the role.
  const appended = appendedOrganization(role, view);
  if (appended) return { entity: appended, from: "named", penalty: 0.1 };
  // Named right before it: "Sachsens", "hessische", "Mönchengladbacher", "Bayern-CIO".
  const roleToken = view.tokens[role]!;
  // "DLT-Präsident": the tokenizer cut the compound at its hyphen.
  const first = view.tokens[start]!;
  // "Hessens CDU-Generalsekretär", "SPD-Fraktionschef": an office in the party or its group.
  const party = partyOfCompound(first.index, role, view);
  if (party) return { entity: party, from: "named", penalty: 0.1 };
  const compound = view.sentence.mentions.find(
    (m) =>
      ((m.start === roleToken.start && m.end < roleToken.end) ||
        (first !== roleToken && m.start === first.start && m.end < roleToken.start)) &&
      OWNER_TYPES.has(m.entity.type),
  );
  if (compound) return { entity: governmentOf(compound.entity, byId), from: "named", penalty: 0 };
  const compoundOwner = compoundAssociation(roleWord, view);
  if (compoundOwner) return { entity: compoundOwner, from: "named", penalty: 0.05 };
  const abbreviated = abbreviatedCompoundOrganization(first.index, role, roleWord, view);
  if (abbreviated) return { entity: abbreviated, from: "prefix", penalty: 0.1 };
  // (Before the whole compound: "der Kieler Vize-Bürgermeister".)
  for (let back = first.index - 1; back >= Math.max(0, first.index - 3); back -= 1) {
    const mention = usable(view.mentionAt(back));
    // "den jetzigen hessischen Vorsitzenden": a Land has no chair; the Land's adjective says where
    // the chair of a body comes from.
    if (mention?.form === "adjective" && mention.entity.type === "State" && BARE_CHAIR.test(roleWord)) break;
    // "der Rosenheimer Landrat": a Landrat is the county's, also where a town shares its name.
    const county =
      mention?.entity.namesakeCounty && LANDRAT.test(roleWord)
        ? byId(mention.entity.namesakeCounty)
        : undefined;
    if (county) return { entity: county, from: "named", penalty: 0.05 };
    // "Den Münchner CDO Thomas Bönig": a town's own digital officer, by the town's adjective.
    if (mention?.entity.type === "Municipality" && townDigitalOfficer(role, roleWord, view))
      return { entity: mention.entity, from: "named", penalty: 0.05 };
    // A minister is a Land's, never a city's: "der Schweriner Digitalisierungsminister" is the
    // minister of the Land Schwerin lies in.
    const land = mention && government ? landOf(mention.entity, byId) : undefined;
    if (land) return { entity: land, from: "context", penalty: 0.1 };
    // Nor is a state secretary a body's ("im IT-Planungsrat Innenstaatssekretärin Katrin Lange").
    const body = mention?.entity.kind === "body";
    if (mention && !(government && (mention.entity.type === "Municipality" || body)))
      return { entity: governmentOf(mention.entity, byId), from: "named", penalty: 0 };
    // (Not over a comma or a parenthesis: "Bürgermeister Rüdiger Meier (Gemeinde Kirchlengern),
    // Geschäftsleiter Bernd Kürpick" names the town of the one before.)
    // ("den hessischen Vorsitzenden Digitalstaatssekretär X": over a role before it, for a government's office.)
    const roleBefore = government && roleForms(view.tokens[back]!.word).some(isRoleWord);
    if (
      (!/^(ADJ|DET|PUNCT)$/.test(view.tokens[back]!.pos) && !roleBefore) ||
      /^[,;()]$/.test(view.tokens[back]!.word)
    )
      break;
  }
  // "Zum zweiten Vizepräsidenten wählte der Bundesrat den ... Hendrik Wüst": an office in the body
  // that elects to it.
  // (Not a federal office it elects to: "Der Deutsche Bundestag hat ... Ulrich Kelber ... zum
  // Bundesbeauftragten für den Datenschutz ... gewählt" is the Bund's.)
  const federal = FEDERAL_ROLE.test(roleWord) && !/^Bundes(tags?|rats?)/.test(roleWord);
  const electors = federal ? undefined : electingOrganization(role, view);
  if (electors) return { entity: electors, from: "named", penalty: 0.1 };
  const appointer = appointingGovernment(role, view);
  if (appointer) return { entity: appointer, from: "named", penalty: 0.1 };
  // "Seehofers Parlamentarische Staatssekretäre": only the federal government has them.
  // (A parliamentary group's "parlamentarischer Geschäftsführer" is no such office.)
  const parliamentary =
    /^Staatssekretär/.test(roleWord) &&
    view.children(role, /^amod$/).some((t) => /^[pP]arlamentarische[rn]?$/.test(t.word));
  if (FEDERAL_ROLE.test(roleWord) || parliamentary)
    return { entity: BUND_ENTITY, from: "prefix", penalty: 0.05 };
  // "der Regierende Bürgermeister" is Berlin's head of government, "der Erste Bürgermeister" Hamburg's
  // (a Bavarian town's first mayor has his town in the parenthesis after his name).
  const title = view.tokens[role - 1]?.word ?? "";
  // "des Regierenden Bürgermeisters": in any case.
  const mayor = roleForms(roleWord).some((w) => /^Bürgermeister(in)?$/.test(w));
  // (A place, not a party: "Thomas Zwingel (Zirndorf)", not "Peter Kern (CDU)".)
  const bracket = /^[\p{L}.\s-]{0,40}\(\s*(\p{Lu}[^,)]*)/u.exec(view.sentence.text.slice(roleToken.end));
  // (Nor a note on the picture: "Oberbürgermeister Klaus Mohrs (Foto)", "(Mitte)".)
  const bracketed = bracket !== null && !PARTY.test(bracket[1]!.trim()) && !PICTURE_NOTE.test(bracket[1]!);
  if (mayor && /^(Regierende[rn]?|Erste[rn]?)$/.test(title) && !bracketed) {
    const city = byId(/^Regierende/.test(title) ? "DE-BE" : "DE-HH");
    if (city) return { entity: city, from: "named", penalty: 0 };
  }
  // "der Bürgermeister" in a city-state is its head of government ("bei Bürgermeister Olaf Scholz" in Hamburg).
  const cityState = view.sentence.context.lastState;
  if (mayor && cityState && CITY_STATE_IDS.has(cityState.id))
    return { entity: cityState, from: "context", penalty: 0.1 };
  // A company's officer, the company the sentence names ("35 Jahre AKDB ... den neuen Vorstandsvorsitzenden").
  if (BUSINESS_ROLE.test(roleWord)) {
    const near = (m: Mention) => Math.abs(m.start - view.tokens[role]!.start);
    const company = view.sentence.mentions
      .filter(
        (m) =>
          m.entity.type === "Organization" &&
          m.form === "name" &&
          m.entity.kind === "company" &&
          m.start < view.tokens[role]!.start &&
          !namedAsEmployer(m, view),
      )
      .sort((a, b) => near(a) - near(b))[0];
    if (company) return { entity: company.entity, from: "context", penalty: 0.15 };
  }
  // "Das Präsidium des Deutschen Landkreistages ... Vizepräsident Landrat Joachim Walter": the
  // head of the association last named. Or the one whose leadership the same sentence names
  // after the role ("Gemeinsam mit Präsident Michael Ziche ... bildet ... das Präsidium des
  // Landkreistages Sachsen-Anhalt"); else, for a (vice) president, the one the item is about,
  // over a Land's association named in passing ("... Vorsitzender des Landkreistages
  // Baden-Württemberg. Die bisherigen Vizepräsidenten ...").
  const association =
    view.sentence.mentions.find(
      (m) =>
        m.entity.kind === "association" &&
        m.form === "name" &&
        m.start > view.tokens[role]!.start &&
        ofLeadership(m, view),
    )?.entity ??
    // (A company's board is named by "Vorstandsvorsitzender" and "Geschäftsführer" as well.)
    (/^(Vize|Ehren)?[pP]räsident|^Hauptgeschäftsführer/.test(roleWord)
      ? view.sentence.context.mainAssociation
      : undefined) ??
    view.sentence.context.lastAssociation;
  if (ASSOCIATION_HEAD.test(roleWord) && association)
    return { entity: association, from: "context", penalty: 0.15 };
  // "Als dritter Stellvertreter wurde ... gewählt": a deputy of the organisation last named.
  const organization = view.sentence.context.lastOrganization;
  if (/^Stellvertreter(in)?$/.test(roleWord) && (association ?? organization))
    return { entity: (association ?? organization)!, from: "context", penalty: 0.15 };
  // "Die regio iT zieht um. Geschäftsführer Dieter Rehfeld verabschiedet sich": a company's
  // officer named without one, of the organisation the item named last (for review).
  if (BUSINESS_ROLE.test(roleWord) && organization && organization.kind !== "body")
    return { entity: organization, from: "context", penalty: 0.2 };
  // "beschlossen, ihn zum Präsidenten zu bestellen" after "die FITKO": an agency's head, not a Land's.
  const agency = view.sentence.context.lastAgency;
  // (Not an "EZB-Präsidentin": a compound's first part names someone else's organisation.)
  const prefix = start < role ? view.tokens[start]!.word : "";
  // "bei Behördenleiter Alfred Kranstedt" after "das ITZBund": the agency's head too.
  const president = /^(Vize)?[pP]räsident(in|en)?$/.test(roleWord) && /^(Vize)?$/i.test(prefix);
  // (and "Direktor Alfred Kranstedt", "die technische Vizedirektorin" after "das ITZBund")
  const agencyHead = president || /^(Behörden(leiter|chef)|(Vize)?[dD]irektor)(in)?$/.test(roleWord);
  if (agencyHead && agency && /^(Vize)?$/i.test(prefix))
    return { entity: agency, from: "context", penalty: 0.15 };
  // "Haseloff ... neuer Präsident des Bundesrates. ... Woidke, der als erster Vizepräsident ...
  // bleibt": a (vice) president of the body last named, not of the Land the context gives.
  const body = view.sentence.context.lastBody;
  if (president && body) return { entity: body, from: "context", penalty: 0.15 };
  // "CDO des Landkreises": of the county named last.
  const byKind = placeByKind(role, view);
  if (byKind !== undefined) return byKind ?? undefined;
  // "auf Vorschlag von Verwaltungsbürgermeister X" after "Leipzig will ...": a town's office, of
  // the town or county the sentence names, else the one named last.
  if (municipal) {
    const place = municipalOwner(role, roleWord, bracketed, view, byId);
    if (place !== undefined) return place ?? undefined;
  }
  // "legt ihr Amt als Vorsitzende nieder": the chair of the body last named.
  // (Not when the role names its own: "Vorsitzender des Prüfungsausschusses" chairs that committee.)
  const ownBody = view
    .children(role, /^nmod/)
    .some((t) => t.index > role && view.children(t.index, /^case$/).length === 0 && /^\p{Lu}/u.test(t.word));
  if (/^Vorsitzende[rn]?$/.test(roleWord) && body && !ownBody)
    return { entity: body, from: "context", penalty: 0.15 };
  // "Roland Bernhard wurde zum ersten stellvertretenden Vorsitzenden gewählt" after "Der Zweckverband
  // 4IT hat gewählt": with no body named, the chair of the association named before.
  if (/^Vorsitzende[rn]?$/.test(roleWord) && !body && !ownBody && association)
    return { entity: association, from: "context", penalty: 0.15 };
  // "Leiter der Abteilung 4": a unit named by no organisation is one of the government's.
  const ofLand = view
    .children(role, /^(nmod|obl)/)
    .some((t) => LAND_GOVERNMENT.test(t.word) || UNIT.test(t.word));
  if (!government && !ofLand) return undefined;
  // "Die Stadt Kaiserslautern hat eine neue CDO": a town's own digital officer, not its Land's.
  const town = TOWN_OFFICER.test(roleWord) ? namedTown(view) : undefined;
  if (town) return { entity: town, from: "context", penalty: 0.15 };
  // "Die Stadt Donauwörth geht einen weiteren Schritt ... Digitalisierungsbeauftragter Sebastian
  // Heckl": a digital officer of the town (or county: "Der Landkreis Lüneburg bereitet ... vor ...
  // CDO Kristina Lemmer") the item named last as an actor (for review).
  // (Not where the sentence names a Land's government: "bisheriger CDO und CIO der Landesregierung".)
  const lastTown = view.sentence.context.lastPlace;
  const landNamed = view.sentence.mentions.some((m) => m.entity.type === "State");
  const local = lastTown?.type === "Municipality" || lastTown?.type === "County";
  if (townDigitalOfficer(role, roleWord, view) && lastTown && local && !landNamed)
    return { entity: lastTown, from: "context", penalty: 0.2 };
  const context = view.sentence.context;
  // "Staatssekretär in der Landesvertretung in Berlin": the Land's representation at the Bund's
  // seat is the item's Land's office, not Berlin's.
  const representation = view.children(role, /^(nmod|obl)/).some((t) => /^Landesvertretung$/.test(t.word));
  const represented = itemState(context);
  if (representation && represented) return { entity: represented, from: "context", penalty: 0.1 };
  // A bare (vice) president is no government's office ("Vizepräsident bleibt Landrat X"): a
  // government has a Ministerpräsident; an association's or an agency's was read above.
  if (president) return undefined;
  // The government named nearest to the role in the same sentence ("in Hessen der CIO", "der Bundesregierung").
  // Within reach: before the role, or just after it (not a Land named in a later quote).
  const governments = view.sentence.mentions.filter(
    (m) =>
      (m.entity.type === "State" || m.entity.type === "Federation") &&
      // ("der Freistaat" nearer to the role than the Länder a comparison names before it.)
      (m.form === "name" || (m.form === "anaphor" && m.entity.type === "State")) &&
      !bracketedApart(m.start, roleToken.start, view.sentence.text) &&
      !quotedApart(m.start, roleToken.start, view.sentence.text) &&
      // (The country as a place is no government: "eines der modernsten in Deutschland".)
      !(m.entity.type === "Federation" && m.text === "Deutschland") &&
      !(ENVOY.test(roleWord) && /\bbei(m| dem)\s+$/.test(view.sentence.text.slice(0, m.start))) &&
      (m.start < roleToken.start ||
        (m.start < roleToken.start + 60 && !/[:"„“]/.test(view.sentence.text.slice(roleToken.end, m.start)))),
  );
  const distance = (m: Mention) => Math.abs(m.start - roleToken.start);
  const nearest = governments.sort((a, b) => distance(a) - distance(b))[0];
  if (nearest) return { entity: nearest.entity, from: "context", penalty: 0.05 };
  // "Hubert Aiwanger, bayerischer Vizeministerpräsident, ... dass seine Partei mit X den Posten des
  // Ministers für Digitales bekleiden wird": the one Land the sentence names by its adjective,
  // before one named earlier in the item.
  // (A Land's parliament or council names it too: "im bayerischen Landtag".)
  const adjectives = view.sentence.mentions
    .map((m) =>
      m.entity.type === "State" && m.form === "adjective"
        ? m.entity
        : m.entity.kind === "body" && m.entity.partOf && m.entity.partOf !== FEDERATION_ID
          ? byId(m.entity.partOf)
          : undefined,
    )
    .filter((e) => e?.type === "State");
  const adjective = adjectives.every((e) => e!.id === adjectives[0]?.id) ? adjectives[0] : undefined;
  if (adjective) return { entity: adjective, from: "context", penalty: 0.1 };
  // (A Land's own press release speaks of its own ministers: "Finanzminister X begrüßte ...".)
  const state = context.publisherState ?? context.lastState ?? context.headlineState;
  // "Landes-CIO", "Staatssekretär im Finanzministerium": the role itself says it is a Land's.
  const landOffice = LAND_ROLE.test(roleWord) || ofLand;
  if (state) return { entity: state, from: "context", penalty: landOffice ? 0.05 : 0.1 };
  if (context.mainState) return { entity: context.mainState, from: "context", penalty: 0.25 };
  // No Land in the article: the Land of a place the sentence names ("sagte Digitalministerin ... in München"),
  // else the government the article is about.
  const place = view.sentence.mentions.map((m) => landOf(m.entity, byId)).find((l) => l !== undefined);
  if (place) return { entity: place, from: "context", penalty: 0.2 };
  // "Zum Chef der Staatskanzlei in Schwerin ... Das teilte Ministerpräsidentin X mit": the Land of the town named before.
  const before = context.lastSite && landOf(context.lastSite, byId);
  if (before && roleForms(roleWord).some((w) => CABINET_ROLE.test(w) || /^Ministerpräsident/.test(w)))
    return { entity: before, from: "context", penalty: 0.25 };
  // (A Ministerpräsident only a Land's: "Die neue Landesregierung ... Ministerpräsidentin X ... Schwerin".)
  const main = context.mainGovernment;
  const landHead = main?.type === "State" && roleForms(roleWord).some((w) => /^Ministerpräsident/.test(w));
  if (main && (landHead || roleForms(roleWord).some((w) => CABINET_ROLE.test(w))))
    return { entity: main, from: "context", penalty: 0.25 };
  return undefined;
}

/** An administrative board's chair in one word ("Verwaltungsratsvorsitzender", inflected). */
const BOARD_CHAIR = /^Verwaltungsratsvorsitzende[rn]?$/;
const BOARD = /^Verwaltungsrat(e?s)?$/;

/** The known organisation of another administrative board the sentence names ("des Verwaltungsrates der KGSt"). */
function boardNamed(role: number, view: View): KnownEntity | undefined {
  return view.tokens
    .filter((t) => t.index !== role && BOARD.test(t.word))
    .map((t) => organOwner(view, t.index))
    .find((owner) => owner !== undefined && owner.penalty === 0)?.entity;
}

/**
 * Whether the text at `at` stands in a parenthesis that `role` is outside of: "Severin Fischer
 * (SPD – Sozialdemokratische Partei Deutschlands) wird Chef der Senatskanzlei" names a party's
 * country, not the government the role belongs to.
 */
function bracketedApart(at: number, role: number, text: string): boolean {
  const open = text.lastIndexOf("(", at);
  if (open < 0 || text.lastIndexOf(")", at) > open) return false;
  const close = text.indexOf(")", at);
  return close >= 0 && (role < open || role > close);
}

/**
 * Whether the text at `at` stands in a quotation that `role` is outside of: a speaker's words.
 * (The input's quotation marks are straight ones by then, input/normalize.ts: an odd count before
 * `at` opens one.)
 */
function quotedApart(at: number, role: number, text: string): boolean {
  const before = text.slice(0, at);
  if ((before.match(/"/g) ?? []).length % 2 === 0) return false;
  const open = before.lastIndexOf('"');
  const close = text.indexOf('"', at);
  return close >= 0 && (role < open || role > close);
}

/** Whether an association is named as whose leadership ("das Präsidium des Landkreistages"), not whose event. */
function ofLeadership(mention: Mention, view: View): boolean {
  const first = view.tokens.findIndex((t) => t.start === mention.start);
  const head = first >= 0 ? view.tokens[view.tokens[first]!.head] : undefined;
  return head !== undefined && /^(Präsidium|Vorstand|Spitze|Führung|Geschäftsführung)$/.test(head.word);
}

/** The last token of a name that starts at `index` and goes on in its flat parts ("Governikus GmbH"). */
function lastNamePart(index: number, view: View): number {
  let last = index;
  while (view.tokens[last + 1]?.head === index && view.tokens[last + 1]!.dep === "flat") last += 1;
  return last;
}
