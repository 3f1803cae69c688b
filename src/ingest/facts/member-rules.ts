/**
 * memberOf from the dependency parse, for the shapes relation-rules.ts does not read:
 *   represent   "Sie vertritt das Land im IT-Planungsrat", "Im Gremium sind Bund und Länder vertreten"
 *   member-as   "Als Mitglied des IT-Planungsrates vertrat er das Land"
 *   member-predicate  "Stimmberechtigtes Mitglied für Bremen ist Staatsrat Dr. Martin Hagen" (the body
 *               named with the noun, else the body last named)
 *   elected     "der 2009 in den Hessischen Landtag gewählt wurde", "in den Digitalrat berufen",
 *               "wurde im Vorstand von Vitako bestätigt" (confirmed: only in the passive)
 *   belong-list "Dem Rat gehören folgende Personen an: A, B und C" (the names after the colon)
 * A body referred to by a noun ("dem Rat", "diesem Gremium") is the body last named, with less
 * confidence; so is a member named by a pronoun. Each rule was seen in one or two dev articles
 * only, so all but represent (0.8) give 0.75: their facts wait for review.
 */
import { slugify } from "../../model/ids.js";
import type { Mention } from "../entities/mentions.js";
import { isRoleWord } from "../entities/people.js";
import type { KnownEntity } from "../types.js";
import { nounBeforeComma, View, type ParsedSentence } from "../parse/view.js";
import { REPRESENTATIVE } from "./participants.js";
import { baseForm, besideSubjects, represented, targetAt, type RelationClaim } from "./relation-rules.js";
import { bodyByGenitive, ORGAN, organOwner } from "./member-bodies.js";
import { kindNamedOrganization } from "./office-organizations.js";
import { localCouncilAt } from "./local-councils.js";

const REPRESENT =
  /^(vertritt|vertreten|vertrat|vertraten|repräsentiert|repräsentieren|repräsentierte|repräsentierten)$/;
const ELECTED = /^(gewählt|berufen|entsandt|aufgenommen|bestätigt)$/;
/** "wurde im Vorstand bestätigt": confirmed in a seat, only in the passive ("Das Land bestätigt ..." states). */
const CONFIRMED = /^bestätigt$/;
const BELONG = /^(gehört|gehören|gehörte|gehörten|angehört)$/;
const MEMBER_NOUN = /^(Mitglied|Mitglieder)$/;
const MEMBER_TYPES = new Set(["State", "Federation", "Organization", "Person", "County", "Municipality"]);

/** Verbs of a duty or an intention: "will Mitglied werden", "soll aufgenommen werden" state no membership yet. */
export const INTENDED =
  /^(will|wollen|wollte|wollten|soll|sollen|sollte|sollten|plant|planen|möchte|möchten)$/;

/** What can be a member: a person, a government, an organisation, named (not only by an adjective). */
export const isMember = (m: Mention) =>
  MEMBER_TYPES.has(m.entity.type) && m.form !== "partial" && m.form !== "adjective";
/** Bodies and associations have members; a ministry or an agency has staff. */
export const STAFFED = new Set(["ministry", "agency", "authority"]);
const isBodyMention = (m: Mention) => m.entity.type === "Organization" && !STAFFED.has(m.entity.kind ?? "");

const RELATIVE = /^(der|die|das|welcher|welche)$/i;
const BODY_NAME = /(rat|verbund|verband|gremium|konferenz|tag|kommission|ausschuss|beirat|netzwerk)$/i;
/** Words that end like a council and are none: "das Referat Grundsatzfragen" is a unit of a ministry. */
const NOT_COUNCIL = /(referat|apparat|inserat|heirat|vorrat|verrat)$/i;

export type Target = { entity: KnownEntity; penalty: number };

