/**
 * usesService from the dependency parse: a service (the subject of the fact) and who uses it
 * (the object: a known actor, or the users as the text names them), with the count the text
 * gives ("452 Bauaufsichtsbehörden"). Coordinated users are split, negation states nothing.
 *   "Zehn Kommunen nutzen die Plattform X"                 users = subject, service = object
 *   "Die Plattform X wird in Hessen und Bremen genutzt"    service = passive subject, users = "in"
 *   "452 Behörden sind an die Plattform X angeschlossen"   service = the "an" phrase
 *   "Die App X kommt in Bayern zum Einsatz"                service = subject, users = "in"
 *   "Kreise und Kommunen nutzen ihn bereits"               a pronoun: the project last named
 *   "Köln hat den Online-Dienst X übernommen / nachgenutzt / eingeführt"   a service by name or kind only
 *   "Der Landkreis A schließt sich an die Plattform X an"  service = the "an" phrase
 *   "X wird in Bremen ausgerollt / in Betrieb genommen"    users = "in"
 *   "X ist in 120 Kommunen verfügbar", "X steht in Bayern zur Verfügung"   users = "in"
 *   "In Welzheim ist das Verfahren an den Start gegangen"                   users = "in"
 *   "Der Landkreis bietet über die Plattform X Dienstleistungen an"         service = "über"
 *   "Hessen stellt X für die Stadt Köln bereit / den Kommunen zur Verfügung"  users = "für", dative
 *   "die Nachnutzung des Online-Dienstes X durch Sachsen", "der Einsatz von X in Bremen"  a noun of use
 *   "Stralsund und Schwerin starten mit dem Online-Dienst"  towns and counties only
 *   "A und B haben sich für das Portal X entschieden"       service = the "für" phrase
 * Who the users are, read from the nominal in their place: usage-users.ts.
 */
import type { Fact } from "../../model/fact.js";
import type { KnownEntity } from "../types.js";
import type { AnalyzedItem, AnalyzedSentence } from "./analyze.js";
import { chooseTime, makeFact } from "./build.js";
import { BARE_KIND, Clause, namesKind } from "./clause.js";
import { findFrames, type Frame } from "./frames.js";
import { activeReading } from "./voice.js";
import { USAGE_RULES, type UsageRule } from "./usage-verbs.js";
import { slugify } from "../../model/ids.js";
import { usersOf } from "./usage-users.js";
import { QUOTE } from "../parse/view.js";

const PLACE_CASE = /^(in|im|bei|beim)$/i;
const BESIDE_CASE = /^(in|im|bei|beim|neben)$/i;
const ATTACH_CASE = /^(an|am)$/i;
const SERVICE_NOUN =
  /(plattform|portal|dienst|app|software|lösung|verfahren|antrag|akte|system|anwendung|assistent|cloud|service|wallet|konto|postfach|genehmigung|registrierung\w*)(e|en|n|s|es)?$/i;
const GENERIC_SERVICE =
  /^(EfA-)?(Dienst|Dienste|Onlinedienst|Online-Dienst|Plattform|Portal|Anwendung|Lösung|Verfahren|Angebot|Service|App|Programm|Software|System|Tool)$/;
/** Kinds of service in the plural: "Apps", "Online-Dienste". */
const KIND_PLURAL =
  /^(Apps|Dienste|Onlinedienste|Online-Dienste|Plattformen|Portale|Anwendungen|Lösungen|Angebote|Services|Programme|Systeme|Tools|Chatbots)$/;
/** A compound of such a kind in the plural: "Bürgerservices", "Onlineangebote", "E-Dienste". */
const COMPOUND_KINDS = [
  "Apps",
  "Dienste",
  "Services",
  "Plattformen",
  "Portale",
  "Anwendungen",
  "Lösungen",
  "Angebote",
  "Systeme",
];
const KIND_PLURAL_COMPOUND = new RegExp(
  `(\\p{Ll}(${COMPOUND_KINDS.join("|").toLowerCase()})|-(${COMPOUND_KINDS.join("|")}))$`,
  "u",
);
const NOT_SERVICE = /^(law|strategy)$/;
const APPLICATION = /^(Antrag|Anträge|Anträgen|Antrags)$/;
/** A task taken on for a service is no service: "übernimmt die Projektleitung für das Datenschutzcockpit". */
const TASK =
  /^(Federführung|Leitung|Projektleitung|Verantwortung|Projektverantwortung|Gesamtverantwortung|Koordinierung|Koordination|Kosten|Finanzierung|Schirmherrschaft|Patenschaft|Entwicklung|Weiterentwicklung|Umsetzung|Betrieb|Konzeption|Programmierung|Pflege|Wartung)$/;
