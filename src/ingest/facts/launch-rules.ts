/**
 * launches from the dependency parse, as small declarative verb rules: the subject (or the agent
 * of a passive) launches the object (or the passive's subject); coordinated actors are split, a
 * negated or merely intended launch ("soll ... vorlegen") states nothing.
 *   "startet", "eröffnet", "launcht" (a named object), "stellt ... vor", "legt ... vor",
 *   "präsentiert", "gründet", "führt ... ein", "ins Leben gerufen", "an den Start gebracht",
 *   "auf den Weg gebracht" (a named object),
 *   "schaltet ... frei", "online geschaltet"/"online gestellt", "in Betrieb genommen", "rollt ... aus",
 *   "geschaffen"/"aufgebaut" (a service), "bringt ... heraus" (a named object),
 *   "gibt den Startschuss für", "eingesetzt"/"errichtet" (a body), "umgesetzt" or "umgestellt auf"
 *   (a service), "verfasst" or "veröffentlicht" (a plan or report), "initiiert" (a named object),
 *   "ausgeschrieben" (a contest or a call)
 */
import type { Fact } from "../../model/fact.js";
import { isRoleWord } from "../entities/people.js";
import type { AnalyzedItem, AnalyzedSentence } from "./analyze.js";
import { Clause } from "./clause.js";
import { deniesDeed, findFrames, subjects, type VerbRule } from "./frames.js";
import { LAW } from "./adopt-verbs.js";
import { collectiveActor, LAENDER_ENTITY } from "./collective-actors.js";
import { factsOf, pairsOf, personBelow, targetsOf } from "./project-rules.js";
import { activeReading, subjectOfPerfect, swappedActive } from "./voice.js";
import { selfLaunches } from "./launch-intransitive.js";
import { initiativePairs, initiators } from "./launch-initiatives.js";

/** What is "errichtet": a body or an institution ("eine Digitalagentur errichtet"). */
const INSTITUTION =
  /(rat|kommission|gremium|beirat|ausschuss|agentur|zentrum|anstalt|behörde|stelle|institut|akademie)$/i;
/** What is "umgesetzt" and thereby launched is a service, not a law or a plan. */
const IMPLEMENTED = /(akte|plattform|portal|verfahren|antrag|dienst|app|anwendung|assistent|lösung|system)$/i;
/** What is set up by "einsetzen" is a body, never a tool ("setzt eine Software ein" is usage). */
const SET_UP_BODY = /(rat|kommission|gremium|beirat|ausschuss|gruppe|stab|taskforce)$/i;
/** What is "verfasst" and thereby launched is a document of policy. */
const DOCUMENT =
  /(plan|strategie|bericht|gutachten|papier|konzept|leitfaden|studie|agenda|programm|roadmap)$/i;
/** What is "veröffentlicht" and thereby launched: a document, an app or an online service. */
const PUBLISHED = new RegExp(
  `${DOCUMENT.source}|(app|anwendung|portal|plattform|onlinedienst|onlineangebot)$`,
  "i",
);
/** What is "aufgelegt": a programme, a fund, a call or a contest ("ein Förderprogramm aufgelegt"). */
const PROGRAMME = /(programm|fonds|förderaufruf|aufruf|wettbewerb|initiative|offensive|paket)$/i;
/** What is "ausgeschrieben" and thereby launched: a contest, a prize or a call for funding. */
const CONTEST = /(wettbewerb|preis|förderaufruf|aufruf|förderprogramm|challenge|award)$/i;
/** What is started even without a name: a programme, a portal, an app, a call ("startet ein Förderprogramm", "einen Aufruf"). */
const SERVICE_KIND =
  /(programm|portal|plattform|app|anwendung|dienst|assistent|assistenten|initiative|offensive|pilotprojekt|modellprojekt|pilotphase|aufruf|wettbewerb)$/i;
/** Events are opened, not launched: "eröffnete die Sitzung". */
const EVENT =
  /(sitzung|tagung|veranstaltung|messe|kongress|konferenz|ausstellung|debatte|diskussion|runde)$/i;

/** A bare `obl:arg` of the verb beside an object of its own: the dative of whom it is given or shown to. */
function dativeBesideObject(clause: Clause, verb: number, index: number): boolean {
  const token = clause.tokens[index]!;
  if (token.dep !== "obl:arg" || token.head !== verb || clause.children(index, /^case$/).length > 0)
    return false;
  return clause.children(verb, /^obj$/).length > 0;
}

