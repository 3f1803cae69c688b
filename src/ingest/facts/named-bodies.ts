/**
 * The body an item named last, also one the gazetteer does not know: Länder and cities found new
 * councils ("hat einen Digitalrat ins Leben gerufen"), and a later "teilt sich den Vorsitz" or
 * "seine Mitglieder" means that council, not the known body named before it. A name counts as a
 * body when it is a compound on -rat or -kommission with an article ("der Digitalrat",
 * "einen Beirat"), or a committee with its name ("des Sonderausschusses Digitalisierung beim
 * Hessischen Landkreistag"), not a title ("Staatsrat", "Stadtrat Peter Müller"), a unit ("das Referat") or an
 * organisation's board ("des Verwaltungsrates" of the AKDB).
 */
import { slugify } from "../../model/ids.js";
import { inPersonsParenthesis } from "../entities/mentions.js";
import type { KnownEntity } from "../types.js";
import type { AnalyzedItem, AnalyzedSentence } from "./analyze.js";
import { ORGAN } from "./member-bodies.js";
import { STAFFED } from "./member-rules.js";
import { baseForm } from "./relation-rules.js";

const BODY_WORD = /^\p{Lu}\p{Ll}{3,}(rat|rats|rates|kommission)$/u;
/** A committee, named with what follows its noun: "des Sonderausschusses Digitalisierung beim Hessischen Landkreistag". */
const COMMITTEE = /^(\p{Lu}\p{Ll}*a|A)usschuss(es)?$/u;
const TITLE =
  /^(Staats|Land|Stadt|Regierungs|Ministerial|Oberregierungs|Amts|Hof|Geheim|Studien|Schul|Kreis|Senats|Gemeinde)rat/;
/** Words on -rat that name no body: a unit ("Referat"), a thing ("Apparat"). */
const NOT_BODY = /(referat|referats|referates|apparat|apparats|apparates|präparat|inserat)$/i;
const ARTICLE =
  /^(der|die|das|den|dem|des|ein|eine|einen|einem|eines|sein|seinen|seinem|seines|ihr|ihren|ihrem|ihres)$/i;

/** Where a sentence names bodies, known ones (their entity) and new ones (undefined: not known). */
export function bodiesNamed(sentence: AnalyzedSentence): { start: number; entity: KnownEntity }[] {
  const known = sentence.mentions
    .filter((m) => m.entity.type === "Organization" && m.entity.kind === "body" && m.form !== "partial")
    .map((m) => ({ start: m.start, entity: m.entity }));
  const tokens = sentence.parse.tokens;
  const named = tokens
    .filter(
      (t) =>
        (BODY_WORD.test(t.word) || COMMITTEE.test(t.word)) &&
        !TITLE.test(t.word) &&
        !NOT_BODY.test(t.word) &&
        // An organisation's board ("des Verwaltungsrates") is the organisation's, no body of its own.
        !ORGAN.test(t.word) &&
        !sentence.mentions.some((m) => m.start <= t.start && t.end <= m.end) &&
        tokens.some((d) => d.head === t.index && d.dep === "det" && ARTICLE.test(d.word)),
    )
    .map((t) => {
      const name = COMMITTEE.test(t.word) ? committeeName(t, sentence) : councilName(t, sentence);
      const entity: KnownEntity = {
        id: slugify(name),
        name,
        type: "Organization",
        kind: "body",
        isNew: true,
      };
      return { start: t.start, entity };
    });
  return [...known, ...named].sort((a, b) => a.start - b.start);
}

/**
 * A committee's name: its noun and what the parse hangs on it, with the organisation it sits at
 * when the parser hung that on the verb ("des Sonderausschusses Digitalisierung beim Hessischen
 * Landkreistag (HLT)" is "Sonderausschuss Digitalisierung beim Hessischen Landkreistag").
 */
function committeeName(
  token: AnalyzedSentence["parse"]["tokens"][number],
  sentence: AnalyzedSentence,
): string {
  const tokens = sentence.parse.tokens;
  let end = subtreeEnd(tokens, token.index);
  const next = tokens.find((t) => t.start >= end);
  if (next && /^(bei|beim)$/.test(next.word) && next.dep === "case" && next.head >= 0)
    end = Math.max(end, subtreeEnd(tokens, next.head));
  return bodyName(token.word, sentence.text, token.end, end);
}

/**
 * A council's name: its noun in its base form, with the first part of a compound the tokenizer cut
 * at its hyphen and a place or an abbreviation right after it ("den IT-Kooperationsrat NRW" is the
 * "IT-Kooperationsrat NRW").
 */
