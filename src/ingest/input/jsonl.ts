/**
 * JSON lines: one {url, title, publishedAt, text} object per line; text may be HTML. Only `text`
 * is required: without `title` the article is titled by the start of its text, without
 * `publishedAt` (and no day from the caller) it is an undated article.
 */
import { z } from "zod";
import { IngestError } from "../errors.js";
import { parseDayString } from "../dates/calendar.js";
import type { RawItem } from "../types.js";
import { htmlToText, looksLikeHtml } from "./html.js";
import { normalizeText, squash } from "./normalize.js";
import { headlineOnItsOwnLine, titleFromText } from "./headline.js";
import { splitKicker } from "./kicker.js";

const lineSchema = z.object({
  url: z.string().optional(),
  title: z.string().nullish(),
  publishedAt: z.string().nullish(),
  text: z.string().min(1),
});

export function looksLikeJsonLines(text: string): boolean {
  const first = text.trimStart().split("\n", 1)[0]?.trim() ?? "";
  if (!first.startsWith("{") || !first.endsWith("}")) return false;
  try {
    JSON.parse(first);
    return true;
  } catch {
    return false;
  }
}

export function parseJsonLines(
  text: string,
  options: { publishedAt?: string; isKnownName?: (word: string) => boolean },
): RawItem[] {
  const items: RawItem[] = [];
  text.split("\n").forEach((raw, index) => {
    const line = raw.trim();
    if (line === "") return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new IngestError("MALFORMED_JSONL", `Line ${index + 1} is not valid JSON.`, { line: index + 1 });
    }
    const parsed = lineSchema.safeParse(value);
    if (!parsed.success) {
      throw new IngestError(
        "MALFORMED_JSONL",
        `Line ${index + 1} is not an article {url, title, publishedAt, text}: ${parsed.error.issues[0]?.message}`,
        {
          line: index + 1,
        },
      );
    }
    const { url, title, publishedAt, text: body } = parsed.data;
    const day = publishedAt || options.publishedAt;
    const plain = normalizeText(looksLikeHtml(body) ? htmlToText(body) : body);
    const headline = title ? squash(normalizeText(title)) : "";
    const text = headlineOnItsOwnLine(plain.split("\n").map(squash).filter(Boolean).join("\n"), headline);
    const split = headline ? splitKicker(headline, options.isKnownName) : { title: titleFromText(text) };
    const item: RawItem = { title: split.title, text, line: index + 1 };
    if (day) item.publishedAt = parseDayString(day);
    if ("kicker" in split && split.kicker) item.kicker = split.kicker;
    if (url) item.url = url;
    items.push(item);
  });
  if (items.length === 0) throw new IngestError("EMPTY_INPUT", "The JSON lines input holds no item.");
  return items;
}
