/**
 * Leading an organisational unit is holding its office: "Außerdem leitete Thewes das Europäische
 * Informationszentrum SaarLorLux", "Zuvor leitete sie den FITKO-Aufbaustab", "Anna Keller führt die
 * FITKO" (a named organisation), "Das Ministerium für
 * Justiz und Digitalisierung leitet Benjamin Grimm", the participle ("das von X geführte
 * Ministerium"), and the nouns of leading: "übernimmt die Leitung des Rechenzentrums Kassel",
 * "übernimmt die Geschäftsführung von Dataport", "Den Vorstandsvorsitz der AKDB übernimmt B", "hat
 * die Leitung ... inne", "steht an der Spitze der Hochschule Harz" and, as a start, "ist an die
 * Spitze des Finanzministeriums gerückt": an institution by office-institutions.ts, a known
 * organisation, or a unit as above, also one the verb names ("übernimmt bei Dataport die
 * Leitung"); a body's lead is its chair, read by the chair rules. A ministry in the genitive or
 * named by its capital ("des Schweriner Finanzministeriums") is its Land's. A named unit
 * ("Strategiezentrum Gesundheit") is an organisation of its own; an unnamed unit of a government ("die neue
 * Stabsstelle", "das Ministerbüro", "das Ministerium für ...") is an office of the government
 * named with it or of the Land of the context. The role is the noun ("Leitung",
 * "Geschäftsführung", "Vorstandsvorsitz"), and "führt die Geschäfte der AKDB". Unsure by nature (who "er" is, what the unit belongs
 * to), these facts stay below the review threshold.
 */
import { slugify } from "../../model/ids.js";
import type { Mention } from "../entities/mentions.js";
import { itemState } from "../entities/anaphora.js";
import type { View } from "../parse/view.js";
import type { KnownEntity } from "../types.js";
import { ORGAN } from "./chair-nouns.js";
import { institutionAt } from "./office-institutions.js";
import { nominative } from "./office-names.js";
import { governmentOf, landOf, OWNER_TYPES, UNIT } from "./office-owners.js";
import type { ParsedRoleClaim } from "./office-rules.js";

const LEAD = /^(leitet|leitete|leiteten|leiten|geleitet)$/;
/** Units a government is made of: without a name of their own they are the government's. */
const GOVERNMENT_UNIT =
  /((Referat|Ministerbüro|Dezernat|Ministerium|Ressort|\p{Ll}ministerium|\p{Ll}ressort)(e?s)?|Abteilung|Stabsstelle|Staatskanzlei|Senatskanzlei|\p{Ll}abteilung)$/u;
/** Units that are organisations of their own when named: "Strategiezentrum Gesundheit". */
const NAMED_UNIT = /(zentrum|stab|institut|agentur|behörde|amt|akademie)(e?s)?$/i;
/**
 * Units of a university or an institute, beside an organisation's units (office-owners.ts UNIT):
 * "die Professur ... an der Universität X".
 */
const ACADEMIC_UNIT =
  /(Professur|Lehrstuhl|Fachbereich|Fakultät|Fachgebiet|gruppe|Dezernat|Sachgebiet|Institut|Zentrum)$/;
const CONFIDENCE = 0.7;
/** "die Leitung übernehmen / innehaben / hat ... inne", "an der Spitze stehen". */
/** Nouns of leading that name the office themselves ("die Geschäftsführung", "die Abteilungsleitung"). */
const OWN_ROLE_NOUN = /^(Geschäftsführung|Vorstandsvorsitz|Abteilungsleitung|Referatsleitung)$/;
const LEAD_NOUN = /^(Leitung|Führung|Geschäftsführung|Vorstandsvorsitz|Abteilungsleitung|Referatsleitung)$/;
/** "wurde mit der Leitung ... betraut", "hat ihm die Leitung ... übertragen": a lead given to someone. */
const ENTRUST = /^(betraut|betrauen|betraute|betrauten)$/;
const TRANSFER = /^(überträgt|übertragen|übertrug|übertrugen)$/;
/** The office a noun of leading names: the lead of a unit, its management, its board's chair. */
const LEAD_ROLE = (noun: string) =>
  noun === "Geschäfte" ? "Geschäftsführung" : OWN_ROLE_NOUN.test(noun) ? noun : "Leitung";