/** The body a token names: a known one, one referred back to ("dem Rat": less sure), or a new one by name. */
export function bodyAt(view: View, index: number | undefined): Target | undefined {
  if (index === undefined) return undefined;
  const mention = view.entityOf(index, isBodyMention);
  if (mention) return { entity: mention.entity, penalty: mention.form === "anaphor" ? 0.1 : 0 };
  // A board of an organisation is the organisation ("im Aufsichtsrat der Govdigital eG"); a board
  // whose organisation neither the sentence nor the article names is no body of its own.
  const organ = organOwner(view, index);
  if (organ) return organ;
  if (ORGAN.test(view.tokens[index]!.word)) return undefined;
  const kindNamed = kindNamedOrganization(index, view);
  if (kindNamed) return { entity: kindNamed, penalty: 0.1 };
  // "in der Stadtverordnetenversammlung der Stadt Usingen": a council named with its place.
  const council = localCouncilAt(view, index);
  if (council) return { entity: council, penalty: 0.1 };
  // A body the gazetteer does not know must be named like one ("Hessischer Landtag", "Digitalrat",
  // "Verbund der interoperablen Servicekonten").
  const target = targetAt(view, index);
  const word = baseForm(view.tokens[index]!.word);
  const named =
    target && !NOT_COUNCIL.test(word) && (BODY_NAME.test(target.entity.name) || BODY_NAME.test(word));
  return named ? target : bodyByGenitive(view, index);
}

/**
 * A body phrase with the bodies conjoined to it that have their own "in" ("im IT-Planungsrat und
 * in der Digitalministerkonferenz"): the parser may also conjoin the members with the body.
 */
export function bodiesConjoined(view: View, at: number): number[] {
  return view.conjuncts(at).filter((i) => i === at || view.hasCase(i, "in", "im"));
}

/** A company's or cooperative's legal form after its name. */
export const LEGAL_FORM = / (eG|e\. ?V|GmbH|gGmbH|mbH|AG|SE|KG|oHG|AöR|KdöR)\.?$/;

/** What one joins: a body, or any organisation by its name ("der Govdigital eG"), not a project. */
export function joinedBody(view: View, index: number | undefined): Target | undefined {
  const target = bodyAt(view, index) ?? targetAt(view, index);
  if (!target) return undefined;
  // A name with a legal form is an organisation whatever the model tags it ("Govdigital eG").
  if (target.entity.isNew && LEGAL_FORM.test(target.entity.name)) {
    // The tokenizer may keep the sentence's full stop on the legal form ("eG.").
    const name = target.entity.name.replace(/\.$/, "");
    return { ...target, entity: { ...target.entity, id: slugify(name), name, type: "Organization" } };
  }
  return target.entity.type === "Organization" ? target : undefined;
}

/** The members a token names, with its conjuncts and the members listed with them. */
export function membersAt(view: View, index: number): Mention[] {
  return withListed(
    view,
    view
      .conjuncts(index)
      .map((i) => memberAt(view, i))
      .filter((m): m is Mention => m !== undefined),
  );
}

/** Members with the members listed beside each (a member named by a pronoun stands alone), each once. */
export function withListed(view: View, members: Mention[]): Mention[] {
  const all = members.flatMap((m) => (m.form === "anaphor" ? [m] : view.listedWith(m, isMember)));
  return all.filter((m, i) => all.findIndex((other) => other.entity.id === m.entity.id) === i);
}

/** The member one token names (a person, a government, an organisation). */
export function memberAt(view: View, index: number): Mention | undefined {
  return view.personOf(index) ?? view.entityOf(index, isMember);
}

/** The child of `head` by `dep` led by one of the prepositions `word`. */
export function withPreposition(view: View, head: number, dep: RegExp, word: RegExp): number | undefined {
  return view.children(head, dep).find((t) => view.children(t.index, /^case$/).some((c) => word.test(c.word)))
    ?.index;
}

/**
 * Subjects of a verb, and the person that is the passive subject ("der ... gewählt wurde", and
 * the parser's reading of "Er wird ... repräsentieren").
 */
/**
 * "Mit A, Geschäftsleiterin des KDN, und B wurden zwei neue Mitglieder in den Vorstand gewählt":
 * where the subject is the noun "Mitglieder", the people introduced by "Mit" are the members.
 */
function introducedMembers(view: View, verb: number): Mention[] {
  const members = view.children(verb, /^nsubj(:pass)?$/).some((t) => /^Mitglied(er)?$/.test(t.word));
  if (!members) return [];
  return view
    .children(verb, /^obl$/)
    .filter((t) => view.hasCase(t.index, "mit"))
    .flatMap((t) => view.conjuncts(t.index))
    .map((i) => view.personAt(i))
    .filter((m): m is Mention => m !== undefined);
}

