/**
 * succeeds from the dependency parse, as small declarative rules:
 *   follow        "Er folgt auf Max Beispiel"
 *   successor     "Sie ist Nachfolgerin von ...", "tritt die Nachfolge von ... an", "als Nachfolger von ...",
 *                 "Sein Nachfolger wird X" (the person named before, for review)
 *   predecessor   "Sein Vorgänger X", "Ihr Vorgänger war X", "X, Vorgänger von Y" (for review)
 *   replace       "Erika Muster löst Max Beispiel ab", "beerbt", "wird von ... abgelöst"
 *   hand-over     "Günther Benz übernimmt den Vorsitz von Cornelia Rogall-Grothe", "Rüdiger Malter hat
 *                 den Posten an Bernd Schlömer abgegeben" (for review)
 */
import type { Mention } from "../entities/mentions.js";
import { isGenitiveName, type RoleClaim } from "../entities/people.js";
import { View, type ParsedSentence } from "../parse/view.js";
import { CHAIR_NOUN } from "./chair-parts.js";

export interface SuccessionClaim {
  successor: Mention;
  predecessor: Mention;
  confidence: number;
  rule: string;
}

/** Verbs of following someone in an office, and of replacing them: their object is the predecessor. */
export const FOLLOW = /^(folgt|folgte|folgen|folgten|gefolgt)$/;
export const REPLACE =
  /^(löst|löste|lösen|lösten|abgelöst|beerbt|beerbte|beerben|ersetzt|ersetzte|ersetzen|ersetzten|nachfolgt|nachfolgen|nachfolgte|nachgefolgt)$/;
const SUCCESSOR_NOUN = /^(Nachfolger|Nachfolgerin|Nachfolge|Fußstapfen)$/;
/** "rückt ... nach": moving up into someone's place. */
/** "tritt an die Stelle von ...". */
const STEP = /^(tritt|treten|trat|traten|getreten)$/;
const MOVE_UP = /^(rückt|rücken|rückte|rückten|gerückt)$/;
/** Offices handed over: "übernimmt das Amt von X". */
const OFFICE_NOUN = /^(Amt|Posten)$/;
/** Handing an office on: "gibt den Posten an X ab", "übergab das Amt an X", "übergibt den Staffelstab an X". */
const GIVE_AWAY = /^(gibt|geben|gab|gaben)$/;
const GIVEN_AWAY = /^(abgegeben|abgeben|übergibt|übergeben|übergab|übergaben)$/;
const HANDED = /^(Amt|Posten|Aufgabe|Staffelstab|Funktion)$/;

/** A second person's name the parser hung on a name as its flat part or apposition. */
function gluedPerson(index: number | undefined, own: Mention | undefined, view: View): Mention | undefined {
  if (index === undefined || !own) return undefined;
  return view
    .children(index, /^(flat|appos)$/)
    .map((t) => view.personAt(t.index))
    .find((m) => m !== undefined && m.entity.id !== own.entity.id);
}

/** A verb of handing on: "übergibt", "abgegeben", or "gibt ... ab" with its particle. */
function handsOn(verb: number, view: View): boolean {
  const word = view.tokens[verb]!.word;
  if (view.negated(verb)) return false;
  if (GIVEN_AWAY.test(word)) return true;
  return GIVE_AWAY.test(word) && view.children(verb, /^compound:prt$/).some((t) => t.word === "ab");
}

/**
 * Two names without an article show no case ("Anna Keller hat Peter Hoffmann abgelöst"), and the
 * parser then guesses which is the subject; German reads the first as the subject.
 */
function inWordOrder(
  subject: Mention | undefined,
  object: Mention | undefined,
): [Mention | undefined, Mention | undefined] {
  const named = (m: Mention | undefined) => m !== undefined && m.form !== "anaphor";
  if (named(subject) && named(object) && object!.start < subject!.start) return [object, subject];
  return [subject, object];
}

/**
 * "folgt die Juristin Storch der bisherigen Beauftragten Mirjam Kruppa": with no object of its
 * own, the parser may read the dative as a genitive of the subject; a genitive after a role or
 * person noun as the subject's own (caseless) phrase.
 */
function datives(view: View, verb: number): number[] {
  if (view.children(verb, /^(obj|iobj|obl:arg|obl)$/).some((t) => !view.hasCase(t.index, "als"))) return [];
  return view
    .subjects(verb)
    .flatMap((s) => view.children(s.index, /^nmod$/))
    .filter((t) => view.children(t.index, /^case$/).length === 0)
    .map((t) => t.index);
}

