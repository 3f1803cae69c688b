/**
 * memberOf from general shapes of the sentence that the other member rules do not read:
 *   member-apposition  "Anna Keller, Mitglied des Normenkontrollrats, sagte ..." (a member noun
 *                      in apposition to its member)
 *   member-named       "die Vitako-Mitglieder Lecos und KISA", "die Mitglieder der Vitako A und B"
 *                      (member-named.ts)
 *   member-compound    "Hamburg ist Gründungsmitglied der Govdigital eG", "Mönchengladbach ist das
 *                      jüngste Verbandsmitglied" (without a genitive: the organisation named last)
 *   belong-relative    "der Normenkontrollrat, dem A und B angehören" (the relative pronoun is the body)
 *   composition        "Der Rat besteht aus A, B und C", "setzt sich aus A und B zusammen",
 *                      "Die Kommission, bestehend aus A und B, ..."
 *   enter              "Hessen ist in die Govdigital eG eingetreten"
 *   admitted           "Die Govdigital eG hat Bremen als neues Mitglied aufgenommen"
 *   organ-seat         "Anna Keller ist seit 2008 im Vorstand von Dataport", "war im Aufsichtsrat der
 *                      X tätig", "wechselte in den Vorstand der X", "kommt neu in den Vorstand von X"
 *                      (the organisation's member)
 *   part-of            "Hessen ist Teil des Verbunds ...", "... sowie Teil des Aufsichtsrates der BSAG"
 *   member-copula-new  "Hessen ist Mitglied im Verbund der kommunalen Rechenzentren", "Mitglied des
 *                      Verwaltungsrates von Dataport": a body or board the gazetteer does not know
 * The shapes are general but their cue words few, so each gives 0.75 or less: the facts go to
 * review. An organ's member ("Vorstandsmitglied") holds an office there and is the office rules'.
 */
import type { Mention } from "../entities/mentions.js";
import type { KnownEntity } from "../types.js";
import { View, type ParsedSentence } from "../parse/view.js";
import {
  bodyAt,
  INTENDED,
  joinedBody,
  memberAt,
  memberClaims,
  membersAt,
  STAFFED,
  withListed,
  withPreposition,
  type Target,
} from "./member-rules.js";
import { organOwner } from "./member-bodies.js";
import { namedMembers } from "./member-named.js";
import { targetAt, type RelationClaim } from "./relation-rules.js";
import { bodyName } from "./named-bodies.js";
import { slugify } from "../../model/ids.js";

const CONFIDENCE = 0.75;
/** Nouns that name a body of their own ("Kommunalgremium", "Findungskommission", "Beirat"). */
const BODY_NOUN =
  /^\p{Lu}\p{Ll}*(gremium|gremiums|kommission|beirat|beirats|beirates|ausschuss|ausschusses|rat|rats|rates)$/u;
const MEMBER = /^(Mitglied|Mitglieder)$/;
const MEMBER_COMPOUND = /^\p{Lu}\p{Ll}+(mitglied|mitglieder)$/u;
const ORGAN_MEMBER = /^(Vorstands|Aufsichtsrats|Verwaltungsrats|Präsidiums|Kuratoriums|Beirats|Rats|Ehren)/;
/** Compounds whose first part names the organisation the article is about ("Verbandsmitglied"). */
const ORGANISATION_MEMBER = /^(Verbands|Genossenschafts|Vereins|Gründungs|Voll|Neu)/;
const BELONG = /^(angehört|angehören|angehörte|angehörten)$/;
const CONSIST = /^(besteht|bestehen|bestand|bestanden)$/;
const COMPOSE = /^(setzt|setzen|setzte|setzten)$/;
const ENTER = /^(eingetreten|eintreten|einzutreten)$/;
const ENTER_FINITE = /^(tritt|treten|trat|traten)$/;
/** Kinds of organisation a person joins as a member. */
const MEMBERSHIP_BODY = new Set(["body", "association", "party"]);
const PART = /^Teil$/;
const RELATIVE = /^(dem|der|denen)$/i;

/** A project a phrase names: a known one, or one named with its kind ("des Projekts „X“"). */
function projectOf(view: View, index: number | undefined): KnownEntity | undefined {
  const target = targetAt(view, index);
  const entity = target?.entity;
  return entity?.type === "Project" && (!entity.isNew || entity.kind) ? entity : undefined;
}

