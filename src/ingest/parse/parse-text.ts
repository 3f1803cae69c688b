/**
 * The text the language model parses: the article's own, with the dashes that set off a
 * parenthesis in a line ("Thomas Karmasin – Landrat des Landkreises Fürstenfeldbruck – sprach")
 * given as the commas the model knows from its training text, an ordinal's full stop as a letter,
 * a list's bullet as a space, the hyphens after an agency's dateline and the colon or dash after a
 * place's dateline as a full stop, the full stop of "Mio." and "Mrd." before "Euro" as a space, and
 * the idioms "ihres Zeichens", "mit von der Partie" and "mit im Boot" as what they mean, and a
 * gender-inclusive form ("Staatssekretär:innen", "Bürger*innen") as one word. The text
 * keeps its length (an idiom's rest is spaces), so every offset of the parse is an offset of the
 * article; quotes and surface rules keep reading the article's own text.
 */
import { BEFORE_LARGE_ORDINAL } from "../input/sentences.js";

/** A pair of spaced dashes within one sentence of a line, with words on both sides. */
const PAIRED_DASHES = /(?<=\p{L}[)"“]? )[–—-](?= \p{L})([^.!?\n–—]{2,120}?\p{L}[)"“]? )[–—-](?= \p{L})/gu;

/**
 * An ordinal before a noun ("in seiner 40. Sitzung", "als 17. Mitglied"): the model ends a
 * sentence at its full stop unless a month follows, so the stop reaches it as a letter ("40e").
 */
const ORDINAL =
  /(?<![\p{L}\d./-])(\d{1,2})\.(?= (?!(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b)\p{Lu}\p{Ll})/gu;

/**
 * A three-digit ordinal after an article or a possessive ("das 100. Mitglied", "zur 125.
 * Sitzung"): as ORDINAL, where a larger number ending a sentence would follow no such word (the
 * sentence splitter reads it so too).
 */
const LARGE_ORDINAL = new RegExp(
  `(?<=${BEFORE_LARGE_ORDINAL.source.replace(/\$$/, "")})(\\d{3})\\.(?= \\p{Lu}\\p{Ll})`,
  "gu",
);

/**
 * "BERLIN (Dow Jones)--Der Ministerpräsident ...": an agency's dateline joined to the sentence by
 * two hyphens; the model reads the sentence whole only after a full stop.
 */
const DATELINE_HYPHENS = /(?<=^[\p{Lu}][\p{L}. -]{1,40} \([\p{L} .-]{2,30}\))--(?=\p{Lu})/gmu;

/**
 * "Wiesbaden (dpa/lhe) - Hessens Ministerpräsident ...": an agency's dateline set off by a spaced
 * dash, at a line's or a sentence's start; the model hangs the sentence's subject on the place
 * unless the dash reaches it as a full stop.
 */
const AGENCY = String.raw`(?:dpa|epd|kna|KNA|afp|AFP|ots|dts|ddp|AP|Reuters|rtr|sda|apa)(?:/[\p{L}]{2,6})?`;
const DATELINE_DASH = new RegExp(
  String.raw`(?<=(?:^|[.!?]["“]?[^\S\n]+)\p{Lu}[\p{L}./-]*(?: \p{Lu}[\p{L}./-]*){0,3} \(${AGENCY}\) )[-–—](?= \p{Lu})`,
  "gmu",
);

/**
 * "Ipsheim/ München: Mit dem Programm ...", "Meppen: Mit der Inbetriebnahme ...", "Erfurt - Das
 * Kabinett ...": a place (a word or up to three, two places joined by a slash) and a colon or a
 * spaced dash opening a line; the model hangs the sentence on the place unless the colon or the
 * dash reaches it as a full stop. Not an article's noun phrase ("Der KDN – Dachverband ...").
 */
const PLACE_WORD = String.raw`(?!(?:Der|Die|Das|Den|Dem|Des|Ein|Eine|Einer|Eines|Einem|Einen)\b)\p{Lu}[\p{L}.-]*`;
const PLACE = String.raw`${PLACE_WORD}(?: \p{Lu}[\p{L}.-]*){0,2}`;
const PLACE_DATELINE = new RegExp(
  String.raw`(?<=^(?:\[[\d.]{8,10}\] )?${PLACE}(?: ?/ ?${PLACE})?)(?::| [-–—])(?= \p{Lu})`,
  "gmu",
);

/**
 * "Judith Gerlach, ihres Zeichens bayerische Staatsministerin für Digitales, ...": the idiom
 * before an apposed role reaches the model as spaces, so the role is read as the name's
 * apposition (as it is without the idiom).
 */
const BY_TRADE = /(?<=, )(?:ihres|seines) Zeichens(?= )/g;

/**
 * "Auch Hessen ist beim Projekt X mit von der Partie", "Mit im Boot sind A und B": the idioms
 * mean "(mit) dabei", and reach the model as those words (the rest of their length as spaces),
 * which it reads as the predicate.
 */
const IN_THE_PARTY = /\b([Mm])it (?:von der Partie|im Boot)\b/g;

/**
 * "750 Mio. Euro", "1,4 Mrd. €": the model ends a sentence at the abbreviation's full stop and
 * reads the money as a clause of its own; the stop reaches it as a space.
 */
const ABBREVIATED_MONEY = /(?<=\d\s?(?:Mio|Mrd|Tsd))\.(?=\s?(?:Euro|EUR|€))/g;

/**
 * "die Unterabteilungsleiter:innen Cordula Kießling und Wolfgang Mosbacher", "Bürger*innen",
 * "Oberbürgermeister_in", "Mitarbeiter/-innen": the model splits the word at the gap and reads its
 * ending as a word of its own; the ending reaches it joined to the noun (its feminine form, the
 * one the model knows), the gap as a space after the word.
 */
const GENDER_GAP = /(?<=\p{Ll})(?:[:*_·]|\/-?)(innen|in)(?![\p{L}\d])/gu;

/** A list's bullet opening a line ("• Erster Vizepräsident X wird Präsident."): the model takes it for a word. */
const BULLET = /^([^\S\n]*)[•▪●◦‣∙·]/gmu;

export function textForParsing(text: string): string {
  return text
    .replace(BULLET, (_match, space: string) => `${space} `)
    .replace(BY_TRADE, (idiom) => " ".repeat(idiom.length))
    .replace(IN_THE_PARTY, (idiom, initial: string) => {
      const words = initial === "M" ? "Mit dabei" : "dabei";
      return words + " ".repeat(idiom.length - words.length);
    })
    .replace(DATELINE_HYPHENS, ". ")
    .replace(DATELINE_DASH, ".")
    .replace(PLACE_DATELINE, (separator) => (separator === ":" ? "." : " ."))
    .replace(PAIRED_DASHES, (_match, between: string) => `,${between},`)
    .replace(ORDINAL, (_match, digits: string) => `${digits}e`)
    .replace(LARGE_ORDINAL, (_match, digits: string) => `${digits}e`)
    .replace(ABBREVIATED_MONEY, " ")
    .replace(GENDER_GAP, (gap, ending: string) => ending + " ".repeat(gap.length - ending.length));
}