const THROUGH_CASE = /^(über)$/i;
const ON_CASE = /^(auf)$/i;
const FOR_CASE = /^(für)$/i;
const WITH_CASE = /^(mit)$/i;
const LOCAL = /^(County|Municipality)$/;
const TIME_CASE = /^(seit|ab|bis|vor|nach|am|um)$/i;
const PERSONAL = /^(ihn|sie|es|ihm|ihr)$/i;
/** "nutzt diesen nach": a demonstrative standing alone is a pronoun too. */
const DEMONSTRATIVE = /^(diesen|dieses|diesem|diese|dieser)$/i;

function obliques(clause: Clause, verb: number, kase: RegExp): number[] {
  return clause
    .children(verb, /^(obl|nmod)/)
    .filter((t) => clause.children(t.index, /^case$/).some((c) => kase.test(c.word)))
    .flatMap((t) => clause.withConjuncts(t.index));
}

/** Who can use a service beside the subject: a town, a county, a government, an organisation. */
const USER_ACTOR = /^(Municipality|County|State|Federation|Organization)$/;

/** Who uses a service beside its subject: "Neben der Stadt Kiel nutzt auch die Stadt Lübeck den Dienst". */
function besideUsers(clause: Clause, verb: number): number[] {
  return obliques(clause, verb, /^neben$/i).filter((i) =>
    USER_ACTOR.test(clause.actorAt(i)?.entity.type ?? ""),
  );
}

/**
 * The service: a project the phrase names (not a law or a strategy), a pronoun for the project
 * last named, or a new Project when the noun names a service ("Bauantrag", "Plattform").
 */
