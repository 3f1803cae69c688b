/**
 * An office named as a function someone has or takes on: "wird er auch die Aufgabe des
 * IT-Beauftragten der Bundesregierung wahrnehmen", "hat die CIO-Aufgaben übernommen", "Die
 * Funktion des CIO hat seit Oktober 2021 Staatssekretär ..., Bernd Schlömer, inne", "wurde in das
 * Amt der Geschäftsführerin gewählt". The role
 * hangs on a function noun (as its genitive, after "als", or as the first part of a compound);
 * the holder is the subject of the verb the function noun is the object of, or, where the
 * function is the subject ("Die Funktion ... hat X inne"), the person of the verb's object.
 */
import { MONTH_NAME } from "../dates/calendar.js";
import type { View } from "../parse/view.js";
import { roleStart } from "./office-phrase.js";
import type { Found, LinkRule } from "./office-rules.js";

export const FUNCTION =
  /^(Funktion|Funktionen|Aufgabe|Aufgaben|Rolle|Amt|Amtes|Posten|Postens|Position|Stelle)$/;
/** Verbs that hand a function to the person named with "an": "überträgt das Amt des CIO an X". */
export const HAND_OVER = /^(übertragen|überträgt|übertrug|übertrugen|übergeben|übergibt|übergab|übergaben)$/;
const VERB = /^(VERB|AUX)$/;
/** Verbs of filling a post: whoever "besetzt den Posten" appoints to it, and holds it not. */
const FILL =
  /^(besetzt|besetzte|besetzten|besetzen|nachbesetzt|vergeben|vergibt|vergab|ausgeschrieben|schreibt)$/;
/** Verbs by which a function, as their subject, is had or taken: "Die Funktion des CIO hat X inne". */
const HAVE =
  /^(hat|hatte|haben|hatten|hält|hielt|übernimmt|übernahm|übernehmen|übernommen|nimmt|nahm|wahrgenommen|führt|führte)$/;
/** The particle of "innehaben", "wahrnehmen". */
const PARTICLE_ROOT = /^(inne|wahr)$/;
/**
 * Verbs of taking a function on now: "übernimmt das Amt des CIO", "tritt den Posten an". (A past
 * "hat ... übernommen" tells no time: the post may have been taken long before the news.)
 */
const TAKE_ON = /^(übernimmt|übernehmen|tritt|treten|antreten)$/;
/** Verbs that put someone into a function: "in das Amt der Geschäftsführerin gewählt". */
const INTO =
  /^(gewählt|wählt|wählte|wählten|berufen|beruft|berief|beriefen|eingeführt|bestellt|bestellte|bestellten)$/;
/** "bekleidet das Amt des CIO". */
export const HOLD = /^(bekleidet|bekleidete|bekleideten|bekleiden)$/;

