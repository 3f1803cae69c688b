/**
 * Projects the reference data does not know, found by form:
 *   a kind word and a quoted name     OZG-Projekt "Wohngeld", Plattform "Mein Justizpostfach"
 *   a kind word and a brand           Digitalisierungsplattform civento, Bürosoftware LibreOffice
 *   a kind word and a name in capitals Bundesratsinitiative ELFE, Projekt KOALA
 *   a camel-case brand (+ 1-2 words)  DigitalPakt Schule, BundID
 *   a product name by its letters     OpenR@thaus, Kommune365, Smarte.Land.Regionen
 *   a service's kind and its name     Online-Dienst Wohngeld
 *   a known service by its medium     der digitale Bauantrag
 *   a law by its compound             OZG-Änderungsgesetz, Registermodernisierungsgesetzes
 * Names the gazetteer knows resolve to their id; others become new Projects with slug ids.
 */
import { slugify } from "../../model/ids.js";
import type { ProjectKind } from "../../model/vocabulary.js";
import type { KnownEntity } from "../types.js";
import type { Gazetteer } from "./gazetteer.js";
import type { Mention } from "./mentions.js";
import { isRoleWord } from "./people.js";
import { programmeNameAt } from "./programme-names.js";
import { isCapitalized, type Token } from "./tokenize.js";

/** "Themenbereich", "Themenfeldes": a word for what the reference data names "Themenfeld ...". */
const THEMENFELD = /^(OZG-)?Themen(feld|feldes|felds|bereich|bereichs)$/;
const KIND_WORD: [RegExp, ProjectKind][] = [
  [/^OZG-(Projekt|Leistung|Dienst|Service)$/i, "ozg-service"],
  // A kind word in the genitive names the same kind: "des Projekts „X“", "des Portals „Y“".
  [
    /(plattform|portal|portals|software|lösung|app|anwendung|assistent|assistenten|dienst|dienstes|onlinedienst|onlinedienstes|cloud|verfahren|verfahrens)$/i,
    "platform",
  ],
  [/(programm|programms|programme|pakt|pakts|paktes|offensive)$/i, "programme"],
  [/(strategie|plan|plans|planes|agenda)$/i, "strategy"],
  [
    /(projekt|projekts|projektes|projekte|initiative|vorhaben|vorhabens|wettbewerb|wettbewerbs|labor|labors|prozess|prozesses|verbund|verbunds|verbundes)$/i,
    "initiative",
  ],
  // An OZG-Themenfeld by its quoted name: "das Themenfeld „Bauen und Wohnen“".
  [THEMENFELD, "initiative"],
];
/** "Online-Dienst Wohngeld", "EfA-Dienst Ummeldung": a service's kind word, then its name as a noun. */
const SERVICE_KIND =
  /^(Online-?[dD]ienst(es)?|Onlinedienst(es)?|EfA-(Dienst|Dienstes|Leistung|Onlinedienst|Online-Dienst)(es)?)$/;
const SERVICE_NAME = /^\p{Lu}\p{Ll}+(-\p{Lu}?\p{Ll}+)*$/u;
/** "der digitale Bauantrag", "das Virtuelle Bauamt": an adjective of the medium before a service noun. */
const MEDIUM = /^([dD]igital|[vV]irtuell|[eE]lektronisch)(e|er|es|en|em)$/;
const SERVICE_NOUN = /(antrag|genehmigung|bauamt|rathaus|bürgeramt|bürgerbüro)$/i;
/** A product name by its letters: "OpenR@thaus", "Kreish@us", "Kommune365", "Smarte.Land.Regionen". */
const PRODUCT = /^\p{Lu}[\p{L}]*@[\p{L}]+$|^\p{Lu}\p{Ll}{3,}\d{2,}$|^\p{Lu}\p{L}{2,}(\.\p{Lu}\p{L}{2,})+$/u;
const CAMEL = /^\p{Lu}\p{Ll}+\p{Lu}[\p{L}]*$|^\p{Lu}{2,}\p{Ll}+\p{Lu}?[\p{L}]*$/u;
/**
 * An abbreviation in mixed case: no run of more than two small letters ("KfW", "BaFin", "BfDI",
 * "ZenDiS", "KoSIT"). It names an institution, never a brand ("BundID", "GovData").
 */
