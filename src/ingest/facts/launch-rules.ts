/**
 * launches from the dependency parse, as small declarative verb rules: the subject (or the agent
 * of a passive) launches the object (or the passive's subject); coordinated actors are split, a
 * negated or merely intended launch ("soll ... vorlegen") states nothing.
 *   "startet" (a named object), "stellt ... vor", "legt ... vor", "präsentiert", "gründet",
 *   "führt ... ein", "ins Leben gerufen", "eingesetzt" (a body), "umgesetzt" or "umgestellt auf"
 *   (a service), "verfasst" (a plan or report)
 */
import type { Fact } from "../../model/fact.js";
import type { AnalyzedItem, AnalyzedSentence } from "./analyze.js";
import { Clause } from "./clause.js";
import { deniesDeed, findFrames, subjects, type VerbRule } from "./frames.js";
import { collectiveActor, LAENDER_ENTITY } from "./collective-actors.js";
import { factsOf, pairsOf, targetsOf } from "./project-rules.js";
import { activeReading } from "./voice.js";

/** What is "umgesetzt" and thereby launched is a service, not a law or a plan. */
const IMPLEMENTED = /(akte|plattform|portal|verfahren|antrag|dienst|app|anwendung|assistent|lösung|system)$/i;
/** What is set up by "einsetzen" is a body, never a tool ("setzt eine Software ein" is usage). */
const SET_UP_BODY = /(rat|kommission|gremium|beirat|ausschuss|gruppe|stab|taskforce)$/i;
/** What is "verfasst" and thereby launched is a document of policy. */
const DOCUMENT = /(plan|strategie|bericht|gutachten|papier|konzept|leitfaden|studie|agenda)$/i;

interface LaunchRule extends VerbRule {
  /** The object's head word must name this kind of thing. */
  object?: RegExp;
  /** The launched thing is the "auf" phrase: "stellt auf die E-Akte um". */
  onto?: boolean;
  /**
   * The object must carry a name (a known project, a proper noun or a quoted name): what is
   * "gestartet" is often no project at all ("eine Umfrage", "eine Betaversion seines Portals").
   */
  named?: boolean;
}

const LAUNCH_RULES: LaunchRule[] = [
  {
    name: "starten",
    verb: /^(startet|starten|startete|starteten|gestartet(?:e|en|er|es|em)?)$/,
    named: true,
    confidence: 0.9,
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
  {
    name: "einsetzen",
    verb: /^(setzt|setzen|setzte|setzten)$/,
    particle: /^ein$/,
    object: SET_UP_BODY,
    confidence: 0.85,
  },
  { name: "eingesetzt", verb: /^(eingesetzt|einsetzen)$/, object: SET_UP_BODY, confidence: 0.85 },
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
  { name: "berufen", verb: /^(berufen(?:e|en|er|es|em)?)$/, object: SET_UP_BODY, confidence: 0.85 },
  {
    name: "umsetzen",
    verb: /^(setzt|setzen|setzte|setzten)$/,
    particle: /^um$/,
    object: IMPLEMENTED,
    confidence: 0.8,
  },
  { name: "umgesetzt", verb: /^(umgesetzt|umsetzen)$/, object: IMPLEMENTED, confidence: 0.8 },
  { name: "verfassen", verb: /^(verfasst|verfasste|verfassten)$/, object: DOCUMENT, confidence: 0.8 },
  { name: "umstellen", verb: /^(umgestellt|umstellen)$/, onto: true, object: IMPLEMENTED, confidence: 0.8 },
];
/** Nouns that are launched in a looser sense: a cabinet, figures, a team. */
const NOT_LAUNCHED =
  /^(Kabinett|Team|Mannschaft|Regierung|Zahlen|Ergebnisse|Bilanz|Pläne|Plan|Ideen|Vorschläge)$/;

export function launchRules(sentence: AnalyzedSentence, analyzed: AnalyzedItem): Fact[] {
  const clause = new Clause(sentence);
  const frames = findFrames(clause, LAUNCH_RULES)
    .filter((frame) => !clause.isIntended(frame.verb))
    .map((frame) =>
      activeReading(clause, frame, (i) => clause.actorAt(i) !== undefined || !!collectiveActor(clause, i)),
    )
    .map((frame) => {
      const rule = frame.rule as LaunchRule;
      const objects = rule.onto
        ? clause
            .children(frame.verb, /^obl/)
            .filter((t) => clause.children(t.index, /^case$/).some((c) => c.word === "auf"))
            .map((t) => t.index)
        : frame.objects;
      return {
        ...frame,
        // An "umgestellt" has its user as the subject, never a passive.
        actors: rule.onto ? subjects(clause, frame.verb, /^nsubj$/) : frame.actors,
        objects: objects.filter((i) => {
          const word = clause.tokens[i]!.word;
          if (NOT_LAUNCHED.test(word)) return false;
          if (rule.named && !clause.hasName(i)) return false;
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
  return factsOf("launches", [...pairsOf(clause, plain), ...collective], sentence, analyzed);
}

/** "startet ... nicht", "soll ... vorlegen": no launch, whatever the word rules would read. */
export function deniesLaunch(sentence: AnalyzedSentence): boolean {
  return deniesDeed(new Clause(sentence), LAUNCH_RULES);
}
