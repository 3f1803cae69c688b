/**
 * Portal headlines sometimes lose the separator between kicker and title when copied:
 * "DigitalisierungDeutschland digital resilient machen" is kicker "Digitalisierung" plus title
 * "Deutschland digital resilient machen". Inside the first word, a lowercase letter directly
 * followed by an uppercase letter is a split point when the left part is a known kicker word
 * (the list below or a name the gazetteer knows), or when both parts look like dictionary
 * words (the left one ending in a German noun suffix). Brand spellings such as "DigitalPakt",
 * "eGovernment" or "GovTech" are left alone.
 */
const KICKER_WORDS = new Set([
  "Digitalisierung",
  "Verwaltung",
  "Verwaltungsdigitalisierung",
  "OZG",
  "Bildung",
  "Forschung",
  "Studie",
  "Umfrage",
  "Interview",
  "Kommentar",
  "Personalien",
  "Porträt",
  "Datenschutz",
  "Cybersicherheit",
  "Informationssicherheit",
  "Sicherheit",
  "Registermodernisierung",
  "Beschaffung",
  "Kommunen",
  "Bund",
  "Länder",
  "Europa",
  "Recht",
  "Rechenzentren",
  "Fachkräfte",
  "Praxis",
  "Bürgerservice",
  "Onlinedienste",
  "Portale",
  "Plattformen",
  "Justiz",
  "Polizei",
  "Gesundheit",
  "Schule",
]);
const NOUN_SUFFIX = /(ung|heit|keit|schaft|tion|tät|ismus|politik|recht|wesen|land|dienst|verwaltung)$/;

export interface KickerSplit {
  kicker?: string;
  title: string;
}

export function splitKicker(
  headline: string,
  isKnownName: (word: string) => boolean = () => false,
): KickerSplit {
  const firstSpace = headline.indexOf(" ");
  const first = firstSpace === -1 ? headline : headline.slice(0, firstSpace);
  const rest = firstSpace === -1 ? "" : headline.slice(firstSpace);
  const glued = /^([\p{Lu}][\p{L}-]*?\p{Ll})(\p{Lu}[\p{L}\-.\d]*)$/u;
  for (let at = 1; at < first.length; at += 1) {
    const left = first.slice(0, at);
    const right = first.slice(at);
    if (!/\p{Ll}$/u.test(left) || !/^\p{Lu}/u.test(right)) continue;
    if (!glued.test(first)) break;
    const known = KICKER_WORDS.has(left) || isKnownName(left);
    const dictionaryLike = left.length >= 5 && NOUN_SUFFIX.test(left) && /^\p{Lu}\p{Ll}{2,}/u.test(right);
    if (known || dictionaryLike) return { kicker: left, title: (right + rest).trim() };
  }
  return { title: headline.trim() };
}