/** Rules whose object may be an organisation: one founds an agency or a company, and starts none. */
const FOUNDING: ReadonlySet<string> = new Set(["gründen"]);

interface LaunchRule extends VerbRule {
  /** The object's head word must name this kind of thing. */
  object?: RegExp;
  /** The launched thing is the phrase with this preposition: "stellt auf die E-Akte um", "Startschuss für". */
  through?: RegExp;
  /** The object's head word must not name this: an event is opened, not launched. */
  notObject?: RegExp;
  /**
   * The object must carry a name (a known project, a proper noun or a quoted name): what is
   * "gestartet" is often no project at all ("eine Umfrage", "eine Betaversion seines Portals").
   */
  named?: boolean;
  /**
   * Beside the kinds of service, the kinds of thing that pass without a name ("eine neue
   * Digitalstrategie auf den Weg gebracht").
   */
  unnamedKind?: RegExp;
  /**
   * Not when the verb has a phrase with this preposition: "hat X zum Geschäftsführer berufen",
   * "in den Beirat berufen" appoint a person, they set up no body.
   */
  notThrough?: RegExp;
}

/** The prepositions of appointing someone to a post or into a body. */
const APPOINTED_TO = /^(zum|zur|zu|als|in|ins)$/i;

const LAUNCH_RULES: LaunchRule[] = [
  {
    name: "starten",
    verb: /^(startet|starten|startete|starteten|gestartet(?:e|en|er|es|em)?)$/,
    named: true,
    confidence: 0.9,
  },
  // "Das Projekt X wurde 2019 vom Land Hessen initiiert": what one initiates is what one starts.
  {
    name: "initiieren",
    verb: /^(initiiert(?:e|en|er|es|em)?|initiieren)$/,
    named: true,
    notObject: EVENT,
    confidence: 0.85,
  },
  { name: "vorstellen", verb: /^(stellt|stellen|stellte|stellten)$/, particle: /^vor$/, confidence: 0.9 },
  { name: "vorgestellt", verb: /^(vorgestellt(?:e|en|er|es|em)?|vorstellen)$/, confidence: 0.9 },
  { name: "vorlegen", verb: /^(legt|legen|legte|legten)$/, particle: /^vor$/, confidence: 0.85 },
  { name: "vorgelegt", verb: /^(vorgelegt(?:e|en|er|es|em)?|vorlegen)$/, confidence: 0.85 },
  { name: "präsentieren", verb: /^präsentier(t|en|te|ten)$/, confidence: 0.9 },
  {
    name: "gründen",
    verb: /^(gründet|gründen|gründete|gründeten|gegründet(?:e|en|er|es|em)?)$/,
    confidence: 0.9,
  },
  { name: "einführen", verb: /^(führt|führen|führte|führten)$/, particle: /^ein$/, confidence: 0.85 },
  { name: "eingeführt", verb: /^(eingeführt(?:e|en|er|es|em)?|einführen)$/, confidence: 0.85 },
  { name: "ins Leben rufen", verb: /^(ruft|rufen|rief|riefen|gerufen)$/, needs: /^Leben$/, confidence: 0.9 },
  { name: "freischalten", verb: /^(freigeschaltet|freischalten)$/, confidence: 0.85 },
  // The parser reads "frei" as a particle or as a predicate of its own.
  {
    name: "schaltet frei",
    verb: /^(schaltet|schalten|schaltete|schalteten)$/,
    needs: /^frei$/,
    confidence: 0.85,
  },
  {
    // (and "live geschaltet")
    name: "online schalten",
    verb: /^(schaltet|schalten|schaltete|schalteten|geschaltet)$/,
    needs: /^(online|live)$/i,
    confidence: 0.85,
  },
  // (and "ins Netz gestellt")
  {
    name: "online stellen",
    verb: /^(stellt|stellen|stellte|stellten|gestellt)$/,
    needs: /^(online|Netz)$/i,
    named: true,
    confidence: 0.85,
  },
  {
    name: "in Betrieb nehmen",
    verb: /^(nimmt|nehmen|nahm|nahmen|genommen)$/,
    needs: /^Betrieb$/,
    confidence: 0.85,
  },
  // "hat die Plattform X geschaffen/aufgebaut", "bringt die App X heraus": a service made.
  {
    name: "schaffen",
    verb: /^(schafft|schaffen|schuf|schufen|geschaffen(?:e|en|er|es|em)?)$/,
    object: IMPLEMENTED,
    named: true,
    confidence: 0.8,
  },
  {
    name: "aufbauen",
    verb: /^(baut|bauen|baute|bauten)$/,
    particle: /^auf$/,
    object: IMPLEMENTED,
    named: true,
    confidence: 0.8,
  },
  {
    name: "aufgebaut",
    verb: /^(aufgebaut(?:e|en|er|es|em)?|aufbauen)$/,
    object: IMPLEMENTED,
    named: true,
    confidence: 0.8,
  },
  {
    name: "herausbringen",
    verb: /^(bringt|bringen|brachte|brachten)$/,
    particle: /^heraus$/,
    named: true,
    confidence: 0.8,
  },
  { name: "herausgebracht", verb: /^(herausgebracht|herausbringen)$/, named: true, confidence: 0.8 },
  {
    name: "an den Start bringen",
    verb: /^(bringt|bringen|brachte|brachten|gebracht)$/,
    needs: /^Start$/,
    confidence: 0.85,
  },
  // "hat den Staatsvertrag auf den Weg gebracht": a named thing set going, or a strategy or a law
  // ("Rheinland-Pfalz bringt neue Digitalstrategie auf den Weg").
  {
    name: "auf den Weg bringen",
    verb: /^(bringt|bringen|brachte|brachten|gebracht)$/,
    needs: /^Weg$/,
    named: true,
    unnamedKind: /(strategie|gesetz|gesetzentwurf|staatsvertrag|novelle)$/i,
    confidence: 0.8,
  },
  {
    name: "Startschuss geben",
    verb: /^(gibt|geben|gab|gaben|gegeben)$/,
    needs: /^Startschuss$/,
    through: /^(für|zu|zum|zur)$/i,
    confidence: 0.8,
  },
  {
    name: "eröffnen",
    verb: /^(eröffnet|eröffnen|eröffnete|eröffneten)$/,
    named: true,
    notObject: EVENT,
    confidence: 0.8,
  },
  { name: "launchen", verb: /^(launcht|launchen|launchte|launchten|gelauncht)$/, confidence: 0.85 },
  { name: "ausrollen", verb: /^(rollt|rollen|rollte|rollten)$/, particle: /^aus$/, confidence: 0.8 },
  { name: "ausgerollt", verb: /^(ausgerollt(?:e|en|er|es|em)?|ausrollen)$/, confidence: 0.8 },
  {
    name: "veröffentlichen",
    verb: /^(veröffentlicht|veröffentlichen|veröffentlichte|veröffentlichten)$/,
    object: PUBLISHED,
    confidence: 0.8,
  },
  {
    name: "einsetzen",
    verb: /^(setzt|setzen|setzte|setzten)$/,
    particle: /^ein$/,
    object: SET_UP_BODY,
    notThrough: APPOINTED_TO,
    confidence: 0.85,
  },
  {
    name: "eingesetzt",
    verb: /^(eingesetzt|einsetzen)$/,
    object: SET_UP_BODY,
    notThrough: APPOINTED_TO,
    confidence: 0.85,
  },
  // A body is also set up when "eingerichtet" or "berufen": "eine Steuerungsgruppe eingerichtet", "den berufenen Digitalrat".
  {
    name: "einrichten",
    verb: /^(richtet|richten|richtete|richteten)$/,
    particle: /^ein$/,
    object: SET_UP_BODY,
    confidence: 0.85,
  },
  {
    name: "eingerichtet",
    verb: /^(eingerichtet(?:e|en|er|es|em)?|einrichten)$/,
    object: SET_UP_BODY,
    confidence: 0.85,
  },
  {
    name: "berufen",
    verb: /^(berufen(?:e|en|er|es|em)?)$/,
    object: SET_UP_BODY,
    notThrough: APPOINTED_TO,
    confidence: 0.85,
  },
  {
    name: "errichten",
    verb: /^(errichtet(?:e|en|er|es|em)?|errichten)$/,
    object: INSTITUTION,
    confidence: 0.8,
  },
  {
    name: "umsetzen",
    verb: /^(setzt|setzen|setzte|setzten)$/,
    particle: /^um$/,
    object: IMPLEMENTED,
    confidence: 0.8,
  },
  { name: "umgesetzt", verb: /^(umgesetzt|umsetzen)$/, object: IMPLEMENTED, confidence: 0.8 },
  // "hat ein Förderprogramm für ... aufgelegt": a programme or a fund is "aufgelegt".
  {
    name: "auflegen",
    verb: /^(legt|legen|legte|legten)$/,
    particle: /^auf$/,
    object: PROGRAMME,
    confidence: 0.8,
  },
  { name: "aufgelegt", verb: /^(aufgelegt(?:e|en|er|es|em)?|auflegen)$/, object: PROGRAMME, confidence: 0.8 },
  // "hat den Wettbewerb „Smarte Kommune“ ausgeschrieben": a contest or a call is launched (a post or a contract is no launch).
  {
    name: "ausschreiben",
    verb: /^(schreibt|schreiben|schrieb|schrieben)$/,
    particle: /^aus$/,
    object: CONTEST,
    confidence: 0.8,
  },
  {
    name: "ausgeschrieben",
    verb: /^(ausgeschrieben(?:e|en|er|es|em)?|ausschreiben)$/,
    object: CONTEST,
    confidence: 0.8,
  },
  { name: "verfassen", verb: /^(verfasst|verfasste|verfassten)$/, object: DOCUMENT, confidence: 0.8 },
  {
    name: "umstellen",
    verb: /^(umgestellt|umstellen)$/,
    through: /^auf$/i,
    object: IMPLEMENTED,
    confidence: 0.8,
  },
];
/** Nouns that are launched in a looser sense: a cabinet, its candidates, figures, a team. */
const NOT_LAUNCHED =
  /^(Kabinett|Team|Mannschaft|Regierung|Kandidat|Kandidaten|Kandidatin|Kandidatinnen|Nachfolger|Nachfolgerin|Zahlen|Ergebnisse|Bilanz|Pläne|Plan|Ideen|Vorschläge)$/;

