/**
 * Sentences of a paragraph. A full stop ends a sentence unless it closes an abbreviation
 * ("Dr.", "Mio.", "z. B.") or an ordinal day ("7. Februar"); quotes stay with their sentence, and
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
  "z",
  "B",
  "d",
  "h",
  "u",
  "a",
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
  "e",
  "V",
  "Str",
  "Jan",
  "Feb",
  "Okt",
  "Nov",
  "Dez",
  "sog",
  "o",
  "ä",
]);

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
      if (ABBREVIATIONS.has(before) || /^\d{1,2}$/.test(before)) continue;
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