/** Verbs of succeeding whose predecessor is a dative: "nachfolgen", "folgt ... nach". */
const FOLLOW_AFTER = /^(nachfolgt|nachfolgen|nachfolgte|nachfolgten)$/;

/**
 * "Milen Starke, die Hartmut Schubert als CIO nachfolgt": in a relative clause of following
 * someone, "die" can only be the subject (the one followed is a dative), so the person the clause
 * describes succeeds the other person it names, whichever labels the parser gave them.
 */
function relativeSuccession(
  view: View,
  verb: number,
  particle: string[],
): { successor: Mention; predecessor: Mention } | undefined {
  const token = view.tokens[verb]!;
  const follows = FOLLOW_AFTER.test(token.word) || (FOLLOW.test(token.word) && particle.includes("nach"));
  if (!follows || !/^acl/.test(token.dep) || token.head < 0) return undefined;
  const successor = view.personOf(token.head);
  const args = view.children(verb, /^(nsubj|obj|iobj|obl:arg)$/);
  if (!successor || !args.some((t) => /^die$/i.test(t.word) && /^(PRON|DET)$/.test(t.pos))) return undefined;
  const predecessor = args
    .map((t) => view.personOf(t.index))
    .find((m) => m !== undefined && m.entity.id !== successor.entity.id);
  return predecessor ? { successor, predecessor } : undefined;
}

/**
 * `roles`: the sentence's offices, whose holders stand for their role nouns where the parser hung
 * the name elsewhere ("dem Vorstandsvorsitzenden der Deutschen Bahn Johannes Ludewig nachfolgen").
 */
