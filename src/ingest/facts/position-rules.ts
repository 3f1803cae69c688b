/**
 * announces: a position an actor states publicly, named as the position by its noun, the way
 * news summarise it:
 *   "Der NKR fordert mehr Anstrengungen"            -> "Forderung nach mehr Anstrengungen"
 *   "Der Städtetag begrüßt die Agenda"              -> "Unterstützung für Agenda"
 *   "hat vor einem Scheitern der Reform gewarnt"     -> "Warnung vor Scheitern der Reform"
 *   "appelliert an die Länder, die Kommunen zu entlasten" -> "Appell an die Länder, die Kommunen zu entlasten"
 *   "empfahl, den Vermittlungsausschuss anzurufen"   -> "Empfehlung, den Vermittlungsausschuss anzurufen"
 * A demand, appeal or recommendation with a "zu" infinitive names the infinitive's
 * object and verb as written (its other phrases left out). Only a named actor (a pronoun in a
 * quote is the speaker's), never a passive or an intended position, and always for review: what
 * is welcomed or demanded is not always a plan. A proposal ("schlägt vor, ... zu ...") is left
 * out: on the tuned news its infinitive named a detail, not what the annotators took as the proposal.
 */
import type { Clause } from "./clause.js";
import { infinitivePhrase, namesPerson, nounPhrase } from "./decided-text.js";
import { findFrames, type Frame, type VerbRule } from "./frames.js";

export interface PositionRule extends VerbRule {
  /** The position's noun with its preposition: "Forderung nach". */
  noun: string;
  /** The position is the phrase with this preposition on the verb, not its object. */
  through?: RegExp;
  /** A "dass" clause states the position too: "fordert, dass der Bund die Kosten trägt" is the "Forderung, dass ...". */
  clauseNoun?: string;
  /** The object's head word must be this: "stellt Pläne für ein Portal vor". */
  object?: RegExp;
  /** A "zu" infinitive states the position: "fordert, die Verfahren zu vereinfachen" is the "Forderung, ...". */
  infinitiveNoun?: string;
  /** The phrase of the addressee named before the infinitive: "appelliert an die Länder, ...". */
  addressee?: RegExp;
}

/** Plans presented are announced, not launched: "legt Pläne für ein Bürgerportal vor". */
const PLANS = /^(Pläne|Plänen|Plan|Planungen|Vorhaben)$/;
const POSITION = 0.7;

