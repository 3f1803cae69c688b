/**
 * Parliaments and councils the gazetteer does not know, as actors named by their phrase in the
 * nominative: "im Hessischen Landtag" is the "Hessischer Landtag", "der Landtag von
 * Sachsen-Anhalt", "der Stadtrat von Leipzig"; a bare "der Landtag" is the Landtag of the
 * Land the item is about ("Landtag Brandenburg"), else "Landtag". For review: such an actor
 * is new to the graph.
 */
import { slugify } from "../../model/ids.js";
import type { KnownEntity } from "../types.js";
import type { AnalyzedSentence } from "./analyze.js";
import type { Clause } from "./clause.js";

const ASSEMBLY =
  /^(Landtag|Landtags|Landtages|Bürgerschaft|Abgeordnetenhaus|Abgeordnetenhauses|Stadtrat|Stadtrats|Stadtrates|Gemeinderat|Gemeinderats|Kreistag|Kreistags|Kreistages|Stadtverordnetenversammlung|Ratsversammlung)$/;
const STATE_ASSEMBLY = /^(Landtag|Bürgerschaft|Abgeordnetenhaus)/;
const MASCULINE = /^(Landtag|Stadtrat|Gemeinderat|Kreistag)/;
const NEUTER = /^Abgeordnetenhaus/;

export function assemblyAt(
  clause: Clause,
  index: number,
  sentence: AnalyzedSentence,
): KnownEntity | undefined {
  const token = clause.tokens[index]!;
  if (!ASSEMBLY.test(token.word)) return undefined;
  const own = clause.mentionAt(index);
  if (own && own.form !== "adjective") return undefined;
  // Its adjective and its "von"/genitive place: "Hessische Landtag", "Landtag von Sachsen-Anhalt".
  const attributes = clause
    .children(index, /^(amod|nmod|flat|appos)/)
    .filter((t) => t.dep === "amod" || clause.mentionAt(t.index) !== undefined);
  const words = [index, ...attributes.flatMap((t) => clause.subtree(t.index))].filter(
    (i) =>
      (clause.tokens[i]!.pos !== "PUNCT" || clause.tokens[i]!.word === "-") &&
      !/^(der|des|dem|den|die|das)$/i.test(clause.tokens[i]!.word),
  );
  let name = clause.runs(words);
  // Named in the nominative: "im Hessischen Landtag" is the "Hessischer Landtag".
  const adjective = attributes.find((t) => t.dep === "amod" && t.index === index - 1);
  if (adjective && /en?$/.test(adjective.word)) {
    const ending = MASCULINE.test(token.word) ? "er" : NEUTER.test(token.word) ? "es" : "e";
    name = name.replace(adjective.word, adjective.word.replace(/en?$/, ending));
  }
  const land = sentence.context.lastState ?? sentence.context.headlineState ?? sentence.context.mainState;
  if (words.length === 1 && STATE_ASSEMBLY.test(token.word) && land) name = `${name} ${land.name}`;
  return { id: slugify(name), name, type: "Organization", isNew: true };
}