const MIXED_ABBREVIATION = /^(\p{Lu}+\p{Ll}{1,2})+\p{Lu}*$/u;
const BRAND = /^(\p{Ll}[\p{Ll}\d-]{2,}|\p{Lu}\p{Ll}+\p{Lu}[\p{L}\d-]*)$/u;
/** A name with a number: "die Plattform Amt24", "das Portal Bayern24". */
const NUMBERED = /^\p{Lu}\p{Ll}+\d{1,3}$/u;
/** A company's legal form or a member of parliament's title is no brand: "GmbH", "AöR", "MdL Glauber". */
const LEGAL_FORM = /^(g?GmbH|mbH|AöR|KGaA|SE|eG|eV|UG|MdL|MdB|MdEP|MdA|MdHB|MdBB)$/;
/** Small words with the endings of German adjectives and adverbs: "gebietsgenau", "landesweit", "jederzeit". */
const ADVERB_LIKE = /^\p{Ll}+(lich|ig|isch|bar|sam|haft|los|voll|weit|genau|mäßig|gemäß|zeit|weise|wärts)$/u;
const LAW = /^(\p{Lu}[\p{L}-]*gesetz)(es|s)?$/u;
/** The last word of a law's long name: "Bauordnung", "Onlinezugangsgesetz", "Staatsvertrag". */
const LAW_NAME_END = /(gesetz|gesetzes|ordnung|verordnung|satzung|vertrag|vertrags|vertrages)$/i;
/** A name in capitals, an acronym of three to eight letters: "ELFE", "KOALA", "NOOTS". */
const ACRONYM = /^\p{Lu}{3,8}$/u;
const STOP_AFTER_BRAND =
  /^(und|oder|der|die|das|des|den|dem|in|im|für|mit|von|vom|zur|zum|zu|als|aus|bei|beim|nach|über|unter|seit|bis|durch|um|ab|am|ins|gegen|ohne|wird|werden|ist|sind|hat|haben|unterzeichnet|bereit|vor|an|auf|wurde|wurden|war|waren|ging|gingen|kam|kamen|gab|lief|liefen|bot|stand|hieß|soll|sollen|kann|können|muss|müssen|darf|will|sei|seien|habe|bleibe|gehe|schon|bereits|jetzt|nun|noch|auch|erst|nur|bald|inzwischen|mittlerweile|künftig|zudem|außerdem|dann|damit|dabei|hier|heute|derzeit|aktuell|wieder|ebenfalls|gerade|sowie|sich|nicht|kein|keine|sehr|online|bundesweit|landesweit|flächendeckend|ein|eine|einen|einem|einer|eines|fest|zurück|weiter|zusammen|her|hin|los|fort|dar|statt|teil)$/;

/** A kind word in the genitive at a name's start: "des Projekts Digitale Dörfer" names "Projekt Digitale Dörfer". */
const KIND_GENITIVE =
  /^([\p{L}-]*?(?:projekt|programm|pakt|portal|verbund|wettbewerb|dienst|labor|vorhaben|verfahren))(?:es|s)$|^([\p{L}-]*?prozess)es$/iu;

/** The name with its leading kind word in the nominative. */
export function nominativeKind(name: string): string {
  const [first, ...rest] = name.split(" ");
  const nominative = rest.length > 0 ? KIND_GENITIVE.exec(first!) : null;
  return nominative ? [nominative[1] ?? nominative[2], ...rest].join(" ") : name;
}

function range(first: number, last: number): number[] {
  return Array.from({ length: last - first }, (_, i) => first + i);
}

function kindOf(word: string): ProjectKind | undefined {
  return KIND_WORD.find(([pattern]) => pattern.test(word))?.[1];
}

