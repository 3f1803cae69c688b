/**
 * Headlines of plain-text articles. A headline is a short first line set apart from the body: by
 * a blank line, or by not ending like a sentence with more text after it ("Deutschland digital
 * resilient machen" above its paragraphs). A one-paragraph text has no headline: all of it is
 * body. An article without a headline is titled by the start of its first sentence.
 */
import { splitSentences } from "./sentences.js";

const MAX_HEADLINE = 140;
const MAX_DERIVED = 80;
const SENTENCE_END = /[.!?:;"')\]]$/;

export interface HeadlineLine {
  text: string;
  /** A blank line follows in the input. */
  blankAfter: boolean;
}

/** Whether the first of these lines is a headline rather than the start of the body. */
export function isHeadline(lines: HeadlineLine[]): boolean {
  const [first, ...rest] = lines;
  if (!first || rest.length === 0 || first.text.length > MAX_HEADLINE) return false;
  return first.blankAfter || !SENTENCE_END.test(first.text);
}

/** "Der IT-Planungsrat hat ... beschlossen. Weiter ..." -> its first sentence, cut at a word to 80 characters. */
export function titleFromText(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  const sentence = splitSentences(flat)[0]?.text ?? flat;
  if (sentence.length <= MAX_DERIVED) return sentence;
  const cut = sentence.slice(0, MAX_DERIVED);
  const space = cut.lastIndexOf(" ");
  return `${(space > MAX_DERIVED / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/, "")} ...`;
}

/**
 * "Herr Popp ist Sachsens Chief Information Officer Dresden - Die Landesverwaltung ...": a page
 * whose text opens with its headline run into the first sentence. The headline, not ending like
 * a sentence, gets a line of its own, so neither the model nor the sentence reader joins it to the
 * body's first sentence (one space becomes one line break: every offset stays).
 */
export function headlineOnItsOwnLine(text: string, headline: string): string {
  if (headline === "" || SENTENCE_END.test(headline) || !text.startsWith(`${headline} `)) return text;
  return `${headline}\n${text.slice(headline.length + 1)}`;
}
