/**
 * Time expressions in one sentence, resolved against the publication day.
 * Absolute days ("07.02.2025", "7. Februar 2025") come from chrono-node's German parser; what
 * it lacks is ours: months with a year ("Februar 2025"), years ("2025", "Im Jahr 2025",
 * "für 2024"), relative years ("in diesem Jahr", "im kommenden/nächsten Jahr", "im
 * vergangenen Jahr"), seasons ("im Frühjahr", "im Herbst 2025") and the frames "seit ..."
 * (a period's start), "bis (Ende) ..." (its end) and ranges ("von 2014 bis 2015", "zwischen 1998
 * und 2004"); a month without a year ("seit Ende Juni") is read from the publication day.
 * Impossible days are an INVALID_DATE error.
 * Without a publication day (an undated article) only absolute expressions are resolved; the
 * relative ones are listed by findUnresolvedTimes and stay unresolved.
 */
import * as chrono from "chrono-node";
import type { Precision } from "../../model/fact.js";
import { checkedDay, isoDay, MONTHS, yearOf } from "./calendar.js";

export type TimeKind = "point" | "since" | "until" | "range";

export interface TimeExpression {
  /** Offset and text in the sentence. */
  index: number;
  text: string;
  kind: TimeKind;
  /** First and last day of the period the expression names. */
  start: string;
  end: string;
  precision: Precision;
  year: number;
}

const MONTH_NAMES =
  "Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember";
const DAY_GATE = new RegExp(
  `\\d{1,2}\\.\\s?(?:\\d{1,2}\\.|(?:${MONTH_NAMES}|Jan|Feb|Mär|Apr|Jun|Jul|Aug|Sep|Okt|Nov|Dez))`,
);
const NUMERIC_DAY = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)/g;
const NAMED_DAY = new RegExp(`(?<![\\d.])(\\d{1,2})\\.\\s?(${MONTH_NAMES})\\s+(\\d{4})`, "g");
const MONTH_YEAR = new RegExp(`\\b(${MONTH_NAMES})\\s+(\\d{4})\\b`, "g");
/** A month without a year after a frame word ("seit Ende Juni", "im März", "ab Juli"); "August" alone may be a name. */
const MONTH_ALONE = new RegExp(
  `(?<=\\b(?:[Ss]eit|[Aa]b|[Bb]is|[Ii]m|[Zz]um|Anfang|Mitte|Ende)\\s+)(?:(?:Anfang|Mitte|Ende)\\s+)?(${MONTH_NAMES})\\b(?!\\s+\\d{4})(?:\\s+(?:des\\s+)?(dieses|vergangenen|letzten|vorigen|nächsten|kommenden)\\s+Jahres)?`,
  "g",
);
const SEASON =
  /\b(?:im|zum|ab dem|bis zum|seit dem|Anfang des|Ende des|in diesem|im kommenden|im nächsten)\s+(Frühjahr|Frühling|Sommer|Herbst|Winter)(?:\s+(\d{4}))?\b/gi;
const RELATIVE_YEAR =
  /\b(?:(?:in|im)\s+(diesem|laufenden|kommenden|nächsten|vergangenen|letzten|vorigen)\s+Jahr|(dieses|kommendes|nächstes|vergangenes|letztes|voriges)\s+Jahr|im\s+(Vorjahr|Folgejahr))\b/gi;
/** "Mit Beginn des neuen Jahres", "im neuen Jahr": the year that begins next when written late in a year, the one just begun when written early in it. */
const NEW_YEAR = /\b(?:(?:mit|zu|ab)\s+Beginn\s+des\s+neuen\s+Jahres|im\s+neuen\s+Jahr)\b/gi;
const YEAR = /(?<![\d.,/-])((?:19[5-9]|20\d)\d)(?![\d,]|\.\d|-\p{L})/gu;

const SEASONS: Record<string, { month: number; endMonth: number }> = {
  frühjahr: { month: 3, endMonth: 5 },
  frühling: { month: 3, endMonth: 5 },
  sommer: { month: 6, endMonth: 8 },
  herbst: { month: 9, endMonth: 11 },
  winter: { month: 12, endMonth: 2 },
};

const RELATIVE_OFFSET: Record<string, number> = {
  diesem: 0,
  laufenden: 0,
  dieses: 0,
  kommenden: 1,
  nächsten: 1,
  kommendes: 1,
  nächstes: 1,
  folgejahr: 1,
  vergangenen: -1,
  letzten: -1,
  vorigen: -1,
  vergangenes: -1,
  letztes: -1,
  voriges: -1,
  vorjahr: -1,
};

/** Sentences without a digit or a time word have no time expression: skip the rules. */
const MAY_HOLD_TIME = new RegExp(`\\d|Jahr|Frühjahr|Frühling|Sommer|Herbst|Winter|${MONTH_NAMES}`);

