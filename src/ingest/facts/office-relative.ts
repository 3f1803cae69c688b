/**
 * An office named in a relative clause on a person, or introduced with "Mit" (INTRODUCED_WITH): "Peter Schmidt, der seit 2019 Staatssekretär
 * im Innenministerium ist", "Markus Söder (CSU), der im Januar Bayern-CIO wurde", "Andrea Falk,
 * die im Mai zur Staatssekretärin ernannt wurde", "X, der seit September als Beauftragter der
 * Landesregierung die Digitalisierung begleitet". The parser often hangs such a clause on the
 * wrong word, so the rule reads the surface: the clause starts with a relative pronoun right
 * after the person's name (and an optional parenthesis), holds the role, and ends in a copula or
 * an appointing verb; or the role is introduced by "als".
 */
import { NEGATION, type View } from "../parse/view.js";
import type { KnownEntity } from "../types.js";
import { COPULA } from "./office-surface.js";
import type { LinkRule } from "./office-rules.js";
import { beforeParenthesis, roleStart } from "./office-phrase.js";

const RELATIVE = /^(der|die|welcher|welche)$/;
const CLAUSE_END = /^[,.;:!?"„“–]$/;
const APPOINTED = /^(ernannt|gewählt|berufen|bestellt)$/;
/** Nouns whose genitive names an office ("die Funktion der IT-Beauftragten"). */
const OFFICE_NOUN = /^(Funktion|Amt|Amtes|Posten|Postens|Stelle|Aufgabe|Aufgaben|Rolle)$/;

/**
 * Whether the role is only an attribute of another noun in the clause ("ins Ressort der
 * Ministerin", "beim Büro des Staatssekretärs"): then it names someone else's office.
 */
function attributeOfNoun(role: number, view: View): boolean {
  const t = view.tokens;
  let at = roleStart(role, view) - 1;
  while (at > 0 && t[at]!.pos === "ADJ") at -= 1;
  if (!/^(der|des)$/.test(t[at]?.word ?? "")) return false;
  const noun = t[at - 1];
  return noun?.pos === "NOUN" && !OFFICE_NOUN.test(noun.word);
}

/** The index of the comma before the clause's relative pronoun, if `role` stands in such a clause. */
function clauseStart(role: number, view: View): number | undefined {
  for (let at = role - 1; at > 0; at -= 1) {
    const word = view.tokens[at]!.word;
    if (RELATIVE.test(word) && view.tokens[at - 1]?.word === ",") return at - 1;
    if (CLAUSE_END.test(word)) return undefined;
  }
  return undefined;
}

/** The last token of the clause that holds `role`. */
function clauseEnd(role: number, view: View): number {
  let at = role;
  while (view.tokens[at + 1] && !CLAUSE_END.test(view.tokens[at + 1]!.word)) at += 1;
  return at;
}

/**
 * The person named right before the comma, over a parenthesis ("Markus Söder (CSU), der ...") or
 * the particle of a separable verb ("nimmt Luise Hölscher ein, die ...").
 */
function personBefore(comma: number, view: View) {
  let at = comma - 1;
  if (view.tokens[at]?.dep === "compound:prt") at -= 1;
  at = beforeParenthesis(at, view);
  const person = view.personAt(at);
  return person && person.end === view.tokens[at]!.end ? person : undefined;
}

export const RELATIVE_CLAUSE: LinkRule = {
  name: "relative",
  confidence: 0.8,
  find(role, view) {
    const comma = clauseStart(role, view);
    if (comma === undefined) return undefined;
    const person = personBefore(comma, view);
    if (!person) return undefined;
    const clause = view.tokens.slice(comma + 2, clauseEnd(role, view) + 1);
    if (clause.some((t) => NEGATION.test(t.word))) return undefined;
    // Another person inside the clause may be the one the role belongs to ("der mit Staatssekretär Y
    // ..."); a predecessor named with "von" is not ("der als Nachfolger von Y Bayern-CIO wurde").
    const other = (t: (typeof clause)[number]) => {
      const mention = view.personAt(t.index);
      if (!mention) return false;
      const first = view.tokens.findIndex((token) => token.start === mention.start);
      return view.tokens[first - 1]?.word !== "von";
    };
    if (clause.some(other) || attributeOfNoun(role, view)) return undefined;
    const last = clause[clause.length - 1]!;
    const before = view.tokens[role - 1]?.word ?? "";
    const appointed = /^(zum|zur)$/.test(before) && clause.some((t) => APPOINTED.test(t.word));
    const introduced = before === "als" || view.tokens[role - 2]?.word === "als";
    if (COPULA.test(last.word) && !/^(zum|zur|als)$/.test(before))
      return { person, confidence: this.confidence, starts: /^(wird|wurde)$/.test(last.word) };
    if (appointed) return { person, confidence: this.confidence, starts: true };
    if (introduced) return { person, confidence: this.confidence - 0.05 };
    return undefined;
  },
};

/** Verbs of having, getting or appointing an office holder: "hat", "bekommt", "berief", "holt". */
const HAVE =
  /^(hat|haben|hatte|bekommt|bekam|erhält|erhielt|gewinnt|gewann|beruft|berief|ernennt|ernannte|holt|holte)$/;
const INDEFINITE = /^(einen|eine|ein)$/;

/** The government, town or organisation a verb of having says has the new holder: its subject. */
function haverOf(verb: number, view: View): KnownEntity | undefined {
  return view
    .subjects(verb)
    .map((s) => view.entityOf(s.index, (m) => HAVER.test(m.entity.type) && m.form !== "partial"))
    .find((m) => m !== undefined)?.entity;
}
const HAVER = /^(State|Federation|County|Municipality|Organization)$/;

/**
 * "Mit Dr. Martin Hagen hat Bremen seit August einen neuen Staatsrat im Finanzressort", "Mit X
 * berief die Landesregierung erstmals eine Ministerin für Digitales": the person introduced by
 * "Mit" is the new office holder the government "has" or appoints; so is the first person named
 * after a colon ("Hamburg hat eine neue CIO: Seit November verantwortet Anna Busse ..."). The parser rarely sees this
 * idiom, so the rule reads the surface: "Mit" + name + a verb of having + an indefinite role.
 */
export const INTRODUCED_WITH: LinkRule = {
  name: "introduced-with",
  confidence: 0.8,
  find(role, view) {
    const t = view.tokens;
    let article = roleStart(role, view) - 1;
    while (article > 0 && t[article]!.pos === "ADJ") article -= 1;
    if (!INDEFINITE.test(t[article]?.word ?? "")) return undefined;
    // "Hamburg hat eine neue Chief Information Officer: Seit November verantwortet Dr. Annika Busse ...".
    const colon = t.findIndex((token, i) => i > role && token.word === ":");
    if (
      colon > 0 &&
      HAVE.test(t[article - 1]?.word ?? "") &&
      !t.slice(role + 1, colon).some((x) => x.word === ",")
    ) {
      const person = view.sentence.mentions.find(
        (m) => m.entity.type === "Person" && m.start > t[colon]!.start,
      );
      if (person)
        return {
          person,
          confidence: this.confidence - 0.05,
          starts: true,
          haver: haverOf(article - 1, view),
        };
    }
    for (let at = article - 1; at >= 0; at -= 1) {
      if (CLAUSE_END.test(t[at]!.word)) return undefined;
      if (!/^mit$/i.test(t[at]!.word)) continue;
      const person = view.personAt(at + 1) ?? view.personAt(at + 2);
      if (!person) return undefined;
      // "Mit X hat Bremen einen neuen Staatsrat", "Sachsen hat (nun) mit X eine neue Staatssekretärin".
      const verb = t.findIndex((token) => token.start >= person.end);
      let before = at - 1;
      while (before > 0 && t[before]!.pos === "ADV") before -= 1;
      const after = verb >= 0 && HAVE.test(t[verb]!.word) && verb < article;
      if (!after && !HAVE.test(t[before]?.word ?? "")) return undefined;
      return {
        person,
        confidence: this.confidence,
        starts: true,
        haver: haverOf(after ? verb : before, view),
      };
    }
    return undefined;
  },
};