/** The function noun a role hangs on: "die Aufgabe des CIO", "Funktion als CIO", "CIO-Aufgaben". */
function functionNoun(role: number, view: View): number | undefined {
  const token = view.tokens[role]!;
  const head = view.tokens[token.head];
  // ("wird die Aufgabe „Beauftragter der Landesregierung ...“ wahrnehmen": the role in apposition.)
  if (head && FUNCTION.test(head.word) && /^(nmod|obl|appos)/.test(token.dep)) return token.head;
  // "CIO-Aufgaben": the tokenizer cut the compound, and the parser made the function noun flat.
  const glued = view.tokens.slice(role + 1, role + 3);
  const last = glued[1];
  if (glued[0]?.word === "-" && last && FUNCTION.test(last.word) && last.start === glued[0].end) return role;
  // "das Amt der Landes-CIO", 'die Stelle des "Chief Information Officer"': by the words before
  // the role, wherever the parser hung them.
  let at = roleStart(role, view) - 1;
  while (at > 0 && /^["„“]$/.test(view.tokens[at]!.word)) at -= 1;
  if (/^(des|der)$/.test(view.tokens[at]?.word ?? "") && FUNCTION.test(view.tokens[at - 1]?.word ?? ""))
    return at - 1;
  return undefined;
}

/**
 * "..., Guido Kahlen, der das Amt des Verbandsvorstehers beim KDN bekleidet": the person a
 * relative clause of holding follows (the parser may not read the pronoun as the verb's subject).
 */
function relativeHolder(noun: number, view: View): Found["person"] | undefined {
  const pronoun = noun - 2;
  const words = view.tokens.slice(pronoun - 1, noun).map((t) => t.word);
  if (
    words.length !== 3 ||
    words[0] !== "," ||
    !/^(der|die)$/.test(words[1]!) ||
    !/^(das|den|die)$/.test(words[2]!)
  )
    return undefined;
  const hold = view.tokens.findIndex((t, i) => i > noun && HOLD.test(t.word));
  if (hold < 0 || view.negated(hold) || view.tokens.slice(noun, hold).some((t) => t.word === ","))
    return undefined;
  // (Or before the verb the relative clause follows: "zum Stellvertreter von Guido Kahlen gewählt, der ...".)
  let before = pronoun - 2;
  while (before > 0 && before > pronoun - 4 && VERB.test(view.tokens[before]!.pos)) before -= 1;
  return view.personOf(before);
}

/** Words between "bekleidet" and its holder's name: a time ("seit dem 1. Juli 2020"), titles. */
const BEFORE_HOLDER = /^(seit|ab|bis|zum|dem|\d{1,4}\.?|\.|Dr|Prof)$/;

/**
 * "Das Amt des CIO bekleidet seit 2020 Peter Maier", "Peter Maier hatte zuvor das Amt des
 * Präsidenten bekleidet": the verb of holding after the function noun, in its clause; the holder is
 * the verb's other subject or object (the parser reads the verb as an adjective with two
 * subjects), or the name right after the verb (over a time).
 */
function holderAfter(noun: number, view: View): Found["person"] | undefined {
  const t = view.tokens;
  const hold = t.findIndex((token, i) => i > noun && i - noun <= 12 && HOLD.test(token.word));
  if (hold < 0 || view.negated(hold) || t.slice(noun, hold).some((token) => /^[,;:]$/.test(token.word)))
    return undefined;
  const other = t.find(
    (token) =>
      token.head === hold &&
      token.index !== noun &&
      /^(nsubj|obj)/.test(token.dep) &&
      view.personOf(token.index),
  );
  if (other) return view.personOf(other.index);
  let at = hold + 1;
  while (t[at] && at - hold <= 6 && (BEFORE_HOLDER.test(t[at]!.word) || MONTH_NAME.test(t[at]!.word)))
    at += 1;
  const person = view.personAt(at);
  return person && person.start === t[at]!.start ? person : undefined;
}

/** The verb a token's clause hangs on. */
function verbOf(index: number, view: View): number {
  let at = view.tokens[index]!.head;
  for (let hops = 0; at >= 0 && hops < 4 && !VERB.test(view.tokens[at]!.pos); hops += 1)
    at = view.tokens[at]!.head;
  return at;
}

export const FUNCTION_OF: LinkRule = {
  name: "function",
  confidence: 0.8,
  find(role, view, linked) {
    const noun = functionNoun(role, view);
    if (noun === undefined) return undefined;
    // "ist die Aufgabe des CIO auf Dr. Horst Baier übertragen worden": the function handed over
    // "an"/"auf" someone, wherever the parser hangs the function noun.
    const handed = view.tokens.findIndex((t) => HAND_OVER.test(t.word));
    if (handed >= 0 && !view.negated(handed)) {
      const toPerson = (t: { index: number }) => view.hasCase(t.index, "an", "auf");
      // "die Funktion des Beauftragten ... an Daniel Sieveke zu übertragen": the parser may hang
      // the person on the role between the function noun and the verb.
      const to =
        view.children(handed, /^obl/).find(toPerson) ??
        view.tokens.find((t) => t.index > noun && t.index < handed && toPerson(t) && view.personOf(t.index));
      const person = to ? view.personOf(to.index) : undefined;
      if (person) return { person, confidence: this.confidence - 0.05 };
    }
    // "Sie bekleidet seit Mai das Amt der Landes-CIO": one holds what one "bekleidet", wherever the
    // parser hangs the verb (it often reads it as an adjective); the holder is named right before it.
    const hold = view.tokens.findIndex((t, i) => i < noun && HOLD.test(t.word));
    const holder = hold > 0 ? view.personOf(hold - 1) : undefined;
    if (holder && !view.negated(hold)) return { person: holder, confidence: this.confidence - 0.05 };
    const after = holderAfter(noun, view);
    if (after) return { person: after, confidence: this.confidence - 0.05 };
    const relative = relativeHolder(noun, view);
    if (relative) return { person: relative, confidence: this.confidence - 0.05 };
    // ("hat das Amt ... inne": the parser may make the particle the root, with "hat" as its aux.)
    const isVerb = (i: number) => VERB.test(view.tokens[i]!.pos) || PARTICLE_ROOT.test(view.tokens[i]!.word);
    let verb = view.tokens[noun]!.head;
    let dep = view.tokens[noun]!.dep;
    for (let hops = 0; verb >= 0 && hops < 2 && !isVerb(verb); hops += 1) {
      dep = view.tokens[verb]!.dep;
      verb = view.tokens[verb]!.head;
    }
    if (verb < 0 || !isVerb(verb)) return undefined;
    // "übernimmt das Amt des CIO": taking a function on starts it (on the news day).
    const starts = TAKE_ON.test(view.tokens[verb]!.word) || undefined;
    const found = (confidence: number, person = undefined as Found["person"] | undefined) =>
      person ? { person, confidence, ...(starts ? { starts } : {}) } : undefined;
    if (/^obj/.test(dep) && HAND_OVER.test(view.tokens[verb]!.word)) return undefined;
    // "wählte Marianne Wulff in das Amt der Geschäftsführerin", "wurde ins Amt des CIO berufen":
    // the one appointed into the function, the verb's object or a passive's subject.
    if (/^obl/.test(dep) && view.hasCase(noun, "in", "ins") && INTO.test(view.tokens[verb]!.word)) {
      // (The parser may swap an active's subject and object: "Die Versammlung wählte X": the one
      // appointed is a person, the electing body none.)
      const appointees = [...view.children(verb, /^(obj|nsubj:pass)$/), ...view.children(verb, /^nsubj$/)];
      const person = appointees.map((t) => view.personOf(t.index)).find((p) => p !== undefined);
      return found(this.confidence - 0.05, person);
    }
    // "Den Posten des Finanz-Staatssekretärs hat Hans neu besetzt": the one who fills the post.
    if (FILL.test(view.tokens[verb]!.word)) return undefined;
    if (/^obj/.test(dep) || dep === "flat") {
      // (The parser may read "wird ... den Posten bekleiden" as a passive: its subject all the same.)
      for (const subject of view.children(verb, /^nsubj(:pass)?$/)) {
        const person = view.personOf(subject.index);
        if (person) return found(this.confidence, person);
      }
      // "dass seine Partei mit Fabian Mehring den Posten des Ministers bekleiden wird": a party or a
      // government holds a post through the person named with "mit".
      // (The parser may hang the "mit" phrase on the subject.)
      const through = [
        ...view.children(verb, /^obl/),
        ...view.subjects(verb).flatMap((t) => view.children(t.index, /^nmod/)),
      ].find((t) => view.hasCase(t.index, "mit"));
      const person = through && HOLD.test(view.tokens[verb]!.word) ? view.personOf(through.index) : undefined;
      if (person) return found(this.confidence - 0.05, person);
    }
    if (/^nsubj/.test(dep)) {
      // Only a verb of having or taking names a holder: "Die neue Stelle des CDO soll ... unter dem
      // Staatsrat X angesiedelt sein" gives X no post.
      const having =
        HAVE.test(view.tokens[verb]!.word) ||
        HOLD.test(view.tokens[verb]!.word) ||
        PARTICLE_ROOT.test(view.tokens[verb]!.word) ||
        view.children(verb, /^compound:prt$/).some((t) => /^(inne|wahr)$/.test(t.word));
      if (!having) return undefined;
      for (const object of view.children(verb, /^obj$/)) {
        const person = view.personOf(object.index) ?? linked.get(object.index)?.person;
        if (person) return found(this.confidence - 0.05, person);
      }
      // The parser may miss the object ("seit Mai Staatssekretär ..."): a person linked to another role of the clause.
      for (const [other, link] of linked)
        if (other !== role && verbOf(other, view) === verb) return found(this.confidence - 0.1, link.person);
    }
    return undefined;
  },
};