function serviceAt(clause: Clause, index: number, sentence: AnalyzedSentence, objects: number[] = []) {
  const token = clause.tokens[index]!;
  if (TASK.test(token.word)) return undefined;
  const name = index + 1;
  if (objects.includes(name) && clause.tokens[name]!.dep !== "conj") {
    // "den Online-Dienst Bürgerkonto", split by the parser: the named service, else the two phrases as one.
    const known = clause.projectAt(name);
    if (known) return NOT_SERVICE.test(known.kind ?? "") ? undefined : { entity: known, known: true };
    const text = `${clause.phrase(index)} ${clause.phrase(name)}`;
    return { entity: { id: slugify(text), name: text, type: "Project" as const, isNew: true }, known: false };
  }
  // "setzt die Software civento ein": the name right after a kind noun, wherever the parser hangs it.
  // (A project's own name there, not a phrase that runs on into a particle: "setzt eine neue Software ein".)
  const particle = clause.tokens[name]?.dep === "compound:prt";
  // (and its quoted name: "den Onlinedienst „Wohngeld digital“", which the parser may read as a clause)
  const first = QUOTE.test(clause.tokens[name]?.word ?? "") ? name + 1 : name;
  const named = GENERIC_SERVICE.test(token.word) && !particle ? clause.mentionAt(first) : undefined;
  const after =
    named?.entity.type === "Project" && named.start >= token.end && named !== clause.mentionAt(index)
      ? named.entity
      : undefined;
  if (after && !NOT_SERVICE.test(after.kind ?? "")) return { entity: after, known: true };
  // "ihn", "die digitalen Dienste": the project the article named last.
  const definite = clause
    .children(index, /^det$/)
    .some((t) => /^(der|die|das|den|dem)$/i.test(t.word) || DEMONSTRATIVE.test(t.word));
  const unnamed =
    clause
      .children(index, /^(flat|appos|compound|nmod)/)
      // (the users a colon lists after it name no service: "den Dienst: Lübeck und Kiel"; nor
      // does a time the parser hangs on it: "nutzt den Dienst seit Mai")
      .filter((t) => !(t.dep === "appos" && clause.tokens[t.index - 1]?.word === ":"))
      .filter((t) => !clause.children(t.index, /^case$/).some((c) => TIME_CASE.test(c.word))).length === 0;
  const pronoun =
    PERSONAL.test(token.word) ||
    (DEMONSTRATIVE.test(token.word) && /^(obj|nsubj|nsubj:pass)$/.test(token.dep));
  // "der EfA-Dienst": the parser splits the kind into a name and its head. (Not a kind noun whose
  // name the parser hung elsewhere: "an den Onlinedienst Wohngeld angeschlossen", "Wohngeld" an object.)
  const own = clause.mentionAt(index);
  const namedWith = own?.entity.type === "Project" && clause.mentionAt(name) === own;
  const kindOnly =
    !namedWith && ((unnamed && GENERIC_SERVICE.test(token.word)) || BARE_KIND.test(clause.phrase(index)));
  if (pronoun || (definite && kindOnly)) {
    // "X wurde entwickelt, Hessen nutzt diesen nach": a project named before it in the sentence comes first.
    const earlier = sentence.mentions.filter(
      (m) => m.entity.type === "Project" && m.form !== "partial" && m.end <= token.start,
    );
    // "nutzen ihn" after the Onlinezugangsgesetz: a law is used by no one; the service named before it is.
    const inSentence = earlier.at(-1)?.entity;
    const last =
      inSentence && !NOT_SERVICE.test(inSentence.kind ?? "") ? inSentence : sentence.context.lastService;
    return last ? { entity: last, known: false } : undefined;
  }
  // "Ulm nutzt Apps für Müllabfuhrinformationen": a kind in the plural with no article and no name
  // names no service; nor does one with a possessive ("die ihre Bürgerservices online anbietet").
  const bareKind =
    (KIND_PLURAL.test(token.word) || KIND_PLURAL_COMPOUND.test(token.word)) &&
    clause.children(index, /^(det|flat|appos)$/).length === 0 &&
    !clause.mentionAt(index);
  if (bareKind) return undefined;
  // "können ihren Antrag online stellen": the application itself names no service.
  if (APPLICATION.test(clause.phrase(index))) return undefined;
  const project = clause.projectFor(index);
  if (!project || (project.entity.kind && NOT_SERVICE.test(project.entity.kind))) return undefined;
  return project.known || namesKind(project.entity.name, SERVICE_NOUN) ? project : undefined;
}

/**
 * "hat den Online-Dienst Bürgerkonto übernommen": the parser may read a noun and the name after
 * it as two objects; the noun's phrase then runs on into the name (the name is no object of its own).
 */
function joinSplit(clause: Clause, objects: number[]): number[] {
  return objects.filter((i) => !objects.includes(i - 1) || clause.tokens[i]!.dep === "conj");
}

/** A service by its kind or by its name ("Online-Dienst X", "Plattform Y"), not a project of any kind. */
export function isService(entity: KnownEntity): boolean {
  return /^(platform|ozg-service|service)$/.test(entity.kind ?? "") || namesKind(entity.name, SERVICE_NOUN);
}

/**
 * "nutzen zwei weitere Städte den Dienst: Lübeck und Kiel": the users named after a colon, which
 * the parser hangs on the object, where the subject only counts them.
 */
function namedAfterColon(clause: Clause, frame: Frame): number[] {
  if (frame.actors.some((i) => clause.actorAt(i))) return [];
  return frame.objects
    .flatMap((i) => clause.children(i, /^appos$/))
    .filter((t) => clause.tokens[t.index - 1]?.word === ":")
    .flatMap((t) => clause.withConjuncts(t.index))
    .filter((i) => clause.actorAt(i)?.entity.type !== "Project");
}

