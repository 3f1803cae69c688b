/** Words, numbers and punctuation with their offsets; hyphenated compounds stay one token. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

// "OpenR@thaus": an at sign inside a word keeps it whole, as in product names.
const TOKEN = /[\p{L}\p{N}#]+(?:[-.'/&@][\p{L}\p{N}]+)*|\S/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    tokens.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

export function tokenWords(text: string): string[] {
  return tokenize(text).map((token) => token.text);
}

export const isCapitalized = (word: string) => /^[\p{Lu}]/u.test(word);
