/**
 * Plain text to news items. Three shapes are recognised (see README.md):
 * - a portal page: "headline" line, then a line starting "[dd.mm.yyyy]" with the paragraph,
 *   optionally ending in "mehr...";
 * - a single article: a short first line set apart from the body is the headline (headline.ts),
 *   otherwise all of it is body; without a date (header line or caller) it is an undated article;
 * - both: lines before the first headline/date pair form one article, the dated items follow.
 * Lines starting with "# " are comments (sources, notes) and are dropped. Header lines
 * `Datum: 2021-11-18` (also `Published:` / `Veröffentlicht:`) and `URL: https://...` may
 * open the file, before the first headline.
 */
import { IngestError } from "../errors.js";
import { parseDayString } from "../dates/calendar.js";
import type { RawItem } from "../types.js";
import { isHeadline, titleFromText } from "./headline.js";
import { splitKicker } from "./kicker.js";
import { squash } from "./normalize.js";

const ITEM_DATE = /^\[(\d{1,2})\.(\d{1,2})\.(\d{4})\]\s*/;
const HEADER = /^(Datum|Published|Veröffentlicht|Date|URL|Url)\s*:\s*(.+)$/i;
const COMMENT = /^#(\s|$)/;
const MORE = /\s*(mehr\s*\.\.\.|mehr…|\[mehr\]|weiterlesen)\s*$/i;

export interface SplitOptions {
  publishedAt?: string;
  url?: string;
  isKnownName?: (word: string) => boolean;
}

interface Line {
  text: string;
  number: number;
  blankAfter: boolean;
}

export function splitItems(text: string, options: SplitOptions): RawItem[] {
  const raw = text.split("\n").map((line) => line.trim());
  const lines: Line[] = raw
    .map((line, index) => ({ text: line, number: index + 1, blankAfter: raw[index + 1] === "" }))
    .filter((line) => line.text !== "" && !COMMENT.test(line.text));

  let headerDate: string | undefined;
  let headerUrl: string | undefined;
  while (lines.length > 0) {
    const header = HEADER.exec(lines[0]!.text);
    if (!header) break;
    const key = header[1]!.toLowerCase();
    if (key === "url") headerUrl = header[2]!.trim();
    else headerDate = parseDayString(header[2]!);
    lines.shift();
  }
  if (lines.length === 0) throw new IngestError("EMPTY_INPUT", "Input holds no news text.");

  const starts: number[] = [];
  for (let i = 0; i + 1 < lines.length; i += 1) {
    if (ITEM_DATE.test(lines[i + 1]!.text) && !ITEM_DATE.test(lines[i]!.text)) starts.push(i);
  }

  const items: RawItem[] = [];
  const leadEnd = starts[0] ?? lines.length;
  if (leadEnd > 0) {
    const publishedAt = headerDate ?? (options.publishedAt ? parseDayString(options.publishedAt) : undefined);
    const lead = lines.slice(0, leadEnd);
    const headed = isHeadline(lead);
    const body = (headed ? lead.slice(1) : lead).map((line) => line.text);
    items.push(
      makeItem(
        headed ? lead[0]!.text : undefined,
        body,
        publishedAt,
        headerUrl ?? options.url,
        lead[0]!.number,
        options,
      ),
    );
  }
  starts.forEach((start, index) => {
    const end = starts[index + 1] ?? lines.length;
    const headline = lines[start]!;
    const dateLine = lines[start + 1]!;
    const match = ITEM_DATE.exec(dateLine.text)!;
    const source = match[0].trim();
    let publishedAt: string;
    try {
      publishedAt = parseDayString(`${match[1]}.${match[2]}.${match[3]}`);
    } catch {
      throw new IngestError(
        "INVALID_DATE",
        `${source} (line ${dateLine.number}) is not a date of the calendar.`,
        {
          line: dateLine.number,
          item: headline.text,
        },
      );
    }
    const body = [
      dateLine.text.slice(match[0].length),
      ...lines.slice(start + 2, end).map((line) => line.text),
    ];
    items.push(makeItem(headline.text, body, publishedAt, undefined, headline.number, options));
  });
  return items;
}

function makeItem(
  headline: string | undefined,
  body: string[],
  publishedAt: string | undefined,
  url: string | undefined,
  line: number,
  options: SplitOptions,
): RawItem {
  const paragraphs = body.map((paragraph) => squash(paragraph.replace(MORE, ""))).filter((p) => p !== "");
  const text = paragraphs.join("\n");
  const { kicker, title } =
    headline === undefined
      ? { title: titleFromText(text) }
      : splitKicker(squash(headline), options.isKnownName);
  const item: RawItem = { title, text, line };
  if (publishedAt) item.publishedAt = publishedAt;
  if (kicker) item.kicker = kicker;
  if (url) item.url = url;
  return item;
}
