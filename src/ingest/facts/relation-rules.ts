/**
 * memberOf, participatesIn, leads and launches from the dependency parse, as small declarative
 * rules (adopts: adopt-rules.ts).
 * Each actor position takes coordinated actors ("Hessen, Bremen und das Saarland").
 *   member-copula    "Niedersachsen ist Mitglied der Digitalministerkonferenz", also conjoined with
 *                    another predicate ("ist Vorsitzender im X und Mitglied im Y") and after "bleibt"
 *   member-of-body   "Stimmberechtigtes Mitglied für Bremen ist Staatsrat Dr. Martin Hagen" (the body last named)
 *   belong           "Zum Verbund gehören Hessen, Bremen und das Saarland", "X gehört dem Y an"
 *   join             "Brandenburg tritt dem Verband Vitako bei"
 *                    (belonging to or joining a project is taking part in it: participatesIn)
 *   participate      "An dem Projekt beteiligen sich Hamburg und Berlin", "Sachsen nimmt am Projekt teil",
 *                    "Beteiligt sind A und B" (the item's project), "Neben Ulm nehmen auch A und B
 *                    teil" (Ulm too)
 *   announce         "Der Landkreistag fordert ...", "Bis Ende des Jahres wollen Thüringen und Bremen nachziehen"
 *   lead             "das vom Land Brandenburg vorangetriebene OZG-Projekt", "X leitet das Projekt Y"
 *   launch           "Die Bundesregierung hat den Digitalrat eingesetzt", "Hamburg startet die Plattform X"
 */
import { slugify } from "../../model/ids.js";
import type { Mention } from "../entities/mentions.js";
import type { KnownEntity } from "../types.js";
import { quotedSpanAfter, View, type ParsedSentence } from "../parse/view.js";
import { localCouncilAt } from "./local-councils.js";
import { NOT_TAKEN_PART_IN, REPRESENTATIVE } from "./participants.js";

export interface RelationClaim {
  type: "memberOf" | "participatesIn" | "adopts" | "announces" | "leads" | "launches";
  subject: KnownEntity;
  object?: KnownEntity;
  /** adopts: what was adopted, in the sentence's words. */
  text?: string;
  /** adopts: who proposed what was adopted. */
  proposer?: KnownEntity;
  confidence: number;
  rule: string;
}

const ACTOR_TYPES = new Set(["State", "Federation", "Organization", "Person", "County", "Municipality"]);
const isActor = (m: Mention) =>
  ACTOR_TYPES.has(m.entity.type) && m.form !== "partial" && m.form !== "adjective";
/** A body or a project; the head of a compound names no project ("OZG-Hub" is not the OZG). */
const isTarget = (m: Mention) =>
  (m.entity.type === "Organization" || (m.entity.type === "Project" && m.form !== "partial")) &&
  m.form !== "anaphor";

const MEMBER_NOUN =
  /^(Mitglied|Mitglieder|Verbandsmitglied|Verbandsmitglieder|Mitgliedsland|Mitgliedsländer|Träger|Trägerland|Trägerländer|Gesellschafter)$/;
/** "Träger von Dataport": an owner of a known organisation (not the "Träger" of a prize). */
const OWNER_NOUN = /^Träger/;
const BELONG = /^(gehört|gehören|gehörte|gehörten|angehört)$/;
/** A copula the parser reads as a full verb: "bleibt Mitglied". */
const REMAIN = /^(bleibt|bleiben|blieb|blieben|geblieben)$/;
const JOIN = /^(tritt|treten|trat|traten|beigetreten)$/;
const PARTICIPATE = /^(beteiligt|beteiligen|beteiligte|beteiligten)$/;
const TAKE_PART = /^(nimmt|nehmen|nahm|nahmen|teilgenommen|teilnehmen)$/;
const ANNOUNCE =
  /^(fordert|fordern|forderte|forderten|gefordert|warnt|warnen|warnte|gewarnt|appelliert|appellieren|angekündigt|kündigt|kündigen|kündigte|begrüßt|begrüßen|begrüßte|erwartet|erwarten|verlangt|verlangen|verlangte|plant|planen|plante|vorgenommen|schlägt|schlug|vorgeschlagen)$/;
