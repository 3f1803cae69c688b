/**
 * funds read from the receiving side:
 *   named giver   "Niedersachsen erhält 470 Millionen Euro vom Bund" -> funds(Bund, Niedersachsen)
 *   item's funder "Marktheidenfeld erhält eine Förderung in Höhe von 9.228 Euro", with no giver
 *                 named -> the funder of the item's latest funds fact pays (for review)
 *   money flowing "an die VG Wittislingen gingen 10378 Euro", "fließen 1,2 Millionen Euro vom
 *                 Land in das Projekt X": the receiver after "an"/"in", the giver after "von"/"aus"
 *   amounts listed "Die Fördermittel verteilen sich wie folgt: Bruchköbel 54.912 Euro, Freigericht
 *                 33.603 Euro": each town or county with its amount receives it (the item's funder)
 * Only money or a funding notice is a receipt; a negated, intended or passive verb states none.
 */
import type { Fact } from "../../model/fact.js";
import { type Amount, amountRightAfter } from "../entities/amounts.js";
import type { Mention } from "../entities/mentions.js";
import type { KnownEntity } from "../types.js";
import type { AnalyzedItem, AnalyzedSentence } from "./analyze.js";
import { RULE_OF } from "./build.js";
import { Clause } from "./clause.js";
import { findFrames, type Frame, type VerbRule } from "./frames.js";
import { amountOf, fundsFact, isMoney } from "./funding-money.js";
import { withCase } from "./participants.js";

const RECEIVE: VerbRule = {
  name: "erhalten von",
  verb: /^(erhält|erhalten|erhielt|erhielten|bekommt|bekommen|bekam|bekamen)$/,
  confidence: 0.75,
};
/** Money going somewhere: "fließen", "gehen an". */
const FLOW: VerbRule = {
  name: "fließen an",
  verb: /^(fließt|fließen|floss|flossen|geflossen|geht|gehen|ging|gingen|gegangen)$/,
  confidence: 0.7,
};
/** A receipt paid by the item's funder: as sure as a funder read from the context. */
const FROM_ITEM: VerbRule = { ...RECEIVE, name: "erhalten/item funder", confidence: 0.6 };

/**
 * "Hamm erhält für das Projekt X 800.000 Euro vom Land": the parser may hang the money and the giver
 * on the "für" phrase. Its heads, for the money and the giver beside the verb's own.
 */
function purposes(clause: Clause, frame: Frame): number[] {
  return withCase(clause, frame.verb, /^obl/, /^für$/i);
}

/** Whether the verb receives money: its object, or money the parser hung on the "für" phrase. */
function receivesMoney(clause: Clause, frame: Frame): boolean {
  return (
    frame.objects.some((i) => isMoney(clause, i)) ||
    purposes(clause, frame).some((p) =>
      clause.children(p, /^(appos|nmod)$/).some((t) => isMoney(clause, t.index)),
    )
  );
}

/** Who gives a notice or money named with them in the genitive: a government, a ministry, an agency. */
const GIVER = /^(State|Federation|Organization)$/;

/**
 * The "von"/"vom" actors of a receiving verb, of its money object or of its "für" phrase; and the
 * giver of the money in the genitive ("hat den Förderbescheid des Hessischen Digitalministeriums
 * erhalten", "erhält Fördermittel des Landes Hessen").
 */
function giversOf(clause: Clause, frame: Frame): Mention[] {
  const from = [frame.verb, ...frame.objects, ...purposes(clause, frame)]
    .flatMap((i) => clause.children(i, /^(obl|nmod)/))
    .filter((t) => clause.children(t.index, /^case$/).some((c) => /^(von|vom)$/i.test(c.word)))
    .map((t) => clause.actorAt(t.index));
  const owners = frame.objects
    .filter((i) => isMoney(clause, i))
    .flatMap((i) => clause.children(i, /^nmod/))
    .filter((t) => clause.children(t.index, /^case$/).length === 0)
    .map((t) => clause.actorAt(t.index))
    .filter((m) => GIVER.test(m?.entity.type ?? ""));
  // "erhält 500.000 Euro aus dem Förderprogramm des Landes Hessen", "aus Mitteln des Bundes": the
  // owner of the source in the genitive (on the source noun or on a name set beside it).
  const sources = [frame.verb, ...frame.objects]
    .flatMap((i) => clause.children(i, /^(obl|nmod)/))
    .filter((t) => clause.hasCase(t.index, "aus"))
    .flatMap((t) => [t.index, ...clause.children(t.index, /^(appos|flat)$/).map((c) => c.index)])
    .flatMap((i) => clause.children(i, /^nmod/))
    .filter((t) => clause.children(t.index, /^case$/).length === 0)
    .map((t) => clause.actorAt(t.index))
    .filter((m) => GIVER.test(m?.entity.type ?? ""));
  return [...from, ...owners, ...sources].filter((m): m is Mention => m !== undefined);
}