export const POSITION_RULES: PositionRule[] = [
  {
    name: "fordern",
    verb: /^(fordert|fordern|forderte|forderten|gefordert)$/,
    noun: "Forderung nach",
    clauseNoun: "Forderung",
    infinitiveNoun: "Forderung",
    confidence: POSITION,
  },
  {
    name: "verlangen",
    verb: /^(verlangt|verlangen|verlangte|verlangten)$/,
    noun: "Forderung nach",
    clauseNoun: "Forderung",
    infinitiveNoun: "Forderung",
    confidence: POSITION,
  },
  {
    name: "begrüßen",
    verb: /^(begrüßt|begrüßen|begrüßte|begrüßten)$/,
    noun: "Unterstützung für",
    confidence: POSITION,
  },
  // "spricht sich für eine zentrale Plattform aus": the "für" phrase is what is supported.
  {
    name: "sich aussprechen für",
    verb: /^(spricht|sprechen|sprach|sprachen)$/,
    particle: /^aus$/,
    through: /^für$/i,
    noun: "Unterstützung für",
    confidence: POSITION,
  },
  {
    name: "sich ausgesprochen für",
    verb: /^ausgesprochen$/,
    through: /^für$/i,
    noun: "Unterstützung für",
    confidence: POSITION,
  },
  // "drängt auf eine schnelle Umsetzung", "mahnt mehr Tempo an": a demand in other words.
  {
    name: "drängen auf",
    verb: /^(drängt|drängen|drängte|drängten|gedrängt)$/,
    through: /^auf$/i,
    noun: "Forderung nach",
    confidence: POSITION,
  },
  {
    name: "anmahnen",
    verb: /^(mahnt|mahnen|mahnte|mahnten)$/,
    particle: /^an$/,
    noun: "Forderung nach",
    confidence: POSITION,
  },
  { name: "angemahnt", verb: /^angemahnt$/, noun: "Forderung nach", confidence: POSITION },
  {
    name: "plädieren für",
    verb: /^(plädiert|plädieren|plädierte|plädierten)$/,
    through: /^für$/i,
    noun: "Unterstützung für",
    confidence: POSITION,
  },
  // "setzt sich für eine zentrale Plattform ein": the "für" phrase is what is supported.
  {
    name: "sich einsetzen für",
    verb: /^(setzt|setzen|setzte|setzten)$/,
    particle: /^ein$/,
    through: /^für$/i,
    noun: "Einsatz für",
    confidence: POSITION,
  },
  // "erwartet vom Bund, Lösungen aufzuzeigen": only with what is expected to be done ("erwartet 500 Gäste" is none).
  {
    name: "erwarten",
    verb: /^(erwartet|erwarten|erwartete|erwarteten)$/,
    noun: "",
    infinitiveNoun: "Erwartung",
    addressee: /^(von|vom)$/i,
    confidence: POSITION,
  },
  {
    name: "warnen vor",
    verb: /^(warnt|warnen|warnte|warnten|gewarnt)$/,
    through: /^vor$/i,
    noun: "Warnung vor",
    confidence: POSITION,
  },
  // "appelliert an die Länder, ... zu ...": an appeal says what it asks for.
  {
    name: "appellieren an",
    verb: /^(appelliert|appellieren|appellierte|appellierten)$/,
    noun: "",
    infinitiveNoun: "Appell",
    addressee: /^an$/i,
    clauseNoun: "Appell",
    confidence: POSITION,
  },
  {
    name: "empfehlen",
    verb: /^(empfiehlt|empfehlen|empfahl|empfahlen|empfohlen)$/,
    noun: "Empfehlung für",
    infinitiveNoun: "Empfehlung",
    clauseNoun: "Empfehlung",
    confidence: POSITION,
  },
  {
    name: "Pläne vorstellen",
    verb: /^(stellt|stellen|stellte|stellten|legt|legen|legte|legten)$/,
    particle: /^vor$/,
    object: PLANS,
    noun: "",
    confidence: 0.75,
  },
  {
    name: "Pläne vorgestellt",
    verb: /^(vorgestellt|vorgelegt|präsentiert|präsentierte|präsentierten)$/,
    object: PLANS,
    noun: "",
    confidence: 0.75,
  },
];

/** The "zu" infinitive a position verb governs (the parser hangs it as xcomp, ccomp or advcl). */
function infinitiveOf(clause: Clause, verb: number): number | undefined {
  // "empfiehlt den Kommunen, das Portal zu nutzen": the parser may hang it on the addressee.
  const onAddressee = clause
    .children(verb, /^(obj|iobj|obl)/)
    .flatMap((t) => clause.children(t.index, /^acl$/));
  return [...clause.children(verb, /^(xcomp|ccomp|advcl)$/), ...onAddressee].find(
    (t) =>
      t.pos === "VERB" &&
      clause.children(t.index, /^(nsubj|mark)$/).every((m) => m.dep === "mark" && m.word === "zu"),
  )?.index;
}

/** "fordert, dass der Bund die Kosten trägt": the "dass" clause as written, after the position's noun. */
function demanded(clause: Clause, verb: number, noun: string, textOf: (keep: number[]) => string): string {
  const that = clause
    .children(verb, /^ccomp$/)
    .find((t) => clause.children(t.index, /^mark$/).some((m) => /^dass$/i.test(m.word)));
  if (!that) return "";
  const words = clause.subtree(that.index, (t) => t.head === that.index && /^(mark|punct)$/.test(t.dep));
  const text = textOf(words);
  return text ? `${noun}, dass ${text}` : "";
}

/**
 * "appelliert an den Bund, die Finanzierung zu sichern": the parser coordinates the infinitive's
 * object with the phrase before the comma; a conjunct right after a comma, before the infinitive
 * and without a preposition of its own is the infinitive's object.
 */
function strandedObject(clause: Clause, verb: number, infinitive: number): number | undefined {
  if (clause.children(infinitive, /^obj$/).length > 0) return undefined;
  return clause
    .children(verb, /^(obl|obj)/)
    .flatMap((t) => clause.children(t.index, /^conj$/))
    .find(
      (t) =>
        t.index < infinitive &&
        clause.tokens[Math.min(...clause.subtree(t.index, (c) => c.dep === "punct")) - 1]?.word === "," &&
        /^(NOUN|PROPN)$/.test(t.pos) &&
        clause.children(t.index, /^(case|cc)$/).length === 0,
    )?.index;
}

