/**
 * The text the language model parses: the article's own, with the dashes that set off a
 * parenthesis in a line ("Thomas Karmasin – Landrat des Landkreises Fürstenfeldbruck – sprach")
 * given as the commas the model knows from its training text. Each dash is one character and
 * its comma too, so every offset of the parse is an offset of the article; quotes and surface
 * rules keep reading the article's own text.
 */

/** A pair of spaced dashes within one sentence of a line, with words on both sides. */
const PAIRED_DASHES = /(?<=\p{L}[)"“]? )[–—-](?= \p{L})([^.!?\n–—]{2,120}?\p{L}[)"“]? )[–—-](?= \p{L})/gu;

export function textForParsing(text: string): string {
  return text.replace(PAIRED_DASHES, (_match, between: string) => `,${between},`);
}