/** Relative expressions that need the publication day: days without a year, "heute", "im Vorjahr", ... */
const NEEDS_DAY = [
  new RegExp(`(?<![\\d.])\\d{1,2}\\.\\s?(?:${MONTH_NAMES})(?!\\s+\\d{4})`, "g"),
  /(?<![\d.])\d{1,2}\.\d{1,2}\.(?!\d)/g,
  RELATIVE_YEAR,
  NEW_YEAR,
  /\b(?:im|zum|ab dem|bis zum|seit dem|Anfang des|Ende des|in diesem|im kommenden|im nächsten)\s+(?:Frühjahr|Frühling|Sommer|Herbst|Winter)\b(?!\s+\d{4})/gi,
  /(?<!\p{L})(?:heute|gestern|morgen|vorgestern|übermorgen)(?!\p{L})/giu,
  /\b(?:(?:in|im)\s+der\s+|(?:in|im)\s+)?(?:kommenden|nächsten|vergangenen|letzten|vorigen|dieser|diesem)\s+(?:Woche|Monat|Monats|Quartal)\b/gi,
];

/** The relative time expressions of a sentence, as written, for an article without a publication day. */
export function findUnresolvedTimes(sentence: string): string[] {
  const found: { index: number; text: string }[] = [];
  for (const pattern of NEEDS_DAY) {
    for (const match of sentence.matchAll(pattern)) found.push({ index: match.index, text: match[0] });
  }
  return found.sort((a, b) => a.index - b.index).map((f) => f.text);
}

/** Time expressions resolved against the publication day; without one, only absolute ones. */
export function findTimes(sentence: string, publishedAt?: string): TimeExpression[] {
  if (!MAY_HOLD_TIME.test(sentence)) return [];
  const found: TimeExpression[] = [];
  const taken: [number, number][] = [];
  const free = (index: number, length: number) => taken.every(([s, e]) => index + length <= s || index >= e);
  const add = (expression: Omit<TimeExpression, "kind">) => {
    if (!free(expression.index, expression.text.length)) return;
    taken.push([expression.index, expression.index + expression.text.length]);
    found.push({ ...expression, kind: frameOf(sentence, expression.index) });
  };
  const pubYear = publishedAt === undefined ? undefined : yearOf(publishedAt);

  // Impossible numeric days are an error, whatever chrono makes of them.
  for (const match of sentence.matchAll(NUMERIC_DAY)) {
    checkedDay(Number(match[3]), Number(match[2]), Number(match[1]), match[0]);
  }
  for (const match of sentence.matchAll(NAMED_DAY)) {
    checkedDay(Number(match[3]), MONTHS[match[2]!.toLowerCase()]!, Number(match[1]), match[0]);
  }
  if (DAY_GATE.test(sentence)) {
    const reference = publishedAt === undefined ? new Date() : new Date(`${publishedAt}T12:00:00Z`);
    for (const result of chrono.de.parse(sentence, reference)) {
      const { day, month, year } = {
        day: result.start.get("day"),
        month: result.start.get("month"),
        year: result.start.isCertain("year") ? result.start.get("year") : null,
      };
      if (
        !result.start.isCertain("day") ||
        !result.start.isCertain("month") ||
        day === null ||
        month === null
      )
        continue;
      const fullYear = year ?? pubYear;
      // Without a publication day only a day written with its year counts ("heute" does not).
      if (fullYear === undefined || (publishedAt === undefined && !/\d{4}/.test(result.text))) continue;
      const date = checkedDay(fullYear, month, day, result.text);
      add({
        index: result.index,
        text: result.text,
        start: date,
        end: date,
        precision: "day",
        year: fullYear,
      });
    }
  }
  for (const match of sentence.matchAll(MONTH_YEAR)) {
    const month = MONTHS[match[1]!.toLowerCase()]!;
    add(monthExpression(match.index, match[0], Number(match[2]), month));
  }
  for (const match of pubYear === undefined ? [] : sentence.matchAll(MONTH_ALONE)) {
    const month = MONTHS[match[1]!.toLowerCase()]!;
    const relative = match[2] ? RELATIVE_OFFSET[match[2].toLowerCase()] : undefined;
    const year =
      relative !== undefined
        ? pubYear! + relative
        : monthYear(sentence.slice(Math.max(0, match.index - 6), match.index), month, publishedAt!);
    add(monthExpression(match.index, match[0], year, month));
  }
  for (const match of sentence.matchAll(SEASON)) {
    const season = SEASONS[match[1]!.toLowerCase()]!;
    if (!match[2] && publishedAt === undefined) continue;
    const year = match[2] ? Number(match[2]) : seasonYear(season, publishedAt!);
    const endYear = season.endMonth < season.month ? year + 1 : year;
    add({
      index: match.index,
      text: match[0],
      start: isoDay(year, season.month, 1),
      end: isoDay(endYear, season.endMonth, new Date(Date.UTC(endYear, season.endMonth, 0)).getUTCDate()),
      precision: "season",
      year,
    });
  }
  for (const match of pubYear === undefined ? [] : sentence.matchAll(RELATIVE_YEAR)) {
    const word = (match[1] ?? match[2] ?? match[3])!.toLowerCase();
    add(yearExpression(match.index, match[0], pubYear! + (RELATIVE_OFFSET[word] ?? 0)));
  }
  const month = publishedAt === undefined ? undefined : Number(publishedAt.slice(5, 7));
  // (From April to September "das neue Jahr" may be either: left unresolved.)
  const newYear = month === undefined ? undefined : month >= 10 ? 1 : month <= 3 ? 0 : undefined;
  for (const match of newYear === undefined ? [] : sentence.matchAll(NEW_YEAR)) {
    add(yearExpression(match.index, match[0], pubYear! + newYear!));
  }
  for (const match of sentence.matchAll(YEAR)) {
    const year = Number(match[1]);
    const prefix = /(?:\b(?:im\s+Jahr(?:e)?|für\s+das\s+Jahr|für|in|Anfang|Mitte|Ende|zum\s+Jahr)\s+)$/i.exec(
      sentence.slice(Math.max(0, match.index - 20), match.index),
    );
    const index = prefix ? match.index - prefix[0].length : match.index;
    add({
      index,
      text: sentence.slice(index, match.index + match[0].length),
      start: isoDay(year, 1, 1),
      end: isoDay(year, 12, 31),
      precision: "year",
      year,
    });
  }
  return joinRanges(
    sentence,
    found.sort((a, b) => a.index - b.index),
  );
}