/** "führt die Geschäfte der AKDB": managing an organisation. */
const RUN = /^(führt|führte|führten|führen|geführt)$/;
const TAKE_LEAD =
  /^(übernimmt|übernehmen|übernahm|übernahmen|übernommen|übernehme|innehaben|innehat|hat|hatte|haben|hatten)$/;
const STAND = /^(steht|stehen|stand|standen|gestanden)$/;
/** Moving to the top: "ist an die Spitze des Finanzministeriums gerückt", "tritt an die Spitze". */
const MOVE_UP = /^(rückt|rücken|rückte|rückten|gerückt|aufgerückt|tritt|treten|trat|traten|getreten)$/;
/** Taking over a government's unit: "Das Ministerium für ... wird Jürgen Barke übernehmen". */
const TAKE_OVER_UNIT = /^(übernimmt|übernehme|übernehmen|übernahm|übernahmen|übernommen)$/;
const MINISTRY = /(ministerium|Ministerium|Staatskanzlei|Senatskanzlei|ressort|Ressort)(e?s)?$/;

export function findLeadOffices(
  view: View,
  byId: (id: string) => KnownEntity | undefined,
): ParsedRoleClaim[] {
  const claims: ParsedRoleClaim[] = [];
  view.tokens.forEach((noun, index) => {
    const claim = leadNounClaim(index, view, byId) ?? boardChairClaim(index, view);
    if (claim) claims.push(claim);
  });
  view.tokens.forEach((verb, index) => {
    const takesOver = TAKE_OVER_UNIT.test(verb.word);
    // "Anna Keller führt die FITKO": running a named organisation (not "führt ... ein", nor a body: its chair).
    const runs = RUN.test(verb.word) && view.children(index, /^compound:prt$/).length === 0;
    if (!(LEAD.test(verb.word) || takesOver || runs) || verb.pos !== "VERB" || view.negated(index)) return;
    const led = ledBy(index, view);
    if (!led || (runs && !ledOrganization(led.unit, view))) return;
    // "Das Ministerium für Inneres ... übernimmt Reinhold Jost": taking over a ministry leads it.
    if (takesOver && !MINISTRY.test(view.tokens[led.unit]!.word)) return;
    const { person, unit } = led;
    const named = ledOrganization(unit, view);
    const organization = named ? governmentOf(named, byId, true) : unitOwner(unit, index, view, byId);
    if (!organization || organization.id === person.entity.id) return;
    claims.push(roleClaim(person, "Leitung", view.tokens[unit]!.start, organization, "lead-unit/context"));
  });
  view.tokens.forEach((_, index) => {
    const claim = ledUnitClaim(index, view, byId);
    if (claim) claims.push(claim);
  });
  return claims;
}

/** The participle of leading before its unit: "das von X geführte Ministerium", "die von X geleitete Stabsstelle". */
const LED = /^(geführt|geleitet)(e|en|er|es|em)?$/;

/**
 * "in das von Wolfgang Keller geführte Ministerium für ...", "in der von Anna Lenz geführten
 * Staatskanzlei": the one named after "von" leads the unit the participle describes.
 */
