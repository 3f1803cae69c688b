/**
 * Plain text to news items. Three shapes are recognised (see README.md):
 * - a portal page: "headline" line, then a line starting "[dd.mm.yyyy]" with the paragraph,
 *   optionally ending in "mehr...";
 * - a single article: first line is the headline, the rest is the body;
 * - both: lines before the first headline/date pair form one article (its date comes from a
 *   header line or from the caller), the dated items follow.
 * Lines starting with "# " are comments (sources, notes) and are dropped. Header lines
 * `Datum: 2021-11-18` (also `Published:` / `Veröffentlicht:`) and `URL: https://...` may
 * open the file, before the first headline.
 */
import { IngestError } from "../errors.js";
import { parseDayString } from "../dates/calendar.js";
import type { RawItem } from "../types.js";
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
}

export function splitItems(text: string, options: SplitOptions): RawItem[] {
  const lines: Line[] = text
    .split("\n")
    .map((line, index) => ({ text: line.trim(), number: index + 1 }))
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
    const title = lead[0]!.text;
    if (!publishedAt) {
      throw new IngestError(
        "MISSING_PUBLICATION_DATE",
        `The article "${title}" has no date: pass --published YYYY-MM-DD or start the file with "Datum: YYYY-MM-DD".`,
        { line: lead[0]!.number, item: title },
      );
    }
    items.push(
      makeItem(
        title,
        lead.slice(1).map((line) => line.text),
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
  headline: string,
  body: string[],
  publishedAt: string,
  url: string | undefined,
  line: number,
  options: SplitOptions,
): RawItem {
  const { kicker, title } = splitKicker(squash(headline), options.isKnownName);
  const paragraphs = body.map((paragraph) => squash(paragraph.replace(MORE, ""))).filter((p) => p !== "");
  const item: RawItem = { title, publishedAt, text: paragraphs.join("\n"), line };
  if (kicker) item.kicker = kicker;
  if (url) item.url = url;
  return item;
}
