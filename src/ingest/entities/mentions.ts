/** Where a sentence names a known entity: longest gazetteer matches over its tokens. */
import type { KnownEntity } from "../types.js";
import { amountRightAfter, findAmounts, type Amount } from "./amounts.js";
import type { FormKind, Gazetteer } from "./gazetteer.js";
import { MAYOR, TOWN_HEAD } from "./people.js";
import { isCapitalized, type Token } from "./tokenize.js";
import { inTownList, namedLands } from "./town-lists.js";

export type MentionForm = FormKind | "partial" | "anaphor" | "pattern";

export interface Mention {
  /** Character offsets in the sentence. */
  start: number;
  end: number;
  /** Token offsets (end exclusive). */
  first: number;
  last: number;
  text: string;
  entity: KnownEntity;
  /** How it was found: a name, an adjective ("hessische"), the first part of a compound
   * ("OZG-Projekt"), an anaphor ("das Land") or a pattern (a new person or project). */
  form: MentionForm;
  /** The towns (or counties) of other Länder this form names as well; `entity` is the largest. */
  namesakes?: KnownEntity[];
}

/**
 * Organisations named by their kind and their town ("Spitalstiftung Konstanz", "Stadtwerke Ulm",
 * "Universität Kassel"): the town is part of their name, not an actor of its own.
 */
const NAMED_BY_TOWN =
  /(stiftung|sparkasse|stadtwerke|klinikum|klinik|krankenhaus|universität|hochschule|verkehrsbetriebe)$/i;

/** The offices of a town, after which a small town's genitive names it ("Straubings Oberbürgermeister"). */
const TOWN_OFFICE = new RegExp(`${MAYOR.source}|^Stadtoberhaupt$|^Rathauschef(in)?$`);

export function findGazetteerMentions(sentence: string, tokens: Token[], gazetteer: Gazetteer): Mention[] {
  const words = tokens.map((token) => token.text);
  const amounts = findAmounts(sentence);
  // (The Länder the sentence names, read once and only where a list of two small towns asks.)
  let sentenceLands: Set<string> | undefined;
  const lands = () => (sentenceLands ??= namedLands(words, gazetteer));
  const mentions: Mention[] = [];
  for (let i = 0; i < tokens.length;) {
    const entry = gazetteer.match(words, i);
    if (entry) {
      const next = words[i + entry.tokens.length];
      const adjectiveOk =
        entry.form === "town-before-office"
          ? TOWN_OFFICE.test(next ?? "")
          : entry.form === "town-after-office"
            ? (words[i - 1] === "von" && TOWN_OFFICE.test(words[i - 2] ?? "")) ||
              fromAfterName(words, i) ||
              listedWithTown(words, i, entry.tokens.length, mentions, gazetteer) ||
              pricedInList(sentence, tokens, amounts, i, entry.tokens.length) ||
              inTownList(words, i, entry, gazetteer, lands)
            : entry.form !== "city-adjective" || (next !== undefined && isCapitalized(next));
      // "für Bundes- und Europaangelegenheiten": the first part of a compound cut short names nothing.
      const truncated =
        words[i + entry.tokens.length] === "-" &&
        /^(und|oder|sowie|bzw)$/.test(words[i + entry.tokens.length + 1] ?? "");
      if (adjectiveOk && !truncated && !associationOfBund(entry.entity, words, i)) {
        const last = i + entry.tokens.length;
        mentions.push({
          start: tokens[i]!.start,
          end: tokens[last - 1]!.end,
          first: i,
          last,
          text: sentence.slice(tokens[i]!.start, tokens[last - 1]!.end),
          entity: entry.entity,
          form:
            (entry.entity.type === "Municipality" || entry.entity.type === "County") &&
            NAMED_BY_TOWN.test(words[i - 1] ?? "")
              ? "partial"
              : entry.form,
          ...(entry.namesakes ? { namesakes: entry.namesakes } : {}),
        });
        i = last;
        continue;
      }
    }
    const partial = compoundHead(words[i]!, gazetteer);
    if (partial) {
      mentions.push({
        start: tokens[i]!.start,
        end: tokens[i]!.start + partial.prefix.length,
        first: i,
        last: i + 1,
        text: partial.prefix,
        entity: partial.entity,
        form: "partial",
      });
    }
    i += 1;
  }
  const counties = listedPlaces(sentence, tokens, words, gazetteer);
  const named = [...mentions.filter((m) => !counties.some((c) => overlap(c, m))), ...counties];
  // A bracketed place only where nothing else is named: "(Sachsen)" stays the Land.
  const places = bracketedPlaces(sentence, tokens, words, gazetteer).filter(
    (p) => !named.some((m) => overlap(p, m)),
  );
  return [...named, ...places].sort((a, b) => a.start - b.start);
}