function ledUnitClaim(
  index: number,
  view: View,
  byId: (id: string) => KnownEntity | undefined,
): ParsedRoleClaim | undefined {
  const participle = view.tokens[index]!;
  if (!LED.test(participle.word) || participle.dep !== "amod" || participle.head < 0) return undefined;
  const person = view
    .children(index, /^(nmod|obl|obl:agent)$/)
    .filter((t) => view.hasCase(t.index, "von"))
    .map((t) => view.personOf(t.index))
    .find((m) => m !== undefined);
  if (!person) return undefined;
  const unit = participle.head;
  const organization = ledOrganization(unit, view) ?? unitOwner(unit, index, view, byId);
  if (!organization || organization.id === person.entity.id) return undefined;
  return roleClaim(person, "Leitung", view.tokens[unit]!.start, organization, "led-unit/context");
}

/** An office these readers find: less sure by 0.05 for a person named by a pronoun. */
export function roleClaim(
  person: Mention,
  role: string,
  index: number,
  organization: KnownEntity,
  rule: string,
  { confidence = CONFIDENCE, starts = false } = {},
): ParsedRoleClaim {
  const sure = person.form === "anaphor" ? confidence - 0.05 : confidence;
  return { person, role, index, organization, starts, confidence: sure, rule };
}

/**
 * Who leads what: "Anna Keller leitet die FITKO", the object first ("Das Ministerium ... leitet
 * Benjamin Grimm": the parser takes the unit for the subject), or the passive ("Die FITKO wird
 * von Anna Keller geleitet").
 */
function ledBy(verb: number, view: View): { person: Mention; unit: number } | undefined {
  const agent = view.children(verb, /^obl:agent$/)[0];
  const led = view.children(verb, /^nsubj:pass$/)[0];
  if (agent && led) {
    const person = view.personOf(agent.index);
    return person ? { person, unit: led.index } : undefined;
  }
  const subject = view.children(verb, /^nsubj$/)[0];
  const object = view.children(verb, /^obj$/)[0];
  if (!subject || !object) {
    // "Das Ministerium ... wird Jürgen Barke übernehmen": the parser may read the future as a
    // passive with two subjects, the unit and the person.
    const both = view.children(verb, /^nsubj(:pass)?$/);
    const person = both.map((t) => view.personOf(t.index)).find((m) => m !== undefined);
    const unit = both.find((t) => !view.personOf(t.index));
    return both.length === 2 && person && unit ? { person, unit: unit.index } : undefined;
  }
  // "Andreas Könen, der seit 2018 die Abteilung Cybersicherheit leitete": the relative pronoun
  // stands for the name the clause hangs on (the parser may take it for the object).
  const relative = [subject, object].find((t) => /^(der|die)$/i.test(t.word));
  if (relative && /^acl/.test(view.tokens[verb]!.dep) && view.tokens[verb]!.head >= 0) {
    const person = view.personOf(view.tokens[verb]!.head);
    const unit = relative === subject ? object : subject;
    return person ? { person, unit: unit.index } : undefined;
  }
  const subjectPerson = view.personOf(subject.index);
  const person = subjectPerson ?? view.personAt(object.index);
  return person ? { person, unit: subjectPerson ? object.index : subject.index } : undefined;
}

/**
 * An organisation led by its name or as an institution ("die FITKO", "das Landesamt für
 * Digitalisierung"); a body's lead is its chair (the chair rules), a place is no unit.
 */
function ledOrganization(unit: number, view: View): KnownEntity | undefined {
  const mention = view.mentionAt(unit);
  if (mention?.entity.type === "Organization" && mention.form === "name" && mention.entity.kind !== "body")
    return mention.entity;
  return institutionAt(unit, view);
}

/**
 * "die Professur für Stadtplanung an der Universität Kassel", "das Referat X bei der FITKO": the
 * institution or organisation a unit is part of (the parser may hang the phrase on the verb:
 * "leitet die Professur ... an der Universität X").
 */
function institutionOf(unit: number, verb: number, view: View): KnownEntity | undefined {
  return [...view.subtree(unit), ...view.children(verb, /^obl/).map((t) => t.index)]
    .filter(
      (i) =>
        i !== unit && /^(nmod|obl)/.test(view.tokens[i]!.dep) && view.hasCase(i, "an", "am", "bei", "beim"),
    )
    .map((i) => ledOrganization(i, view))
    .find((e) => e !== undefined);
}

