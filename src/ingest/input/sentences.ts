/**
 * Sentences of a paragraph. A full stop ends a sentence unless it closes an abbreviation
 * ("Dr.", "Mio.", "rer. nat.", "GmbH & Co. KG"), a single letter ("Franz J. Pschierer", "z. B.",
 * "Staatssekretär a. D.") or an ordinal ("7. Februar", "das 100. Mitglied"); quotes stay with their sentence, and
 * a dash bullet after a full stop ("... vor. - Der Rat beschließt ...") opens the next one.
 */
const ABBREVIATIONS = new Set([
  "Dr",
  "Prof",
  "Mio",
  "Mrd",
  "Tsd",
  "bzw",
  "ca",
  "vgl",
  "usw",
  "Nr",
  "St",
  "Abs",
  "Art",
  "inkl",
  "ggf",
  "evtl",
  "rd",
  "Hr",
  "Fr",
  "Str",
  "Jan",
  "Feb",
  "Okt",
  "Nov",
  "Dez",
  "sog",
  // "GmbH & Co. KG"
  "Co",
  // academic degrees and titles: "Dr. rer. nat.", "Dipl. Ing."
  "rer",
  "nat",
  "pol",
  "oec",
  "phil",
  "jur",
  "med",
  "habil",
  "Dipl",
  "Ing",
  "stellv",
]);
/** A single letter before a full stop is an initial or part of an abbreviation ("J.", "a. D."). */
const LETTER = /^\p{L}$/u;
/**
 * The words before a three-digit ordinal ("das 100. Mitglied", "zur 125. Sitzung"): a larger
 * number that ends a sentence follows no article or possessive.
 */
export const BEFORE_LARGE_ORDINAL =
  /\b(?:das|der|die|dem|den|des|zum|zur|im|am|seiner|seinem|seines|seinen|ihrer|ihrem|ihres|ihren) $/;

export interface Sentence {
  text: string;
  /** Offset in the paragraph text. */
  index: number;
}

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const boundary = /[.!?]["']?(?=\s+(?:[-–•]\s+)?["']?[\p{Lu}\d])|\n/gu;
  for (const match of text.matchAll(boundary)) {
    const end = match.index + match[0].length;
    if (match[0] !== "\n" && match[0].startsWith(".")) {
      const before = /([\p{L}\d]+)$/u.exec(text.slice(start, match.index))?.[1] ?? "";
      if (ABBREVIATIONS.has(before) || LETTER.test(before) || /^\d{1,2}$/.test(before)) continue;
      const preceding = text.slice(start, match.index - before.length);
      if (/^\d{3}$/.test(before) && BEFORE_LARGE_ORDINAL.test(preceding)) continue;
    }
    push(text.slice(start, end), start);
    start = end;
  }
  push(text.slice(start), start);
  return sentences;

  function push(raw: string, offset: number) {
    const trimmed = raw.trim();
    if (trimmed !== "") sentences.push({ text: trimmed, index: offset + raw.indexOf(trimmed) });
  }
}