/** Who receives money: an actor (less sure when the text refers to it) or a project. */
interface Receiver {
  entity: KnownEntity;
  anaphor: boolean;
}

const receiverOf = (mention: Mention | undefined): Receiver | undefined =>
  mention && { entity: mention.entity, anaphor: mention.form === "anaphor" };

/** Who a person can receive money for: a town, a county, a government, an organisation. */
const PRINCIPAL = /^(Municipality|County|State|Organization)$/;

/**
 * "Landrätin X hat für den Landkreis Gießen den Förderbescheid ... erhalten", "Bürgermeister X
 * erhielt den Förderbescheid" (the mayor of a town the sentence names): a person receives money for
 * the one named with "für", else for the town or organisation of their office; else as themselves.
 */
function receivingFor(
  clause: Clause,
  frame: Frame,
  sentence: AnalyzedSentence,
  receiver: Receiver,
): Receiver {
  if (receiver.entity.type !== "Person") return receiver;
  const named = purposes(clause, frame)
    .map((i) => clause.actorAt(i)?.entity)
    .find((e) => PRINCIPAL.test(e?.type ?? ""));
  const office = sentence.roles.find(
    (r) => r.person.entity.id === receiver.entity.id && PRINCIPAL.test(r.organization?.type ?? ""),
  )?.organization;
  const principal = named ?? office;
  return principal ? { entity: principal, anaphor: receiver.anaphor } : receiver;
}

/** A project named as the receiver: "das Projekt X", "in das Projekt X". */
function projectReceiver(clause: Clause, index: number): Receiver | undefined {
  const entity = clause.projectAt(index);
  return entity && { entity, anaphor: false };
}

/** The receipts of money a clause states, each with the givers it names (maybe none). */
function receipts(clause: Clause, sentence: AnalyzedSentence) {
  const frames = findFrames(clause, [RECEIVE]).filter(
    (frame) => !clause.isNegated(frame.verb) && !clause.isIntended(frame.verb) && !frame.passive,
  );
  const read = [
    ...frames
      .filter((frame) => receivesMoney(clause, frame))
      .map((frame) => ({
        givers: giversOf(clause, frame),
        // ("Das Projekt X erhält vom Bund 2 Millionen Euro": a project named receives it too.)
        receivers: frame.actors
          .map((i) => receiverOf(clause.actorAt(i)) ?? projectReceiver(clause, i))
          .filter((r): r is Receiver => r !== undefined)
          .map((r) => receivingFor(clause, frame, sentence, r)),
        amount: amountOf(clause, frame, sentence.amounts),
        rule: RECEIVE,
      })),
    ...gappedReceipts(clause, frames, sentence),
    ...flows(clause, sentence),
  ];
  const named = new Set(read.flatMap((r) => r.receivers.map((receiver) => receiver.entity.id)));
  const listed = listedAmounts(sentence, named.size);
  // A receiver listed with its own amount receives that amount, not the one nearest the verb.
  const own = read.flatMap((receipt) =>
    receipt.receivers.some((r) => listed.has(r.entity.id))
      ? receipt.receivers.map((r) => ({
          ...receipt,
          receivers: [r],
          amount: listed.get(r.entity.id)?.amount ?? receipt.amount,
        }))
      : [receipt],
  );
  const unread = [...listed].filter(([id]) => !named.has(id));
  return [
    ...own,
    ...unread.map(([, { entity, amount }]) => ({
      givers: [] as Mention[],
      receivers: [{ entity, anaphor: false }],
      amount,
      rule: RECEIVE,
    })),
  ];
}

/** The places a list gives their own amounts, by the place's id. */
type ListedAmounts = Map<string, { entity: KnownEntity; amount: number }>;

