/** One item read sentence by sentence: mentions (names, people, projects, anaphora), roles, times, amounts. */
import { findTimes, type TimeExpression } from "../dates/find-times.js";
import { resolveAnaphora, updateContext, type DiscourseContext } from "../entities/anaphora.js";
import { findAmounts, findCounts, type Amount, type Count } from "../entities/amounts.js";
import type { Gazetteer } from "../entities/gazetteer.js";
import { findGazetteerMentions, type Mention } from "../entities/mentions.js";
import { findPeople, type RoleClaim } from "../entities/people.js";
import { findProjects } from "../entities/projects.js";
import { tokenize, type Token } from "../entities/tokenize.js";
import { splitSentences } from "../input/sentences.js";
import type { RawItem } from "../types.js";

export interface AnalyzedSentence {
  text: string;
  tokens: Token[];
  words: string[];
  mentions: Mention[];
  roles: RoleClaim[];
  times: TimeExpression[];
  amounts: Amount[];
  counts: Count[];
  /** The discourse state before this sentence (what anaphora and omitted subjects refer to). */
  context: DiscourseContext;
}

export interface AnalyzedItem {
  item: RawItem;
  headline: Mention[];
  sentences: AnalyzedSentence[];
}

export function analyzeItem(item: RawItem, gazetteer: Gazetteer): AnalyzedItem {
  const context: DiscourseContext = {};
  const headlineText = item.kicker ? `${item.kicker}: ${item.title}` : item.title;
  const headline = mentionsOf(headlineText, gazetteer, context).mentions;
  context.headlineState = headline.find((m) => m.entity.type === "State")?.entity;
  updateContext(
    context,
    headline.filter((m) => m.entity.type !== "State"),
  );
  const sentences: AnalyzedSentence[] = [];
  for (const paragraph of item.text.split("\n")) {
    for (const sentence of splitSentences(paragraph)) {
      const snapshot = { ...context };
      const { tokens, mentions, roles } = mentionsOf(sentence.text, gazetteer, context);
      sentences.push({
        text: sentence.text,
        tokens,
        words: tokens.map((t) => t.text),
        mentions,
        roles,
        times: findTimes(sentence.text, item.publishedAt),
        amounts: findAmounts(sentence.text),
        counts: findCounts(sentence.text),
        context: snapshot,
      });
      updateContext(context, mentions);
      // Naming a Land's ministry or body names the Land ("das Ministerium ... Schleswig-Holstein").
      for (const mention of mentions) {
        const owner = mention.entity.partOf ? gazetteer.byId.get(mention.entity.partOf) : undefined;
        if (owner?.type === "State" && mention.form !== "partial") context.lastState = owner;
      }
    }
  }
  return { item, headline, sentences };
}

function mentionsOf(text: string, gazetteer: Gazetteer, context: DiscourseContext) {
  const tokens = tokenize(text);
  const named = findGazetteerMentions(text, tokens, gazetteer);
  const projects = findProjects(text, tokens, named, gazetteer);
  const anaphora = resolveAnaphora(text, tokens, [...named, ...projects], context);
  const base = [...named, ...projects, ...anaphora].filter(
    (m, _i, all) =>
      m.form !== "partial" ||
      !all.some((o) => o !== m && o.form !== "partial" && o.first <= m.first && o.last >= m.last),
  );
  const { people, roles } = findPeople(text, tokens, base);
  const mentions = [...base, ...people].sort((a, b) => a.start - b.start);
  return { tokens, mentions, roles };
}
