/**
 * "Die Federführung für X hat Hessen", "Die Federführung für X haben Hessen und Bayern": with no
 * participle in the clause, "haben" is the main verb, but the parser may read it as the auxiliary
 * of the name after it (making the name the clause's head or the apposition of the fronted noun),
 * or as a root with that name as its apposition or its passive subject ("Die Leitung der FITKO
 * hat André Göbel inne"). "haben" is the verb, the fronted noun its subject, the name its object
 * (and a particle hung on the name the verb's).
 */
import type { ParseToken, Patch } from "./align.js";
import { HABEN } from "./verb-forms.js";
import { NOMINAL } from "./labels.js";

export function havingAsAuxiliary(token: ParseToken, tokens: ParseToken[]): Patch[] {
  if (token.pos !== "AUX" || !HABEN.test(token.word)) return [];
  const own = tokens.filter((t) => t.head === token.index);
  if (token.dep === "ROOT") {
    if (own.some((t) => /^(obj|xcomp|ccomp)$/.test(t.dep)) || !own.some((t) => t.dep === "nsubj")) return [];
    // ("Die Leitung der FITKO hat André Göbel inne": the name may also be read as a passive
    // subject, with the verb's particle hung on it.)
    const named = own.filter(
      (t) => /^(appos|nsubj:pass)$/.test(t.dep) && t.index > token.index && NOMINAL.test(t.pos),
    );
    if (named.length !== 1) return [];
    const particles = tokens.filter((t) => t.head === named[0]!.index && t.dep === "compound:prt");
    return [
      [token.index, { pos: "VERB" }],
      [named[0]!.index, { dep: "obj" }],
      ...particles.map((t): Patch => [t.index, { head: token.index }]),
    ];
  }
  if (token.dep !== "aux") return [];
  const named = tokens[token.head];
  if (!named || !NOMINAL.test(named.pos) || named.index < token.index) return [];
  if (tokens.some((t) => t.head === named.index && /^(cop|aux:pass)$/.test(t.dep))) return [];
  // "Die Federführung für X hat Hessen" read with "Hessen" as the fronted noun's apposition.
  const fronted = named.dep === "appos" ? tokens[named.head] : undefined;
  if (fronted) {
    if (fronted.index > token.index || !NOMINAL.test(fronted.pos)) return [];
    return [
      [token.index, { pos: "VERB", dep: fronted.dep, head: fronted.head }],
      [fronted.index, { dep: "nsubj", head: token.index }],
      [named.index, { dep: "obj", head: token.index }],
    ];
  }
  const subjects = tokens.filter((t) => t.head === named.index && t.dep === "nsubj");
  if (subjects.length !== 1 || subjects[0]!.index > token.index) return [];
  // ("hat nicht Hessen", "hat seit 2020 Hessen": what stands between verb and name is the verb's.)
  const between = tokens.filter(
    (t) =>
      t.head === named.index && t.index > token.index && t.index < named.index && /^(advmod|obl)/.test(t.dep),
  );
  return [
    [token.index, { pos: "VERB", dep: named.dep, head: named.head }],
    [named.index, { dep: "obj", head: token.index }],
    [subjects[0]!.index, { head: token.index }],
    ...between.map((t): Patch => [t.index, { head: token.index }]),
  ];
}