function unitOwner(
  unit: number,
  verb: number,
  view: View,
  byId: (id: string) => KnownEntity | undefined,
): KnownEntity | undefined {
  const head = view.tokens[unit]!;
  const partOf = UNIT.test(head.word) || ACADEMIC_UNIT.test(head.word);
  const within = partOf ? institutionOf(unit, verb, view) : undefined;
  if (within) return within;
  const parts = view
    .subtree(unit)
    .filter((i) => i === unit || /^(amod|flat|appos|compound|nmod)/.test(view.tokens[i]!.dep));
  const known = (indices: number[]) =>
    indices
      .map((i) => view.mentionAt(i))
      .find((m): m is Mention => m !== undefined && OWNER_TYPES.has(m.entity.type) && m.form !== "partial");
  if (NAMED_UNIT.test(head.word)) {
    const first = parts.find((i) => view.tokens[i]!.pos !== "DET" && i >= unit - 3) ?? unit;
    let last = unit;
    while (parts.includes(last + 1) && /^(PROPN|NOUN|PUNCT)$/.test(view.tokens[last + 1]!.pos)) last += 1;
    // Only a unit with a name of its own: an adjective, a name before or after it; else the
    // town, county or Land it is named of ("die Leitung des Ordnungsamts der Stadt Ulm").
    if (first === unit && last === unit) {
      const owner = known(parts.filter((i) => i !== unit));
      return owner ? governmentOf(owner.entity, byId) : undefined;
    }
    const name = nominative(view.sentence.text.slice(view.tokens[first]!.start, view.tokens[last]!.end));
    return { id: slugify(name), name, type: "Organization", isNew: true };
  }
  if (!GOVERNMENT_UNIT.test(head.word)) return undefined;
  // The government named with the unit or where it is ("im BMI die Abteilung ... geleitet").
  // (Where it is: "im", "bei"; not a place deeper in another phrase: "übernahm nach dem Wechsel
  // auf den Chefposten der Landesgruppe im Bundestag auch das Verkehrsministerium".)
  const places = view
    .children(verb, /^obl/)
    .filter((t) => view.hasCase(t.index, "in", "im", "bei", "beim"))
    .flatMap((t) => view.subtree(t.index));
  const named = known(parts) ?? known(places);
  // "an der Spitze des Schweriner Finanzministeriums": a ministry of a town is its Land's.
  const land = named && MINISTRY.test(head.word) ? landOf(named.entity, byId) : undefined;
  if (land) return land;
  if (named) return governmentOf(named.entity, byId);
  // (else the Land of the context, or the Bund of a federal item: "Im Bundesinnenministerium ...")
  return itemState(view.sentence.context) ?? view.sentence.context.mainGovernment;
}

/**
 * "übernimmt den Vorsitz des Verwaltungsrates beim IT-Dienstleister Dataport": the chair of an
 * organisation's board holds the office "Vorsitzender des Verwaltungsrates" there.
 */
function boardChairClaim(index: number, view: View): ParsedRoleClaim | undefined {
  const noun = view.tokens[index]!;
  const verb = noun.head;
  if (noun.word !== "Vorsitz" || noun.dep !== "obj" || verb < 0 || view.negated(verb)) return undefined;
  if (!TAKE_LEAD.test(view.tokens[verb]!.word)) return undefined;
  const board = view.children(index, /^nmod$/).find((t) => ORGAN.test(t.word));
  if (!board) return undefined;
  // The organisation: in the board's phrase or the verb's ("des Verwaltungsrates beim IT-Dienstleister Dataport").
  const phrases = [
    ...view.subtree(board.index),
    ...view.children(verb, /^obl/).flatMap((t) => view.subtree(t.index)),
  ];
  const organization = phrases
    .map((i) => view.mentionAt(i))
    .find((m) => m?.entity.type === "Organization" && m.form === "name" && m.entity.kind !== "body")?.entity;
  const person = view
    .children(verb, /^nsubj$/)
    .map((t) => view.personOf(t.index))
    .find((m) => m !== undefined);
  if (!organization || !person) return undefined;
  return {
    person,
    role: `Vorsitzender des ${board.word.replace(/e?s$/, "")}s`,
    index: board.start,
    organization,
    starts: true,
    confidence: person.form === "anaphor" ? CONFIDENCE - 0.05 : CONFIDENCE,
    rule: "board-chair/named",
  };
}

