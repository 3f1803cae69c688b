/**
 * The office one is appointed to or acts in: "wurde Prof. Dr. Kristina Sinemus zur Ministerin ...
 * ernannt", "Zum neuen Chef der Staatskanzlei ist X ernannt worden", "Als CIO des Landes
 * verantwortet sie ...", "hat zwei Chiefs ins Amt berufen: A als ... und B als ...", "votierten für
 * A als neuen Vorsitzenden" (the role on the name), and the role of a clause without a verb of its
 * own ("..., zur Vizepräsidentin die Oberbürgermeisterin B").
 */
import { genderOfName } from "../entities/gender.js";
import type { Mention } from "../entities/mentions.js";
import type { View } from "../parse/view.js";
import type { Found, LinkRule } from "./office-rules.js";
import { roleStart } from "./office-phrase.js";
import { FOLLOW, REPLACE } from "./succession-verbs.js";

const ACT_OF_APPOINTING = /^(Wahl|Ernennung|Berufung|Bestellung|Wiederwahl)$/;
const APPOINTED =
  /^(ernannt|gewählt|berufen|bestellt|ernennt|ernannte|ernannten|wählt|wählte|wählten|beruft|berief|beriefen|bestellte|bestellten|benannt|benennt|benannte|nominiert|nominierte|bestimmt|bestimmte|machen|macht|machte|gemacht|wird|wurde|werden|ernennen|wählen|bestellen|benennen|nominieren|bestimmen)$/;
/** Verbs that put someone forward "als" a role: the role is the object's ("schlägt X als Leiterin vor"). */
const PUT_FORWARD =
  /^(schlägt|schlagen|schlug|schlugen|vorgeschlagen|stellt|stellen|stellte|stellten|vorgestellt|präsentiert|präsentieren|präsentierte|präsentierten|empfiehlt|empfehlen|empfahl|empfahlen|empfohlen)$/;
/** Nouns of a time in or a way of holding an office ("aus ihrer Zeit als ...", "in seiner Funktion als ..."). */
const TENURE_NOUN = /^(Zeit|Amtszeit|Dienstzeit|Funktion|Tätigkeit|Rolle|Eigenschaft)$/;