/** A subject that names a known service and an object that names none: the object comes first in German. */
function servesFirst(clause: Clause, frame: Frame): boolean {
  const service = (i: number) => {
    const project = clause.projectAt(i);
    return project !== undefined && !NOT_SERVICE.test(project.kind ?? "");
  };
  return frame.actors.length > 0 && frame.actors.every(service) && !frame.objects.some(service);
}

/**
 * People of a place stand for it: "die Bürgerinnen und Bürger in Kassel" (or "aus Kassel") use
 * what Kassel offers, and so do people in the place the verb names ("In Kassel können Bürger X nutzen").
 */
const RESIDENTS =
  /^(Mütter|Väter|Bürger|Bürgerinnen|Bürgern|Einwohner|Einwohnerinnen|Einwohnern|Menschen|Antragsteller|Antragstellende|Antragstellenden|Eltern|Studierende)$/;

/**
 * The platform an offer goes through: the verb's "über" phrase, also where the parser hangs it on
 * the people it is offered to ("bietet seinen Bürgern über das Portal X Dienstleistungen an").
 */
function offeredThrough(clause: Clause, verb: number): number[] {
  const people = clause
    .children(verb, /^(obl:arg|iobj)$/)
    .filter((t) => RESIDENTS.test(t.word))
    .map((t) => t.index);
  return [verb, ...people].flatMap((i) => obliques(clause, i, THROUGH_CASE));
}

function residentsPlaces(clause: Clause, users: number[], verb: number): number[] {
  const place = (i: number) => /^(State|Municipality|County)$/.test(clause.actorAt(i)?.entity.type ?? "");
  return users.flatMap((i) => {
    if (!RESIDENTS.test(clause.tokens[i]!.word)) return [i];
    const own = obliques(clause, i, /^(in|im|aus)$/i);
    // ("In Ulm können Bürger X nutzen": the place the verb names.)
    return own.length > 0 ? own : obliques(clause, verb, /^(in|im)$/i).filter(place);
  });
}

/** The subjects that use, or the users named after a colon where the subjects only count them. */
function usersNamed(clause: Clause, frame: Frame): number[] {
  const named = namedAfterColon(clause, frame);
  return named.length > 0 ? named : frame.actors;
}

/**
 * "haben sich für das Portal OpenR@thaus entschieden" (or "registriert"): the "für" phrase, or
 * the name right after its noun where the parser made the name an object of its own.
 */
function chosen(clause: Clause, verb: number): number[] {
  // ("hat sich bei der ekom21 für civento registriert": the parser may hang it on the phrase before.)
  const heads = [verb, ...clause.children(verb, /^obl/).map((t) => t.index)];
  return heads
    .flatMap((head) => obliques(clause, head, FOR_CASE))
    .map((i) =>
      !clause.projectAt(i) && clause.projectAt(i + 1) && clause.tokens[i + 1]!.head === verb ? i + 1 : i,
    );
}

/**
 * A dative recipient of the verb (no preposition) beside what is offered: "bietet den Ländern ...
 * an". (Alone, such a noun is what is offered: "Den digitalen Bauantrag bieten 64 Städte an".)
 */
function offeredToOthers(clause: Clause, frame: Frame): boolean {
  return clause.children(frame.verb, /^(obl:arg|iobj)$/).some(
    (t) =>
      t.pos === "NOUN" &&
      // (Its own people are no others: "bietet ihren Bürgerinnen und Bürgern den Dienst X an";
      // other places' are: "den Bürgern der Nachbargemeinden".)
      !(RESIDENTS.test(t.word) && clause.children(t.index, /^nmod/).length === 0) &&
      clause.children(t.index, /^case$/).length === 0 &&
      frame.objects.some((o) => o !== t.index),
  );
}

