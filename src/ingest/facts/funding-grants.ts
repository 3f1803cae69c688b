/**
 * funds of the recipients of a grant notice, for review:
 *   "Die Stadt Jena hat einen Förderbescheid erhalten", "Folgende Kommunen haben Förderbescheide
 *   erhalten: die VG A (9.585 Euro), der Markt B (...) und die Stadt C (...)"
 *   -> the giver ("vom Land Hessen") funds each recipient; without one, the government or
 *      ministry an earlier sentence made its subject (the one whose programme the item is about)
 * A negated or intended receipt states nothing.
 */
import type { Fact } from "../../model/fact.js";
import type { KnownEntity } from "../types.js";
import type { AnalyzedItem, AnalyzedSentence } from "./analyze.js";
import { chooseTime, makeFact } from "./build.js";
import { Clause } from "./clause.js";
import { participantsAt } from "./participants.js";

const RECEIVE = /^(erhält|erhalten|erhielt|erhielten|bekommt|bekommen|bekam|bekamen)$/;
const NOTICE = /^(Förder|Zuwendungs|Bewilligungs)bescheid(e|en)?$/;
const RECIPIENT_TYPES = /^(State|County|Municipality)$/;

/** A government, or a ministry or agency of one: who hands out grants. */
function isGrantor(entity: KnownEntity | undefined): entity is KnownEntity {
  return (
    entity !== undefined &&
    (/^(State|Federation)$/.test(entity.type) ||
      (entity.type === "Organization" && entity.partOf !== undefined))
  );
}

const FUNDING_WORD = /(förder|Förder|unterstütz|finanzier|Zuschuss|Zuwendung)/;

/**
 * The grantor of the sentences before that speak of funding ("Mit dem Programm X unterstützt das
 * Staatsministerium ..."): a ministry or agency over a government, the latest first.
 */
function grantorBefore(analyzed: AnalyzedItem, sentence: AnalyzedSentence): KnownEntity | undefined {
  const before = analyzed.sentences
    .slice(0, analyzed.sentences.indexOf(sentence))
    .filter((s) => FUNDING_WORD.test(s.text))
    .reverse();
  const named = before.flatMap((s) => s.mentions.filter((m) => m.form !== "adjective").map((m) => m.entity));
  return named.filter(isGrantor).find((e) => e.type === "Organization") ?? named.find(isGrantor);
}

export function grantFunds(sentence: AnalyzedSentence, analyzed: AnalyzedItem): Fact[] {
  const clause = new Clause(sentence);
  const facts: Fact[] = [];
  for (const verb of clause.tokens.filter((t) => RECEIVE.test(t.word) && /^(VERB|AUX)$/.test(t.pos))) {
    if (!clause.children(verb.index).some((t) => NOTICE.test(t.word))) continue;
    if (clause.isNegated(verb.index) || clause.isIntended(verb.index)) continue;
    // "haben folgende Kommunen Förderbescheide erhalten: die VG A, der Markt B": the list after the colon.
    const colon = clause.tokens.find((t) => t.index > verb.index && t.word === ":");
    const listed = colon
      ? clause.tokens.find((t) => t.index > colon.index && /^(NOUN|PROPN)$/.test(t.pos))
      : undefined;
    const heads = listed ? [listed.index] : clause.arguments(verb.index, /^nsubj$/);
    const seen = new Set<string>();
    const recipients = heads
      .flatMap((i) => participantsAt(clause, i))
      .map((p) => p.entity)
      .filter((e) => RECIPIENT_TYPES.test(e.type) && !seen.has(e.id) && seen.add(e.id));
    const giver = clause
      .children(verb.index, /^(obl|nmod)/)
      .filter((t) => clause.children(t.index, /^case$/).some((c) => /^(von|vom)$/i.test(c.word)))
      .map((t) => clause.actorAt(t.index)?.entity)
      .find(isGrantor);
    const funder = giver ?? grantorBefore(analyzed, sentence);
    if (!funder) continue;
    for (const recipient of recipients) {
      if (recipient.id === funder.id) continue;
      facts.push(
        makeFact(
          {
            type: "funds",
            subject: funder,
            object: recipient,
            confidence: giver ? 0.75 : 0.65,
            rule: "funds:grant-notice",
          },
          sentence,
          analyzed.item,
          chooseTime(sentence, false),
          true,
        ),
      );
    }
  }
  return facts;
}
