/**
 * The extent of a role phrase in a parsed sentence: where the role's words start ("Chief
 * Information Officer", "Landes-CIO"), where its qualifiers end ("Staatssekretärin im
 * Bundesministerium des Innern", "Staatsministerin für Digitales und Medien"), its text, and the
 * name that starts at a token (after titles).
 */
import { ORGAN } from "./member-bodies.js";
import type { Mention } from "../entities/mentions.js";
import type { View } from "../parse/view.js";
import { isRoleWord } from "../entities/people.js";

const TITLE = /^(Dr\.?|Prof\.?|Herr|Frau|Herrn)$/;

/** Role words beside those the people module knows: "Beigeordneter", "Referentin", "Vorstand", "CEO". */
export const EXTRA_ROLE =
  /^(?:\p{Lu}[\p{L}-]*)?(?:[bB]eigeordnete[r]?|[kK]anzler(?:in)?|[vV]orsteher(?:in)?|[rR]eferent(?:in)?|[bB]evollmächtigte[r]?|[aA]bgeordnete[r]?|[rR]ektor(?:in)?|[pP]rofessor(?:in)?|[sS]tellvertreter(?:in)?|[sS]taatsr(?:at|ätin)|[kK]oordinator(?:in)?|[dD]ozent(?:in)?|[dD]ekan(?:in)?|[gG]eneralsekretär(?:in)?|[gG]esellschafter(?:in)?|[pP]räsidialmitglied|Kreisr(?:at|ätin)|[kK]ämmer(?:er|in)|[vV]orstand|Officer|CEO|CTO|CFO|COO|CSO)$/u;

/**
 * The forms of a role word to look up: as written and without a case ending ("zum
 * Ministerpräsidenten", "des Staatssekretärs", "den Beauftragten", "den Vorsitzenden").
 */
export function roleForms(word: string): string[] {
  // ("Staatssekretäre", "Staatsräte": a plural read as the role it is said of each.)
  return [word, word.replace(/(en|n|s)$/, ""), word.replace(/n$/, ""), roleNominative(word)];
}

/**
 * The nominative singular of a role word as written: "des Staatssekretärs" -> "Staatssekretär",
 * "dem Präsidenten" -> "Präsident", "den Staatssekretären" -> "Staatssekretär".
 */
export function roleNominative(word: string): string {
  if (/[^s]s$/.test(word) && !/(CIO|CDO|CTO|CISO)s$/.test(word)) return word.slice(0, -1);
  if (/(ent|ant)en$/.test(word)) return word.slice(0, -2);
  // "den beiden Parlamentarischen Staatssekretären": a plural names the same office for each.
  if (/(ekretär|ktor)en$/.test(word)) return word.slice(0, -2);
  // "Staatssekretäre", "Staatsräte": the plural of a role said of several people.
  if (/äre$/.test(word)) return word.slice(0, -1);
  if (/räte$/.test(word)) return word.replace(/räte$/, "rat");
  return word;
}

/** Roles that are adjectives used as nouns: their ending follows the article ("der Beauftragte", "ein Beauftragter"). */
const ADJECTIVAL_ROLE = /(beauftragt|bevollmächtigt|vorsitzend|abgeordnet|beigeordnet)en$/i;

/**
 * The article before a role phrase, over adjectives ("zum neuen IT-Bevollmächtigten": "zum").
 * "als neuen Vorstandsvorsitzenden" has none, but its adjective's ending says what "den" would.
 */
function articleBefore(start: number, view: View): string {
  let at = start - 1;
  while (at > 0 && view.tokens[at]!.pos === "ADJ") at -= 1;
  const article = (view.tokens[at]?.word ?? "").toLowerCase();
  return article === "als" && at < start - 1 && /en$/.test(view.tokens[start - 1]!.word) ? "den" : article;
}