function rolesOf(
  clause: Clause,
  frame: Frame & { rule: UsageRule },
): { users: number[]; services: number[] } {
  switch (frame.rule.shape) {
    case "users-use":
      // "Sachsen bietet den anderen Ländern die Plattform X an": who offers it to others is no user.
      if (frame.rule.name === "anbieten" && offeredToOthers(clause, frame))
        return { users: [], services: [] };
      // "bietet ihren Bürgern Online-Dienste über das Bürgerservice-Portal an": what is offered
      // through a platform is its content; the platform is the service ("über X anbieten").
      if (frame.rule.name === "anbieten" && offeredThrough(clause, frame.verb).length > 0)
        return { users: [], services: [] };
      // "Die Plattform X nutzen 250 Kommunen": the service first, the parser reads it as the subject.
      if (!frame.passive && servesFirst(clause, frame))
        return { users: residentsPlaces(clause, frame.objects, frame.verb), services: frame.actors };
      if (frame.passive)
        return {
          users: [...frame.actors, ...obliques(clause, frame.verb, PLACE_CASE)],
          services: frame.objects,
        };
      return {
        users: [
          ...residentsPlaces(clause, usersNamed(clause, frame), frame.verb),
          ...besideUsers(clause, frame.verb),
        ],
        services: frame.objects,
      };
    case "service-used":
      return frame.passive
        ? { users: [...frame.actors, ...obliques(clause, frame.verb, PLACE_CASE)], services: frame.objects }
        : { users: [], services: [] };
    case "attached":
      return {
        users: clause.arguments(frame.verb, /^nsubj/),
        services: obliques(clause, frame.verb, ATTACH_CASE),
      };
    case "in-use":
      return {
        users: obliques(clause, frame.verb, PLACE_CASE),
        services: clause.arguments(frame.verb, /^nsubj/),
      };
    case "apply-through":
      // "können Bürger in Berlin und Hessen Leistungen über den Antragsassistenten X beantragen"
      // The places may hang on the applicants: "Bürger in Bremen und Hamburg".
      return {
        users: [frame.verb, ...frame.actors].flatMap((i) => obliques(clause, i, PLACE_CASE)),
        services: obliques(clause, frame.verb, THROUGH_CASE),
      };
    case "apply-online": {
      // Only where the verb says "online" (or "digital") and nothing names a platform it goes "über".
      const online = clause.children(frame.verb, /^advmod$/).some((t) => /^(online|digital)$/i.test(t.word));
      if (!online || obliques(clause, frame.verb, THROUGH_CASE).length > 0)
        return { users: [], services: [] };
      // "neben der Landeshauptstadt Kiel auch in Flensburg": the places beside too; a Land that
      // only locates the towns ("In Schleswig-Holstein können ... in A und B") is none of them.
      // The parser may hang the places on the application, at any depth: "ihren Antrag in den
      // Kommunen A und B online stellen", "einen Antrag auf Erteilung ... in den Landkreisen A und B".
      const places = [
        frame.verb,
        ...frame.actors,
        ...frame.objects.flatMap((i) => clause.subtree(i)),
      ].flatMap((i) => obliques(clause, i, BESIDE_CASE));
      const local = places.some((i) => LOCAL.test(clause.actorAt(i)?.entity.type ?? ""));
      return {
        users: places.filter((i) => !local || clause.actorAt(i)?.entity.type !== "State"),
        services: frame.objects,
      };
    }
    case "rolled-out":
      // "Die Plattform X wird in weiteren Kommunen ausgerollt", "X wurde in Bremen in Betrieb genommen"
      return { users: obliques(clause, frame.verb, PLACE_CASE), services: frame.objects };
    case "available": {
      // "Der Online-Dienst X ist in 120 Kommunen verfügbar", "X steht nun auch in Bayern zur Verfügung";
      // the parser may hang the place on a date before it ("seit März in Neustadt").
      const services = clause.arguments(frame.verb, /^nsubj/);
      const inServices = new Set(services.flatMap((i) => clause.subtree(i)));
      const places = clause
        .subtree(frame.verb)
        .filter((i) => !inServices.has(i) && /^(obl|nmod)/.test(clause.tokens[i]!.dep))
        .filter((i) => clause.children(i, /^case$/).some((c) => PLACE_CASE.test(c.word)))
        .flatMap((i) => clause.withConjuncts(i));
      return { users: [...new Set(places)], services };
    }
    case "provided-for": {
      const listed = (i: number) =>
        clause.actorAt(i) !== undefined && /^(appos|flat|conj)$/.test(clause.tokens[i]!.dep);
      // "Hessen stellt den Online-Dienst X für die Stadt Köln bereit", "stellt X den Kommunen A und B zur Verfügung"
      // The parser hangs "für" on the service's name and reads a dative as a second object.
      return {
        users: [
          ...[frame.verb, ...frame.objects.flatMap((i) => clause.subtree(i))].flatMap((i) =>
            obliques(clause, i, FOR_CASE),
          ),
          ...clause.arguments(frame.verb, /^iobj$/),
          ...frame.objects.flatMap((i) =>
            clause.children(i, /^appos$/).flatMap((t) => clause.withConjuncts(t.index)),
          ),
          // "den Städten Kassel und Darmstadt": the names a plural kind noun lists (Clause.withConjuncts).
          ...frame.objects.filter((i) => listed(i)),
        ],
        services: frame.objects.filter((i) => !listed(i)),
      };
    }
    case "offer-through":
      // "Der Landkreis Emsland bietet über die Plattform X 575 Dienstleistungen an"
      return {
        users: frame.passive ? [...frame.actors, ...obliques(clause, frame.verb, PLACE_CASE)] : frame.actors,
        services: offeredThrough(clause, frame.verb),
      };
    case "choose":
      // Only with "sich": "Der Rat entschied über die Plattform" chooses nothing.
      return clause.children(frame.verb, /^(obj|expl|expl:pv)$/).some((t) => /^sich$/i.test(t.word))
        ? { users: clause.arguments(frame.verb, /^nsubj$/), services: chosen(clause, frame.verb) }
        : { users: [], services: [] };
    case "rely-on":
      // (Not with a particle: "setzt X ein" is "einsetzen", "setzt X um" a launch or a plan.)
      // ("setzt für die Wohngeldanträge auf den Onlinedienst X": the parser may hang the "auf"
      // phrase on the phrase before it.)
      return clause.particle(frame.verb)
        ? { users: [], services: [] }
        : {
            users: frame.actors,
            services: [frame.verb, ...clause.children(frame.verb, /^obl/).map((t) => t.index)].flatMap((i) =>
              obliques(clause, i, /^auf$/i),
            ),
          };
    case "access":
      return { users: frame.actors, services: obliques(clause, frame.verb, /^auf$/i) };
    case "work-with":
      // (Not with a particle: "arbeitet mit X zusammen" is a cooperation, "arbeitet mit" taking part.)
      return clause.particle(frame.verb)
        ? { users: [], services: [] }
        : { users: frame.actors, services: obliques(clause, frame.verb, WITH_CASE) };
    case "start-with": {
      // Only towns and counties: a Land or an agency that "startet mit" a project launches it.
      // ("die Stadt A, die Stadt B sowie C": the parser may set the later towns in apposition.)
      const users = clause
        .arguments(frame.verb, /^nsubj$/)
        .flatMap((i) => [i, ...clause.children(i, /^appos$/).flatMap((t) => clause.withConjuncts(t.index))])
        .filter((i) => LOCAL.test(clause.actorAt(i)?.entity.type ?? ""));
      // The parser may hang the "mit" phrase on the last town.
      return { users, services: [frame.verb, ...users].flatMap((i) => obliques(clause, i, WITH_CASE)) };
    }
    case "present-on":
      // "1700 der 2056 Kommunen sind auf dem BayernPortal vertreten"
      return {
        users: clause.arguments(frame.verb, /^nsubj/),
        services: obliques(clause, frame.verb, ON_CASE),
      };
  }
}