/** The "an" phrase an appeal is addressed to: "an die Länder". */
function addresseeOf(clause: Clause, verb: number, addressee: RegExp): string {
  const phrase = clause
    .children(verb, /^obl/)
    .find((t) => clause.children(t.index, /^case$/).some((c) => addressee.test(c.word)));
  if (!phrase) return "";
  const text = nounPhrase(clause, phrase.index);
  const preposition = clause.children(phrase.index, /^case$/)[0]!.word.toLowerCase();
  const article = clause.children(phrase.index, /^det$/)[0]?.word;
  if (!text) return "";
  // What is expected "vom Bund", "von der Regierung" is an expectation "an den Bund", "an die Regierung".
  if (/^(von|vom)$/.test(preposition)) {
    const accusative = preposition === "vom" ? "den" : ACCUSATIVE[article?.toLowerCase() ?? ""];
    return `an ${accusative ? `${accusative} ` : ""}${text}`;
  }
  return `${preposition} ${article ? `${article} ` : ""}${text}`;
}

const ACCUSATIVE: Record<string, string> = { dem: "den", der: "die", den: "die" };

/** The text of a position: its noun and what it is about, or "" where the clause names nothing. */
export function position(clause: Clause, frame: Frame, textOf: (keep: number[]) => string): string {
  const rule = frame.rule as PositionRule;
  const infinitive = rule.infinitiveNoun ? infinitiveOf(clause, frame.verb) : undefined;
  if (infinitive !== undefined) {
    const text = infinitivePhrase(clause, infinitive, strandedObject(clause, frame.verb, infinitive));
    if (!text) return "";
    const to = rule.addressee ? addresseeOf(clause, frame.verb, rule.addressee) : "";
    return `${rule.infinitiveNoun}${to ? ` ${to}` : ""}, ${text}`;
  }
  if (rule.addressee) return rule.clauseNoun ? demanded(clause, frame.verb, rule.clauseNoun, textOf) : "";
  const objects = rule.through
    ? clause
        .children(frame.verb, /^obl/)
        .filter((t) => clause.children(t.index, /^case$/).some((c) => rule.through!.test(c.word)))
    : clause
        .children(frame.verb, /^(obj|nsubj)$/)
        .filter(
          (t) => (t.dep === "obj" || frame.objects.includes(t.index)) && !frame.actors.includes(t.index),
        );
  if (objects.length === 0 && rule.clauseNoun) return demanded(clause, frame.verb, rule.clauseNoun, textOf);
  if (objects.length !== 1 || !/^(NOUN|PROPN)$/.test(objects[0]!.pos)) return "";
  if (rule.object && !rule.object.test(objects[0]!.word)) return "";
  // "begrüßte den neuen CIO", "begrüßt die Gäste": a greeting, no position.
  if (namesPerson(clause, objects[0]!.index)) return "";
  const phrase = nounPhrase(clause, objects[0]!.index, frame.verb);
  // "stellte die Pläne vor" alone does not say what is planned.
  if (rule.object && rule.object.test(phrase)) return "";
  return phrase ? `${rule.noun} ${phrase}`.trim() : "";
}

/**
 * The uses of the position verbs, stated (not passive, not intended). In an object-first clause
 * ("Ein solches Register fordert der NKR seit Langem") the parser takes the object for the
 * subject and the actor for an argument: where the subject is no actor and an argument is, they
 * are read back.
 */
export function positionFrames(clause: Clause, isActor: (index: number) => boolean): Frame[] {
  return findFrames(clause, POSITION_RULES)
    .filter((frame) => !frame.passive && !clause.isIntended(frame.verb))
    .map((frame) => {
      if (frame.actors.some(isActor)) return frame;
      const actors = clause
        .arguments(frame.verb, /^(obl:arg|obj)$/)
        .filter((i) => isActor(i) && clause.children(i, /^case$/).length === 0);
      if (actors.length === 0 || frame.actors.length === 0) return frame;
      return { ...frame, actors, objects: frame.actors };
    });
}