function subjectsOf(view: View, verb: number): Mention[] {
  const token = view.tokens[verb]!;
  const passive = view
    .children(verb, /^nsubj:pass$/)
    .flatMap((t) =>
      // "Burghardt, der 2009 in den Landtag gewählt wurde": the relative pronoun stands for the noun before.
      RELATIVE.test(t.word) && /^acl/.test(token.dep) && token.head >= 0
        ? [view.personOf(token.head)]
        : // "A und B wurden in den Vorstand berufen": each person of the coordination.
          view
            .conjuncts(t.index)
            .map((i) => view.personOf(i) ?? (i === t.index ? roleHolderIn(view, i) : undefined)),
    )
    .filter((m): m is Mention => m !== undefined);
  // "berufen wurden A, Geschäftsleiterin des KDN, und B, ...": the parser may hang the second name,
  // after the first one's apposition, on the verb as its conjunct.
  const conjoined =
    passive.length > 0
      ? view
          .children(verb, /^conj$/)
          .map((t) => view.personAt(t.index))
          .filter((m): m is Mention => m !== undefined)
      : [];
  // "Der Beauftragte der Landesregierung ..., Staatssekretär im Ministerium ... Bernd Schlömer,
  // vertritt ...": a role noun as the subject names its holder in an apposition the parser may hang deep.
  // (The name in apposition goes before the person a bare role would refer back to.)
  const active = view.subjects(verb).flatMap((t) => {
    const holder = isRoleWord(t.word) ? roleHolderIn(view, t.index) : undefined;
    return holder ? [holder] : membersAt(view, t.index);
  });
  return [...active, ...passive, ...conjoined];
}

/**
 * "Der Personal- und Organisationsdezernent der Stadt Mönchengladbach, Hans-Jürgen Schnaß, wurde
 * ... gewählt": the name in apposition within the subject's phrase, where the parser hung it on
 * the town.
 */
function roleHolderIn(view: View, index: number): Mention | undefined {
  return view
    .subtree(index)
    .filter((i) => view.tokens[i]!.dep === "appos")
    .map((i) => view.personAt(i))
    .find((m) => m !== undefined);
}

/**
 * The memberships of `members` in `body` (none in itself, none of a body in a body), less sure for
 * a pronoun or a body referred back to; with `type` "participatesIn", their parts in a project.
 */
export function memberClaims(
  members: Mention[],
  body: Target | undefined,
  confidence: number,
  rule: string,
  type: "memberOf" | "participatesIn" = "memberOf",
): RelationClaim[] {
  if (!body) return [];
  return members
    .filter((member) => member.entity.id !== body.entity.id && member.entity.kind !== "body")
    .map((member) => ({
      type,
      subject: member.entity,
      object: body.entity,
      confidence: confidence - body.penalty - (member.form === "anaphor" ? 0.1 : 0),
      rule,
    }));
}

/**
 * "ein Beirat, in dem Bund und Länder vertreten sind": a relative pronoun after "in" stands for
 * the noun right before the comma that opens its clause.
 */
function relativeAntecedent(view: View, index: number | undefined): number | undefined {
  if (index === undefined) return undefined;
  const token = view.tokens[index]!;
  if (token.pos !== "PRON" || !/^(dem|der|denen|welchem|welcher)$/i.test(token.word)) return index;
  let comma = index - 1;
  while (comma >= 0 && view.tokens[comma]!.pos === "ADP") comma -= 1;
  return nounBeforeComma(view.tokens, comma) ?? index;
}