/**
 * "Bund Freier Berufe", "Bund Deutscher Architekten", "Bund der Steuerzahler": "Bund" opening an
 * association's name (a capitalised adjective or a genitive after it) is no mention of the Bund.
 */
function associationOfBund(entity: { type: string }, words: string[], at: number): boolean {
  if (entity.type !== "Federation" || words[at] !== "Bund") return false;
  const next = words[at + 1] ?? "";
  const genitive =
    next === "der" && /^\p{Lu}/u.test(words[at + 2] ?? "") && !/^Länder/.test(words[at + 2] ?? "");
  return /^\p{Lu}\p{Ll}+er$/u.test(next) || genitive;
}

/**
 * "die Oberbürgermeister Ulf Kämpfer aus Kiel, ... und Katja Wolf aus Eisenach": a small town's
 * name after "aus" right after a person's first name and surname (or a town's office) is the town
 * the person comes from.
 */
function fromAfterName(words: string[], at: number): boolean {
  if (words[at - 1] !== "aus") return false;
  const name = (word: string | undefined) => word !== undefined && /^\p{Lu}\p{Ll}+$/u.test(word);
  return TOWN_OFFICE.test(words[at - 2] ?? "") || (name(words[at - 2]) && name(words[at - 3]));
}

/** What joins the items of a list: a comma, a conjunction, the dash of a list written on one line. */
const LIST_JOIN = /^(,|und|sowie|oder|-|–)$/;

/**
 * "Das Land fördert Aachen, Gelsenkirchen, Soest und Wuppertal": a small town's bare name in a
 * list right beside a town the gazetteer names bare (a city) is that town too.
 */
function listedWithTown(
  words: string[],
  at: number,
  length: number,
  found: Mention[],
  gazetteer: Gazetteer,
): boolean {
  const town = (m: { entity: KnownEntity } | undefined) => m?.entity.type === "Municipality";
  const before = found[found.length - 1];
  if (LIST_JOIN.test(words[at - 1] ?? "") && before?.last === at - 1 && town(before)) return true;
  const next = LIST_JOIN.test(words[at + length] ?? "") ? gazetteer.match(words, at + length + 1) : undefined;
  return next?.form === "name" && town(next);
}

/**
 * "Die Fördermittel verteilen sich wie folgt: Bruchköbel 54.912 Euro, Freigericht 33.603 Euro
 * ...": a small town's bare name right before its amount (`amountRightAfter`), as one item of a
 * list of two or more amounts (opening the list or after its comma, semicolon, "und", colon or
 * bullet), is that town.
 */
function pricedInList(
  sentence: string,
  tokens: Token[],
  amounts: Amount[],
  at: number,
  length: number,
): boolean {
  if (amounts.length < 2 || !/^(,|;|und|sowie|:|-|–|•)$/.test(tokens[at - 1]?.text ?? ":")) return false;
  return amountRightAfter(sentence, tokens[at + length - 1]!.end, amounts) !== undefined;
}

