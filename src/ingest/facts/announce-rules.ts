/**
 * announces from the dependency parse: an actor states a plan. The text of the fact is what is
 * announced, kept short and in the source's words: the object of "plant" or "kündigt ... an"
 * (up to its first comma), or the clause they govern without its subject.
 *   "Bund und Länder planen eine Integration der Wallet"  -> Bund, "eine Integration der Wallet"
 *   "Die Stadt kündigte an, alle Dienste digital anzubieten"
 * A negated verb ("plant keine ...") states nothing. "will" and "fordert" are left to review:
 * on real news what they govern is too often a step of a meeting or a reproach, not a plan.
 */
import type { Fact } from "../../model/fact.js";
import type { AnalyzedItem, AnalyzedSentence } from "./analyze.js";
import { chooseTime, makeFact } from "./build.js";
import { Clause } from "./clause.js";
import { findFrames, type Frame, type VerbRule } from "./frames.js";

const ANNOUNCE_RULES: VerbRule[] = [
  { name: "ankündigen", verb: /^(kündigt|kündigen|kündigte|kündigten)$/, particle: /^an$/, confidence: 0.85 },
  { name: "angekündigt", verb: /^(angekündigt|ankündigen)$/, confidence: 0.85 },
  { name: "planen", verb: /^(plant|planen|plante|planten)$/, confidence: 0.85 },
];
const MAX_WORDS = 12;
/** Adverbs that say when or how surely, not what: left out of the announced text. */
const FILLER =
  /^(künftig|bereits|auch|nun|jetzt|noch|schon|dann|zudem|außerdem|weiterhin|bald|ebenfalls|zunächst)$/i;

/** The words of `keep` up to the first comma after the first word, at most MAX_WORDS of them. */
function textOf(clause: Clause, keep: number[]): string {
  const sorted = [...keep].sort((a, b) => a - b);
  const comma = sorted.findIndex((i, at) => at > 0 && /^[,;:(]$/.test(clause.tokens[i]!.word));
  const kept = (comma > 0 ? sorted.slice(0, comma) : sorted).filter(
    (i) => clause.tokens[i]!.pos !== "PUNCT" || clause.tokens[i]!.word === "-",
  );
  return clause.runs(kept.slice(0, MAX_WORDS));
}

function withoutArguments(clause: Clause, verb: number): number[] {
  return clause.subtree(
    verb,
    (t) =>
      t.head === verb &&
      (/^(nsubj|aux|punct|cc|conj|mark|advcl|parataxis|discourse|csubj)/.test(t.dep) ||
        (t.dep === "advmod" && FILLER.test(t.word))),
  );
}

function announced(clause: Clause, frame: Frame): string {
  const objects = clause.children(frame.verb, /^(obj|ccomp|xcomp)$/);
  if (objects.length !== 1) return "";
  const object = objects[0]!;
  if (object.dep === "obj")
    return textOf(
      clause,
      clause.subtree(object.index, (t) => /^(acl|punct)/.test(t.dep)),
    );
  return textOf(clause, withoutArguments(clause, object.index));
}

export function announceRules(sentence: AnalyzedSentence, analyzed: AnalyzedItem): Fact[] {
  const clause = new Clause(sentence);
  const found: { actors: number[]; text: string; confidence: number; rule: string }[] = [];
  for (const frame of findFrames(clause, ANNOUNCE_RULES))
    if (!frame.passive)
      found.push({
        actors: frame.actors,
        text: announced(clause, frame),
        confidence: frame.rule.confidence,
        rule: `announces:${frame.rule.name}`,
      });
  const facts: Fact[] = [];
  for (const { actors, text, confidence, rule } of found) {
    // "Bund und Länder planen": each conjunct the gazetteer knows announces; an unknown one lowers the confidence.
    const named = actors.map((i) => clause.actorAt(i));
    const mentions = named.filter((m) => m !== undefined);
    const partial = mentions.length < named.length ? 0.05 : 0;
    if (!text) continue;
    for (const mention of mentions)
      facts.push(
        makeFact(
          {
            type: "announces",
            subject: mention.entity,
            text,
            confidence: (mention.form === "anaphor" ? confidence - 0.1 : confidence) - partial,
            rule,
          },
          sentence,
          analyzed.item,
          chooseTime(sentence, false),
          true,
        ),
      );
  }
  return facts;
}