const INTEND = /^(will|wollen|wollte|wollten|plant|planen)$/;
const LEAD =
  /^(vorangetrieben|vorangetriebene|vorangetriebenen|leitet|leiten|leitete|geleitet|geleitete|geleiteten|verantwortet|verantwortete|verantworteten|koordiniert|koordinierte|koordinierten)$/;
const LAUNCH =
  /^(startet|starten|startete|starteten|gestartet|eingesetzt|eingerichtet|gegründet|gründet|gründete|gründeten|vorgestellt|präsentiert|präsentiert|eröffnet|eröffnete|freigeschaltet|lanciert)$/;

/** "will sich beteiligen", "soll das Projekt leiten": a duty or an intention, not a deed. */
const MODAL = /^(soll|sollen|sollte|sollten|will|wollen|wollte|wollten|muss|müssen|möchte|möchten)$/i;
/** The words of a time from which something holds: "seit Januar", "ab Mai". */
const SINCE = /^(seit|ab)$/i;

function intended(view: View, index: number): boolean {
  return view.children(index, /^aux/).some((t) => MODAL.test(t.word));
}

/** The actors a token names, with its conjuncts. */
/** Plural nouns of towns, counties or authorities: "Kommunen in Hessen" are no Land. */
const PLACES_WITHIN = /^(Städte|Gemeinden|Kommunen|Landkreise|Kreise|Behörden|Verwaltungen|Ämter)$/;

/**
 * "Viele Kommunen in Hessen", "die Kommunen des Landes": the Land (or the Bund) a phrase on a
 * plural noun of places names, not the places themselves.
 */
function placesWithin(view: View, index: number, actor: Mention): boolean {
  if (!PLACES_WITHIN.test(view.tokens[index]!.word) || view.mentionAt(index) === actor) return false;
  return /^(State|Federation)$/.test(actor.entity.type);
}

function actorsAt(view: View, index: number | undefined): Mention[] {
  if (index === undefined) return [];
  return view.conjuncts(index).flatMap((i) => {
    const actor = view.personOf(i) ?? view.entityOf(i, isActor);
    if (actor && placesWithin(view, i, actor)) return [];
    if (actor) return [actor];
    return REPRESENTATIVE.test(view.tokens[i]!.word) ? represented(view, i) : [];
  });
}

/**
 * "Vertreter des Zweckverbands der kommunalen IT-Dienstleister (KDN) und des Landes-IT-Dienstleisters
 * IT.NRW": those represented, named as deep as three phrases down, each conjunct apart.
 */
export function represented(view: View, index: number): Mention[] {
  const found = new Map<string, Mention>();
  let level = [index];
  for (let depth = 0; depth < 3 && level.length > 0; depth += 1) {
    const below = level.flatMap((i) =>
      view.children(i, /^(nmod|appos)/).flatMap((t) => view.conjuncts(t.index)),
    );
    // A phrase that names an actor ends the search along its branch.
    level = [];
    for (const i of below) {
      const mention = view.mentionAt(i);
      if (mention && isActor(mention)) found.set(mention.entity.id, mention);
      else level.push(i);
    }
  }
  return [...found.values()];
}

/** The actors at a token, or those a kind noun lists in apposition ("die Länder Bremen, Hamburg und ..."). */
function listedActorsAt(view: View, index: number): Mention[] {
  return view.conjuncts(index).flatMap((i) => {
    const actor = view.personOf(i) ?? view.entityOf(i, isActor);
    return actor ? [actor] : view.children(i, /^appos$/).flatMap((t) => actorsAt(view, t.index));
  });
}

/**
 * A list that names people is a list of people: an organisation or a place in it is someone's
 * employer or home ("A, Präsidialmitglied des Landkreistages, und B").
 */