export const APPOINTED_LINK: LinkRule = {
  name: "appointed",
  confidence: 0.8,
  find(role, view) {
    // The marker may stand before adjectives and name parts: "zum neuen Chief Information Officer".
    // "zum neuen Landes-CIO": from the start of a compound the tokenizer cut at its hyphen.
    const start = roleStart(role, view);
    let back = start - 1;
    while (back > 0 && start - back < 5 && /^(ADJ|PROPN|NOUN|DET)$/.test(view.tokens[back]!.pos)) back -= 1;
    // "Als CIO des Landes verantwortet sie ...": the marker may open the sentence.
    const marker = (view.tokens[back]?.word ?? "").toLowerCase();
    const markers = view.children(role, /^case$/).map((t) => t.word.toLowerCase());
    if (!/^(zum|zur|zu|als)$/.test(marker) && !markers.some((w) => /^(zum|zur|zu|als)$/.test(w)))
      return undefined;
    // "als ein Stellvertreter des Präsidenten gewählt": the role names whose deputy someone is.
    const owner = view.tokens[role]!.head;
    if (
      owner > back &&
      owner < start &&
      view.tokens[role]!.dep === "nmod" &&
      view.tokens[owner]!.pos === "NOUN"
    )
      return undefined;
    // The verb, or a predicate with a copula: "war sie als stellvertretende CIO tätig".
    const isVerb = (i: number) =>
      /^(VERB|AUX)$/.test(view.tokens[i]!.pos) || view.children(i, /^cop$/).length > 0;
    let verb = view.tokens[role]!.head;
    for (let hops = 0; verb >= 0 && hops < 3 && !isVerb(verb); hops += 1) verb = view.tokens[verb]!.head;
    // "wurde nicht zum Präsidenten gewählt": no office.
    if (verb < 0 || view.negated(verb)) return undefined;
    // "Die Mitglieder votierten für Wilfried Kruse als neuen Vorstandsvorsitzenden": the role hangs
    // on the name (not on the one followed, beside a verb of following or after "Nachfolgerin von":
    // the successor takes the role up).
    const nameToken = view.tokens[role]!.head;
    const bearer = view.personAt(nameToken);
    const verbWord = view.tokens[verb]!.word;
    const followed =
      FOLLOW.test(verbWord) ||
      REPLACE.test(verbWord) ||
      view.hasCase(nameToken, "von", "vom") ||
      /^(Nachfolger|Vorgänger)/.test(view.tokens[view.tokens[nameToken]!.head]?.word ?? "");
    if (bearer && markers.includes("als") && view.tokens[role]!.dep === "nmod" && !followed)
      return { person: bearer, confidence: this.confidence - 0.05 };
    // "war Referent von Michael Stübgen als Parlamentarischer Staatssekretär": the role after a
    // noun's "von" person is that person's, not the subject's (a successor's is the successor's:
    // "Nachfolgerin von Peter Hoffmann als Präsidentin", "tritt die Nachfolge von A als Präsidentin an").
    const served =
      !bearer &&
      markers.includes("als") &&
      view.tokens[role]!.dep === "nmod" &&
      view.tokens[nameToken]?.pos === "NOUN" &&
      !/^(Nachfolge|Vorgänger)/.test(view.tokens[nameToken]!.word)
        ? view
            .children(nameToken, /^nmod/)
            .filter((t) => t.index < role && view.hasCase(t.index, "von", "vom"))
            .map((t) => view.personAt(t.index))
            .find((m) => m !== undefined)
        : undefined;
    if (served) return { person: served, confidence: this.confidence - 0.1 };
    // "aus ihrer Zeit als Bundesfamilienministerin", "in seiner Funktion als CIO": the office of
    // the one the possessive stands for.
    const described = view.tokens[role]!.head;
    if (described >= 0 && TENURE_NOUN.test(view.tokens[described]!.word) && /^als$/.test(marker)) {
      // ("Neben ihrer Tätigkeit als Landrätin ist Petra Sommer ...": the clause's own subject.)
      const possessor = clauseSubject(view, described) ?? view.possessor(described);
      if (possessor) return { person: possessor, confidence: this.confidence - 0.1 };
    }
    // "nach der Wahl von Dietmar Woidke zum Ministerpräsidenten": the noun of the appointment.
    const act = view.tokens[role]!.head;
    if (act >= 0 && ACT_OF_APPOINTING.test(view.tokens[act]!.word)) {
      const of = view.children(act, /^nmod$/).find((t) => view.hasCase(t.index, "von"));
      const person = of && view.personOf(of.index);
      if (person) return { person, confidence: this.confidence, starts: true };
    }
    const word = view.tokens[verb]!.word;
    const appointment =
      APPOINTED.test(word) || view.children(verb, /^aux/).some((t) => APPOINTED.test(t.word));
    // "Zum Vizepräsidenten wurde A gewählt, zur Vizepräsidentin die Oberbürgermeisterin B": in a
    // clause without a verb of its own, the one named after the role.
    const gapped = appointment && view.tokens[role]!.dep === "conj" && view.tokens[role]!.head === verb;
    const afterRole = gapped
      ? view
          .subtree(role)
          .filter((i) => i > role)
          .map((i) => view.personAt(i))
          .find((m) => m !== undefined)
      : undefined;
    if (afterRole) return { person: afterRole, confidence: this.confidence - 0.05, starts: true };
    // "Zum neuen Chef der Staatskanzlei ist der bisherige Staatssekretär X ernannt worden": the
    // parser took the second role for the predicate; the one person named after an appointing
    // participle's "zum" is the appointee.
    const appointedAfter = (): Found | undefined => {
      if (!/^(zum|zur|zu)$/.test(marker)) return undefined;
      const participle = view.tokens.findIndex(
        (t, i) => i > role && /^(ernannt|berufen|bestellt|gewählt)$/.test(t.word),
      );
      const people = view.sentence.mentions.filter((m) => m.entity.type === "Person");
      const only = people.length === 1 ? people[0]! : undefined;
      return participle > 0 && only && only.start > view.tokens[role]!.end && !view.negated(participle)
        ? { person: only, confidence: this.confidence - 0.1, starts: true }
        : undefined;
    };
    const appointed = appointedAfter();
    if (!appointment && appointed) return appointed;
    // "kam unter die Top-10 bei der Wahl zum CIO des Jahres" appoints no one.
    if (!appointment && !/^als$/.test(marker) && !markers.includes("als")) return undefined;
    // "hat zwei Chiefs ins Amt berufen: Prof. A als Chief Urban Officer und Prof. B als ...": the
    // name right before "als", after an appointing verb whose subject appoints.
    // (The parser may hang the list on "hat" and the participle beside it: "hat ... berufen: A als ...".)
    const appointing = appointment || view.children(verb, /^xcomp$/).some((t) => APPOINTED.test(t.word));
    const listedBefore = appointing && /^als$/.test(marker) ? view.personAt(back - 1) : undefined;
    if (
      listedBefore &&
      listedBefore.end === view.tokens[back - 1]!.end &&
      listedBefore.start > view.tokens[verb]!.start &&
      view.children(verb, /^aux:pass$/).length === 0
    )
      return { person: listedBefore, confidence: this.confidence - 0.05, starts: true };
    // "Künftig werden sich A als Digitalisierungsbeauftragter und B als IT-Leiter ... kümmern": a
    // name joined to another right before "als" holds the role, not the clause's subject.
    const joined = /^als$/.test(marker) ? view.personAt(back - 1) : undefined;
    const joinedFirst = joined ? view.tokens.findIndex((t) => t.start === joined.start) : -1;
    if (
      joined &&
      joined.end === view.tokens[back - 1]!.end &&
      /^(und|sowie|,)$/.test(view.tokens[joinedFirst - 1]?.word ?? "")
    )
      return { person: joined, confidence: this.confidence - 0.05 };
    // "Die Ministerin hat Peter Kern zum Präsidenten ernannt": a person as the object is the one
    // the role is said of; else the subject ("wurde zur CIO ernannt", "Als CIO verantwortet X").
    // A successor takes the office "als" which they follow someone: the object is the one followed
    // ("Anna Keller folgt Peter Hoffmann als Präsidentin nach", "löst ... als CIO ab").
    const succession = (FOLLOW.test(verbWord) || REPLACE.test(verbWord)) && /^als$/.test(marker);
    const putForward = PUT_FORWARD.test(verbWord) && /^als$/.test(marker);
    const holders = [
      // (The parser may call an appointing verb's object obl:arg: "machte Dirk Schrödter zu
      // seinem Chef ..."; not a speech verb's: "Er habe als CIO ... organisiert, sagte Krupp".)
      // (Put forward "als" a role, the one put forward: "schlägt dem Stadtrat X als Leiterin vor".)
      ...(succession ? [] : view.children(verb, appointment || putForward ? /^(obj|obl:arg)$/ : /^obj$/)),
      ...view.children(verb, /^(nsubj|nsubj:pass)$/),
    ];
    // Two names show no case, and the parser may swap them: German names the one who appoints
    // first ("Ministerin Anna Lenz hat Peter Kern zum ... ernannt").
    const appointees = holders
      .map((t) => view.personOf(t.index))
      .filter((m): m is Mention => m !== undefined);
    const [first, second] = appointees;
    const swapped =
      first &&
      second &&
      first.entity.id !== second.entity.id &&
      appointees.every((m) => m.form !== "anaphor");
    const appointee = swapped ? (first.start > second.start ? first : second) : first;
    if (appointee)
      return { person: appointee, confidence: this.confidence, starts: appointment && marker !== "als" };
    // ("Zum Ersten Vizepräsident wurde bei der Sitzung des Präsidiums der Wiesbadener
    // Oberbürgermeister X gewählt": the parser hung the appointee on a genitive, not the verb.)
    if (appointed) return appointed;
    // The parser hung the name elsewhere: the name right before "zur" ("... Frau Milen Starke zur
    // Staatssekretärin ... berufen").
    const named = appointment && marker !== "als" ? view.personAt(back - 1) : undefined;
    if (named && named.end === view.tokens[back - 1]!.end)
      return { person: named, confidence: this.confidence - 0.05, starts: true };
    return undefined;
  },
};

/**
 * The person the clause of a possessed tenure noun is about, where the possessive fits them:
 * "Neben ihrer Tätigkeit als Landrätin ist Petra Sommer Vizepräsidentin", "In seiner Funktion als
 * CIO eröffnete Peter Brück die Sitzung" (the possessive binds to the subject, wherever it stands).
 */
function clauseSubject(view: View, noun: number): Mention | undefined {
  const owner = view.children(noun, /^det:poss$/)[0];
  const head = view.tokens[noun]!.head;
  if (!owner || head < 0 || !/^(sein|ihr)/i.test(owner.word)) return undefined;
  const gender = /^sein/i.test(owner.word) ? "m" : "f";
  return view
    .subjects(head)
    .map((t) => view.personOf(t.index))
    .find((m) => m !== undefined && m.form !== "anaphor" && genderOfName(m.entity.name) === gender);
}