export function findProjects(
  sentence: string,
  tokens: Token[],
  mentions: Mention[],
  gazetteer: Gazetteer,
  tags: (string | undefined)[] = [],
): Mention[] {
  const words = tokens.map((token) => token.text);
  const taken = new Set<number>();
  for (const mention of mentions)
    if (mention.form !== "partial") for (let i = mention.first; i < mention.last; i += 1) taken.add(i);
  const found: Mention[] = [];
  /** `kindWord`: the word naming its kind; `bare`: the name without it; `quoted`: the quotes make it one name. */
  const push = (
    first: number,
    last: number,
    surface: string,
    kind: ProjectKind,
    { kindWord, bare, quoted }: { kindWord?: string; bare?: string; quoted?: boolean } = {},
  ) => {
    const name = quoted ? surface : nominativeKind(surface);
    // A place inside quotes is part of the name: "die App „Thüringen digital“" (analyze.ts drops its mention).
    // (Not where a name the gazetteer knows reaches beyond the quotes: "das OZG-Projekt „Aufenthalt“".)
    const reachesOut = (m: Mention) =>
      m.form !== "partial" && m.first < last && m.last > first && (m.first < first || m.last > last);
    if (quoted ? mentions.some(reachesOut) : range(first, last).some((i) => taken.has(i))) return;
    const known = [kindWord && THEMENFELD.test(kindWord) ? `Themenfeld ${name}` : undefined, name, bare]
      .map((candidate) => (candidate ? gazetteer.findByName(candidate) : undefined))
      .find((entity) => entity?.type === "Project");
    const entity: KnownEntity = known ?? { id: slugify(name), name, type: "Project", kind, isNew: true };
    const start = tokens[first]!.start;
    const end = tokens[last - 1]!.end;
    found.push({ start, end, first, last, text: sentence.slice(start, end), entity, form: "pattern" });
    for (let i = first; i < last; i += 1) taken.add(i);
  };

  for (let i = 0; i < words.length; i += 1) {
    const word = words[i]!;
    const kind = kindOf(word);
    // (Single quotes too, as a quotation inside a quotation writes them: "den Wettbewerb ‚X‘".)
    const quote = words[i + 1];
    if (kind && (quote === '"' || (quote === "'" && isCapitalized(words[i + 2] ?? "")))) {
      const close = words.indexOf(quote, i + 2);
      // (Not the words between a closing quote and the next opening one: "ein Erfolgsprojekt“,
      // sagt Minister X: „...", where a comma follows the quote.)
      const opens = !/^[,.;:!?)]$/.test(words[i + 2] ?? "");
      if (close > i + 2 && close - i < 10 && opens) {
        push(i + 2, close, words.slice(i + 2, close).join(" "), kind, { kindWord: word, quoted: true });
        continue;
      }
    }
    // "den Themenbereich Familie und Kind": a Themenfeld the reference data knows, named without quotes.
    if (THEMENFELD.test(word)) {
      const length = [5, 4, 3, 2, 1].find(
        (n) =>
          i + n < words.length &&
          gazetteer.findByName(`Themenfeld ${words.slice(i + 1, i + 1 + n).join(" ")}`)?.type === "Project",
      );
      if (length) {
        push(i, i + 1 + length, words.slice(i + 1, i + 1 + length).join(" "), kind!, { kindWord: word });
        continue;
      }
    }
    const named = programmeNameAt({ words, tags, taken, isKindWord: (w) => kindOf(w) !== undefined }, i);
    if (named) {
      const kindOfName =
        kind ?? kindOf(words[named.first]!) ?? kindOf(words[named.last - 1]!) ?? "initiative";
      push(named.first, named.last, named.name, kindOfName, { bare: named.bare });
      i = Math.max(i, named.last - 1);
      continue;
    }
    // "das Portal Mein Unternehmenskonto": a portal named by what the user has there.
    if (
      kind === "platform" &&
      words[i + 1] === "Mein" &&
      SERVICE_NAME.test(words[i + 2] ?? "") &&
      !taken.has(i + 2)
    ) {
      push(i + 1, i + 3, `Mein ${words[i + 2]!}`, kind);
      continue;
    }
    if (
      kind === "platform" &&
      (BRAND.test(words[i + 1] ?? "") || NUMBERED.test(words[i + 1] ?? "")) &&
      !LEGAL_FORM.test(words[i + 1]!) &&
      !taken.has(i + 1) &&
      !STOP_AFTER_BRAND.test(words[i + 1]!) &&
      // A verb after the kind word is no brand ("das BayernPortal startete", "das Serviceportal
      // entstand"), nor an adverb ("per App gebietsgenau").
      !/(t|en|te|ten)$/.test(words[i + 1]!) &&
      !/^(VERB|AUX)$/.test(tags[i + 1] ?? "") &&
      !ADVERB_LIKE.test(words[i + 1]!)
    ) {
      push(i + 1, i + 2, words[i + 1]!, kind);
      continue;
    }
    // "Bundesratsinitiative ELFE", "Projekt KOALA": a kind word and a name in capitals.
    if (
      kind &&
      kind !== "strategy" &&
      ACRONYM.test(words[i + 1] ?? "") &&
      !LEGAL_FORM.test(words[i + 1]!) &&
      !taken.has(i + 1)
    ) {
      push(i + 1, i + 2, words[i + 1]!, kind);
      continue;
    }
    const next = words[i + 1] ?? "";
    if (
      SERVICE_KIND.test(word) &&
      SERVICE_NAME.test(next) &&
      !isRoleWord(next) &&
      !STOP_AFTER_BRAND.test(next.toLowerCase())
    ) {
      push(i, i + 2, `${word} ${next}`, "platform");
      continue;
    }
    // (only a service the reference data knows: "die digitale Akte" alone is a kind of thing)
    if (
      MEDIUM.test(word) &&
      SERVICE_NOUN.test(next) &&
      gazetteer.findByName(`${word} ${next}`)?.type === "Project"
    ) {
      push(i, i + 2, `${word} ${next}`, "platform");
      continue;
    }
    if (PRODUCT.test(word) && !taken.has(i)) {
      push(i, i + 1, word, "platform");
      continue;
    }
    if (CAMEL.test(word) && !LEGAL_FORM.test(word) && !MIXED_ABBREVIATION.test(word) && !taken.has(i)) {
      let last = i + 1;
      while (
        last < words.length &&
        last - i < 3 &&
        /^(\p{Lu}\p{Ll}+|\d+(\.\d+)?)$/u.test(words[last]!) &&
        !STOP_AFTER_BRAND.test(words[last]!) &&
        // "der GroKo Staatsministerin für Digitales": a role after the brand is no part of its name.
        !isRoleWord(words[last]!)
      )
        last += 1;
      // "der Sächsischen Bauordnung (SächsBO)": the short name of a law in parentheses after it.
      const ofLaw = words[i - 1] === "(" && LAW_NAME_END.test(words[i - 2] ?? "");
      push(i, last, words.slice(i, last).join(" "), ofLaw ? "law" : "programme");
      continue;
    }
    const law = LAW.exec(word);
    if (law && !taken.has(i)) push(i, i + 1, law[1]!, "law");
  }
  return found;
}
