/**
 * A chair taken "zum Jahreswechsel": the bodies that rotate their chair each year hand it over at
 * the turn of the year, so the chair is one of the year after it. "Mit dem Jahreswechsel 2016/17
 * übernimmt Brandenburg den Vorsitz" is the chair of 2017; "Zum Jahreswechsel übernimmt Brandenburg
 * den Vorsitz", in news of May 2016, too. A turn already past ("hat zum Jahreswechsel den Vorsitz
 * übernommen"), or news of January, is the chair of the news year.
 */
import type { TimeExpression } from "../dates/find-times.js";
import type { AnalyzedItem, AnalyzedSentence } from "./analyze.js";
import { newsDay } from "./news-day.js";

const TURN =
  /(?<!\p{L})(?:zum|mit dem|ab dem|nach dem) Jahreswechsel(?:\s+(\d{4})\s*\/\s*(\d{2}|\d{4}))?(?!\p{L})/iu;
/** Verbs of a handover already made. */
const PAST =
  /(?<!\p{L})(übernommen|gegangen|gewechselt|übergeben|abgegeben|übernahm|übernahmen|ging|gingen|wechselte|wechselten|gab|hatte|hatten)(?!\p{L})/u;

const yearTime = (year: number): TimeExpression => ({
  index: -1,
  text: "",
  kind: "point",
  start: `${year}-01-01`,
  end: `${year}-12-31`,
  precision: "year",
  year,
});

export function turnOfYear(sentence: AnalyzedSentence, analyzed: AnalyzedItem): TimeExpression | undefined {
  const turn = TURN.exec(sentence.text);
  if (!turn) return undefined;
  if (turn[1]) return yearTime(Number(turn[1]) + 1);
  // A year the sentence names itself is the chair's ("zum Jahreswechsel 2025").
  if (sentence.times.length > 0) return undefined;
  const day = newsDay(analyzed);
  if (!day) return undefined;
  const month = Number(day.start.slice(5, 7));
  return yearTime(PAST.test(sentence.text) || month === 1 ? day.year : day.year + 1);
}