/** Words of money shared out or received, which make a list of places and amounts a list of grants. */
const SHARED_OUT =
  /\b(Förder\w*|Mittel|Zuschüsse|Zuschuss|Zuwendung\w*|erhält|erhalten|erhielt|erhielten|bekommt|bekommen|bekamen|verteil\w*|gehen|gingen|fließen|flossen)\b/;
/** What opens an item of a list: its comma or semicolon, "und", a colon, a list's dash or bullet, or the sentence's start. */
const ITEM_OPENS = /(^|,|;|\bund|\bsowie|:|[-–•])\s*$/;

/**
 * "Die Fördermittel verteilen sich wie folgt: Bruchköbel 54.912 Euro, Freigericht 33.603 Euro und
 * Ronneburg 7.500 Euro", "Förderbescheide erhielten: die VG Uffenheim (9.585,45 Euro), der Markt
 * Burghaslach (15.339,73 Euro)", "erhalten folgende Kommunen: Stadt A, 12.000,00 €; Gemeinde B,
 * 9.606,37 €": in a list of two or more towns or counties, each right before its own amount, each
 * receives that amount. The receivers the verbs read count as items too (`alreadyRead`: "Die Stadt
 * A erhält 12.000 €, die Gemeinde B 9.600 €").
 */
function listedAmounts(sentence: AnalyzedSentence, alreadyRead: number): ListedAmounts {
  const listed: ListedAmounts = new Map();
  if (!SHARED_OUT.test(sentence.text)) return listed;
  for (const m of sentence.mentions) {
    if (!/^(Municipality|County)$/.test(m.entity.type) || m.form === "partial" || m.form === "adjective")
      continue;
    const amount = amountRightAfter(sentence.text, m.end, sentence.amounts);
    // (the item opens with the place, an article or a title before it: "der Markt Burghaslach")
    const opening = sentence.text
      .slice(0, m.start)
      .replace(/(\b(die|der|den|dem|das)\s+)?(\p{Lu}\p{Ll}*\s+)?$/u, "");
    if (amount && ITEM_OPENS.test(opening))
      listed.set(m.entity.id, { entity: m.entity, amount: amount.value });
  }
  return listed.size + alreadyRead < 2 ? new Map() : listed;
}

/**
 * "Die Stadt A erhält 12.000 €, die Gemeinde B 9.600 € und der Markt C 6.900 €": the verb left out
 * after the first receiver, the parser hangs each further receiver on the money before it as a
 * conjunct or an apposition, with its own money beside it. Each receives the amount named nearest
 * to it in its own phrase.
 */
function gappedReceipts(clause: Clause, frames: Frame[], sentence: AnalyzedSentence) {
  return (
    frames
      .flatMap((frame) => frame.objects.filter((i) => isMoney(clause, i)))
      .flatMap((money) => clause.subtree(money))
      // (after a comma the parser may also read the receiver as the money's apposition)
      .filter(
        (i) =>
          /^(conj|appos)$/.test(clause.tokens[i]!.dep) &&
          isMoney(clause, clause.tokens[i]!.head) &&
          !isMoney(clause, i),
      )
      .map((conjunct) => {
        const named = [conjunct, ...clause.children(conjunct, /^appos$/).map((t) => t.index)];
        const receiver = named.map((i) => receiverOf(clause.actorAt(i))).find((r) => r !== undefined);
        const amount = amountOf(clause, { verb: conjunct }, sentence.amounts);
        return { givers: [], receivers: receiver ? [receiver] : [], amount, rule: RECEIVE };
      })
      .filter((receipt) => receipt.receivers.length > 0 && receipt.amount !== undefined)
  );
}

/** Articles of the dative after "in" or "an" ("im" is "in dem"): where, not whither. */
const DATIVE_ARTICLE = /^(dem|der)$/i;

/**
 * Money that goes or flows somewhere: "an die Verwaltungsgemeinschaft Wittislingen gingen 10378
 * Euro", "1,2 Millionen Euro fließen vom Land in das Projekt X". The money is the subject; who
 * receives it is the actor or project after "an" or "in", who gives it the actor after "von" or "aus".
 * Only where the money goes: "in den Landkreis X", not where it goes from ("Im Landkreis X fließen
 * ... in vier Kommunen", "in der Stadt X": the dative is a place).
 */
