/**
 * A sentence's parse with the extraction's mentions laid over it: what a rule asks of the
 * dependency tree (children by relation, subtrees, the entity a token names, the verb a noun
 * hangs on).
 */
import type { Mention } from "../entities/mentions.js";
import { personOfGender, type DiscourseContext } from "../entities/anaphora.js";
import { genderOfName, genderOfRole } from "../entities/gender.js";
import { isRoleWord } from "../entities/people.js";
import type { KnownEntity } from "../types.js";
import { PLURAL_KIND } from "../entities/mentions.js";
import type { ParseToken, SentenceParse } from "./align.js";
import { NOMINAL } from "./labels.js";

/**
 * The first name a plural kind noun lists ("die Länder Hessen und Bayern": Hessen), where the
 * parser hung the names on it; undefined for any other noun.
 */
export function listedByKind(word: string, children: ParseToken[]): ParseToken | undefined {
  return PLURAL_KIND.test(word) ? children.find((t) => /^(appos|flat)$/.test(t.dep)) : undefined;
}

/** The articles (accusative, as of an object) a relative pronoun agrees with. */
const AGREEING: Record<string, string[]> = {
  die: ["die", "eine"],
  welche: ["die", "eine"],
  das: ["das", "ein"],
  welches: ["das", "ein"],
  der: ["den", "einen"],
  den: ["den", "einen"],
  welcher: ["den", "einen"],
  welchen: ["den", "einen"],
};

/**
 * The noun right before the comma at `comma` (a name's head where the name has several words):
 * what a relative pronoun after the comma stands for ("das Verfahren, das ...", "der Rat, in dem ...").
 */
export function nounBeforeComma(tokens: ParseToken[], comma: number): number | undefined {
  if (tokens[comma]?.word !== ",") return undefined;
  let at = comma - 1;
  while (at >= 0 && tokens[at]!.pos === "PUNCT") at -= 1;
  while (at >= 0 && /^flat/.test(tokens[at]!.dep) && tokens[at]!.head >= 0) at = tokens[at]!.head;
  // A number of the name: "die Digitale Agenda 2014-2017, die ...", "die Agenda 2030, die ...".
  if (at > 0 && tokens[at]!.pos === "NUM" && NOMINAL.test(tokens[at - 1]!.pos)) at -= 1;
  // A clause moved after its verb: "hat die Agenda vorgestellt, die ..." stands for the verb's one
  // object, where the pronoun agrees with its article.
  if (at >= 0 && tokens[at]!.pos === "VERB") {
    const objects = tokens.filter((t) => t.head === at && t.dep === "obj" && t.index < at);
    if (objects.length !== 1) return undefined;
    const object = objects[0]!;
    const article = tokens.find((t) => t.head === object.index && t.dep === "det")?.word.toLowerCase();
    const pronoun = tokens[comma + 1]?.word.toLowerCase() ?? "";
    return article && AGREEING[pronoun]?.includes(article) ? object.index : undefined;
  }
  return at >= 0 && NOMINAL.test(tokens[at]!.pos) ? at : undefined;
}

/** Nouns that describe a person ("der 40-jährige SPD-Politiker", "die gelernte Rechtsanwältin"). */
const PERSON_NOUN =
  /(politiker|politikerin|jurist|juristin|anwalt|anwältin|manager|managerin|experte|expertin|ökonom|ökonomin|informatiker|informatikerin|chemiker|chemikerin|physiker|physikerin|ingenieur|ingenieurin|wissenschaftler|wissenschaftlerin|wirt|wirtin|kaufmann|kauffrau|mediziner|medizinerin|historiker|historikerin|soziologe|soziologin|pädagoge|pädagogin|journalist|journalistin|unternehmer|unternehmerin|mathematiker|mathematikerin|verantwortliche|jährige|jährigen)$/i;

/** Adjectives that describe a person ("der gelernte Chemiker", "die gebürtige Bayerin", "der 40-jährige ..."). */
export const DESCRIBING =
  /^(gelernte[rn]?|gebürtige[rn]?|geborene[rn]?|promovierte[rn]?|studierte[rn]?|ausgebildete[rn]?|\d*-?jährige[rn]?)$/;

