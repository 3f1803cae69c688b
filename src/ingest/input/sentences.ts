/**
 * Sentences of a paragraph. A full stop ends a sentence unless it closes an abbreviation
 * ("Dr.", "Mio.", "rer. nat.", "GmbH & Co. KG"), a single letter ("Franz J. Pschierer", "z. B.",
 * "Staatssekretär a. D.") or an ordinal day ("7. Februar"); quotes stay with their sentence, and
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
