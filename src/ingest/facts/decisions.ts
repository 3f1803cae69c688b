/**
 * adopts: the parse rules of adopt-rules.ts alone. The word rules that read "beschlossen",
 * "Beschluss" and the like by word order were right in none of 7 cases on the development part
 * of the real-news corpus (a "Beschluss" that is only mentioned, an adopter guessed from word
 * order), so a sentence the parse rules find nothing in adopts nothing.
 * (Announcements come from announce-rules.ts.)
 */
import type { Fact } from "../../model/fact.js";
import type { AnalyzedItem, AnalyzedSentence } from "./analyze.js";
import { adoptRules } from "./adopt-rules.js";

export function adopts(sentence: AnalyzedSentence, analyzed: AnalyzedItem): Fact[] {
  return adoptRules(sentence, analyzed);
}
