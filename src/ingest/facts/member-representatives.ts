/**
 * memberOf of a person named as a representative in a council (rule representative):
 *   copula      "Bernd Schlömer ist Vertreter des Landes im IT-Planungsrat", "ist Vorsitzender im
 *               IT-Kooperationsrat und dessen Vertreter im IT-Planungsrat"
 *   apposition  "Bernd Schlömer, Vertreter Sachsen-Anhalts im IT-Planungsrat, sagte ...", also
 *               conjoined with another ("A, Vorsitzende des X und Vertreterin ... im Y, ...")
 *   as          "Als Vertreterin Berlins im IT-Planungsrat stimmte Anna Keller zu"
 * As with the verb ("vertritt das Land im IT-Planungsrat", member-rules.ts), the person sits in the
 * council; what the person represents is named for the seat, not as a member of its own. Only a
 * council the gazetteer knows, after "im" or "in": "Vertreter der Kommunen" alone names no seat.
 */
import type { Mention } from "../entities/mentions.js";
import { View, type ParsedSentence } from "../parse/view.js";
import { memberAt, memberClaims, withPreposition, type Target } from "./member-rules.js";
import type { RelationClaim } from "./relation-rules.js";

const REPRESENTATIVE = /^(Vertreter|Vertreterin)$/;
const CONFIDENCE = 0.75;

/** The council after "im"/"in", on the noun or on the genitive it names: "Vertreter Sachsen-Anhalts im IT-Planungsrat". */
function councilOf(view: View, noun: number): Target | undefined {
  const phrases = [noun, ...view.children(noun, /^nmod$/).map((t) => t.index)]
    .map((i) => withPreposition(view, i, /^nmod$/, /^(im|in)$/i))
    .filter((i): i is number => i !== undefined);
  for (const at of phrases) {
    const council = view.mentionAt(at);
    if (council?.entity.kind === "body" && !council.entity.isNew && council.form !== "partial")
      return { entity: council.entity, penalty: 0 };
  }
  return undefined;
}

/** Who the noun names as the representative: the copula's subject, the noun's head, the verb's subject after "als". */
function representatives(view: View, noun: number): Mention[] {
  const token = view.tokens[noun]!;
  const copula = (i: number) => view.children(i, /^cop$/).length > 0;
  const persons = (indices: number[]) =>
    indices.map((i) => view.personOf(i)).filter((m): m is Mention => m !== undefined);
  if (copula(noun) || (token.dep === "conj" && token.head >= 0 && copula(token.head)))
    return persons(view.subjects(noun).map((t) => t.index));
  // (Also a second apposition the parser conjoined with the first: "A, Vorsitzende des X und
  // Vertreterin des Landes im IT-Planungsrat, ...".)
  // (The parser may conjoin both with the name: a noun after the name's comma.)
  const afterComma =
    token.dep === "conj" &&
    view.personAt(token.head) !== undefined &&
    view.tokens.slice(token.head + 1, noun).some((t) => t.word === ",");
  const appositive =
    token.dep === "appos" || afterComma
      ? token.head
      : token.dep === "conj" && view.tokens[token.head]?.dep === "appos"
        ? view.tokens[token.head]!.head
        : -1;
  if (appositive >= 0) {
    const member = memberAt(view, appositive);
    return member?.entity.type === "Person" ? [member] : [];
  }
  const as = view.children(noun, /^case$/).some((c) => /^als$/i.test(c.word));
  if (as && token.head >= 0 && /^(VERB|AUX)$/.test(view.tokens[token.head]!.pos))
    return persons(view.subjects(token.head).map((t) => t.index));
  return [];
}

/** "ist nicht Vertreter", "ist nicht mehr Vertreter". */
function denied(view: View, noun: number): boolean {
  return view.negated(noun) || view.children(noun, /^advmod$/).some((t) => view.negated(t.index));
}

export function findRepresentatives(sentence: ParsedSentence): RelationClaim[] {
  const view = new View(sentence);
  return view.tokens.flatMap((token, index) => {
    if (!REPRESENTATIVE.test(token.word) || denied(view, index)) return [];
    const council = councilOf(view, index);
    return council ? memberClaims(representatives(view, index), council, CONFIDENCE, "representative") : [];
  });
}