/** The shape of a past participle: "geleitet", "abgelöst", "gewählt", "ersetzt", "beerbt", "digitalisiert". */
const PARTICIPLE = /^(\p{Ll}*ge\p{Ll}+(t|en)|(be|er|ver|zer|ent|emp|miss)\p{Ll}+t|\p{Ll}+iert)$/u;
/** A quotation mark as a token of its own (single quotes read as quotes, as normalize.ts writes them). */
export const QUOTE = /^["„“”«»‚‘']$/;

/**
 * The words inside quotes right after the token at `index` (a name: "das Themenfeld „Bauen und
 * Wohnen“"), up to ten tokens on; none where the quote closes after it ("ein Erfolgsprojekt“,
 * sagt X: „...").
 */
export function quotedSpanAfter(index: number, tokens: ParseToken[]): [number, number] | undefined {
  if (!QUOTE.test(tokens[index + 1]?.word ?? "")) return undefined;
  if (tokens[index + 2]?.pos === "PUNCT") return undefined;
  const close = tokens.findIndex((t) => t.index > index + 1 && QUOTE.test(t.word));
  return close < 0 || close - index > 10 ? undefined : [index + 2, close];
}
/** Words that negate what they stand with ("nicht", "keine"). */
export const NEGATION = /^(nicht|nie|niemals|kein|keine[nrms]?)$/i;

/** Words that join the items of a list. */
const LIST_JOINER = /^(und|sowie|oder|bzw\.?)$/;
/** Kind nouns before a list's names ("die Länder Bayern und Hessen", "der Kreis Paderborn"). */
const LIST_KIND =
  /^(Land|Länder|Bundesland|Bundesländer|Freistaat|Stadt|Städte|Hansestadt|Kreis|Kreise|Landkreis|Landkreise|Gemeinde|Gemeinden|Kommune|Kommunen|Bezirk|Bezirke)$/;

export interface ParsedSentence {
  text: string;
  parse: SentenceParse;
  mentions: Mention[];
  context: DiscourseContext;
}

export class View {
  readonly tokens: ParseToken[];
  constructor(readonly sentence: ParsedSentence) {
    this.tokens = sentence.parse.tokens;
  }

  children(index: number, dep?: RegExp): ParseToken[] {
    return this.tokens.filter((t) => t.head === index && (!dep || dep.test(t.dep)));
  }

  /** Whether a token's preposition is one of `words`, whatever its case ("Auf Hans Meier folgt"). */
  hasCase(index: number, ...words: string[]): boolean {
    return this.children(index, /^case$/).some((c) => words.includes(c.word.toLowerCase()));
  }

  mentionAt(index: number): Mention | undefined {
    const token = this.tokens[index];
    if (!token) return undefined;
    return this.sentence.mentions.find((m) => m.start <= token.start && token.end <= m.end);
  }

  personAt(index: number): Mention | undefined {
    const mention = this.mentionAt(index);
    return mention?.entity.type === "Person" ? mention : undefined;
  }

  /**
   * The person whose name a token belongs to, through flat and appos heads ("Dr." heads "Heiko
   * Geue"); a definite role noun ("die gelernte Rechtsanwältin", "der neue CIO") is the person
   * named last.
   */
  personOf(index: number): Mention | undefined {
    const direct = this.personAt(index);
    if (direct) return direct;
    const names = this.children(index, /^(flat|appos)/).map((t) => this.personAt(t.index));
    // "Hamburgs Erster Bürgermeister Peter Tschentscher": the parser may hang the role on the
    // adjective before it, and the name on the role.
    const appositions = this.children(index, /^appos/).flatMap((t) => this.children(t.index, /^flat/));
    return (
      names.find((m) => m !== undefined) ??
      appositions.map((t) => this.personAt(t.index)).find((m) => m !== undefined) ??
      this.commaApposition(index) ??
      this.namedAs(index) ??
      this.describedPerson(index)
    );
  }

  /** "Holger Nauendorff heißt der neue Betriebsleiter, der ...": the one the noun names. */
  private namedAs(index: number): Mention | undefined {
    const verb = this.tokens[index]?.head ?? -1;
    if (verb < 0 || !/^(heißt|heißen|hieß|hießen)$/.test(this.tokens[verb]!.word)) return undefined;
    return this.children(verb, /^nsubj/)
      .filter((t) => t.index !== index)
      .map((t) => this.personAt(t.index))
      .find((m) => m !== undefined);
  }

  /**
   * "Die Staatssekretärin für Digitalisierung, Milen Starke, wurde ... ernannt": the name set off
   * by commas after a role's phrase, where the parser hung it on a word of the phrase.
   */
  private commaApposition(index: number): Mention | undefined {
    return isRoleWord(this.tokens[index]?.word ?? "") ? this.nameAfterComma(index) : undefined;
  }

  /**
   * The person named right after the first comma that ends the phrase of the noun at `index`
   * (before any verb), over role words and titles before the name: "meinem Vorgänger als CIO,
   * Finanzminister Dr. Thomas Schäfer, ...".
   */
  nameAfterComma(index: number): Mention | undefined {
    for (let at = index + 1; at < Math.min(this.tokens.length - 1, index + 8); at += 1) {
      const token = this.tokens[at]!;
      if (/^(VERB|AUX)$/.test(token.pos)) return undefined;
      if (token.word !== ",") continue;
      let name = at + 1;
      const over = (word: string) => isRoleWord(word) || /^(Dr\.|Prof\.)$/.test(word);
      while (name < at + 4 && over(this.tokens[name]?.word ?? "")) name += 1;
      const person = this.personAt(name);
      return person && person.start === this.tokens[name]!.start ? person : undefined;
    }
    return undefined;
  }

  /** The person a possessive on a noun stands for ("Sein Nachfolger": the man named last). */
  possessor(index: number): Mention | undefined {
    const owner = this.children(index, /^det:poss$/)[0];
    if (owner && /^(mein|meine|meinen|meinem|meiner)$/.test(owner.word.toLowerCase()))
      return this.speaker(owner.start);
    if (!owner || !/^(sein|seine|seinen|seinem|seiner|ihr|ihre|ihren|ihrem|ihrer)$/i.test(owner.word))
      return undefined;
    const gender = /^sein/i.test(owner.word) ? "m" : "f";
    // "Die bisherige CIO Anna Lenz geht in den Ruhestand, ihr Nachfolger wird ...": a person of
    // that gender named in an earlier clause of the same sentence.
    const earlier = this.sentence.mentions.filter(
      (m) =>
        m.entity.type === "Person" &&
        m.end <= owner.start &&
        /[,;]/.test(this.sentence.text.slice(m.end, owner.start)) &&
        (genderOfName(m.entity.name) ?? gender) === gender,
    );
    if (earlier.length > 0) return earlier[earlier.length - 1];
    const named = personOfGender(this.sentence.context, gender);
    return named ? this.anaphor(owner, named) : undefined;
  }

  /**
   * Who says the quoted words at `at`: the person named last before the quote opens ('X begrüßte
   * den Beschluss: "Ich danke meinem Vorgänger ..."'), else the first named after it closes
   * ('"...", sagte X').
   */
  private speaker(at: number): Mention | undefined {
    const text = this.sentence.text;
    const open = Math.max(...["„", '"', "«", "»", "“"].map((mark) => text.lastIndexOf(mark, at)));
    if (open < 0) return undefined;
    const people = this.sentence.mentions.filter((m) => m.entity.type === "Person");
    const before = people.filter((m) => m.end <= open);
    if (before.length > 0) return before[before.length - 1];
    const close = Math.min(
      ...["“", '"', "«", "»", "”"].map((mark) => text.indexOf(mark, at)).filter((i) => i >= 0),
    );
    return Number.isFinite(close) ? people.find((m) => m.start > close) : undefined;
  }

  /**
   * "Die 55-jährige rheinland-pfälzische Ressortchefin", "der gelernte Diplom-Chemiker": a noun
   * described as only a person named before can be, that person.
   */
  describedAs(index: number): Mention | undefined {
    // (The parser may hang "55-jährige" on the adjective after it.)
    const described = this.subtree(index).some(
      (i) => i < index && this.tokens[i]!.dep === "amod" && DESCRIBING.test(this.tokens[i]!.word),
    );
    return described && !this.mentionAt(index) ? this.describedPerson(index) : undefined;
  }

  private describedPerson(index: number): Mention | undefined {
    const token = this.tokens[index];
    const article = this.children(index, /^det$/)[0]?.word.toLowerCase();
    const person = personOfGender(
      this.sentence.context,
      article === "die" ? "f" : article && /^(der|den|dem|des)$/.test(article) ? "m" : undefined,
    );
    if (!token || this.mentionAt(index)) return undefined;
    // "Am 1. Januar 2012 wurde er Beauftragter ...": a personal pronoun anywhere in the sentence.
    if (token.pos === "PRON" && /^(er|sie|ihn)$/i.test(token.word)) {
      // "Auch Thomas Silberhorn macht einen Sprung – er wird Staatssekretär": the person the clause
      // before the dash (or colon, semicolon) named last.
      const before = this.sentence.mentions.filter((m) => m.entity.type === "Person" && m.end <= token.start);
      const last = before[before.length - 1];
      if (last && /[–—:;]|\s-\s/.test(this.sentence.text.slice(last.end, token.start))) return last;
      const named = personOfGender(this.sentence.context, /^(er|ihn)$/i.test(token.word) ? "m" : "f");
      if (named) return this.anaphor(token, named);
      // "Anna Keller ist keine Unbekannte, seit 2021 war sie ...": the person named just before.
      return before.length === 1 ? before[0] : undefined;
    }
    if (!person || !NOMINAL.test(token.pos)) return undefined;
    const hasArticle = (pattern: RegExp) => this.children(index, /^det$/).some((t) => pattern.test(t.word));
    // "der SPD-Politiker": the tokenizer cuts the compound the noun ends.
    const noun = this.compoundAt(index);
    // "der gelernte Diplom-Chemiker", "die gebürtige Bayerin": an adjective only people take.
    const described = this.children(index, /^amod$/).some((t) => DESCRIBING.test(t.word));
    // A role in the subject's case ("der neue CIO"); a word only people are called in any case
    // ("machte den CDU-Politiker zum CIO"), not a role ("den ehemaligen Bürgermeister von Detmold").
    const personWord = PERSON_NOUN.test(noun) || described;
    const definite = hasArticle(/^(der|die)$/i) || (personWord && hasArticle(/^(den|dem|des)$/i));
    if (!definite || !(isRoleWord(noun) || personWord)) return undefined;
    // "die Finanzminister der 16 Bundesländer": a man's role after "die" is a plural, no one person.
    if (article === "die" && genderOfRole(noun) === "m") return undefined;
    return this.anaphor(token, person);
  }

  /** The word at `index` with the parts of its hyphenated compound the tokenizer cut ("SPD-Politiker"). */
  private compoundAt(index: number): string {
    let end = index;
    const glued = (a: number) => this.tokens[a]!.end === this.tokens[a + 1]?.start;
    while (this.tokens[end + 2] && this.tokens[end + 1]!.word === "-" && glued(end) && glued(end + 1))
      end += 2;
    return this.sentence.text.slice(this.tokens[index]!.start, this.tokens[end]!.end);
  }

  /** A mention made for a word that refers back (it has no place among the sentence's own mentions). */
  private anaphor(token: ParseToken, entity: KnownEntity): Mention {
    return {
      start: token.start,
      end: token.end,
      first: 0,
      last: 0,
      text: token.word,
      entity,
      form: "anaphor",
    };
  }

  /** The entity a token names, directly or through its flat, appos and nmod name parts ("das Land Hessen"). */
  entityOf(index: number, accept: (m: Mention) => boolean): Mention | undefined {
    for (const i of [
      index,
      ...this.children(index, /^(flat|appos|nmod|compound|amod)/).map((t) => t.index),
    ]) {
      const mention = this.mentionAt(i);
      if (mention && accept(mention)) return mention;
    }
    return undefined;
  }

  /** The subjects of a verb, also where the parser hung them on its auxiliary ("Der Rat hat ... beschlossen"). */
  subjects(verb: number): ParseToken[] {
    const auxiliaries = this.children(verb, /^(aux|cop)$/).map((t) => t.index);
    const active = [verb, ...auxiliaries].flatMap((i) => this.children(i, /^nsubj$/));
    // A future's "wird" read as a passive's auxiliary makes the subject a passive's: it stays the
    // subject where the parser found no other (the first: in "Er wird das Land ... repräsentieren"
    // the object is read as a passive's subject too).
    const subjects =
      active.length > 0 || this.passive(verb) ? active : this.children(verb, /^nsubj:pass$/).slice(0, 1);
    const token = this.tokens[verb];
    if (!token) return subjects;
    // A relative clause's subject is the noun it hangs on ("der Landesregierung ..., das den Vorsitz führt").
    // (The model may tag the relative pronoun an article: "Markus Richter, der ... saß".)
    const relative = subjects.find(
      (s) => (s.pos === "PRON" || s.pos === "DET") && /^(der|die|das|welche[rs]?)$/i.test(s.word),
    );
    if (relative && /^acl/.test(token.dep) && token.head >= 0) {
      // The parser may hang the clause on the wrong noun: the name right before the comma is the other candidate.
      const before = this.tokens[relative.index - 2];
      const named = this.tokens[relative.index - 1]?.word === "," && before ? [before] : [];
      return [this.tokens[token.head]!, ...named];
    }
    // An infinitive or participle shares the subject of the verb it completes ("hat ... den Vorsitz übernommen").
    if (subjects.length === 0 && /^(xcomp|conj)$/.test(token.dep) && token.head >= 0)
      return this.subjects(token.head);
    return subjects;
  }

  /** A token and the tokens conjoined with it ("Berlin und Brandenburg"). */
  conjuncts(index: number): number[] {
    return [index, ...this.children(index, /^conj$/).map((t) => t.index)].flatMap((i) => {
      // "die Länder Hessen und Bayern": a kind noun in the plural stands for the names it lists.
      const listed = listedByKind(this.tokens[i]!.word, this.children(i));
      return listed ? [listed.index, ...this.children(listed.index, /^conj$/).map((t) => t.index)] : [i];
    });
  }

  /**
   * The mentions listed with `mention`, read from the words between them, not the parse (which
   * hangs a long list's items as appositions and conjuncts of each other): "der Bund und die
   * Länder Bayern, Hessen und Sachsen", "die Stadt Köln, der Kreis Paderborn und Dataport".
   * Between two items only commas, "und", "sowie", "oder", articles, adjectives and kind nouns;
   * people are listed with people only.
   */
  listedWith(mention: Mention, accept: (m: Mention) => boolean): Mention[] {
    // People are listed with people, organisations, places and governments with each other:
    // "Geschäftsführer des Gemeindetages sowie Hanjo Lucassen" is no list of the two.
    const person = mention.entity.type === "Person";
    const items = this.sentence.mentions
      .filter((m) => m === mention || (accept(m) && (m.entity.type === "Person") === person))
      .sort((a, b) => a.start - b.start);
    const joined = (a: Mention, b: Mention) => {
      const between = this.tokens.filter((t) => t.start >= a.end && t.end <= b.start);
      return (
        between.length <= 4 &&
        between.some((t) => t.word === "," || LIST_JOINER.test(t.word)) &&
        between.every(
          (t) =>
            t.word === "," || LIST_JOINER.test(t.word) || /^(DET|ADJ)$/.test(t.pos) || LIST_KIND.test(t.word),
        )
      );
    };
    let first = items.indexOf(mention);
    let last = first;
    if (first < 0) return [mention];
    while (first > 0 && joined(items[first - 1]!, items[first]!)) first -= 1;
    while (last < items.length - 1 && joined(items[last]!, items[last + 1]!)) last += 1;
    return items.slice(first, last + 1);
  }

  subtree(index: number): number[] {
    const out = [index];
    for (let i = 0; i < out.length; i += 1) for (const child of this.children(out[i]!)) out.push(child.index);
    return out.sort((a, b) => a - b);
  }

  /**
   * Whether a verb is in the passive. The parser reads a future's "wird" as the passive's ("Jan
   * Pörksen wird das Gremium leiten", "wird dem Bahnchef nachfolgen"): after "wird" or "werden" only
   * a participle's shape ("geleitet", "abgelöst", "ersetzt", "digitalisiert") makes a passive, not an
   * infinitive's; "wurde" and "worden" always do.
   */
  passive(index: number): boolean {
    const auxiliaries = this.children(index, /^aux:pass$/);
    if (auxiliaries.length === 0) return false;
    if (auxiliaries.some((t) => /^(wurde|wurden|wurdest|worden)$/i.test(t.word))) return true;
    return PARTICIPLE.test(this.tokens[index]!.word.toLowerCase());
  }

  /** Whether a token's clause is negated ("nicht", "kein", "lehnt ... ab"). */
  negated(index: number): boolean {
    return this.children(index).some((t) => NEGATION.test(t.word));
  }
}