/** "des/dem/den/zum Beauftragten" -> "Beauftragter", "der/zur Beauftragten" -> "Beauftragte"; else as written. */
function adjectivalNominative(word: string, article: string): string {
  if (/^(der|zur|einer)$/.test(article)) return word.replace(/en$/, "e");
  if (/^(des|dem|den|zum|eines|einem|einen|zu)$/.test(article)) return word.replace(/en$/, "er");
  return word;
}

/** The person whose name starts at token `at` (after titles: "Dr.", "Prof.", "Herr", "Frau"). */
export function nameAt(at: number, view: View): Mention | undefined {
  // (The name may be known with its titles: "Prof. Dr. Andreas Pinkwart".)
  const starts = new Set<number>();
  while (view.tokens[at] && (TITLE.test(view.tokens[at]!.word) || view.tokens[at]!.word === ".")) {
    starts.add(view.tokens[at]!.start);
    at += 1;
  }
  // "Landrat a. D. Schröter": the retired holder's name after "außer Dienst".
  if (view.tokens[at]?.word === "a." && view.tokens[at + 1]?.word === "D.") at += 2;
  const person = view.personAt(at);
  if (view.tokens[at]) starts.add(view.tokens[at]!.start);
  return person && starts.has(person.start) ? person : undefined;
}

/**
 * The last token of a role phrase: "Staatsministerin für Digitales und Medien", "CIO der
 * Landesregierung", "Staatssekretär im Ministerium für Infrastruktur und Digitales".
 */
export function phraseEnd(role: number, view: View): number {
  const placed = placeEnd(role, view);
  const purposed = purposeEnd(placed, view);
  if (purposed === placed) {
    // "Beauftragter der Landesregierung für Informationstechnik": the purpose may follow the genitive.
    const genitive = genitiveEnd(placed, view);
    return genitive === placed ? genitive : purposeEnd(genitive, view);
  }
  // "Generalbevollmächtigter für Informationstechnologie in der Zentrale der Bundesagentur": a place
  // may follow the purpose; "Landesbeauftragter für Informationssicherheit der Landesregierung": a
  // genitive may follow either.
  return genitiveEnd(placed === role ? placeEnd(purposed, view) : purposed, view);
}

/** The end of what the office is for right after `end` ("für den Datenschutz"), else `end`. */
function purposeEnd(end: number, view: View): number {
  const t = view.tokens;
  const capital = (i: number) => /^\p{Lu}/u.test(t[i]?.word ?? "") && !view.personAt(i);
  // "für den Datenschutz": an article may stand before what the office is for.
  const purpose = t[end + 1]?.word === "für" ? (/^(den|die|das)$/.test(t[end + 2]?.word ?? "") ? 3 : 2) : 0;
  if (purpose === 0 || !capital(end + purpose)) return end;
  end += purpose;
  // "für Inneres, Digitalisierung und Migration": a comma goes on only where no name follows it,
  // or where the words after it run on as a list to "und" ("für Arbeit, Soziales,
  // Transformation und Digitalisierung, Dörte Schall").
  // "für Informations- und Kommunikationstechnologie": a compound cut short before "und".
  while (truncatedBeforeAnd(end, view) && capital(end + 3)) end += 3;
  while (
    (t[end + 1]?.word === "und" ||
      (t[end + 1]?.word === "," && (t[end + 3]?.word !== "," || listAhead(end + 2, view)))) &&
    capital(end + 2)
  )
    end += 2;
  return end;
}

/**
 * The end of a place right after `end` ("im Bundesministerium", split by the model into "in dem";
 * "in der Senatskanzlei", "beim Senator"), else `end`.
 */