/** "ist nicht", "will ... eintreten": no membership. */
function stated(view: View, index: number): boolean {
  if (view.negated(index)) return false;
  return !view.children(index, /^(aux|cop)/).some((t) => INTENDED.test(t.word));
}

/** Whether a member noun's body is an organisation's board ("Mitglied des Verwaltungsrates von Dataport"). */
function organOf(view: View, index: number): boolean {
  return view.children(index, /^nmod$/).some((t) => organOwner(view, t.index) !== undefined);
}

/** A noun with a copula, or conjoined with one that has it ("ist X, Mitglied des Y sowie Teil des Z"). */
function predicative(view: View, index: number): boolean {
  const token = view.tokens[index]!;
  const copula = (i: number) => view.children(i, /^cop$/).length > 0;
  return copula(index) || (token.dep === "conj" && token.head >= 0 && copula(token.head));
}

/** "ist im Vorstand": a copula with "in" on the noun. */
function copulaIn(view: View, index: number): boolean {
  return (
    view.children(index, /^cop$/).length > 0 &&
    view.children(index, /^case$/).some((c) => /^(im|in)$/i.test(c.word))
  );
}

/**
 * Verbs of moving into a seat ("wechselte in den Aufsichtsrat", "ist in den Verwaltungsrat
 * eingezogen"); "sitzt im Vorstand" is member-rules.ts'.
 */
const MOVE_IN =
  /^(wechselt|wechseln|wechselte|wechselten|gewechselt|rückt|rücken|rückte|rückten|gerückt|kommt|kommen|kam|kamen|gekommen|nachgerückt|zieht|ziehen|zog|zogen|eingezogen|einziehen)$/;
/** "tätig", "aktiv": the adjective of working in a board ("war im Aufsichtsrat der X tätig"). */
const ACTIVE = /^(tätig|aktiv)$/;

/**
 * The token whose subjects sit on the board an organ noun names: the noun itself after a copula
 * ("ist im Vorstand von Dataport"), else the verb or adjective its phrase hangs on ("war im
 * Aufsichtsrat der X tätig", "wechselte in den Vorstand der X").
 */
function seatHolder(view: View, index: number): number | undefined {
  if (copulaIn(view, index)) return index;
  const token = view.tokens[index]!;
  if (!/^(obl|nmod)/.test(token.dep) || token.head < 0) return undefined;
  const head = view.tokens[token.head]!;
  // (The tokenizer splits "im" into "in dem".)
  const inside = view.hasCase(index, "im", "in");
  const seated =
    (view.hasCase(index, "in") && MOVE_IN.test(head.word)) ||
    (inside && ACTIVE.test(head.word) && view.children(head.index, /^cop$/).length > 0);
  return seated && !view.negated(head.index) ? head.index : undefined;
}

/** The genitive or "im/in/bei" body of a member noun. */
function bodyOfNoun(view: View, index: number): Target | undefined {
  const named =
    withPreposition(view, index, /^nmod/, /^(im|in|beim|bei)$/i) ??
    view.children(index, /^nmod$/).find((t) => view.children(t.index, /^case$/).length === 0)?.index;
  return joinedBody(view, named);
}

/**
 * A body the gazetteer does not know, named by a body noun and the genitive that says whose it is:
 * "Das Kommunalgremium des IT-Planungsrats setzt sich zusammen aus ..." describes the
 * Kommunalgremium des IT-Planungsrats, not the IT-Planungsrat its genitive names.
 */
function bodyWithGenitive(view: View, noun: number): Target | undefined {
  const token = view.tokens[noun]!;
  if (view.mentionAt(noun) || !BODY_NOUN.test(token.word)) return undefined;
  const genitive = view
    .children(noun, /^nmod$/)
    .find((t) => t.index > noun && view.children(t.index, /^case$/).length === 0);
  if (!genitive) return undefined;
  const end = Math.max(...view.subtree(genitive.index).map((i) => view.tokens[i]!.end));
  const name = bodyName(token.word, view.sentence.text, token.end, end);
  return { entity: { id: slugify(name), name, type: "Organization", isNew: true }, penalty: 0.1 };
}

/**
 * The members an "aus" phrase lists: "aus den Städten A, B und C, den Kreisen D und E, dem
 * Städtetag": the names in apposition to each kind noun ("aus zwölf Mitgliedern, darunter A und
 * B": to a count), and the conjuncts that are members themselves.
 */