function councilName(token: AnalyzedSentence["parse"]["tokens"][number], sentence: AnalyzedSentence): string {
  const tokens = sentence.parse.tokens;
  const first = tokens.find((c) => c.head === token.index && c.dep === "compound" && c.end < token.start);
  const prefix = first ? sentence.text.slice(first.start, token.start) : "";
  const place = tokens.find(
    (c) =>
      c.head === token.index &&
      /^(appos|flat)/.test(c.dep) &&
      c.pos === "PROPN" &&
      c.start === token.end + 1 &&
      (c.ner === "LOCATION" || /^\p{Lu}{2,5}$/u.test(c.word)),
  );
  // ("der Digitalrat Rheinland-Pfalz": the tokenizer cuts the Land's name at its hyphen; the mention does not.)
  const placeEnd = place
    ? Math.max(place.end, ...sentence.mentions.filter((m) => m.start === place.start).map((m) => m.end))
    : 0;
  const name = place ? bodyName(token.word, sentence.text, token.end, placeEnd) : baseForm(token.word);
  return /^[\p{L}\d]+-$/u.test(prefix) ? `${prefix}${name}` : name;
}

/**
 * A body named by its noun (in its base form) and the words after it up to `end`, not over a
 * parenthesis or a comma: "eines Steuerungsgremiums der Länder" is the Steuerungsgremium der Länder.
 */
export function bodyName(noun: string, text: string, nounEnd: number, end: number): string {
  return `${baseForm(noun)}${text.slice(nounEnd, end)}`.replace(/\s*[(,].*$/, "");
}

/** The committee or council the gazetteer does not know that a sentence names last, if it names one last. */
export function committeeNamed(sentence: AnalyzedSentence): KnownEntity | undefined {
  const last = bodiesNamed(sentence).at(-1)?.entity;
  return last?.isNew ? last : undefined;
}

/** `sentence` with the body named last before it as its context's last body. */
export function withLastNamedBody(sentence: AnalyzedSentence, analyzed: AnalyzedItem): AnalyzedSentence {
  const at = analyzed.sentences.indexOf(sentence);
  for (let i = at - 1; i >= 0; i -= 1) {
    const last = bodiesNamed(analyzed.sentences[i]!).at(-1);
    if (!last) continue;
    // A known body is the context's already.
    if (!last.entity.isNew) return sentence;
    return { ...sentence, context: { ...sentence.context, lastBody: last.entity } };
  }
  return sentence;
}

/**
 * The body a bare noun refers back to ("Zum Verbund gehören ..."): the latest earlier "Verbund"
 * named with its genitive ("in den Verbund der interoperablen Servicekonten"), by that full name.
 */
export function bodyNamedBefore(
  word: string,
  sentence: AnalyzedSentence,
  analyzed: AnalyzedItem,
): KnownEntity | undefined {
  const noun = baseForm(word);
  const at = analyzed.sentences.indexOf(sentence);
  for (let i = at - 1; i >= 0; i -= 1) {
    const earlier = analyzed.sentences[i]!;
    const tokens = earlier.parse.tokens;
    for (const token of [...tokens].reverse()) {
      if (baseForm(token.word) !== noun) continue;
      const genitive = tokens.find(
        (t) =>
          t.head === token.index &&
          t.dep === "nmod" &&
          !tokens.some((c) => c.head === t.index && c.dep === "case"),
      );
      if (!genitive) {
        // "die Einrichtung eines Kommunalgremiums (KoG)": the noun with the abbreviation it was given.
        const abbreviation = abbreviationAfter(tokens, token.index);
        if (!abbreviation) continue;
        const name = `${noun} (${abbreviation})`;
        return { id: slugify(name), name, type: "Organization", isNew: true };
      }
      const span = subtreeEnd(tokens, genitive.index);
      const name = bodyName(token.word, earlier.text, token.end, span);
      return { id: slugify(name), name, type: "Organization", isNew: true };
    }
  }
  return undefined;
}

/** An abbreviation in parentheses right after a token: "Kommunalgremiums (KoG)". */
function abbreviationAfter(tokens: AnalyzedSentence["parse"]["tokens"], index: number): string | undefined {
  const [open, word, close] = [tokens[index + 1], tokens[index + 2], tokens[index + 3]];
  const abbreviation = word?.word ?? "";
  return open?.word === "(" &&
    close?.word === ")" &&
    /^\p{Lu}[\p{L}]{1,7}$/u.test(abbreviation) &&
    (abbreviation.match(/\p{Lu}/gu) ?? []).length >= 2
    ? abbreviation
    : undefined;
}

/** The end offset of a token's subtree. */
function subtreeEnd(tokens: AnalyzedSentence["parse"]["tokens"], index: number): number {
  let end = tokens[index]!.end;
  for (const child of tokens.filter((t) => t.head === index && t.dep !== "punct"))
    end = Math.max(end, subtreeEnd(tokens, child.index));
  return end;
}

/** The organisation (no ministry or agency) the item named last before `sentence`. */
export function organizationNamedBefore(
  sentence: AnalyzedSentence,
  analyzed: AnalyzedItem,
): KnownEntity | undefined {
  const at = analyzed.sentences.indexOf(sentence);
  for (let i = at - 1; i >= 0; i -= 1) {
    const { mentions, text } = analyzed.sentences[i]!;
    // Not a person's affiliation in the parenthesis after their name.
    const named = mentions.filter(
      (m) =>
        m.entity.type === "Organization" &&
        m.form !== "partial" &&
        !STAFFED.has(m.entity.kind ?? "") &&
        !inPersonsParenthesis(m, mentions, text),
    );
    if (named.length > 0) return named[named.length - 1]!.entity;
  }
  return undefined;
}