function flows(clause: Clause, sentence: AnalyzedSentence) {
  const phrases = (verb: number, kase: RegExp) =>
    withCase(clause, verb, /^obl/, kase).flatMap((i) => clause.withConjuncts(i));
  const whither = (i: number) => !clause.children(i, /^det$/).some((d) => DATIVE_ARTICLE.test(d.word));
  return clause.tokens
    .filter((t) => FLOW.verb.test(t.word) && t.pos === "VERB")
    .filter((t) => !clause.isNegated(t.index) && !clause.isIntended(t.index))
    .filter((t) => clause.children(t.index, /^nsubj/).some((s) => isMoney(clause, s.index)))
    .flatMap((t) => {
      const givers = phrases(t.index, /^(von|vom|aus)$/i)
        .map((i) => clause.actorAt(i))
        .filter((m): m is Mention => m !== undefined);
      const receivers = phrases(t.index, /^(an|in|ins)$/i)
        .filter(whither)
        .map((i) => ({ at: i, receiver: receiverOf(clause.actorAt(i)) ?? projectReceiver(clause, i) }))
        .filter((r): r is { at: number; receiver: Receiver } => r.receiver !== undefined);
      const own = ownAmounts(
        clause,
        sentence.amounts,
        receivers.map((r) => r.at),
      );
      if (own)
        return receivers.map(({ receiver }, k) => ({
          givers,
          receivers: [receiver],
          amount: own[k],
          rule: FLOW,
        }));
      const amount = amountOf(clause, { verb: t.index }, sentence.amounts);
      return [{ givers, receivers: receivers.map((r) => r.receiver), amount, rule: FLOW }];
    });
}

/**
 * "20.000 Euro gehen an die Kreisstadt Mühldorf und 4.172 Euro an die Gemeinde Obertaufkirchen":
 * two or more receivers, each after its own amount (after the one before it), receive those amounts.
 */
function ownAmounts(clause: Clause, amounts: Amount[], receivers: number[]): number[] | undefined {
  if (receivers.length < 2) return undefined;
  // A receiver's phrase opens with its preposition.
  const opening = (i: number) => clause.children(i, /^case$/)[0]?.start ?? clause.tokens[i]!.start;
  const starts = receivers.map(opening);
  const own = starts.map((start, k) => {
    const after = k === 0 ? 0 : starts[k - 1]!;
    return amounts.filter((a) => a.index >= after && a.index < start).at(-1)?.value;
  });
  const ordered = starts.every((s, k) => k === 0 || s > starts[k - 1]!);
  return ordered && own.every((a): a is number => a !== undefined) ? own : undefined;
}

/** "Niedersachsen erhält 470 Millionen Euro vom Bund": the giver funds the receiver. */
export function receivedFunds(clause: Clause, sentence: AnalyzedSentence, analyzed: AnalyzedItem): Fact[] {
  const facts: Fact[] = [];
  for (const { givers, receivers, amount, rule } of receipts(clause, sentence))
    for (const giver of givers)
      for (const receiver of receivers) {
        if (receiver.entity.id === giver.entity.id) continue;
        const confidence = rule.confidence - (receiver.anaphor ? 0.1 : 0);
        facts.push(fundsFact(giver.entity, receiver.entity, confidence, rule, amount, sentence, analyzed));
      }
  return facts;
}

/**
 * "Das Ministerium fördert 20 Kommunen ... Marktheidenfeld erhält eine Förderung in Höhe von
 * 9.228 Euro": a receipt with no giver named is paid by the funder of the latest funds fact the
 * parse read in this or an earlier sentence. `bySentence` holds each sentence's facts.
 */
export function receiptsFromItemFunder(analyzed: AnalyzedItem, bySentence: Fact[][]): Fact[] {
  const facts: Fact[] = [];
  analyzed.sentences.forEach((sentence, at) => {
    const unattributed = receipts(new Clause(sentence), sentence).filter((r) => r.givers.length === 0);
    if (unattributed.length === 0) return;
    const funder = bySentence
      .slice(0, at + 1)
      .flat()
      // (a funder read from the parse, not from a word alone, nor one this pass gave)
      .filter((f) => f.type === "funds" && /^funds:/.test(RULE_OF.get(f) ?? ""))
      .at(-1)?.subject;
    if (!funder) return;
    for (const { receivers, amount } of unattributed)
      for (const receiver of receivers) {
        if (receiver.entity.id === funder.id || receiver.entity.type === "Person") continue;
        facts.push(
          fundsFact(funder, receiver.entity, FROM_ITEM.confidence, FROM_ITEM, amount, sentence, analyzed),
        );
      }
  });
  return facts;
}