/** "übernimmt die Leitung des Rechenzentrums Kassel", "steht an der Spitze der Hochschule Harz". */
function leadNounClaim(
  index: number,
  view: View,
  byId: (id: string) => KnownEntity | undefined,
): ParsedRoleClaim | undefined {
  const noun = view.tokens[index]!;
  const verb = noun.head;
  if (verb < 0 || view.negated(verb)) return undefined;
  const verbWord = view.tokens[verb]!.word;
  const particle = view.children(verb, /^compound:prt$/).map((t) => t.word);
  // "Die Leitung der FITKO übernimmt Annette Schmidt", "Die Leitung der FITKO hat André Göbel
  // inne": the noun first, the parser's subject.
  const holdsInne = /^(hat|hatte|haben|hatten)$/.test(verbWord) && particle.includes("inne");
  const inverted =
    LEAD_NOUN.test(noun.word) && noun.dep === "nsubj" && (/^übern/.test(verbWord) || holdsInne);
  const leads =
    inverted ||
    (LEAD_NOUN.test(noun.word) &&
      noun.dep === "obj" &&
      TAKE_LEAD.test(verbWord) &&
      (!/^(hat|hatte|haben|hatten)$/.test(verbWord) || particle.includes("inne"))) ||
    (noun.word === "Spitze" &&
      (STAND.test(verbWord) || MOVE_UP.test(verbWord)) &&
      view.children(index, /^case$/).some((t) => /^an$/i.test(t.word)));
  const runs = noun.word === "Geschäfte" && noun.dep === "obj" && RUN.test(verbWord);
  const given = LEAD_NOUN.test(noun.word) ? givenTo(index, verb, view) : undefined;
  if (!leads && !runs && !given) return undefined;
  const person = given ?? (inverted ? invertedTaker(verb, view) : subjectPerson(verb, view));
  // The genitive: "der Leitung des X" (its article is a det, not a case); "die Geschäftsführung
  // von Dataport" (only a known organisation after "von").
  // "übernimmt im neuen Amt für Digitalisierung die Leitung", "übernimmt bei Dataport die Leitung":
  // with no genitive, the unit or organisation where the lead is taken, named on the verb.
  const unit =
    view.children(index, /^nmod$/).find((t) => view.children(t.index, /^case$/).length === 0) ??
    (/^übern/.test(verbWord) && LEAD_NOUN.test(noun.word) ? unitOnVerb(verb, view) : undefined);
  const byVon = unit
    ? undefined
    : view
        .children(index, /^nmod$/)
        .filter((t) => view.hasCase(t.index, "von"))
        .map((t) => view.entityOf(t.index, isLedOrganization))
        .find((m) => m !== undefined);
  if (person && !unit && !byVon && !runs)
    return contextLead(person, index, given !== undefined || /^übern/.test(verbWord), view);
  if (!person || (!unit && !byVon)) return undefined;
  const known = unit ? view.entityOf(unit.index, isLedOrganization) : byVon;
  const organization =
    (unit ? institutionAt(unit.index, view) : undefined) ??
    (known ? governmentOf(known.entity, byId) : unitOwner(unit!.index, verb, view, byId));
  if (!organization || organization.id === person.entity.id) return undefined;
  return {
    person,
    role: LEAD_ROLE(noun.word),
    index: view.tokens[unit?.index ?? index]!.start,
    organization,
    starts:
      given !== undefined ||
      MOVE_UP.test(verbWord) ||
      /^übernomm|^übernimm|^übernahm|^übernehm/.test(verbWord),
    confidence: person.form === "anaphor" ? CONFIDENCE - 0.05 : CONFIDENCE,
    rule: "lead-noun/context",
  };
}