function placeEnd(end: number, view: View): number {
  const t = view.tokens;
  const capital = (i: number) => /^\p{Lu}/u.test(t[i]?.word ?? "") && !view.personAt(i);
  const place = /^(im|beim)$/.test(t[end + 1]?.word ?? "")
    ? end + 2
    : /^(in|bei)$/.test(t[end + 1]?.word ?? "") && /^(der|dem)$/.test(t[end + 2]?.word ?? "")
      ? end + 3
      : // "Digitalminister in Schleswig-Holstein Jan Philipp Albrecht": a place by its name.
        t[end + 1]?.word === "in" && view.mentionAt(end + 2)?.entity.type === "State"
        ? end + 2
        : -1;
  if (place < 0) return end;
  let at = place;
  while (t[at]?.pos === "ADJ") at += 1;
  if (!capital(at)) return end;
  // The rest of a name the model cut at its hyphen ("Schleswig - Holstein").
  const mention = view.mentionAt(at);
  while (mention && t[at + 1] && t[at + 1]!.end <= mention.end) at += 1;
  return at;
}

/** Whether the word at `at` is a compound cut short by a hyphen before "und" ("Informations- und"). */
function truncatedBeforeAnd(at: number, view: View): boolean {
  const t = view.tokens;
  const hyphen = t[at + 1];
  return (
    hyphen?.word === "-" && hyphen.start === t[at]!.end && /^(und|oder|sowie)$/.test(t[at + 2]?.word ?? "")
  );
}

/** Whether the capitalised words from `at` run on as a list to "und": "Soziales, Transformation und Digitalisierung". */
function listAhead(at: number, view: View): boolean {
  const t = view.tokens;
  const capital = (i: number) => /^\p{Lu}/u.test(t[i]?.word ?? "") && !view.personAt(i);
  while (capital(at) && t[at + 1]?.word === ",") at += 2;
  return capital(at) && t[at + 1]?.word === "und" && capital(at + 2);
}

/** A genitive after a phrase: "der Landesregierung", "des Freistaates Sachsen". */
function genitiveEnd(end: number, view: View): number {
  const t = view.tokens;
  const capital = (i: number) => /^\p{Lu}/u.test(t[i]?.word ?? "") && !view.personAt(i);
  if (!/^(der|des)$/.test(t[end + 1]?.word ?? "")) return end;
  let at = end + 2;
  while (t[at]?.pos === "ADJ") at += 1;
  if (!capital(at)) return end;
  let last = t[at + 1]?.pos === "PROPN" && capital(at + 1) ? at + 1 : at;
  // "des Bundesamtes für Sicherheit in der Informationstechnik": a known name runs to its end.
  const mention = view.mentionAt(at);
  if (mention) while (t[last + 1] && t[last + 1]!.end <= mention.end) last += 1;
  // "der Landesregierung Sachsen-Anhalt": the rest of a name the model cut at its hyphen.
  const named = view.mentionAt(last);
  if (named) while (t[last + 1] && t[last + 1]!.end <= named.end) last += 1;
  return last;
}

/** The token before a parenthesis that ends at `at` ("Anna Keller (SPD)": "Keller"), else `at` itself. */
export function beforeParenthesis(at: number, view: View): number {
  if (view.tokens[at]?.word !== ")") return at;
  while (at > 0 && view.tokens[at]!.word !== "(") at -= 1;
  return at - 1;
}

/** The role phrase's end and a parenthesis right after it: "CIO (Chief Information Officer) des Landes". */
export function phraseEndWithParenthesis(role: number, view: View): number {
  const end = phraseEnd(role, view);
  if (view.tokens[end + 1]?.word !== "(") return end;
  // "Beauftragter für Informationstechnologie (CIO) des Freistaates Sachsen": the genitive after it.
  for (let at = end + 2; at < Math.min(view.tokens.length, end + 8); at += 1)
    if (view.tokens[at]!.word === ")") return genitiveEnd(at, view);
  return end;
}