export function findMemberships(sentence: ParsedSentence): RelationClaim[] {
  const view = new View(sentence);
  const claims: RelationClaim[] = [];
  const add = (members: Mention[], body: Target | undefined, confidence: number, rule: string) =>
    claims.push(...memberClaims(members, body, confidence, rule));
  view.tokens.forEach((token, index) => {
    const word = token.word;
    if (view.negated(index)) return;
    if (REPRESENT.test(word)) {
      const at =
        relativeAntecedent(view, withPreposition(view, index, /^(obl|nmod)/, /^(in|im)$/i)) ?? bodyIn(view);
      const subjects = subjectsOf(view, index);
      const by = subjects.length > 0 ? [] : representedBy(view, index, at);
      // "Im IT-Planungsrat sind der Bund und der Landkreistag vertreten": the parser may take the
      // subject of the state passive for the object, with the copula on it (not where someone
      // represents it: "ist das Land Hessen durch Anna Schneider vertreten").
      // ("Im Rat sind (Vertreterinnen und) Vertreter des Landkreistags vertreten": those the
      // representatives stand for.)
      const stative = view
        .children(index, /^obj$/)
        .filter((t) => view.children(t.index, /^cop$/).some((c) => /^(sind|ist|waren|war)$/.test(c.word)))
        .flatMap((t) =>
          REPRESENTATIVE.test(t.word)
            ? view.conjuncts(t.index).flatMap((i) => represented(view, i))
            : membersAt(view, t.index),
        );
      // "vertritt Hessen im IT-Planungsrat und in der Digitalministerkonferenz": each body conjoined.
      const bodies = at === undefined ? [undefined] : bodiesConjoined(view, at);
      // "Im Rat sind neben dem Bund auch A und B vertreten": the one named with "neben" too.
      const beside = besideSubjects(view, index);
      for (const body of bodies.map((i) => bodyAt(view, i))) {
        if (subjects.length > 0 || stative.length > 0) add(beside, body, 0.75, "represent-beside");
        if (subjects.length > 0) add(subjects, body, 0.8, "represent");
        else if (by.length > 0) add(by, body, 0.75, "represent");
        else add(stative, body, 0.8, "represent");
      }
    } else if (MEMBER_NOUN.test(word) && /^nsubj/.test(token.dep) && token.head >= 0) {
      // "Stimmberechtigtes Mitglied für Bremen ist Staatsrat Dr. Martin Hagen": the person deeper in the predicate.
      const head = token.head;
      if (view.children(head, /^cop$/).length === 0) return;
      const own = new Set(view.subtree(index));
      const person = view
        .subtree(head)
        .filter((i) => !own.has(i))
        .map((i) => view.personAt(i))
        .find((m) => m !== undefined);
      const named = withPreposition(view, index, /^nmod/, /^(des|der|im|in)$/i) ?? nmodOf(view, index);
      const body =
        bodyAt(view, named) ??
        (sentence.context.lastBody ? { entity: sentence.context.lastBody, penalty: 0.1 } : undefined);
      // "Weitere Mitglieder sind Anna Keller und Peter Hoffmann": the person's conjuncts too.
      const host = person && view.tokens.findIndex((t) => person.start <= t.start && t.end <= person.end);
      const listed =
        host === undefined || host < 0
          ? []
          : [host, view.tokens[host]!.head]
              .filter((i) => i >= 0 && !own.has(i))
              .flatMap((i) => view.children(i, /^conj$/))
              .map((t) => view.personOf(t.index))
              .filter((m): m is Mention => m !== undefined);
      add(person ? [person, ...listed] : [], body, 0.75, "member-predicate");
    } else if (MEMBER_NOUN.test(word) && token.head >= 0) {
      const as = view.children(index, /^case$/).some((c) => /^als$/i.test(c.word));
      if (!as || !/^(VERB|AUX)$/.test(view.tokens[token.head]!.pos)) return;
      // "Als Mitglied der Govdigital eG nutzt Hessen ...": any organisation has members.
      const body = joinedBody(
        view,
        withPreposition(view, index, /^nmod/, /^(des|der|im|in)$/i) ?? nmodOf(view, index),
      );
      add(subjectsOf(view, token.head), body, 0.75, "member-as");
    } else if (ELECTED.test(word) && (!CONFIRMED.test(word) || view.passive(index))) {
      // "wurde in Dresden in den Verwaltungsrat der KGSt gewählt": the phrase with "in" that names a body.
      const body = view
        .children(index, /^obl/)
        .filter((t) => view.children(t.index, /^case$/).some((c) => /^in$/i.test(c.word)))
        .map((t) => bodyAt(view, t.index))
        .find((b) => b !== undefined);
      add([...subjectsOf(view, index), ...introducedMembers(view, index)], body, 0.75, "elected");
    } else if (BELONG.test(word)) {
      // "Dem Rat gehören folgende Personen an: A, B und C": the subject is a noun, the names its apposition.
      // (the parser may also hang the list on the verb as a clause of its own: parataxis).
      const appositions = [index, ...view.subjects(index).map((t) => t.index)].flatMap((i) =>
        view.children(i, i === index ? /^(appos|parataxis)$/ : /^appos$/),
      );
      if (appositions.length === 0) return;
      // The parser often breaks a long list of names into several chains: every name after the colon.
      const colon = view.tokens.findIndex((t, i) => i > index && t.word === ":");
      const listed =
        colon >= 0 && appositions.every((t) => t.index > colon)
          ? listedAfter(view, colon)
          : appositions.flatMap((t) => membersAt(view, t.index));
      const to =
        withPreposition(view, index, /^obl/, /^(zu|zum|zur)$/i) ??
        view.children(index, /^(iobj|obj|obl:arg)$/)[0]?.index;
      add(listed, to === undefined ? dativeSubject(view, index) : bodyAt(view, to), 0.75, "belong-list");
    }
  });
  return claims;
}

