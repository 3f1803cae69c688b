/**
 * funds of a programme, read from the word order (the parser often takes such names apart; the
 * shapes themselves are fixed), for review:
 *   programme   "Mit dem Programm „Digitales Rathaus“ unterstützt das Staatsministerium
 * die Kommunen", "Mit dem Förderprogramm Städte und Gemeinden 4.0 fördert die Landesregierung ...".
 *               -> the actor after the verb funds the programme named between kind word and verb
 *   own-means   "52 Millionen Euro aus Landesmitteln", "6,5 Milliarden Euro Bundesmittel"
 *               -> the Bund or the Land funds the programme the sentence or the article names
 */
import type { Fact } from "../../model/fact.js";
import type { KnownEntity } from "../types.js";
import { slugify } from "../../model/ids.js";
import type { AnalyzedItem, AnalyzedSentence } from "./analyze.js";
import { chooseTime, isActor, makeFact } from "./build.js";

/** "Mit dem (Förder-)Programm X unterstützt/fördert/finanziert ...". */
const PROGRAMME_SHAPE =
  /\bMit (?:dem|der|einem|einer|seinem|seiner|ihrem|ihrer) ((?:[\p{L}-]*(?:programm|Programm|fonds|Fonds|initiative|Initiative|offensive|Offensive))s?)\s+(.{3,80}?)\s+(unterstützt|unterstützte|unterstützen|fördert|förderte|fördern|finanziert|finanzierte|finanzieren)\s/u;
const QUOTES = /[„“"«»‚‘]/g;
const GOVERNMENT = /^\s*(die Landesregierung|die Staatsregierung|das Land|der Freistaat)\b/;

export function programmeFunds(sentence: AnalyzedSentence, analyzed: AnalyzedItem): Fact[] {
  const match = PROGRAMME_SHAPE.exec(sentence.text);
  if (!match) return [];
  const nameStart = match.index + match[0].indexOf(match[2]!, match[1]!.length + 4);
  const verbStart = nameStart + match[2]!.length;
  // The funder is the first actor after the verb: "unterstützt das Staatsministerium ...".
  const mention = sentence.mentions.find((m) => m.start > verbStart && isActor(m) && m.form !== "adjective");
  // "unterstützt die Landesregierung" in an item that has named no Land yet: the Land it is about.
  const { context } = sentence;
  const government = GOVERNMENT.test(sentence.text.slice(verbStart + match[3]!.length + 1))
    ? (context.lastState ?? context.headlineState ?? context.mainState)
    : undefined;
  const funder = mention?.entity ?? government;
  if (!funder || funder.type === "Person") return [];
  const named = sentence.mentions.find(
    (m) => m.entity.type === "Project" && m.start >= nameStart && m.end <= verbStart,
  );
  const text = match[2]!.replace(QUOTES, "").trim();
  // A name starts with a capital or a quote; "mit dem Programm auch ..." names nothing.
  if (!named && !/^[„“"«»‚‘]?\p{Lu}/u.test(match[2]!)) return [];
  const programme: KnownEntity = named?.entity ?? {
    id: slugify(text),
    name: text,
    type: "Project",
    kind: "programme",
    isNew: true,
  };
  return [
    makeFact(
      {
        type: "funds",
        subject: funder,
        object: programme,
        confidence: (named && !named.entity.isNew ? 0.75 : 0.7) - (mention ? 0 : 0.05),
        rule: "funds:programme",
      },
      sentence,
      analyzed.item,
      chooseTime(sentence, false),
      true,
    ),
  ];
}

/** Money named by whose budget it comes from. */
const OWN_MEANS: [RegExp, "federation" | "state"][] = [
  [/^(Bundesmittel|Bundesmitteln|Bundesgelder|Bundesgeldern)$/, "federation"],
  [/^(Landesmittel|Landesmitteln|Landesgelder|Landesgeldern)$/, "state"],
];
const DENIED = /\b(nicht|kein|keine|keinen|soll|sollen|sollte|sollten|will|wollen)\b/i;
const FEDERATION: KnownEntity = { id: "DE", name: "Bund", type: "Federation" };

export function ownMeansFunds(sentence: AnalyzedSentence, analyzed: AnalyzedItem): Fact[] {
  // "52 Millionen Euro aus Landesmitteln": the money named, not a share ("90 Prozent kommt aus Bundesmitteln").
  if (sentence.amounts.length === 0 || DENIED.test(sentence.text)) return [];
  const { context } = sentence;
  const funders = new Map<string, KnownEntity>();
  for (const word of sentence.words) {
    const source = OWN_MEANS.find(([pattern]) => pattern.test(word))?.[1];
    const funder =
      source === "federation"
        ? FEDERATION
        : source === "state"
          ? (context.lastState ?? context.headlineState ?? context.mainState)
          : undefined;
    if (funder) funders.set(funder.id, funder);
  }
  if (funders.size === 0) return [];
  const fundable = (e: KnownEntity | undefined) => e && !/^(law|strategy)$/.test(e.kind ?? "");
  const named = sentence.mentions.find(
    (m) => m.entity.type === "Project" && m.form !== "partial" && fundable(m.entity),
  )?.entity;
  const programme = named ?? (fundable(context.lastProject) ? context.lastProject : undefined);
  if (!programme) return [];
  return [...funders.values()].map((funder) =>
    makeFact(
      { type: "funds", subject: funder, object: programme, confidence: 0.65, rule: "funds:own-means" },
      sentence,
      analyzed.item,
      chooseTime(sentence, false),
      true,
    ),
  );
}