/**
 * The unit or organisation an "in"/"bei" phrase of the verb names ("im Amt für Digitalisierung",
 * "bei Dataport"); a time ("im Mai") names none.
 */
function unitOnVerb(verb: number, view: View) {
  return view
    .children(verb, /^obl/)
    .filter((t) => view.hasCase(t.index, "in", "im", "bei", "beim"))
    .find(
      (t) =>
        view.entityOf(t.index, isLedOrganization) !== undefined ||
        NAMED_UNIT.test(t.word) ||
        GOVERNMENT_UNIT.test(t.word),
    );
}

const isLedOrganization = (m: Mention) =>
  m.entity.type === "Organization" && m.entity.kind !== "body" && m.form !== "partial";

/**
 * Whom a lead is given to: "X wurde mit der Leitung der Abteilung Y betraut" (the passive's
 * subject; "betraute X mit ..." its object), "hat dem X die Leitung der Abteilung Y übertragen"
 * (the dative).
 */
function givenTo(noun: number, verb: number, view: View): Mention | undefined {
  const token = view.tokens[noun]!;
  const verbWord = view.tokens[verb]!.word;
  const entrusted =
    ENTRUST.test(verbWord) && view.children(noun, /^case$/).some((t) => /^mit$/i.test(t.word));
  const handed = TRANSFER.test(verbWord) && /^(obj|nsubj:pass)$/.test(token.dep);
  const receivers = entrusted
    ? view.children(verb, view.passive(verb) ? /^nsubj:pass$/ : /^obj$/)
    : handed
      ? view.children(verb, /^(iobj|obl:arg|obj)$/).filter((t) => t.index !== noun)
      : [];
  return receivers.map((t) => view.personOf(t.index)).find((m) => m !== undefined);
}

function subjectPerson(verb: number, view: View): Mention | undefined {
  return view
    .children(verb, /^nsubj$/)
    .map((t) => view.personOf(t.index))
    .find((m) => m !== undefined);
}

/**
 * Who takes over in "Die Leitung der FITKO übernimmt Annette Schmidt": the object, or a name the
 * parser hangs on a date before it ("übernimmt zum 1. Juli Bertram Huke").
 */
function invertedTaker(verb: number, view: View): Mention | undefined {
  const object = view
    .children(verb, /^obj$/)
    .map((t) => view.personOf(t.index))
    .find((m) => m !== undefined);
  return (
    object ??
    view
      .children(verb, /^obl/)
      .flatMap((t) => view.children(t.index, /^appos$/))
      .map((t) => view.personOf(t.index))
      .find((m) => m !== undefined)
  );
}

/**
 * "Annette Schmidt leitete die FITKO ... In der Zwischenzeit übernahm Jörg Kremer kommissarisch die
 * Leitung": taking over the lead without naming what is the agency or organisation named before.
 */
function contextLead(
  person: Mention,
  noun: number,
  takesOver: boolean,
  view: View,
): ParsedRoleClaim | undefined {
  if (!takesOver) return undefined;
  const context = view.sentence.context;
  const organization = context.lastAgency ?? context.lastOrganization;
  if (!organization || organization.id === person.entity.id) return undefined;
  const role = LEAD_ROLE(view.tokens[noun]!.word);
  return roleClaim(person, role, view.tokens[noun]!.start, organization, "lead-noun/context", {
    confidence: CONFIDENCE - 0.05,
    starts: true,
  });
}