/** Nouns of use: "die Nachnutzung des Online-Dienstes X durch Sachsen", "der Einsatz der Plattform X in Bremen". */
const USE_NOUN = /^(Nachnutzung|Nutzung|Einsatz|Einführung|Inbetriebnahme)$/;
const BY_CASE = /^(durch|in|im|bei|beim)$/i;
const NOT_YET = /^(geplant|vorgesehen|angestrebt|beabsichtigt|denkbar|möglich|gefordert)$/;
const NOUN_RULE: UsageRule = {
  name: "Nachnutzung durch",
  verb: USE_NOUN,
  confidence: 0.7,
  shape: "users-use",
  serviceOnly: true,
};

/** The noun of use as a frame: its genitive is the service, its "durch"/"in" phrases (at any depth) the users. */
function useNouns(clause: Clause): (Frame & { rule: UsageRule })[] {
  const frames: (Frame & { rule: UsageRule })[] = [];
  for (const noun of clause.tokens) {
    if (!USE_NOUN.test(noun.word) || noun.pos !== "NOUN" || clause.children(noun.index, /^cop$/).length > 0)
      continue;
    // "Die Nachnutzung ... ist geplant": a use to come is no use.
    const head = noun.head;
    if (head >= 0 && (NOT_YET.test(clause.tokens[head]!.word) || clause.isIntended(head))) continue;
    const services = clause
      .children(noun.index, /^nmod/)
      .filter((t) => clause.children(t.index, /^case$/).every((c) => /^(von|vom)$/i.test(c.word)))
      .map((t) => t.index);
    if (services.length === 0) continue;
    const users = clause
      .subtree(noun.index)
      .filter((i) => i !== noun.index && /^nmod/.test(clause.tokens[i]!.dep))
      .filter((i) => clause.children(i, /^case$/).some((c) => BY_CASE.test(c.word)))
      .flatMap((i) => clause.withConjuncts(i));
    frames.push({ rule: NOUN_RULE, verb: noun.index, passive: true, actors: users, objects: services });
  }
  return frames;
}