const RANGE_OPENER = /\b(?:von|vom|zwischen|für\s+die\s+Jahre|in\s+den\s+Jahren)\s+$/i;
const RANGE_JOINER = /^\s*(?:bis(?:\s+(?:Ende|zum))?|und|-|–)\s*$/i;
const FINER: Record<Precision, number> = { day: 3, month: 2, season: 1, year: 0 };

/** "von August 2009 bis Ende 2011", "zwischen 1998 und 2004": one period from the first to the second. */
function joinRanges(sentence: string, times: TimeExpression[]): TimeExpression[] {
  const joined: TimeExpression[] = [];
  for (let i = 0; i < times.length; i += 1) {
    const first = times[i]!;
    const second = times[i + 1];
    const between = second ? sentence.slice(first.index + first.text.length, second.index) : "";
    const opener = RANGE_OPENER.exec(sentence.slice(Math.max(0, first.index - 24), first.index));
    if (!second || !opener || !RANGE_JOINER.test(between) || second.text.startsWith("bis")) {
      joined.push(first);
      continue;
    }
    const index = first.index - opener[0].length;
    joined.push({
      index,
      text: sentence.slice(index, second.index + second.text.length),
      kind: "range",
      start: first.start,
      end: second.end,
      precision: FINER[first.precision] >= FINER[second.precision] ? first.precision : second.precision,
      year: first.year,
    });
    i += 1;
  }
  return joined;
}

/** A whole year as a time expression ("im kommenden Jahr", "mit Beginn des neuen Jahres"). */
function yearExpression(index: number, text: string, year: number): Omit<TimeExpression, "kind"> {
  return { index, text, start: isoDay(year, 1, 1), end: isoDay(year, 12, 31), precision: "year", year };
}

function monthExpression(
  index: number,
  text: string,
  year: number,
  month: number,
): Omit<TimeExpression, "kind"> {
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return {
    index,
    text,
    start: isoDay(year, month, 1),
    end: isoDay(year, month, last),
    precision: "month",
    year,
  };
}

/** The year of a month named without one: "seit Juni" looks back, "ab Juli" ahead, else the publication year. */
function monthYear(before: string, month: number, publishedAt: string): number {
  const year = yearOf(publishedAt);
  const published = Number(publishedAt.slice(5, 7));
  if (/\bseit\s+$/i.test(before)) return month <= published ? year : year - 1;
  if (/\b(ab|bis|zum)\s+$/i.test(before)) return month >= published ? year : year + 1;
  return year;
}

/** "seit ..." starts a period, "bis (Ende) ..." ends one; anything else is a point in time. */
function frameOf(sentence: string, index: number): TimeKind {
  const before = sentence.slice(Math.max(0, index - 24), index);
  if (/\b(seit|ab)\s+(dem\s+|Jahr\s+|dem\s+Jahr\s+|der\s+[A-ZÄÖÜ][a-zäöüß]+\s+)?$/i.test(before))
    return "since";
  if (/\bbis\s+(spätestens\s+)?(Ende\s+|zum\s+(Jahr\s+|Ende\s+)?|ins\s+Jahr\s+)?$/i.test(before))
    return "until";
  return "point";
}

/** A season without a year: the one under way or the next one, seen from the publication day. */
function seasonYear(season: { month: number; endMonth: number }, publishedAt: string): number {
  const year = yearOf(publishedAt);
  const month = Number(publishedAt.slice(5, 7));
  if (season.month === 12) return month <= season.endMonth ? year - 1 : year;
  return month > season.endMonth ? year + 1 : year;
}
