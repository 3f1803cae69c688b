/**
 * funds: an amount (or a funding verb) and a project. The funder is the passive agent
 * ("von X gefördert"), else the first actor, else the Land the item is about. "zwischen Bund
 * und Ländern aufgeteilt" / "je zur Hälfte" splits the amount: half for the Bund (DE), half for
 * the body that acts for the Länder in the item (a conference of Land ministers such as the
 * Bildungsministerkonferenz). Without such a body the Länder half is not reported.
 * Word order names no funder where the sentence says who receives ("erhalten",
 * "Förderbescheide"), and a town, a county or a place ("im Freistaat Bayern") funds nothing.
 */
import type { Fact } from "../../model/fact.js";
import type { Mention } from "../entities/mentions.js";
import type { KnownEntity } from "../types.js";
import type { AnalyzedItem, AnalyzedSentence } from "./analyze.js";
import { actors, chooseTime, cueIndex, makeFact, passiveAgent, projects } from "./build.js";
import { BUND_ENTITY } from "./collective-actors.js";

const FUND =
  /\b(finanzier\w*|förder\w*|gefördert|Förder\w*|investier\w*|Investition\w*|bereitgestellt|bereit|gebunden|Zuschuss|Zuschüsse|bezuschusst|Finanzierung)\b/;
const RECEIVE = /\b(erhält|erhalten|erhielt|erhielten|bekommt|bekommen|bekam|bewilligt|Förderbescheid\w*)\b/;
const SPLIT = /\b(zwischen Bund und Ländern|je zur Hälfte|hälftig|jeweils zur Hälfte)\b/;

export function funds(sentence: AnalyzedSentence, analyzed: AnalyzedItem): Fact[] {
  const at = cueIndex(sentence, FUND);
  if (at < 0) return [];
  const amount = sentence.amounts[0]?.value;
  // An amount with no project named is for the project named before; a law is funded by no one.
  const last = sentence.context.lastProject;
  const project =
    projects(sentence)[0]?.entity ?? (amount !== undefined && last?.kind !== "law" ? last : undefined);
  // A law names what is funded, it is not funded itself ("Mit dem Digitalgesetz fördert Bayern ...").
  if (!project || project.kind === "law" || /gesetz(es)?$/i.test(project.name)) return [];
  const time = chooseTime(sentence, false);
  if (SPLIT.test(sentence.text) && amount !== undefined) {
    const federation =
      analyzed.sentences.flatMap((s) => s.mentions).find((m) => m.entity.type === "Federation")?.entity ??
      BUND_ENTITY;
    const landsBody = analyzed.sentences
      .flatMap((s) => s.mentions)
      .find(
        // (A body of all the Länder: not the Bund's, nor one Land's own such as its parliament.)
        (m) => m.entity.type === "Organization" && m.entity.kind === "body" && m.entity.partOf === undefined,
      )?.entity;
    return [federation, landsBody]
      .filter((funder): funder is KnownEntity => funder !== undefined)
      .map((funder) =>
        makeFact(
          { type: "funds", subject: funder, object: project, amount: amount / 2, confidence: 0.8 },
          sentence,
          analyzed.item,
          time,
          true,
        ),
      );
  }
  // The funder is looked for in the clause of the funding verb ("..., die Plattform civento wird weiter finanziert").
  const clauseStart = Math.max(
    sentence.text.lastIndexOf(", ", at),
    sentence.text.lastIndexOf(": ", at),
    sentence.text.lastIndexOf("; ", at),
  );
  const inClause = (m: { start: number }) => clauseStart < 0 || m.start > clauseStart;
  // "Gemeinden im Freistaat Bayern können ... Förderung erhalten": who receives is no funder, nor is a place.
  if (RECEIVE.test(sentence.text)) return [];
  const located = (m: Mention) => /^(im|in)$/i.test(sentence.words[m.first - 1] ?? "");
  const explicit =
    passiveAgent(sentence, at) ??
    actors(sentence).find(
      (m) =>
        m.entity.id !== project.id &&
        m.form !== "adjective" &&
        inClause(m) &&
        !located(m) &&
        m.entity.type !== "Municipality" &&
        m.entity.type !== "County",
    );
  const funder = explicit?.entity ?? sentence.context.lastState ?? sentence.context.headlineState;
  if (!funder) return [];
  const confidence = explicit ? (amount !== undefined ? 0.85 : 0.75) : amount !== undefined ? 0.7 : 0.65;
  const parts = {
    type: "funds" as const,
    subject: funder,
    object: project,
    confidence,
    ...(amount !== undefined ? { amount } : {}),
  };
  return [makeFact(parts, sentence, analyzed.item, time, true)];
}