/** The first token of a role's words: "Chief Information Officer", "Bundes-CIO", "IT-Beauftragter". */
export function roleStart(role: number, view: View): number {
  const tokens = view.tokens;
  let first = role;
  // "Der Chief Digital Officer": the article at the sentence start is no part of it, nor a
  // genitive before the title ("Sachsens Chief Information Officer").
  if (tokens[role]!.word === "Officer")
    while (
      first > 0 &&
      tokens[first]!.word !== "Chief" &&
      /^\p{Lu}/u.test(tokens[first - 1]!.word) &&
      tokens[first - 1]!.pos !== "DET" &&
      role - first < 3
    )
      first -= 1;
  // "Bundes-CIO", "Landes-CIO": the tokenizer cut the compound at its hyphen.
  const glued = (a: number, b: number) => tokens[a]!.end === tokens[b]!.start;
  while (
    first >= 2 &&
    tokens[first - 1]!.word === "-" &&
    glued(first - 1, first) &&
    glued(first - 2, first - 1)
  )
    first -= 2;
  return first;
}

/**
 * The token the parser made the head of a role phrase: "Chief" in "Chief Technology Officer",
 * whose last word is the role token; else the role itself.
 */
export function phraseHead(role: number, view: View): number {
  const token = view.tokens[role]!;
  // The parser may also hang the last word on the one before it as an apposition ("Information Officer").
  return /^(flat|appos)$/.test(token.dep) && token.head >= roleStart(role, view) && token.head < role
    ? token.head
    : role;
}

const DEPUTY = /^(stellvertretende[rn]?|kommissarische[rn]?|amtierende[rn]?)$/i;

/** "Chief Information Officer", "Beauftragter der Landesregierung für Informationstechnik". */
export function roleText(role: number, view: View): string {
  const tokens = view.tokens;
  // "stellvertretende CIO", "kommissarischer Leiter": a deputy's or acting office is an office of its own.
  const start = roleStart(role, view);
  const first = DEPUTY.test(tokens[start - 1]?.word ?? "") ? start - 1 : start;
  let last = role;
  // "für Digitale Strategie und Entwicklung": a capitalised adjective goes on to its noun.
  const overAdjective = () => {
    // (The tagger may take "Digitale" for a name: any word but a noun before a noun.)
    while (
      tokens[last]?.pos !== "NOUN" &&
      /^\p{Lu}\p{Ll}+(e|en|er|es)$/u.test(tokens[last]?.word ?? "") &&
      tokens[last + 1]?.pos === "NOUN" &&
      !view.personAt(last + 1)
    )
      last += 1;
  };
  // "für Informations- und Kommunikationstechnologie": a compound cut short before "und".
  const overTruncated = () => {
    while (truncatedBeforeAnd(last, view) && /^\p{Lu}/u.test(tokens[last + 3]?.word ?? "")) last += 3;
  };
  if (tokens[last + 1]?.word === "für" && /^\p{Lu}/u.test(tokens[last + 2]?.word ?? "")) {
    last += 2;
    overAdjective();
    overTruncated();
    while (
      (tokens[last + 1]?.word === "und" || (tokens[last + 1]?.word === "," && listAhead(last + 2, view))) &&
      /^\p{Lu}/u.test(tokens[last + 2]?.word ?? "") &&
      !view.personAt(last + 2)
    ) {
      last += 2;
      overAdjective();
      overTruncated();
    }
  }
  // "Vorsitzender des Verwaltungsrates": the board is part of the office (its organisation owns it).
  if (/^(des|der)$/.test(tokens[last + 1]?.word ?? "") && ORGAN.test(tokens[last + 2]?.word ?? "")) last += 2;
  const text = view.sentence.text.slice(tokens[first]!.start, tokens[last]!.end);
  // The role in the nominative: "des Staatssekretärs" is a "Staatssekretär", "zum
  // IT-Bevollmächtigten" an "IT-Bevollmächtigter", "zur Beauftragten" a "Beauftragte".
  const word = tokens[role]!.word;
  const at = tokens[role]!.start - tokens[first]!.start;
  const nominative = ADJECTIVAL_ROLE.test(word)
    ? adjectivalNominative(word, articleBefore(start, view))
    : roleNominative(word);
  const deputy = first < start ? tokens[first]!.word : "";
  const adjective = deputyNominative(
    deputy,
    articleBefore(first, view),
    nominative,
    ADJECTIVAL_ROLE.test(word),
  );
  const before = `${adjective}${text.slice(deputy.length, at)}`;
  return `${before}${nominative}${text.slice(at + word.length)}`;
}

