/**
 * "Bund und Länder planen ...": the Länder together act beside the Bund. No single Land is
 * meant, so they are one actor of their own, "Länder", named only where the sentence pairs
 * them with the Bund or names all of them ("die 16 Länder"; a bare "die Länder" is too often a
 * class of places, not an actor).
 */
import { FEDERATION_ID } from "../../model/state-codes.js";
import type { KnownEntity } from "../types.js";
import type { Clause } from "./clause.js";

const LAENDER = /^(Länder|Ländern)$/;
const BUND = /^(Bund|Bundes)$/;
const ALL = /^(16|sechzehn|alle|allen)$/i;

/** The Bund as an actor, where the text names its money or its offices but not the Bund itself. */
export const BUND_ENTITY: KnownEntity = { id: FEDERATION_ID, name: "Bund", type: "Federation" };

export const LAENDER_ENTITY: KnownEntity = {
  id: "laender",
  name: "Länder",
  type: "Organization",
  isNew: true,
};

/** The Länder as an actor, where the nominal at `index` is "Länder" coordinated with "Bund". */
export function collectiveActor(clause: Clause, index: number): KnownEntity | undefined {
  const token = clause.tokens[index];
  if (!token || !LAENDER.test(token.word)) return undefined;
  const head = clause.tokens[token.head];
  const coordinated =
    (token.dep === "conj" && head !== undefined && BUND.test(head.word)) ||
    clause.children(index, /^conj$/).some((c) => BUND.test(c.word));
  // "die 16 Länder", "alle Länder": every Land together, never a class of places.
  const all = clause.children(index, /^(nummod|det)$/).some((c) => ALL.test(c.word));
  return coordinated || all ? LAENDER_ENTITY : undefined;
}
