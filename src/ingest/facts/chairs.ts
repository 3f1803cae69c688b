/**
 * chairs: "Im Jahr 2025 führt Mecklenburg-Vorpommern den IT-Planungsrat", "Das Land hat in
 * diesem Jahr den Vorsitz des D16-Gremiums inne", "Hessen übernimmt den Vorsitz im
 * IT-Planungsrat", "Den Vorsitz führt Bundes-CIO Markus Richter", "unter bayerischem Vorsitz".
 * The holder is the first actor that is not the body and not the giver ("von Hessen"); the year
 * is the sentence's, else the publication year.
 */
import type { Fact } from "../../model/fact.js";
import type { AnalyzedItem, AnalyzedSentence } from "./analyze.js";
import { actors, chooseTime, makeFact, weakened } from "./build.js";
import { findChairs, ROTATION } from "./chair-rules.js";
import { turnOfYear } from "./chair-turn-of-year.js";
import { bodyNamedBefore, withLastNamedBody } from "./named-bodies.js";

const CHAIR = /\bVorsitz(es)?\b|\bVorsitzland\b|\bvorsitzen\b/;
const LEAD_VERB = /\b(führt|führen|führte|führten|leitet|leiten|leitete|leiteten)\b/;

/** The parse rules first; the word rules only for a sentence the parse rules find nothing in. */
export function chairs(sentence: AnalyzedSentence, analyzed: AnalyzedItem): Fact[] {
  // A body the item named last stands for "das Gremium", "den Vorsitz", even one the gazetteer does not know.
  const parsed = findChairs(withLastNamedBody(sentence, analyzed));
  if (parsed.length === 0) {
    if (ROTATION.test(sentence.text)) return [];
    // Word order alone is a weaker cue than the parse.
    return weakened(wordChairs(sentence, analyzed));
  }
  return parsed.map((claim) =>
    makeFact(
      {
        type: "chairs",
        subject: claim.holder.entity,
        // "Das Kommunalgremium unter dem Vorsitz ...": a bare new body noun is the one named in full before.
        object:
          (claim.body.isNew && !/\s/.test(claim.body.name)
            ? bodyNamedBefore(claim.body.name, sentence, analyzed)
            : undefined) ?? claim.body,
        confidence: claim.confidence,
        rule: `chair:${claim.rule}`,
      },
      sentence,
      analyzed.item,
      claim.rule === "hand-over-giver"
        ? undefined
        : (turnOfYear(sentence, analyzed) ??
            sentence.times.find(
              (t) =>
                claim.timeAt !== undefined &&
                t.index <= claim.timeAt &&
                claim.timeAt < t.index + t.text.length,
            ) ??
            chooseTime(sentence, true)),
      claim.rule !== "hand-over-giver",
    ),
  );
}

function wordChairs(sentence: AnalyzedSentence, analyzed: AnalyzedItem): Fact[] {
  const chairCue = CHAIR.exec(sentence.text);
  const verb = LEAD_VERB.exec(sentence.text);
  const bodies = sentence.mentions.filter(
    (m) => m.entity.type === "Organization" && m.entity.kind === "body",
  );
  // ("leitet die BITBW und vertritt Baden-Württemberg im IT-Planungsrat": not a body another verb
  // stands before.)
  const verbBetween = (from: number, to: number) =>
    sentence.parse.tokens.some((t) => t.pos === "VERB" && t.start > from && t.end < to);
  let body = chairCue
    ? bodies[0]
    : bodies.find(
        (m) => verb && m.start > verb.index && m.start - verb.index < 60 && !verbBetween(verb.index, m.start),
      );
  let confidence = 0.9;
  if (!chairCue && !body) return [];
  const fromContext = !body && chairCue ? sentence.context.lastBody : undefined;
  if (!body && !fromContext) return [];
  if (fromContext) confidence -= 0.2;
  const bodyEntity = body?.entity ?? fromContext!;
  const under = /\bunter\b[^.]{0,30}\bVorsitz\b/.test(sentence.text);
  const holder = actors(sentence).find((m) => {
    if (m.entity.id === bodyEntity.id || m === body) return false;
    // Word order alone cannot tell an organisation that chairs from one that takes part.
    if (m.entity.type === "Organization") return false;
    // Nor a town that only says whose mayor the holder is ("betonte Paderborns Bürgermeister X").
    if (m.entity.type !== "State" && sentence.roles.some((r) => r.organization?.id === m.entity.id))
      return false;
    const before = sentence.words[m.first - 1] ?? "";
    if (!under && /^(von|vom|an|als|mit)$/i.test(before)) return false;
    if (/^(von|vom)$/i.test(sentence.words[m.first - 2] ?? "") && /^(der|dem|des)$/.test(before) && !under)
      return false;
    return true;
  });
  if (!holder) return [];
  if (holder.form === "anaphor") confidence -= 0.1;
  body = undefined;
  return [
    makeFact(
      { type: "chairs", subject: holder.entity, object: bodyEntity, confidence },
      sentence,
      analyzed.item,
      turnOfYear(sentence, analyzed) ?? chooseTime(sentence, true),
      true,
    ),
  ];
}