/** "schaltet das Portal frei" read with "frei" as a predicate of its own: its subject is the verb's object. */
function predicateSubjects(clause: Clause, verb: number, rule: LaunchRule): number[] {
  if (!rule.needs) return [];
  return clause
    .children(verb, /^(xcomp|mark|advmod)$/)
    .filter((t) => rule.needs!.test(t.word))
    .flatMap((t) => clause.arguments(t.index, /^nsubj/));
}

/** The phrases with the rule's preposition on the verb or its object: "gibt den Startschuss für das Portal". */
function throughObjects(clause: Clause, verb: number, objects: number[], through: RegExp): number[] {
  return [verb, ...objects]
    .flatMap((i) => clause.children(i, /^(obl|nmod)/))
    .filter((t) => clause.children(t.index, /^case$/).some((c) => through.test(c.word)))
    .map((t) => t.index);
}

/** Rules of introducing something, and the actors that take up a service rather than found it. */
const TAKEN_UP = /^(einführen|eingeführt)$/;
const PLACE = /^(County|Municipality)$/;
/** Rules of building a service, which governments launch by and organisations develop by. */
const BUILT = /^(schaffen|aufbauen|aufgebaut)$/;

export function launchRules(sentence: AnalyzedSentence, analyzed: AnalyzedItem): Fact[] {
  const clause = new Clause(sentence);
  const isActor = (i: number) =>
    clause.actorAt(i) !== undefined || !!collectiveActor(clause, i) || personBelow(clause, i) !== undefined;
  const frames = findFrames(clause, LAUNCH_RULES)
    .filter((frame) => !clause.isIntended(frame.verb))
    .filter((frame) => {
      const notThrough = (frame.rule as LaunchRule).notThrough;
      return !notThrough || throughObjects(clause, frame.verb, [], notThrough).length === 0;
    })
    // (An organisation is what one founds: "Zehn Partner haben die govdigital eG gegründet" is no swap.)
    .map((frame) => {
      const active = activeReading(clause, frame, isActor);
      return FOUNDING.has(frame.rule.name) ? active : swappedActive(active, isActor);
    })
    .map((frame) => subjectOfPerfect(clause, frame, isActor))
    .map((frame) => {
      const rule = frame.rule as LaunchRule;
      const objects = rule.through
        ? throughObjects(clause, frame.verb, frame.objects, rule.through)
        : [...frame.objects, ...predicateSubjects(clause, frame.verb, rule)];
      // "startet ein Förderprogramm": an unnamed object that names a kind of service, for review.
      const ofKind = (i: number) =>
        rule.named === true &&
        !clause.hasName(i) &&
        (SERVICE_KIND.test(clause.tokens[i]!.word) ||
          rule.unnamedKind?.test(clause.tokens[i]!.word) === true);
      const launched =
        rule.named && objects.some(ofKind) ? { ...rule, confidence: rule.confidence - 0.15 } : rule;
      return {
        ...frame,
        rule: launched,
        // An "umgestellt" has its user as the subject, never a passive. A passive with no agent
        // may name whose initiative it was ("auf Initiative der Landesregierung gegründet").
        actors: rule.through?.test("auf")
          ? subjects(clause, frame.verb, /^nsubj$/)
          : frame.actors.length > 0
            ? frame.actors
            : initiators(clause, frame.verb),
        objects: objects.filter((i) => {
          const word = clause.tokens[i]!.word;
          // "hat dem Landtag den Gesetzentwurf vorgestellt": a bare dative beside an object is whom
          // it is shown to, not what is launched.
          if (dativeBesideObject(clause, frame.verb, i)) return false;
          // ("Der Minister stellte X als neue Leiterin vor", read swapped: a role is never launched.)
          if (NOT_LAUNCHED.test(word) || isRoleWord(word) || rule.notObject?.test(word)) return false;
          if (rule.named && !clause.hasName(i) && !ofKind(i)) return false;
          // ("eine vom Land geschaffene Internetplattform": a service built is one named.)
          if (BUILT.test(rule.name) && !clause.hasName(i)) return false;
          if (!rule.object) return true;
          const body = clause.actorAt(i)?.entity;
          return (rule.object === SET_UP_BODY && body?.kind === "body") || rule.object.test(word);
        }),
      };
    });
  // "Bund und Länder haben ... eingerichtet": the Länder beside the Bund launch too, for review.
  const plain = frames.map((frame) => ({
    ...frame,
    actors: frame.actors.filter((i) => !collectiveActor(clause, i)),
  }));
  const collective = frames
    .filter((frame) => frame.actors.some((i) => collectiveActor(clause, i)))
    .flatMap((frame) =>
      targetsOf(clause, frame.objects, undefined).map((target) => ({
        actor: LAENDER_ENTITY,
        target,
        confidence: frame.rule.confidence - 0.1,
        rule: frame.rule.name,
      })),
    );
  // "Die Kreise A und B führen den Online-Dienst X ein": a county or town introducing a service
  // takes it up (usage-rules.ts), it does not launch it.
  // A law "eingeführt" is adopted (adopt-verbs.ts), not launched.
  // An organisation that builds a service (an IT service provider) develops it for someone: it
  // takes part in it (participation-developers.ts), it does not launch it.
  const launched = pairsOf(clause, plain, { founding: FOUNDING }).filter(
    (pair) =>
      !(TAKEN_UP.test(pair.rule) && (PLACE.test(pair.actor.type) || LAW.test(pair.target.entity.name))) &&
      !(BUILT.test(pair.rule) && pair.actor.type === "Organization"),
  );
  const initiated = initiativePairs(clause, (things) => targetsOf(clause, things, undefined));
  return factsOf(
    "launches",
    [...launched, ...collective, ...selfLaunches(clause), ...initiated],
    sentence,
    analyzed,
  );
}

/**
 * "startet ... nicht", "soll ... vorlegen", "eröffnete die Sitzung" (an event): no launch,
 * whatever the word rules would read.
 */
export function deniesLaunch(sentence: AnalyzedSentence): boolean {
  const clause = new Clause(sentence);
  const opensEvent = findFrames(clause, LAUNCH_RULES).some(
    (frame) =>
      (frame.rule as LaunchRule).notObject !== undefined &&
      frame.objects.length > 0 &&
      frame.objects.every((i) => (frame.rule as LaunchRule).notObject!.test(clause.tokens[i]!.word)),
  );
  return opensEvent || deniesDeed(clause, LAUNCH_RULES);
}
