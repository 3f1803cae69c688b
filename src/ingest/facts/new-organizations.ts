/**
 * An organisation the gazetteer does not know, named by its noun phrase where the sentence
 * makes it plain that it is one: the parser's named-entity tag says ORGANIZATION on its head, or
 * its head is an institution noun ("Das Wissenschaftsministerium in Magdeburg", "Der
 * Digitalverband Bitkom", "die Industrie- und Handelskammer"). Never a pronoun, a person, a
 * place or a generic plural ("die Kommunen"). Its facts are for review: the organisation is new to
 * the graph.
 */
import { slugify } from "../../model/ids.js";
import type { KnownEntity } from "../types.js";
import type { Clause } from "./clause.js";

const INSTITUTION =
  /(ministerium|verband|kammer|behörde|agentur|institut|verein|stiftung|bündnis|gewerkschaft|akademie|hochschule|universität|studentenwerk|zentrum|gesellschaft|genossenschaft)$/i;

export function newOrganizationAt(clause: Clause, index: number): KnownEntity | undefined {
  const token = clause.tokens[index];
  if (!token || !/^(NOUN|PROPN)$/.test(token.pos) || clause.mentionAt(index)) return undefined;
  if (token.ner !== "ORGANIZATION" && !INSTITUTION.test(token.word)) return undefined;
  const name = clause.phrase(index, 6);
  if (name.length < 3 || !/^\p{Lu}/u.test(name)) return undefined;
  return { id: slugify(name), name, type: "Organization", isNew: true };
}