/**
 * "Außerdem gehören dem IT-Planungsrat A und B an": the parser may take the body in the dative for
 * the subject and the names for its apposition. Only a body the gazetteer knows: a new one's name
 * would take the names in.
 */
function dativeSubject(view: View, verb: number): Target | undefined {
  const dative = view
    .subjects(verb)
    .find((t) => view.children(t.index, /^det$/).some((d) => /^(dem|einem)$/i.test(d.word)));
  const body = bodyAt(view, dative?.index);
  return body && !body.entity.isNew ? body : undefined;
}

/** The members a sentence lists after its colon ("... an: A, B, C und D"). */
function listedAfter(view: View, colon: number): Mention[] {
  const from = view.tokens[colon]!.end;
  return view.sentence.mentions.filter(
    (m) => m.start >= from && m.form !== "anaphor" && (m.entity.type === "Person" || isMember(m)),
  );
}

/** The body the sentence names after "in", wherever the parser hung it ("Im IT-Planungsrat sind ..."). */
function bodyIn(view: View): number | undefined {
  const phrases = view.tokens.filter((t) =>
    view.children(t.index, /^case$/).some((c) => /^(in|im)$/i.test(c.word)),
  );
  // ("Im Beirat der FITKO sind A und B vertreten": a body by its kind and its genitive, bodyAt.)
  return (
    phrases.find((t) => view.entityOf(t.index, isBodyMention) !== undefined) ??
    phrases.find((t) => bodyAt(view, t.index) !== undefined)
  )?.index;
}

/**
 * "Im Rat sind Bund und Länder vertreten", "... ist das Land durch Anna Schneider vertreten": the
 * parser reads the stative participle in many ways; who acts for the Land ("durch") is the
 * member, else the actors it governs.
 */
function representedBy(view: View, verb: number, body: number | undefined): Mention[] {
  const children = view.children(verb, /^(nsubj|obj|nmod|obl)/).filter((t) => t.index !== body);
  const through = children.filter((t) =>
    view.children(t.index, /^case$/).some((c) => /^durch$/i.test(c.word)),
  );
  if (through.length > 0) return through.flatMap((t) => membersAt(view, t.index));
  // What is represented (an object, "das Land") is not the member.
  const members = children
    .filter((t) => t.dep !== "obj")
    .flatMap((t) => membersAt(view, t.index))
    .filter((m) => m.form !== "anaphor");
  if (members.length > 0 || body === undefined) return members;
  // "Im IT-Planungsrat sind Hessen, Bremen und der Landkreistag vertreten": the parser may hang
  // the members on the body as its apposition and conjuncts, the copula on the first.
  const own = view.entityOf(body, isBodyMention)?.entity.id;
  return view
    .children(body, /^(appos|conj)$/)
    .filter((t) => t.index > body && view.entityOf(t.index, isBodyMention)?.entity.id !== own)
    .flatMap((t) => membersAt(view, t.index));
}

/** "Mitglied des IT-Planungsrates": the genitive noun (its article is a det, not a case). */
function nmodOf(view: View, index: number): number | undefined {
  return view.children(index, /^nmod$/)[0]?.index;
}
