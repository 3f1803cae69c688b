/**
 * Money and counts. Amounts: "17 Millionen Euro", "fünf Milliarden Euro", "2,5 Mio. €",
 * "30.000 Euro", "1,2 Mrd. EUR". Counts: "über 270 Ausländerbehörden", "rund 30.000
 * Arbeitsplätze", "zehn Kommunen": a number and the plural noun it counts.
 */
export interface Amount {
  index: number;
  text: string;
  value: number;
}

export interface Count {
  index: number;
  text: string;
  value: number;
  unit: string;
  /** "über 270": a lower bound. */
  qualifier?: string;
}

const NUMBER_WORDS: Record<string, number> = {
  ein: 1,
  eine: 1,
  einen: 1,
  einer: 1,
  zwei: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  neun: 9,
  zehn: 10,
  elf: 11,
  zwölf: 12,
  zwanzig: 20,
  dreißig: 30,
  vierzig: 40,
  fünfzig: 50,
  hundert: 100,
  hunderte: 100,
  tausend: 1000,
  sechzehn: 16,
  fünfzehn: 15,
  zwölfe: 12,
};
const NUMBER = `(\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?|${Object.keys(NUMBER_WORDS).join("|")})`;
const SCALE: Record<string, number> = {
  milliarde: 1e9,
  milliarden: 1e9,
  mrd: 1e9,
  "mrd.": 1e9,
  million: 1e6,
  millionen: 1e6,
  mio: 1e6,
  "mio.": 1e6,
  tausend: 1e3,
  tsd: 1e3,
  "tsd.": 1e3,
};
const AMOUNT = new RegExp(
  `(?<![\\p{L}\\d])${NUMBER}\\s*(Milliarden?|Mrd\\.?|Millionen|Million|Mio\\.?|Tausend|Tsd\\.?)?\\s*(Euro|EUR|€)(?![\\p{L}])`,
  "giu",
);
const COUNT = new RegExp(
  `(?:(?<![\\p{L}])(über|mehr als|rund|etwa|knapp|insgesamt|bereits|fast|nahezu|alle)\\s+)?(?<![\\p{L}\\d.,])${NUMBER}\\s+(?:weitere\\s+|neue\\s+|kommunale\\s+|\\p{Ll}+e\\s+)?(\\p{Lu}[\\p{L}-]*)`,
  "gu",
);
const NOT_COUNTED =
  /^(Euro|EUR|Prozent|Jahre|Jahren|Jahr|Monate|Monaten|Tage|Tagen|Wochen|Mio|Millionen|Milliarden|Mrd|Punkte|Uhr|Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)$/;

/** A word of money after a number: "Euro", "Millionen", "Mrd.". */
export const MONEY_WORD = /^(Euro|EUR|€|Millionen|Million|Milliarden|Milliarde|Mio|Mrd|Tausend|Tsd)\.?$/;

export function parseNumber(text: string): number {
  const word = NUMBER_WORDS[text.toLowerCase()];
  if (word !== undefined) return word;
  return Number(text.replace(/\./g, "").replace(",", "."));
}

/**
 * A number whose currency the next amount names: "Die Gemeinde A erhält rund 14.650 und die
 * Gemeinde B rund 4.700 €", "zwei und drei Millionen Euro" (no digit between them).
 */
const SHARED_UNIT = new RegExp(
  `(?<![\\p{L}\\d.,])${NUMBER}(?=\\s+(?:und|sowie)\\s[^\\d€]{0,60}?${NUMBER}\\s*(Milliarden?|Mrd\\.?|Millionen|Million|Mio\\.?|Tausend|Tsd\\.?)?\\s*(?:Euro|EUR|€)(?![\\p{L}]))`,
  "giu",
);

export function findAmounts(sentence: string): Amount[] {
  if (!/Euro|EUR|€/.test(sentence)) return [];
  const amounts: Amount[] = [];
  const add = (index: number, text: string, number: string, scaleWord: string | undefined) => {
    const scale = scaleWord ? (SCALE[scaleWord.toLowerCase()] ?? 1) : 1;
    amounts.push({ index, text, value: Math.round(parseNumber(number) * scale * 100) / 100 });
  };
  for (const match of sentence.matchAll(AMOUNT)) add(match.index, match[0], match[1]!, match[2]);
  for (const match of sentence.matchAll(SHARED_UNIT)) {
    // (A year is no amount: "2020 und 2021 ...".)
    if (/^\d{4}$/.test(match[1]!) || amounts.some((a) => a.index === match.index)) continue;
    add(match.index, match[0], match[1]!, match[3]);
  }
  return amounts.sort((a, b) => a.index - b.index);
}

/**
 * The amount that follows a name right after its end, or after a comma or an opening parenthesis,
 * or a word that rounds it: "Bruchköbel 54.912 Euro", "Stadt A, 12.000,00 €", "die VG Uffenheim
 * (9.585,45 Euro)", "die Gemeinde B rund 4.700 €".
 */
export function amountRightAfter(sentence: string, end: number, amounts: Amount[]): Amount | undefined {
  return amounts.find((a) => a.index >= end && RIGHT_AFTER.test(sentence.slice(end, a.index)));
}

const RIGHT_AFTER = /^\s*[(,]?\s*(?:(?:rund|etwa|ca\.|knapp|fast|über)\s+)?$/;

export function findCounts(sentence: string): Count[] {
  const counts: Count[] = [];
  for (const match of sentence.matchAll(COUNT)) {
    const unit = match[3]!;
    if (NOT_COUNTED.test(unit)) continue;
    const value = parseNumber(match[2]!);
    if (!Number.isInteger(value) || (/^\d{4}$/.test(match[2]!) && value > 1900 && value < 2100)) continue;
    const count: Count = { index: match.index, text: match[0], value, unit };
    if (match[1]) count.qualifier = match[1];
    counts.push(count);
  }
  return counts;
}