/**
 * A deputy's adjective in the nominative: "zum stellvertretenden Verbandsvorsteher" is a
 * "stellvertretender Verbandsvorsteher", "zur stellvertretenden Vorständin" a "stellvertretende
 * Vorständin", "der stellvertretende Ministerpräsident" a "stellvertretender Ministerpräsident".
 */
function deputyNominative(adjective: string, article: string, role: string, adjectival: boolean): string {
  if (/en$/.test(adjective)) {
    // The article tells the case, as for an adjectival role; without one, the role's gender.
    const byArticle = adjectivalNominative(adjective, article);
    if (byArticle !== adjective) return byArticle;
    const feminine = /in$/.test(role) || (adjectival && /e$/.test(role));
    return adjective.replace(/en$/, feminine ? "e" : "er");
  }
  return /e$/.test(adjective) && article === "der" ? `${adjective}r` : adjective;
}

/** A seat in a body, no remit: "Staatssekretär und Mitglied im IT-Planungsrat". */
const SEAT_NOUN = /^(Mitglied|Mitglieder|Vertreter|Vertreterin|Teil)$/;

/**
 * The bare remit right after a role, which the parser makes the head of what follows:
 * "Projektleiter E-Government beim Landkreis Harburg", "Abteilungsleiterin Digitalisierung und
 * zentrale Projekte beim Kreis Helmstedt". A bare noun (no article: "Chef der Staatskanzlei in
 * Kiel" is a genitive), no name, no second role, nothing set off by a comma.
 */
export function remitsAfter(role: number, view: View): number[] {
  const misread = misreadRemit(role, view);
  return [
    ...(misread === undefined ? [] : [misread]),
    ...view
      .children(role, /^(appos|nmod|conj)$/)
      .filter(
        (t) =>
          t.index > role &&
          t.pos !== "PRON" &&
          view.children(t.index, /^(case|det)/).length === 0 &&
          !view.mentionAt(t.index) &&
          !view.personAt(t.index) &&
          !isRoleWord(t.word) &&
          !SEAT_NOUN.test(t.word) &&
          !view.tokens.slice(role + 1, t.index).some((x) => /^[,;:()„“"]$/.test(x.word)) &&
          (t.dep !== "conj" || !ownPhraseBefore(role, t.index, view)),
      )
      .map((t) => t.index),
  ];
}

/**
 * "Vorsitzender im IT-Kooperationsrat und Mitglied im IT-Planungsrat": a conjunct after the role's
 * own phrase (one with a preposition or an article) is a second predicate, not a remit of the role.
 */
function ownPhraseBefore(role: number, conjunct: number, view: View): boolean {
  const opens = Math.min(...view.subtree(conjunct));
  return view.tokens.slice(role + 1, opens).some((t) => /^(ADP|DET)$/.test(t.pos));
}

/**
 * "X ist Sachgebietsleiter Ausländerrecht im Landratsamt": the remit right after the role that the
 * parser made the copula's predicate, with the role as its subject.
 */
export function misreadRemit(role: number, view: View): number | undefined {
  const token = view.tokens[role]!;
  const head = view.tokens[token.head];
  const remit =
    head !== undefined &&
    /^nsubj/.test(token.dep) &&
    token.head === role + 1 &&
    head.pos === "NOUN" &&
    view.children(token.head, /^cop$/).length > 0 &&
    !view.mentionAt(token.head) &&
    !isRoleWord(head.word);
  return remit ? token.head : undefined;
}