function composedOf(view: View, from: number): Mention[] {
  const members = view.conjuncts(from).flatMap((i) => {
    const named = view.children(i, /^appos$/).flatMap((t) => membersAt(view, t.index));
    if (named.length > 0) return named;
    const member = memberAt(view, i);
    return member ? withListed(view, [member]) : [];
  });
  return members.filter((m, i) => members.findIndex((other) => other.entity.id === m.entity.id) === i);
}

/**
 * `lastOrganization` names the organisation the item named last before this sentence, for a
 * member noun that names none ("ist das jüngste Verbandsmitglied"); `namedBefore` the body a bare
 * body noun refers back to.
 */
export function findMemberShapes(
  sentence: ParsedSentence,
  lastOrganization: () => KnownEntity | undefined = () => undefined,
  namedBefore: (noun: string) => KnownEntity | undefined = () => undefined,
): RelationClaim[] {
  const view = new View(sentence);
  // "Das Kommunalgremium ... setzt sich zusammen aus": a bare body noun is the one named in full before.
  const bodyNamedBefore = (noun: number): Target | undefined => {
    const word = view.tokens[noun]!.word;
    const entity = !view.mentionAt(noun) && BODY_NOUN.test(word) ? namedBefore(word) : undefined;
    return entity && { entity, penalty: 0.1 };
  };
  const claims: RelationClaim[] = [];
  const add = (members: Mention[], body: Target | undefined, confidence: number, rule: string) =>
    claims.push(...memberClaims(members, body, confidence, rule));
  view.tokens.forEach((token, index) => {
    const word = token.word;
    if (!stated(view, index)) return;
    const compound = MEMBER_COMPOUND.test(word) && !ORGAN_MEMBER.test(word);
    const seat = organOwner(view, index) ? seatHolder(view, index) : undefined;
    // "die Vitako-Mitglieder Lecos und KISA": the names after the noun and its body.
    const named = namedMembers(view, index);
    if (named) add(named.members, named.body, CONFIDENCE, "member-named");
    if ((MEMBER.test(word) || compound) && token.dep === "appos" && token.head >= 0) {
      const member = memberAt(view, token.head);
      add(member ? [member] : [], bodyOfNoun(view, index), CONFIDENCE, "member-apposition");
    } else if (compound && view.children(index, /^cop$/).length > 0) {
      const members = view.subjects(index).flatMap((t) => membersAt(view, t.index));
      // Without a genitive only a compound that says which organisation it means ("Verbandsmitglied").
      const known = ORGANISATION_MEMBER.test(word) ? lastOrganization() : undefined;
      const body = bodyOfNoun(view, index) ?? (known ? { entity: known, penalty: 0.15 } : undefined);
      add(members, body, CONFIDENCE, "member-compound");
    } else if (MEMBER.test(word) && predicative(view, index)) {
      // "Hessen ist Mitglied im Verbund der kommunalen Rechenzentren", "Mitglied des Aufsichtsrats
      // der X": a body or board the gazetteer does not know (known bodies are the copula rule's).
      const body = bodyOfNoun(view, index);
      if (!body || (!body.entity.isNew && !organOf(view, index))) return;
      const members = view.subjects(index).flatMap((t) => membersAt(view, t.index));
      add(members, body, 0.7, "member-copula-new");
    } else if (seat !== undefined) {
      // "Anna Keller ist seit 2008 im Vorstand von Dataport": a seat on its board.
      const members = view
        .subjects(seat)
        .flatMap((t) => membersAt(view, t.index))
        .filter((m) => m.entity.type === "Person");
      add(members, organOwner(view, index), 0.7, "organ-seat");
    } else if (PART.test(word) && predicative(view, index)) {
      // "Hessen ist Teil des Verbunds ...", "... sowie Teil des Aufsichtsrates der BSAG"; a unit
      // that is part of an organisation is no member of it.
      const owner = view.children(index, /^nmod$/).find((t) => view.children(t.index, /^case$/).length === 0);
      const all = view.subjects(index).flatMap((t) => membersAt(view, t.index));
      const body = bodyAt(view, owner?.index);
      // "Die Stadt Kiel ist Teil des Projekts X": a part of a project takes part in it.
      const project = body ? undefined : projectOf(view, owner?.index);
      if (project) {
        const parts = all.filter((m) => m.entity.type !== "Person");
        claims.push(
          ...memberClaims(parts, { entity: project, penalty: 0 }, 0.7, "part-of-project", "participatesIn"),
        );
      } else
        add(
          all.filter((m) => m.entity.type !== "Organization"),
          body,
          0.7,
          "part-of",
        );
    } else if (BELONG.test(word) && /^acl/.test(token.dep) && token.head >= 0) {
      // "der Normenkontrollrat, dem A und B angehören": the pronoun stands for the noun the clause hangs on.
      const pronoun = view.children(index).find((t) => t.pos === "PRON" && RELATIVE.test(t.word));
      if (!pronoun) return;
      const members = view
        .children(index, /^nsubj$/)
        .filter((t) => t.index !== pronoun.index)
        .flatMap((t) => membersAt(view, t.index));
      add(members, joinedBody(view, token.head), CONFIDENCE, "belong-relative");
    } else if (word === "bestehend" && /^(acl|amod)/.test(token.dep) && token.head >= 0) {
      // "Die Findungskommission des IT-Planungsrats, bestehend aus A, B und C": the noun the phrase
      // describes (the governing noun where the parser hung it on a genitive) is the body.
      const from = withPreposition(view, index, /^(obl|nmod)/, /^aus$/i);
      const described = view.tokens[token.head]!;
      const noun = /^nmod/.test(described.dep) && described.head >= 0 ? described.head : described.index;
      // A known body found only through the noun's genitive ("Findungskommission des IT-Planungsrats")
      // is not the body described: its committee is; a bare compound ("Die Findungskommission, ...")
      // names no body of its own.
      const body = bodyAt(view, noun);
      const own =
        body &&
        (body.entity.isNew
          ? /[\s-]/.test(body.entity.name)
          : view.mentionAt(noun)?.entity.id === body.entity.id);
      // (Its committee named with the known body's genitive, or a bare noun for the body named
      // in full before.)
      const target = own ? body : (bodyWithGenitive(view, noun) ?? bodyNamedBefore(noun));
      if (from !== undefined && target) add(composedOf(view, from), target, 0.7, "composition");
    } else if (
      CONSIST.test(word) ||
      // ("setzt sich zusammen aus ...": the particle before the phrase is read as an adverb.)
      (COMPOSE.test(word) &&
        view.children(index, /^(compound:prt|advmod)$/).some((t) => t.word === "zusammen"))
    ) {
      // "Der Rat besteht aus A, B und C": the subject is the body, the "aus" phrase its members.
      const from = withPreposition(view, index, /^(obl|nmod)/, /^aus$/i);
      if (from === undefined) return;
      const body = view
        .subjects(index)
        .map((t) => bodyWithGenitive(view, t.index) ?? bodyNamedBefore(t.index) ?? joinedBody(view, t.index))
        .find((b) => b !== undefined);
      add(composedOf(view, from), body, 0.7, "composition");
    } else if (
      ENTER.test(word) ||
      (ENTER_FINITE.test(word) && view.children(index, /^compound:prt$/).some((t) => t.word === "ein"))
    ) {
      // "Hessen ist in die Govdigital eG eingetreten" (not "tritt für ... ein": only "in" an
      // organisation; a person entering an agency or a company joins its staff, not its members).
      const body = joinedBody(view, withPreposition(view, index, /^(obl|nmod)/, /^(in)$/i));
      if (!body || STAFFED.has(body.entity.kind ?? "")) return;
      const members = [...view.subjects(index), ...view.children(index, /^nsubj:pass$/)]
        .flatMap((t) => membersAt(view, t.index))
        .filter((m) => m.entity.type !== "Person" || MEMBERSHIP_BODY.has(body.entity.kind ?? ""));
      add(members, body, CONFIDENCE, "enter");
    } else if (word === "aufgenommen" && view.children(index, /^aux:pass$/).length === 0) {
      // "Die Govdigital eG hat Bremen als neues Mitglied aufgenommen": the object joins the subject.
      const asMember = view
        .children(index, /^(obl|nmod|xcomp)$/)
        .some(
          (t) => MEMBER.test(t.word) && view.children(t.index, /^case$/).some((c) => /^als$/i.test(c.word)),
        );
      if (!asMember) return;
      const body = view
        .subjects(index)
        .map((t) => bodyWithGenitive(view, t.index) ?? bodyNamedBefore(t.index) ?? joinedBody(view, t.index))
        .find((b) => b !== undefined);
      add(
        view.children(index, /^obj$/).flatMap((t) => membersAt(view, t.index)),
        body,
        CONFIDENCE,
        "admitted",
      );
    }
  });
  return claims;
}
