/**
 * Heads of government who decide together and whom news name by their office rather than by
 * name: "die Regierungschefs von Bund und Ländern", "die Regierungschefinnen und Regierungschefs
 * der Länder", "der Bundeskanzler", "die Ministerpräsidentinnen und Ministerpräsidenten". They
 * are one actor of their own, named by their noun phrase as written (both gender forms of one
 * office are one actor); a head named with a person ("Bundeskanzler Olaf Scholz") is that person.
 */
import { slugify } from "../../model/ids.js";
import type { KnownEntity } from "../types.js";
import type { Clause } from "./clause.js";

const LEADER = /^(Regierungschef|Ministerpräsident|Bundeskanzler)(in)?(s|en|innen|nen)?$/;

/** "Regierungschefinnen" and "Regierungschefs" are one office in two gender forms. */
function office(word: string): string | undefined {
  return LEADER.exec(word)?.[1];
}

/** A gender form conjoined to a leader noun of the same office: it belongs to that noun's actor. */
export function isSecondForm(clause: Clause, index: number): boolean {
  const token = clause.tokens[index]!;
  const head = clause.tokens[token.head];
  return (
    token.dep === "conj" &&
    head !== undefined &&
    office(token.word) !== undefined &&
    office(token.word) === office(head.word)
  );
}

/** The leaders a nominal names, as one actor named by its phrase, or undefined. */
export function leadersAt(clause: Clause, index: number): KnownEntity | undefined {
  const token = clause.tokens[index]!;
  const kind = office(token.word);
  if (!kind || clause.mentionAt(index)) return undefined;
  if (
    clause.children(index, /^(flat|appos)$/).some((c) => clause.mentionAt(c.index)?.entity.type === "Person")
  )
    return undefined;
  // "Regierungschefinnen und Regierungschefs der Länder": the second form and its genitive join the phrase.
  const second = clause.children(index, /^conj$/).find((c) => office(c.word) === kind);
  const last = second ?? token;
  // Only a genitive or "von" phrase: "der Länder", "von Bund und Ländern" (not an object the parser hung here).
  const genitive = clause
    .children(last.index, /^nmod/)
    .filter(
      (t) =>
        t.index > last.index &&
        clause.children(t.index, /^(det|case)$/).some((c) => /^(der|des|von|vom)$/i.test(c.word)),
    );
  const end = Math.max(last.index, ...genitive.flatMap((g) => clause.subtree(g.index)));
  const words = clause.tokens
    .slice(index, end + 1)
    .filter((t) => t.pos !== "PUNCT")
    .map((t) => t.index);
  const name = clause.runs(words);
  return { id: slugify(name), name, type: "Organization", isNew: true };
}
