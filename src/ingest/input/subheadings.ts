/**
 * Subheadings run into the next sentence: a page's text taken without its line breaks reads
 * "Programm fördert „Smart City“ als Stadtstrategie Unter den Gewinnern sind ..." or "Neuer CIO:
 * Staatssekretär Daniel Sieveke Am Dienstag beschloss das Kabinett ...". German writes a
 * preposition, an article, a pronoun or a sentence adverb with a capital only at a sentence's
 * start, so such a word after a word of the same line starts a new sentence. The space before it
 * becomes a line break, as a headline run into the body does (headline.ts): the language model
 * and the sentence reader then both end the subheading there, and every offset stays.
 * Not inside quotes ("„Gemeinsam aus der Krise“"), not after a lone word (a dateline such as
 * "Saarbrücken Der Ministerpräsident"), and not before names that start with an article ("Die
 * Linke", "Die Zeit"). The formal "Sie" is written with a capital anywhere and is no such word.
 */

const SENTENCE_START =
  /^(Unter|Mit|Im|In|Bei|Beim|Nach|Seit|Am|An|Auf|Aus|Vom|Von|Zum|Zur|Durch|Für|Gegen|Trotz|Während|Wegen|Bis|Neben|Laut|Ab|Um|Als|Die|Der|Das|Den|Dem|Ein|Eine|Einen|Diese|Dieser|Dieses|Es|Er|Wir|Ich|Zudem|Dabei|Außerdem|Darüber|Damit|Dafür|Daher|Deshalb|Auch|Insgesamt|Bereits|Jetzt|Nun|Künftig|Zunächst|Inzwischen|Allerdings|Doch|Aber|Wie|Wer|Wenn)$/;
/** Names that start with an article. */
const ARTICLE_NAME = /^(Linke|Grünen|Zeit|Welt|Presse|Spiegel|Partei|PARTEI)\b/;
/** A word of a line, the space after it, and the word after that. */
const RUN_ON = /(?<=[\p{L}\d)"]) (?=(\p{Lu}\p{Ll}*) (\S+))/gu;

export function subheadingsOnTheirOwnLines(text: string): string {
  return text
    .split("\n")
    .map((line) => {
      const breaks: number[] = [];
      for (const match of line.matchAll(RUN_ON)) {
        const [, word, next] = match;
        if (!SENTENCE_START.test(word!) || ARTICLE_NAME.test(next!)) continue;
        const before = line.slice(0, match.index);
        const sentence = before.slice(Math.max(before.lastIndexOf(". "), before.lastIndexOf(": ")) + 1);
        const insideQuote = (before.match(/"/g)?.length ?? 0) % 2 === 1;
        if (insideQuote || sentence.trim().split(/\s+/).length < 2) continue;
        breaks.push(match.index);
      }
      let out = line;
      for (const at of breaks) out = `${out.slice(0, at)}\n${out.slice(at + 1)}`;
      return out;
    })
    .join("\n");
}
