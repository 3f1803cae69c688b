/**
 * A lead shared with partners, read from the words (lead-rules.ts runs this beside its own
 * shapes): "Rheinland-Pfalz hat mit Schleswig-Holstein und dem Bundesumweltministerium die
 * Federführung im Themenfeld Umwelt", "Hessen hat zusammen mit Bayern die Federführung für das
 * Themenfeld X übernommen". The parser often hangs the lead noun on the partner's name, so the
 * holders are the subject named right before the verb of having or taking and the partners named
 * between the verb's "mit" and the noun; what is led is the noun's "für"/"in" phrase.
 */
import type { Clause } from "./clause.js";
import { LEAD_NOUN, TARGET_CASE } from "./lead-predicates.js";
import { targetsOf, type Pair } from "./project-rules.js";

const HAVE_OR_TAKE =
  /^(hat|haben|hatte|hatten|übernimmt|übernehmen|übernahm|übernahmen|übernommen|innehat|teilt|teilen|teilte|teilten)$/;
/** Words that may stand between the verb and the partners: "gemeinsam mit", "zusammen mit". */
const TOGETHER = /^(gemeinsam|zusammen|mit)$/i;
/** Words a list of partners is made of besides their names. */
const LIST_WORD = /^(,|und|sowie|der|die|das|dem|den|des)$/i;

/** The actors named in tokens [from, to), each once, or undefined where anything else stands there. */
function partnersBetween(clause: Clause, from: number, to: number): number[] | undefined {
  const found: number[] = [];
  for (let i = from; i < to; i += 1) {
    const mention = clause.actorAt(i);
    if (mention) {
      if (!found.some((f) => clause.actorAt(f)?.entity.id === mention.entity.id)) found.push(i);
      continue;
    }
    if (!LIST_WORD.test(clause.tokens[i]!.word) && clause.tokens[i]!.pos !== "PUNCT") return undefined;
  }
  return found;
}

export function sharedLeads(clause: Clause): Pair[] {
  const pairs: Pair[] = [];
  for (const noun of clause.tokens) {
    if (!LEAD_NOUN.test(noun.word)) continue;
    // "... mit X und Y die Federführung": the "mit" right after the verb and its adverb.
    let at = noun.index - 1;
    while (at >= 0 && /^(die|der)$/i.test(clause.tokens[at]!.word)) at -= 1;
    const mit = clause.tokens.findLastIndex((t) => t.index < noun.index && /^mit$/i.test(t.word));
    if (mit < 1) continue;
    let verb = mit - 1;
    while (verb >= 0 && TOGETHER.test(clause.tokens[verb]!.word)) verb -= 1;
    if (verb < 1 || !HAVE_OR_TAKE.test(clause.tokens[verb]!.word)) continue;
    if (clause.isNegated(verb) || clause.isIntended(verb)) continue;
    const partners = partnersBetween(clause, mit + 1, at + 1);
    const subject = clause.actorAt(verb - 1);
    if (!partners || partners.length === 0 || !subject) continue;
    // (or, hung on the verb, the phrase right after the noun: "die Federführung für X übernommen")
    const next = clause.tokens[noun.index + 1];
    const after = next && TARGET_CASE.test(next.word) && next.dep === "case" ? [next.head] : [];
    const own = clause
      .children(noun.index, /^nmod/)
      .filter((t) => clause.children(t.index, /^case$/).some((c) => TARGET_CASE.test(c.word)))
      .map((t) => t.index);
    const topics = own.length > 0 ? own : after;
    const holders = [subject.entity, ...partners.map((i) => clause.actorAt(i)!.entity)];
    for (const target of targetsOf(clause, topics, undefined))
      for (const actor of holders) pairs.push({ actor, target, confidence: 0.8, rule: "shared-lead" });
  }
  return pairs;
}
