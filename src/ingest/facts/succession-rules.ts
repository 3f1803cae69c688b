/**
 * succeeds from taking over an office from someone: "Dr. Fabian Mehring wird das Amt von Judith
 * Gerlach übernehmen", "Sie übernahm den Vorsitz turnusgemäß von Klaus Vitt", "hat für ein Jahr
 * den Vorsitz im IT-Planungsrat von Cornelia Rogall-Grothe ... übernommen", "nimmt den Platz von
 * ... ein", "Richters Platz nimmt ... ein", "übergibt das Amt / den Staffelstab an X". The parser hangs the
 * "von" phrase now on the office, now on the verb, so it is read by word order after the office
 * noun; the successor is the subject of "übernehmen" (or the person of the role that is its subject).
 */
import type { Mention } from "../entities/mentions.js";
import { isRoleWord, type RoleClaim } from "../entities/people.js";
import { View, type ParsedSentence } from "../parse/view.js";
import type { SuccessionClaim } from "./succession-verbs.js";
import { HAND_OVER } from "./office-function.js";

const TAKE_OVER = /^(übernimmt|übernahm|übernehmen|übernommen|übernehme|übernähme)$/;
/** (and the figures of speech for an office: "übergibt den Staffelstab an X") */
const OFFICE_NOUN =
  /^(Vorsitz|Amt|Posten|Aufgabe|Aufgaben|Funktion|Leitung|Sitz|Platz|Position|Ressort|Geschäfte|Nachfolge|Vorsitzführung|Staffelstab|Stab|Zepter|Staffelholz)$/;
/** "nimmt den Platz von X ein". */
const TAKE_PLACE = /^(nimmt|nahm|nehmen|nahmen|einnehmen|einnimmt)$/;
/** How far after the office noun its "von" may stand: "den Vorsitz im IT-Planungsrat von ...". */
const REACH = 6;
const TITLE = /^(Dr\.?|Prof\.?|Herr|Frau|Herrn|\.)$/;

export function findTakeOvers(sentence: ParsedSentence & { roles: RoleClaim[] }): SuccessionClaim[] {
  const view = new View(sentence);
  const claims: SuccessionClaim[] = [];
  const takesOver = (verb: number) =>
    TAKE_OVER.test(view.tokens[verb]!.word) ||
    view.tokens[verb]!.word === "eingenommen" ||
    (TAKE_PLACE.test(view.tokens[verb]!.word) &&
      view.children(verb, /^compound:prt$/).some((t) => t.word === "ein"));
  view.tokens.forEach((office, index) => {
    // "Anna Lenz übergibt das Amt an Peter Kern": the one it is handed to follows the one who hands it.
    if (
      OFFICE_NOUN.test(office.word) &&
      office.dep === "obj" &&
      HAND_OVER.test(view.tokens[office.head]?.word ?? "")
    ) {
      const verb = office.head;
      if (view.negated(verb)) return;
      // (The parser may hang "an X" on the office.)
      const to = [...view.children(verb, /^obl/), ...view.children(index, /^nmod/)].find((t) =>
        view.hasCase(t.index, "an"),
      );
      const successor = to && view.personOf(to.index);
      const predecessor = view
        .subjects(verb)
        .map((t) => view.personOf(t.index))
        .find((m) => m !== undefined);
      if (successor && predecessor && successor.entity.id !== predecessor.entity.id)
        claims.push({ successor, predecessor, confidence: 0.75, rule: "hand-over-office" });
      return;
    }
    // "Richters Platz nimmt Luise Hölscher ein": the parser may take the office for the subject.
    if (!OFFICE_NOUN.test(office.word) || !/^(obj|nsubj)$/.test(office.dep)) return;
    let verb = office.head;
    for (let hops = 0; verb >= 0 && hops < 2 && !takesOver(verb); hops += 1) verb = view.tokens[verb]!.head;
    // "übernimmt nicht das Amt von ...": no succession.
    if (verb < 0 || !takesOver(verb) || view.negated(verb)) return;
    const subject = office.dep === "nsubj" ? view.children(verb, /^obj$/)[0] : view.subjects(verb)[0];
    const successor =
      subject &&
      (view.personOf(subject.index) ?? sentence.roles.find((r) => r.index === subject.start)?.person);
    const predecessor =
      fromPerson(index, view) ?? genitivePerson(index, view) ?? (successor && fromAfter(successor, view));
    if (!predecessor || !successor || successor.entity.id === predecessor.entity.id) return;
    // Taking someone's place is unmeasured on the tuning articles: for review.
    const place = !TAKE_OVER.test(view.tokens[verb]!.word) ? 0.05 : 0;
    const confidence = (successor.form === "anaphor" ? 0.75 : 0.8) - place;
    claims.push({ successor, predecessor, confidence, rule: "take-over" });
  });
  return claims;
}

/**
 * "Die Nachfolge ... übernahm Heiko Geue von Staatssekretärin Ina-Maria Ulbrich": the person
 * after "von" right behind the successor's name, over a role or title.
 */
function fromAfter(successor: Mention, view: View): Mention | undefined {
  let at = view.tokens.findIndex((t) => t.start >= successor.end);
  if (at < 0 || view.tokens[at]!.word !== "von") return undefined;
  at += 1;
  while (view.tokens[at] && !view.personAt(at) && at < view.tokens.length - 1) {
    const token = view.tokens[at]!;
    if (!TITLE.test(token.word) && !isRoleWord(token.word) && token.pos !== "DET") return undefined;
    at += 1;
  }
  return view.personAt(at);
}

/** The person named in the genitive before the office noun: "Richters Platz", "Gerlachs Amt". */
function genitivePerson(office: number, view: View): Mention | undefined {
  return view
    .children(office, /^nmod/)
    .filter((t) => t.index < office && view.children(t.index, /^case$/).length === 0)
    .map((t) => view.personAt(t.index))
    .find((m) => m !== undefined);
}

/** The person of "von <Name>" after the office noun, with no clause boundary between them. */
function fromPerson(office: number, view: View): Mention | undefined {
  for (let at = office + 1; at < Math.min(view.tokens.length, office + REACH + 1); at += 1) {
    const token = view.tokens[at]!;
    // (The word the parser took for the office's verb may stand between: "den Vorsitz turnusgemäß von".)
    const verb = /^(VERB|AUX)$/.test(token.pos) && at !== view.tokens[office]!.head && token.head !== office;
    if (verb || token.word === ",") return undefined;
    if (token.word !== "von") continue;
    let name = at + 1;
    while (view.tokens[name] && TITLE.test(view.tokens[name]!.word)) name += 1;
    return view.personAt(name);
  }
  return undefined;
}
