/**
 * What the funding rules (funding-rules.ts, funding-receipts.ts) share: the words of money and of
 * funding notices, the amount a clause names, and the funds fact itself.
 */
import type { Fact } from "../../model/fact.js";
import type { Amount } from "../entities/amounts.js";
import type { KnownEntity } from "../types.js";
import type { AnalyzedItem, AnalyzedSentence } from "./analyze.js";
import { chooseTime, makeFact } from "./build.js";
import type { Clause } from "./clause.js";
import type { Frame, VerbRule } from "./frames.js";

/** A notice of funding or a cheque: handed over, it is the money it grants. */
export const NOTICE =
  /^(Förderbescheid|Förderbescheide|Förderbescheiden|Förderscheck|Förderschecks|Fördergeldscheck|Zuwendungsbescheid|Zuwendungsbescheide|Bewilligungsbescheid|Bewilligungsbescheide)$/;
/** The costs of a thing: taken on or shared, they fund it ("übernimmt die Kosten des Projekts X"). */
export const COSTS = /^(Kosten|Gesamtkosten|Betriebskosten|Projektkosten|Finanzierung)$/;
const MONEY =
  /^(Euro|EUR|€|Millionen|Milliarden|Mio\.?|Mrd\.?|Mittel|Fördermittel|Fördergelder|Fördergeld|Geld|Summe|Fördersumme|Förderung|Zuschuss|Zuschüsse|Zuwendung|Zuwendungen|Finanzhilfe|Finanzhilfen|Haushaltsmittel|Bundesmittel|Landesmittel|Finanzmittel)$/;

/** The amount inside the clause of the verb, nearest to it. */
export function amountOf(clause: Clause, frame: Pick<Frame, "verb">, amounts: Amount[]): number | undefined {
  const inside = clause.subtree(frame.verb).map((i) => clause.tokens[i]!);
  const first = inside[0]?.start ?? 0;
  const last = inside.at(-1)?.end ?? 0;
  const verbAt = clause.tokens[frame.verb]!.start;
  const candidates = amounts.filter((a) => a.index >= first && a.index < last);
  candidates.sort((a, b) => Math.abs(a.index - verbAt) - Math.abs(b.index - verbAt));
  return candidates[0]?.value;
}

/** "fünf Milliarden Euro", "80 Millionen Euro Fördergelder": the nominal is the money, not what it pays for. */
export function isMoney(clause: Clause, index: number): boolean {
  const word = clause.tokens[index]!.word;
  if (MONEY.test(word) || NOTICE.test(word)) return true;
  // "die Bescheide zum Förderprogramm X", "einen Bescheid in Höhe von 600.000 Euro": a notice of a
  // grant by what it grants (not any notice: "Gebührenbescheid", "den Bescheid der Behörde").
  return (
    BARE_NOTICE.test(word) &&
    clause.children(index, /^nmod/).some((t) => GRANTED.test(t.word) || MONEY.test(t.word))
  );
}

const BARE_NOTICE = /^(Bescheid|Bescheide|Bescheiden)$/;
/** What a notice names that makes it one of a grant: a funding programme, an amount. */
const GRANTED = /^(Förder\p{Ll}*|Höhe)$/u;

export function fundsFact(
  funder: KnownEntity,
  funded: KnownEntity,
  confidence: number,
  rule: VerbRule,
  amount: number | undefined,
  sentence: AnalyzedSentence,
  analyzed: AnalyzedItem,
): Fact {
  return makeFact(
    {
      type: "funds",
      subject: funder,
      object: funded,
      confidence,
      rule: `funds:${rule.name}`,
      ...(amount !== undefined ? { amount } : {}),
    },
    sentence,
    analyzed.item,
    chooseTime(sentence, false),
    true,
  );
}