/** "als Fokusleistung ausgewählt": an "als" phrase on the verb, the role something was chosen for. */
function chosenAs(clause: Clause, verb: number): boolean {
  return clause.children(verb, /^(obl|nmod|advcl|xcomp)/).some((t) => clause.hasCase(t.index, "als"));
}

export function usageRules(sentence: AnalyzedSentence, analyzed: AnalyzedItem): Fact[] {
  const clause = new Clause(sentence);
  const facts: Fact[] = [];
  const frames = [
    // ("Die Stadt Ulm hat die App X eingeführt" read as a passive without its auxiliary: active.)
    ...(findFrames(clause, USAGE_RULES) as (Frame & { rule: UsageRule })[]).map((frame) => ({
      ...activeReading(clause, frame, clause.hasActor),
      rule: frame.rule,
    })),
    ...useNouns(clause),
  ];
  for (const frame of frames) {
    // "Bayern will den digitalen Bauantrag einführen": a use to come is no use.
    if (frame.rule !== NOUN_RULE && clause.isIntended(frame.verb)) continue;
    if (frame.rule.notChosenAs && chosenAs(clause, frame.verb)) continue;
    const { users, services } =
      frame.rule === NOUN_RULE ? { users: frame.actors, services: frame.objects } : rolesOf(clause, frame);
    const named = joinSplit(clause, services).map((i) => serviceAt(clause, i, sentence, services));
    // What is applied for online without a service's name is the item's service.
    const last = sentence.context.lastProject;
    const found =
      frame.rule.shape === "apply-online" &&
      !named.some((s) => s) &&
      last &&
      !NOT_SERVICE.test(last.kind ?? "")
        ? [{ entity: last, known: false }]
        : named;
    for (const service of found)
      for (const user of usersOf(clause, users, frame.verb)) {
        if (!service || user.entity?.id === service.entity.id) continue;
        // A person who introduces or uses a service acts for an authority; the person is no user of record.
        if (user.entity?.type === "Person") continue;
        if (frame.rule.serviceOnly && !isService(service.entity)) continue;
        const fact = makeFact(
          {
            type: "usesService",
            subject: service.entity,
            ...(user.entity ? { object: user.entity } : { text: user.text }),
            ...(user.count !== undefined ? { count: user.count, countUnit: user.text } : {}),
            confidence: frame.rule.confidence - (service.known ? 0 : 0.05) - (user.anaphor ? 0.1 : 0),
            rule: `usesService:${frame.rule.name}`,
          },
          sentence,
          analyzed.item,
          chooseTime(sentence, false),
          true,
        );
        facts.push(fact);
      }
  }
  return facts;
}