export function onlyPeople(members: Mention[]): Mention[] {
  const people = members.filter((m) => m.entity.type === "Person");
  return people.length >= 2 ? people : members;
}

/** The actors that are subjects of a verb (with their conjuncts). */
function subjectsOf(view: View, verb: number): Mention[] {
  return view.subjects(verb).flatMap((t) => actorsAt(view, t.index));
}

/**
 * "Neben dem Bund gehören dem IT-Planungsrat die Länder an": the parser may take the dative body
 * for the subject and the members for an object; member-verbs.ts reads such a clause by its types.
 */
function dativeSubject(view: View, verb: number): boolean {
  return view
    .subjects(verb)
    .some((t) => view.children(t.index, /^det$/).some((d) => /^(dem|einem|diesem)$/i.test(d.word)));
}

/** "Neben Ulm nehmen auch A und B teil": the ones named with "neben" do it too. */
export function besideSubjects(view: View, verb: number): Mention[] {
  return view
    .children(verb, /^obl/)
    .filter((t) => view.hasCase(t.index, "neben"))
    .flatMap((t) => actorsAt(view, t.index));
}

/** What a token names as a body or project: a known one, else a new one by its proper name. */
export function targetAt(
  view: View,
  index: number | undefined,
): { entity: KnownEntity; penalty: number } | undefined {
  if (index === undefined) return undefined;
  // ("dem Projekt civento": the parser may hang the name right after its noun by any label.)
  const adjacent = view.children(index).find((t) => t.index === index + 1)?.index;
  // ("Teil des Projekts „Digitale Heimat“": the parser may hang the quoted name on another word.)
  const known =
    view.entityOf(index, isTarget) ??
    (adjacent === undefined ? undefined : view.entityOf(adjacent, isTarget)) ??
    quotedWords(view, index)
      .map((i) => view.entityOf(i, isTarget))
      .find((m) => m !== undefined);
  if (known) return { entity: known.entity, penalty: 0 };
  // A place is no target: "ein Pilotlabor, an dem Bremen ... beteiligt waren" (the parser read "an
  // dem" as the article of the place).
  const place = view.mentionAt(index)?.entity.type;
  if (place && /^(State|Municipality|County|Federation)$/.test(place)) return undefined;
  // "im Kreistag des Landkreises Harburg": a council named with its town or county.
  const council = localCouncilAt(view, index);
  if (council) return { entity: council, penalty: 0.1 };
  const token = view.tokens[index]!;
  const capitalAdjective = (i: number) => /^\p{Lu}/u.test(view.tokens[i]!.word);
  const parts = [
    index,
    // ("Projekt FIT-Connect": a name's own flat parts after the hyphen the tokenizer split off.)
    // (Not a person, nor anything after a comma: "den Digitalrat, dem Jan Weber ... angehört".)
    ...view
      .children(index, /^(flat|appos)$/)
      .filter((t) => t.dep === "flat" || (view.tokens[t.index - 1]?.word !== "," && !view.personAt(t.index)))
      .flatMap((t) => [t.index, ...nameRest(view, t.index)]),
    // "des Zweckverbands „Digitale Kommunen Brandenburg“": a quoted name right after the noun, whole.
    ...quotedWords(view, index),
    ...view
      .children(index, /^amod$/)
      .filter((t) => capitalAdjective(t.index))
      .map((t) => t.index),
    // "IT-Kooperationsrat": the tokenizer splits the hyphenated compound.
    ...view
      .children(index, /^compound$/)
      .filter((t) => t.index + 2 === index && view.tokens[t.index + 1]!.word === "-")
      .map((t) => t.index),
  ].sort((a, b) => a - b);
  const proper = parts.filter((i) => view.tokens[i]!.pos === "PROPN" || view.tokens[i]!.ner !== "O");
  const body = BODY_WORD.test(baseForm(token.word));
  // A body's remit belongs to its name: "Lenkungsausschuss für IT und E-Government".
  const remit = body ? remitOf(view, index) : [];
  const nameOf = (indices: number[]) => {
    const first = Math.min(...indices);
    const last = Math.max(...indices);
    const head = baseForm(view.sentence.text.slice(view.tokens[first]!.start, view.tokens[index]!.end));
    const rest = view.sentence.text.slice(view.tokens[index]!.end, view.tokens[last]!.end);
    return (head + rest).replace(/[„“"«»]/g, "").replace(/\s+/g, " ");
  };
  // A body named by its compound noun ("den ... Digitalrat") or by its remit ("im Ausschuss für
  // Digitales") counts; other common nouns do not.
  if (proper.length === 0 && token.pos === "NOUN" && (NAMED_BODY.test(token.word) || remit.length > 0)) {
    const name = nameOf([...parts, ...remit]);
    return { entity: { id: slugify(name), name, type: "Organization", isNew: true }, penalty: 0.15 };
  }
  if (proper.length === 0 || view.personAt(proper[0]!)) return undefined;
  const name = nameOf([...parts, ...remit]);
  if (name.length < 3) return undefined;
  const type =
    token.ner === "ORGANIZATION" || body || /(rat|verbund|verband|konferenz|gremium|tag)$/i.test(name)
      ? "Organization"
      : "Project";
  return { entity: { id: slugify(name), name, type, isNew: true }, penalty: 0.1 };
}

/**
 * A name's flat parts, and a proper noun the parser hung on it as an apposition right after them
 * ("Digitale Kommunen Brandenburg": "Brandenburg" read as the apposition of "Digitale").
 */
function nameRest(view: View, index: number): number[] {
  const flat = view.children(index, /^flat$/).map((c) => c.index);
  const end = Math.max(index, ...flat);
  const next = view.children(index, /^appos$/).find((c) => c.index === end + 1 && c.pos === "PROPN");
  return next ? [...flat, next.index, ...view.children(next.index, /^flat$/).map((c) => c.index)] : flat;
}

/** The words inside quotes right after a noun (`quotedSpanAfter`). */
function quotedWords(view: View, index: number): number[] {
  const span = quotedSpanAfter(index, view.tokens);
  return span ? Array.from({ length: span[1] - span[0] }, (_, i) => span[0] + i) : [];
}

/** The tokens of a body's "für ..." phrase right after it, when short and unbroken. */
function remitOf(view: View, index: number): number[] {
  const remit = view.children(index, /^nmod$/).find((t) => t.index > index && view.hasCase(t.index, "für"));
  if (!remit) return [];
  // (Up to a comma: "für IT und E-Government, dem Gremium für ..." ends at the apposition.)
  const all = view.subtree(remit.index);
  const comma = all.findIndex((i) => view.tokens[i]!.word === ",");
  const tokens = comma < 0 ? all : all.slice(0, comma);
  const unbroken = tokens.every((i, n) => n === 0 || i === tokens[n - 1]! + 1);
  return unbroken && tokens[0] === index + 1 && tokens.length <= 6 ? tokens : [];
}

/** Head nouns of bodies ("Kooperationsrat", "Lenkungsausschuss", "Kommunalgremium"). */
export const BODY_WORD = /(rat|ausschuss|gremium|kommission|beirat|konferenz)$/i;
const NAMED_BODY =
  /^\p{Lu}\p{Ll}{3,}(rat|rates|rats|kommission|agentur|beirat|ausschuss|ausschusses|gremium|gremiums)$/u;
/** (A legal form names a company, "die Gesellschaft": "Deutsche Telekom AG".) */
const FEMININE =
  /(ung|ion|heit|keit|schaft|ei|ik|tät|konferenz|gruppe|bank|kammer|anstalt|agentur|e)$|^(AG|GmbH|gGmbH|eG|SE|KG|KGaA)$/;
const NEUTER =
  /(um|ment|werk|amt|gremium|portal|projekt|netz|büro|programm|labor|konto|haus|verfahren|bündnis|institut|system)$/;

/** The nominative of a name read in another case: "des Bayerischen Landtags" -> "Bayerischer Landtag". */
export function baseForm(name: string): string {
  const words = name.split(" ");
  const head = words[words.length - 1]!;
  const stem = /sses$/.test(head)
    ? head.slice(0, -2)
    : head.length > 5 && /[^s]s$/.test(head) && !/(us|is|os|as)$/.test(head)
      ? head.replace(/e?s$/, "")
      : head;
  words[words.length - 1] = stem;
  // An adjective's weak ending ("Bayerischen", "Neuen"), not a short foreign word ("Open Source ...").
  if (words.length > 1 && /^\p{Lu}\p{Ll}{2,}en$/u.test(words[0]!)) {
    const ending = FEMININE.test(stem) ? "e" : NEUTER.test(stem) ? "es" : "er";
    words[0] = words[0]!.replace(/en$/, ending);
  }
  return words.join(" ");
}

/** The child of `head` by `dep` whose preposition or (genitive) article is `word`. */
function withCase(view: View, head: number, dep: RegExp, word: RegExp): number | undefined {
  return view
    .children(head, dep)
    .find((t) => view.children(t.index, /^(case|det)$/).some((c) => word.test(c.word)))?.index;
}

/**
 * Who belongs to or joins a project takes part in it; a body has members. (A name guessed from
 * the parse alone is no project: "tritt der Govdigital eG bei".)
 */
function membershipIn(target: { entity: KnownEntity } | undefined): "memberOf" | "participatesIn" {
  const project = target?.entity.type === "Project" && (!target.entity.isNew || target.entity.kind);
  return project ? "participatesIn" : "memberOf";
}

export function findRelations(sentence: ParsedSentence): RelationClaim[] {
  const view = new View(sentence);
  const claims: RelationClaim[] = [];
  const add = (
    type: RelationClaim["type"],
    subjects: Mention[],
    target: { entity: KnownEntity; penalty: number } | undefined,
    confidence: number,
    rule: string,
    text?: string,
  ) => {
    for (const subject of subjects) {
      if (target && subject.entity.id === target.entity.id) continue;
      if (!target && type !== "announces") continue;
      if (type === "launches" && subject.entity.type === "Person") continue;
      // A person who leads something holds an office there; leads is for governments and bodies.
      if (type === "leads" && (target?.entity.type !== "Project" || subject.entity.type === "Person"))
        continue;
      const anaphor = subject.form === "anaphor" ? 0.1 : 0;
      const claim: RelationClaim = {
        type,
        subject: subject.entity,
        confidence: confidence - (target?.penalty ?? 0) - anaphor,
        rule,
      };
      if (target) claim.object = target.entity;
      if (text) claim.text = text;
      claims.push(claim);
    }
  };
  const lastBody = sentence.context.lastBody;
  view.tokens.forEach((token, index) => {
    const word = token.word;
    if (MEMBER_NOUN.test(word)) {
      // "ist nicht Mitglied", "will Mitglied werden": no membership (yet).
      if (view.negated(index) || view.children(index, /^(aux|cop)/).some((t) => INTEND.test(t.word))) return;
      const named = targetAt(view, withCase(view, index, /^nmod$/, /^(des|der|im|in|beim|bei|von|vom)$/i));
      const known = named && named.entity.type === "Organization" && !named.entity.isNew;
      const body = OWNER_NOUN.test(word) && !known ? undefined : named;
      // "ist Vorsitzender im IT-Kooperationsrat und Mitglied im IT-Planungsrat": a predicate
      // conjoined with one that has the copula.
      // (Only a council: a board's seat so read is member-shapes.ts', for review.)
      const conjoined =
        token.dep === "conj" &&
        token.head >= 0 &&
        view.children(token.head, /^cop$/).length > 0 &&
        body?.entity.kind === "body";
      // "Peter Kühne bleibt Mitglied im Vorstand": the parser makes "bleibt" a full verb.
      // ("will Mitglied bleiben": an intention, no membership yet.)
      const remains =
        token.dep === "xcomp" &&
        token.head >= 0 &&
        REMAIN.test(view.tokens[token.head]!.word) &&
        !view.children(token.head, /^aux/).some((t) => INTEND.test(t.word));
      if (remains && !view.negated(token.head)) {
        add("memberOf", subjectsOf(view, token.head), body, 0.8, "member-copula");
      } else if (view.children(index, /^cop$/).length > 0 || conjoined) {
        add("memberOf", subjectsOf(view, index), body, conjoined ? 0.8 : 0.85, "member-copula");
      } else if (
        /^nsubj/.test(token.dep) &&
        token.head >= 0 &&
        view.children(token.head, /^cop$/).length > 0
      ) {
        // "Träger sind die Länder A und B": the owners of the organisation named last.
        const last = OWNER_NOUN.test(word) ? (sentence.context.lastOrganization ?? lastBody) : lastBody;
        const fallback = last ? { entity: last, penalty: 0.1 } : undefined;
        // "Neues Mitglied im IT-Planungsrat ist seit Januar das Land Berlin": the parser may make the
        // time the predicate, with the members as its second subject.
        const timed = view.children(token.head, /^case$/).some((t) => SINCE.test(t.word));
        const members = timed
          ? view
              .children(token.head, /^nsubj/)
              .filter((t) => t.index !== index)
              .flatMap((t) => listedActorsAt(view, t.index))
          : listedActorsAt(view, token.head);
        add("memberOf", onlyPeople(members), body ?? fallback, 0.8, "member-of-body");
      }
    } else if (BELONG.test(word) && !view.negated(index) && !dativeSubject(view, index)) {
      const to =
        withCase(view, index, /^obl/, /^(zu|zum|zur)$/i) ??
        view.children(index, /^(iobj|obj|obl:arg)$/)[0]?.index;
      const target = targetAt(view, to);
      add(membershipIn(target), subjectsOf(view, index), target, 0.85, "belong");
      // "Dem Digitalrat gehören neben Anna Keller auch A und B an": the one named with "neben" too.
      add(membershipIn(target), besideSubjects(view, index), target, 0.75, "belong-beside");
    } else if (JOIN.test(word) && view.children(index, /^compound:prt$/).some((t) => t.word === "bei")) {
      const target = targetAt(view, view.children(index, /^(obl:arg|iobj|obj)$/)[0]?.index);
      add(membershipIn(target), subjectsOf(view, index), target, 0.85, "join");
    } else if (
      // ("Beteiligt sind A und B": the participle first in its sentence.)
      (PARTICIPATE.test(index === 0 ? word.toLowerCase() : word) ||
        (TAKE_PART.test(word) &&
          (word.startsWith("teil") ||
            view.children(index, /^compound:prt$/).some((t) => t.word === "teil")))) &&
      !view.negated(index) &&
      !intended(view, index)
    ) {
      // ("An dem Projekt X sind A und B beteiligt": the parser may hang the project on the subject.)
      const at =
        withCase(view, index, /^(obl|obl:arg|nmod)$/, /^(an|am)$/i) ??
        view
          .subjects(index)
          .map((t) => withCase(view, t.index, /^nmod$/, /^(an|am)$/i))
          .find((i) => targetAt(view, i)?.entity.type === "Project") ??
        // ("nimmt als eine von fünf Kommunen am Projekt X teil": the parser may hang it on the "als" phrase.)
        view
          .children(index, /^obl/)
          .filter((t) => view.hasCase(t.index, "als"))
          .flatMap((t) => view.subtree(t.index))
          .find(
            (i) =>
              /^nmod/.test(view.tokens[i]!.dep) &&
              view.hasCase(i, "an", "am") &&
              targetAt(view, i)?.entity.type === "Project",
          );
      // "Mit beratender Stimme nehmen Vertreter des KDN teil": with nothing named, the body named
      // last; "Beteiligt sind A und B" (a predicate, no body's session, no "an dem Projekt" anywhere,
      // which the project rules resolve): the item's project.
      const project = sentence.context.lastProject;
      const itemProject =
        view.children(index, /^cop$/).length > 0 &&
        !view.tokens.some((t) => t.dep === "case" && /^(an|am)$/i.test(t.word)) &&
        project &&
        !NOT_TAKEN_PART_IN.test(project.kind ?? "")
          ? project
          : undefined;
      const last = itemProject ?? lastBody;
      const unnamed = at === undefined && last ? { entity: last, penalty: 0.1 } : undefined;
      const target = targetAt(view, at) ?? unnamed;
      add("participatesIn", subjectsOf(view, index), target, 0.85, "participate");
      add("participatesIn", besideSubjects(view, index), target, 0.75, "participate-beside");
    } else if (
      (ANNOUNCE.test(word) || view.children(index, /^aux$/).some((t) => INTEND.test(t.word))) &&
      /^(VERB|AUX)$/.test(token.pos) &&
      !view.children(index, /^aux:pass$/).length
    ) {
      // "kündigt ... an", "schlägt ... vor" need their particle; the other verbs stand alone.
      const particle = view.children(index, /^compound:prt$/).map((t) => t.word);
      if (/^(kündigt|kündigen|kündigte)$/.test(word) && !particle.includes("an")) return;
      if (/^(schlägt|schlug)$/.test(word) && !particle.includes("vor")) return;
      const subjects = subjectsOf(view, index);
      const span = view.subtree(index);
      const text = view.sentence.text
        .slice(view.tokens[span[0]!]!.start, view.tokens[span[span.length - 1]!]!.end)
        .replace(/[.!?"“”]+$/, "");
      // Measured: right about half the time (the text span is often not what was announced).
      add("announces", subjects, undefined, 0.65, "announce", text);
    } else if (LAUNCH.test(word) && /^(VERB|ADJ)$/.test(token.pos) && !view.negated(index)) {
      const passive = view.passive(index);
      const launchers = passive
        ? actorsAt(view, view.children(index, /^obl:agent$/)[0]?.index)
        : subjectsOf(view, index);
      const launched = view.children(index, passive ? /^nsubj:pass$/ : /^obj$/)[0]?.index;
      add("launches", launchers, targetAt(view, launched), 0.75, "launch");
    } else if (LEAD.test(word) && !view.negated(index) && !intended(view, index)) {
      // A participle before its noun ("das vom Land ... vorangetriebene OZG-Projekt") or a verb with its object.
      const attributive = token.dep === "amod" || token.dep === "acl";
      const project = attributive ? token.head : view.children(index, /^(obj|nsubj:pass)$/)[0]?.index;
      const passive = attributive || view.children(index, /^aux:pass$/).length > 0;
      const leader = passive
        ? view
            .children(index, /^(obl:agent|obl|nmod)$/)
            .find((t) => view.children(t.index, /^case$/).some((c) => /^(von|vom|durch)$/i.test(c.word)))
            ?.index
        : view.children(index, /^nsubj$/)[0]?.index;
      add("leads", actorsAt(view, leader), targetAt(view, project), 0.85, "lead");
    }
  });
  return claims;
}

/** The verbs the parse saw: where it saw one and found no actor, word order must not guess one. */
const CUES: [RelationClaim["type"], RegExp][] = [
  ["memberOf", MEMBER_NOUN],
  ["participatesIn", PARTICIPATE],
];

export function parseSawCue(sentence: ParsedSentence, type: RelationClaim["type"]): boolean {
  const cue = CUES.find(([t]) => t === type)?.[1];
  return cue !== undefined && sentence.parse.tokens.some((t) => cue.test(t.word));
}

const found = new WeakMap<ParsedSentence, RelationClaim[]>();

/** The relations of a sentence, found once however many fact modules ask. */
export function relationsOf(sentence: ParsedSentence, type: RelationClaim["type"]): RelationClaim[] {
  let claims = found.get(sentence);
  if (!claims) {
    claims = findRelations(sentence);
    found.set(sentence, claims);
  }
  return claims.filter((claim) => claim.type === type);
}