function overlap(a: Mention, b: Mention): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * "Bürgermeister Thomas Zwingel (Zirndorf)", "Landrat Thomas Bold (Bad Kissingen, Bayerischer
 * Landkreistag)": the town or county in a parenthesis after a name, by its name alone, however
 * small (a small town's bare name is otherwise no mention: too many are common words).
 */
function bracketedPlaces(
  sentence: string,
  tokens: Token[],
  words: string[],
  gazetteer: Gazetteer,
): Mention[] {
  const found: Mention[] = [];
  words.forEach((word, at) => {
    // "Name (Town, ...)" or "Name (Party), Town,"
    const after = word === ")" && words[at + 1] === ",";
    // or a list's "Oberbürgermeisterin Katja Wolf, Eisenach." after "Pit Clausen, Bielefeld;"
    const listed =
      word === "," &&
      isCapitalized(words[at - 1] ?? "") &&
      isCapitalized(words[at - 2] ?? "") &&
      /;/.test(sentence);
    if (!(word === "(" && isCapitalized(words[at - 1] ?? "")) && !after && !listed) return;
    // "Verbandsvorsteher Dieter Blume (Bürgermeister Petershagen)": the town after the holder's office.
    const office = word === "(" && TOWN_HEAD.test(words[at + 1] ?? "");
    const open = after || office ? at + 1 : at;
    const close = words.findIndex(
      (w, i) =>
        i > open &&
        (w === "," || w === ")" || ((after || listed) && w === ".") || (listed && /^(;|und|sowie)$/.test(w))),
    );
    if (close < 0 || close - open > (listed ? 4 : 6)) return;
    const name = sentence.slice(tokens[open + 1]!.start, tokens[close - 1]!.end);
    if (!isCapitalized(name) || close === open + 1) return;
    const place =
      gazetteer.findByName(`Stadt ${name}`) ??
      gazetteer.findByName(`Gemeinde ${name}`) ??
      gazetteer.findByName(`Landkreis ${name}`) ??
      gazetteer.findByName(`Kreis ${name}`);
    if (place?.type !== "Municipality" && place?.type !== "County") return;
    const first = tokens[open + 1]!;
    const last = tokens[close - 1]!;
    found.push({
      start: first.start,
      end: last.end,
      first: open + 1,
      last: close,
      text: name,
      entity: place,
      form: "name",
    });
  });
  return found;
}

/**
 * A plural noun of counties, towns or Länder before the names it lists, with the titles that make
 * each a name ("" for the name alone).
 */
const LISTING: { noun: RegExp; titles: string[]; type: "County" | "Municipality" | "State" }[] = [
  { noun: /^(Landkreise|Landkreisen|Kreise|Kreisen)$/, titles: ["Landkreis", "Kreis"], type: "County" },
  { noun: /^(Städte|Städten|Gemeinden|Kommunen)$/, titles: ["Stadt", "Gemeinde", ""], type: "Municipality" },
  { noun: /^(Länder|Ländern|Bundesländer|Bundesländern)$/, titles: [""], type: "State" },
];
/** Any of the plural nouns above: the parse view reads such a noun as the names it lists. */
export const PLURAL_KIND = new RegExp(LISTING.map((l) => l.noun.source).join("|"));

/**
 * "die Landkreise Gießen und Marburg-Biedenkopf", "die Städte Angermünde, Bad Belzig und Cottbus":
 * the counties or towns a plural noun lists, each by its name alone (which alone would name the
 * town, or nothing: a small town's bare name is no mention).
 */
function listedPlaces(sentence: string, tokens: Token[], words: string[], gazetteer: Gazetteer): Mention[] {
  const found: Mention[] = [];
  words.forEach((word, i) => {
    const listing = LISTING.find((l) => l.noun.test(word));
    if (!listing) return;
    for (let at = i + 1; at < words.length;) {
      // The longest name of up to four words ("Bad Belzig", "Neustadt an der Waldnaab").
      let place: { entity: KnownEntity; last: number } | undefined;
      for (let last = Math.min(words.length, at + 4); last > at && !place; last -= 1) {
        const name = words.slice(at, last).join(" ");
        const entity = listing.titles
          .map((title) => gazetteer.findByName(title ? `${title} ${name}` : name))
          .find((e) => e?.type === listing.type);
        if (entity && isCapitalized(name)) place = { entity, last };
      }
      if (!place) break;
      found.push({
        start: tokens[at]!.start,
        end: tokens[place.last - 1]!.end,
        first: at,
        last: place.last,
        text: sentence.slice(tokens[at]!.start, tokens[place.last - 1]!.end),
        entity: place.entity,
        form: "name",
      });
      if (!/^(,|und|sowie)$/.test(words[place.last] ?? "")) break;
      at = place.last + 1;
    }
  });
  return found;
}

/** "D16-Gremium" -> D16, "OZG-Projekt" -> OZG: a known name as the first part of a hyphenated compound. */
function compoundHead(
  word: string,
  gazetteer: Gazetteer,
): { prefix: string; entity: KnownEntity } | undefined {
  if (!word.includes("-")) return undefined;
  const parts = word.split("-");
  for (let n = parts.length - 1; n >= 1; n -= 1) {
    const prefix = parts.slice(0, n).join("-");
    const entry = gazetteer.match([prefix], 0);
    if (entry && entry.form === "name" && entry.tokens.length === 1) return { prefix, entity: entry.entity };
  }
  return undefined;
}

/**
 * "Landrat Thomas Bold (Bad Kissingen, Bayerischer Landkreistag)": an organisation in the
 * parenthesis after a person's name is that person's affiliation.
 */
export function inPersonsParenthesis(mention: Mention, mentions: Mention[], text: string): boolean {
  // Or after a name and a comma in a list: "Oberbürgermeister Dr. Ulf Kämpfer, Kiel; ...".
  const listed = /^,\s*$/;
  const after = (m: Mention) => m.entity.type === "Person" && listed.test(text.slice(m.end, mention.start));
  if (/^\s*[;]/.test(text.slice(mention.end)) && mentions.some(after)) return true;
  const open = text.lastIndexOf("(", mention.start);
  // Also right after it: "Vizepräsident Harald Semler (parteiunabhängig), Wetzlar".
  const inside = /^\([^()]*$|^\([^()]*\),\s*$/.test(text.slice(open, mention.start));
  if (open < 0 || !inside) return false;
  return mentions.some((m) => m.entity.type === "Person" && /^\s*$/.test(text.slice(m.end, open)));
}