export function findSuccessions(sentence: ParsedSentence, roles: RoleClaim[] = []): SuccessionClaim[] {
  const view = new View(sentence);
  const claims: SuccessionClaim[] = [];
  const holder = (index: number) => {
    const token = view.tokens[index]!;
    return roles.find((r) => r.index >= token.start && r.index < token.end)?.person;
  };
  const person = (index: number | undefined) => (index === undefined ? undefined : view.personOf(index));
  // The one succeeded, as a verb's object: its role noun stands for its holder.
  const predecessorAt = (index: number | undefined) =>
    index === undefined ? undefined : (view.personOf(index) ?? holder(index));
  const add = (
    successor: Mention | undefined,
    predecessor: Mention | undefined,
    confidence: number,
    rule: string,
  ) => {
    if (!successor || !predecessor || successor.entity.id === predecessor.entity.id) return;
    claims.push({
      successor,
      predecessor,
      confidence: successor.form === "anaphor" ? confidence - 0.05 : confidence,
      rule,
    });
  };
  // Relative clauses and completed verbs included ("Markus Söder, der ... als Nachfolger von ...").
  const subjectOf = (verb: number): Mention | undefined => person(view.subjects(verb)[0]?.index);
  view.tokens.forEach((token, index) => {
    // "folgt nicht auf", "löst ... nicht ab", "wird nicht Nachfolgerin": no succession.
    if (view.negated(index)) return;
    const particle = view.children(index, /^compound:prt$/).map((t) => t.word);
    const relative = relativeSuccession(view, index, particle);
    if (relative) {
      add(relative.successor, relative.predecessor, 0.75, "replace");
      return;
    }
    if (FOLLOW.test(token.word) && particle.includes("nach")) {
      // "Anna Keller folgt Peter Hoffmann nach": the dative is the predecessor.
      const [successor, predecessor] = inWordOrder(
        subjectOf(index),
        predecessorAt(view.children(index, /^(obj|iobj|obl:arg)$/)[0]?.index),
      );
      add(successor, predecessor, 0.75, "replace");
    } else if (FOLLOW.test(token.word)) {
      const on = view.children(index, /^obl$/).find((t) => view.hasCase(t.index, "auf"));
      // "Er folgt dem Hamburger Innensenator Heino Vahldieck": a person in the dative, for review.
      const dative = on
        ? undefined
        : (predecessorAt(view.children(index, /^(obj|iobj|obl:arg)$/)[0]?.index) ??
          datives(view, index)
            .map(predecessorAt)
            .find((m) => m !== undefined));
      if (dative) add(subjectOf(index), dative, 0.75, "follow");
      else add(subjectOf(index), person(on?.index), 0.85, "follow");
    } else if (MOVE_UP.test(token.word) && particle.includes("nach")) {
      // "Er rückt somit für den Präsidenten in spe, Ralph Spiegler, nach": for review.
      const instead = view.children(index, /^(obl|nmod)/).find((t) => view.hasCase(t.index, "für"));
      add(subjectOf(index), predecessorAt(instead?.index), 0.75, "replace");
    } else if (REPLACE.test(token.word)) {
      if (/^lös/.test(token.word) && !particle.includes("ab")) return;
      const passive = view.passive(index);
      if (passive) {
        add(
          person(view.children(index, /^obl:agent$/)[0]?.index),
          person(view.children(index, /^nsubj:pass$/)[0]?.index),
          0.85,
          "replace",
        );
      } else {
        // "beerbt Hagen Henning Lühr": the parser may glue the object's name onto the subject's.
        const subject = subjectOf(index) ?? person(view.children(index, /^nsubj:pass$/)[0]?.index);
        const object =
          predecessorAt(view.children(index, /^(obj|iobj|obl:arg)$/)[0]?.index) ??
          gluedPerson(view.subjects(index)[0]?.index, subject, view);
        const [successor, predecessor] = inWordOrder(subject, object);
        // "ersetzt", "nachfolgt": unmeasured on the tuning articles, so for review.
        add(successor, predecessor, /^(ersetz|nachf)/.test(token.word) ? 0.75 : 0.85, "replace");
      }
    } else if (SUCCESSOR_NOUN.test(token.word)) {
      const named = view
        .children(index, /^(nmod|appos)$/)
        .map((t) => person(t.index))
        .find((m) => m !== undefined);
      // "Sein Nachfolger wird Anna Lenz", "Seine Nachfolge tritt Anna Lenz an": the man named before.
      // ("Sein Nachfolger, Dr. Oliver Heidinger, ...": the name in apposition is the successor.)
      const possessor = view.possessor(index);
      const appositive = view
        .children(index, /^appos$/)
        .map((t) => person(t.index))
        .find((m) => m !== undefined);
      if (possessor && appositive) {
        add(appositive, possessor, 0.75, "successor");
        return;
      }
      const of = named ?? possessor;
      if (!of) return;
      let successor: Mention | undefined;
      if (view.children(index, /^cop$/).length > 0) successor = subjectOf(index);
      else if (token.dep === "appos" && token.head >= 0) successor = person(token.head);
      else if (token.head >= 0) successor = subjectOf(token.head);
      // The noun is the subject: the name is the predicate or the verb's other argument.
      if (
        (!successor || successor.entity.id === of.entity.id) &&
        /^nsubj/.test(token.dep) &&
        token.head >= 0
      ) {
        const head = token.head;
        // "Lies' Nachfolger ist der frühere Kultusminister und SPD-Fraktionschef Grant Hendrik
        // Tonne": the name in the predicate, before a description that points back.
        const inPredicate = view
          .subtree(head)
          .filter((i) => i > index)
          .map((i) => view.personAt(i))
          .find((m) => m !== undefined && m.entity.id !== of.entity.id);
        successor =
          view.children(head, /^cop$/).length > 0
            ? (inPredicate ?? person(head))
            : person(view.children(head, /^(obj|obl:arg|iobj)$/)[0]?.index);
      }
      // "Sein Nachfolger wird demnach der bisherige Finanzstaatssekretär X": the parser may hang the
      // name anywhere; it is the first person after the copula right after the noun, in its clause.
      // ("Nachfolgerin von Hans Meier als CIO des Landes Bremen wird Anna Schulz": the copula after
      // the noun's own phrase, hung on the noun.)
      const copula = view.tokens.findIndex(
        (t, i) =>
          i > index &&
          /^(wird|ist|war|wurde)$/.test(t.word) &&
          (i === index + 1 || t.head === index) &&
          !view.tokens.slice(index + 1, i).some((between) => /^[,;:]$/.test(between.word)),
      );
      if (!successor && copula > index) {
        const end = view.tokens.findIndex((t, i) => i > copula && /^[,;:.]$/.test(t.word));
        successor = view.sentence.mentions.find(
          (m) =>
            m.entity.type === "Person" &&
            m.start > view.tokens[copula]!.start &&
            (end < 0 || m.end <= view.tokens[end]!.start),
        );
      }
      // "wählte den SPD-Politiker ... zum Nachfolger der ... Anke Rehlinger": the one elected.
      const made = view.children(index, /^case$/).some((c) => /^(zu|zum)$/i.test(c.word));
      // ("Zum Nachfolger von Klaus Vitt wurde Markus Richter bestimmt": the passive's subject.)
      if ((!successor || successor.entity.id === of.entity.id) && made && token.head >= 0)
        successor = person(view.children(token.head, /^(obj|obl:arg|nsubj:pass)$/)[0]?.index);
      // "Als seinen Nachfolger will Faeser nun Friederike Dahns benennen": the one named as it,
      // not the one who names.
      const namedAs = view.children(index, /^case$/).some((c) => /^als$/i.test(c.word));
      const verbs =
        token.head >= 0 ? [token.head, ...view.children(token.head, /^xcomp$/).map((t) => t.index)] : [];
      const appointee = namedAs
        ? verbs.map((v) => person(view.children(v, /^obj$/)[0]?.index)).find((m) => m !== undefined)
        : undefined;
      if (appointee && appointee.entity.id !== of.entity.id) successor = appointee;
      // "tritt in die Fußstapfen von ...": an idiom, said of more than offices.
      add(successor, of, token.word === "Fußstapfen" || !named ? 0.75 : 0.85, "successor");
    } else if (/^(Vorgänger|Vorgängerin)$/.test(token.word)) {
      // "Sein Vorgänger Hans Weber", "Ihr Vorgänger war Hans Weber", "X, Vorgänger von Y": for review.
      const of = view
        .children(index, /^nmod$/)
        .filter((t) => view.hasCase(t.index, "von"))
        .map((t) => person(t.index))
        .find((m) => m !== undefined);
      // "Vorgänger Schäfers im Amt des CIO war ...": a person's genitive right after the noun.
      const genitive = view.personAt(index + 1);
      const named = genitive && isGenitiveName(genitive) ? genitive : undefined;
      const successor = of ?? view.possessor(index) ?? named;
      let predecessor = view
        .children(index, /^appos$/)
        .map((t) => person(t.index))
        .find((m) => m !== undefined);
      if (!predecessor && token.dep === "appos" && token.head >= 0) predecessor = person(token.head);
      // "meinem Vorgänger als CIO, Finanzminister Dr. Thomas Schäfer, ...": the name set off by
      // commas after the noun's phrase, wherever the parser hung it.
      if (!predecessor) predecessor = view.nameAfterComma(index);
      if (
        !predecessor &&
        /^nsubj/.test(token.dep) &&
        token.head >= 0 &&
        view.children(token.head, /^cop$/).length > 0
      )
        predecessor = person(token.head);
      if (!predecessor && view.children(index, /^cop$/).length > 0) predecessor = subjectOf(index);
      // The parser may hang the noun on the genitive and that on the predicate: the predicate's name.
      const predicate = named ? view.tokens[index + 1]!.head : -1;
      if (!predecessor && predicate >= 0 && view.children(predicate, /^cop$/).length > 0)
        predecessor = person(predicate);
      add(successor, predecessor, 0.75, "predecessor");
    } else if (
      HANDED.test(token.word) &&
      token.dep === "obj" &&
      token.head >= 0 &&
      handsOn(token.head, view)
    ) {
      // "Rüdiger Malter hat den Posten an Bernd Schlömer abgegeben": the one it goes to follows
      // the one who gives it, for review.
      const to = view.children(token.head, /^(obl|obl:arg)$/).find((t) => view.hasCase(t.index, "an"));
      add(person(to?.index), subjectOf(token.head), 0.75, "hand-over");
    } else if (
      (CHAIR_NOUN.test(token.word) || OFFICE_NOUN.test(token.word)) &&
      token.dep === "obj" &&
      token.head >= 0
    ) {
      const from = view.children(index, /^nmod$/).find((t) => view.hasCase(t.index, "von"));
      const predecessor = person(from?.index);
      // "übernimmt das Amt von Malu Dreyer": an office handed over, for review; not "übernimmt nicht".
      const office = OFFICE_NOUN.test(token.word);
      if (predecessor && !(office && view.negated(token.head)))
        add(subjectOf(token.head), predecessor, office ? 0.75 : 0.8, "hand-over");
    } else if (token.word === "Stelle" && token.head >= 0 && STEP.test(view.tokens[token.head]!.word)) {
      // "Anna Schulz tritt an die Stelle von Hans Meier": for review, as taking a place.
      const from = view.children(index, /^nmod$/).find((t) => view.hasCase(t.index, "von"));
      if (view.hasCase(index, "an") && !view.negated(token.head))
        add(subjectOf(token.head), person(from?.index), 0.75, "hand-over");
    }
  });
  return claims;
}
