/**
 * chairs named by a chair noun with its body and its person (rule chair-noun):
 *   "die diesjährige Vorsitzende des IT-Planungsrats, Cornelia Rogall-Grothe, ..."
 *   "durch den diesjährigen Vorsitz des IT-Planungsrats, Patrick Burghardt, ..."
 *   "Vorsitzender des IT-Planungsrats im Jahr 2019 Hans-Henning Lühr"
 *   "Dirk Schrödter, Chef der Staatskanzlei und Vorsitzender des Verwaltungsrats von Dataport"
 * The body follows the noun ("des"/"der"/"im"), or an organ of an organisation does
 * ("Verwaltungsrat von Dataport" is Dataport's). The person follows the body, separated at most
 * by a comma or a time phrase, or is the one the noun describes (the person the phrase is
 * conjoined or in apposition with). "unter dem Vorsitz" and a chair taken by a verb are the
 * other rules' (chair-rules.ts), and so are copulas and elections with a known body
 * (office-rules.ts). Read here for a body the gazetteer does not know ("des Digitalrats", less
 * sure) and for a co-chair: "Vorsitzender des Digitalrats ist X", "X ist Co-Vorsitzende des
 * IT-Planungsrats", "wurde zur Vorsitzenden des Digitalrats gewählt", "Der Digitalrat wählte X zu
 * seiner Vorsitzenden". A deputy ("stellvertretende Vorsitzende") chairs nothing.
 */
import type { Mention } from "../entities/mentions.js";
import type { KnownEntity } from "../types.js";
import type { View } from "../parse/view.js";
import { bodyAt } from "./member-rules.js";

const CHAIR_NOUN = /^((Co|Ko)-?)?(Vorsitzende|Vorsitzender|Vorsitzenden|Vorsitz|Vorsitzes)$/;
/** A co-chair chairs too ("Co-Vorsitzende", "Ko-Vorsitzender"); the office rules read only the plain noun. */
const CO_CHAIR = /^(Co|Ko)-?/;
/** An organisation's board: its chair holds an office of the organisation, not a body's chair. */
export const ORGAN =
  /^(Verwaltungsrat|Verwaltungsrats|Verwaltungsrates|Aufsichtsrat|Aufsichtsrats|Aufsichtsrates|Vorstand|Vorstands|Vorstandes|Kuratorium|Kuratoriums|Beirat|Beirats|Beirates)$/;
/** Words allowed between the body and the person: a comma, a time phrase. */
const GAP = /^(,|in|im|dem|Jahr|Jahre|\d{4})$/;

export interface ChairNounClaim {
  holder: Mention;
  body: KnownEntity;
  confidence: number;
  rule: string;
}

const isBody = (m: Mention) => m.entity.type === "Organization" && m.entity.kind === "body";

interface BodyAfter {
  body: KnownEntity;
  last: number;
  /** A body the gazetteer does not know, named like one ("des Digitalrats"): less sure. */
  penalty: number;
}

/** The body after the chair noun: "des IT-Planungsrats", "des Verwaltungsrats von Dataport", "des Digitalrats". */
function bodyAfter(view: View, index: number): BodyAfter | undefined {
  const next = view.tokens[index + 1];
  if (!next || !/^(des|der|im|in|dem)$/i.test(next.word)) return undefined;
  for (let i = index + 2; i < Math.min(view.tokens.length, index + 6); i += 1) {
    const mention = view.mentionAt(i);
    if (mention && isBody(mention))
      return { body: mention.entity, last: lastTokenOf(view, mention, i), penalty: 0 };
    const named = mention ? undefined : newBodyAt(view, i);
    if (named) return { body: named.entity, last: i, penalty: Math.max(named.penalty, 0.1) };
    if (ORGAN.test(view.tokens[i]!.word) && /^(von|der|des)$/i.test(view.tokens[i + 1]?.word ?? "")) {
      const owner = view.mentionAt(i + 2) ?? view.mentionAt(i + 3);
      if (owner?.entity.type === "Organization")
        return { body: owner.entity, last: lastTokenOf(view, owner, i + 2), penalty: 0 };
    }
    if (mention) return undefined;
  }
  return undefined;
}

function lastTokenOf(view: View, mention: Mention, from: number): number {
  let last = from;
  while (view.tokens[last + 1] && view.tokens[last + 1]!.end <= mention.end) last += 1;
  return last;
}

/** The person right after the body, past a comma or a time phrase. */
function personAfter(view: View, last: number): Mention | undefined {
  for (let i = last + 1; i < Math.min(view.tokens.length, last + 6); i += 1) {
    const person = view.personAt(i);
    if (person) return person;
    if (!GAP.test(view.tokens[i]!.word)) return undefined;
  }
  return undefined;
}

/** The person the noun's phrase describes: up through conj and appos heads. */
function describedPerson(view: View, index: number): Mention | undefined {
  let at = index;
  for (let step = 0; step < 3; step += 1) {
    const token = view.tokens[at]!;
    if (!/^(conj|appos)$/.test(token.dep) || token.head < 0) return undefined;
    at = token.head;
    const person = view.personAt(at);
    if (person) return person;
  }
  return undefined;
}

/** A body the gazetteer does not know, by its name alone ("Digitalrat", "Hessischer Digitalrat"). */
function newBodyAt(view: View, index: number) {
  if (!/^(NOUN|PROPN)$/.test(view.tokens[index]!.pos)) return undefined;
  const target = bodyAt(view, index);
  return target?.entity.isNew ? target : undefined;
}

const ELECT =
  /^(gewählt|wählt|wählen|wählte|wählten|ernannt|ernennt|ernannte|ernannten|bestimmt|bestimmte|bestimmten|berufen|beruft|berief|beriefen)$/;

/**
 * "Anna Keller wurde zur Vorsitzenden des Digitalrats gewählt", "Der Digitalrat wählte Anna Keller
 * zu seiner Vorsitzenden": the one elected chairs the body named with the noun, or the electing
 * body for "seiner". Only for a body the gazetteer does not know (a known body's chair is the office
 * rules'); for review.
 */
function electedChair(view: View, index: number): ChairNounClaim[] | undefined {
  const token = view.tokens[index]!;
  if (token.dep !== "obl" || token.head < 0 || !ELECT.test(view.tokens[token.head]!.word)) return undefined;
  if (!view.children(index, /^case$/).some((c) => /^(zu|zum|zur)$/i.test(c.word))) return undefined;
  const verb = token.head;
  if (view.negated(verb)) return [];
  const passive = view.passive(verb);
  const holders = view
    .children(verb, passive ? /^nsubj:pass$/ : /^obj$/)
    .map((t) => view.personOf(t.index))
    .filter((m): m is Mention => m !== undefined && m.form !== "anaphor");
  const own = view.children(index, /^det:poss$/).some((t) => /^(sein|ihr)/i.test(t.word));
  const electing =
    own && !passive ? view.subjects(verb).map((t) => electingBody(view, t.index))[0] : undefined;
  const found = electing ?? bodyAfter(view, index);
  // A known body's elected chair is the office rules' (one fact, not two).
  if (!found || found.penalty === 0) return [];
  return holders.map((holder) => ({
    holder,
    body: found.body,
    confidence: 0.75 - found.penalty,
    rule: "chair-noun",
  }));
}

/** The body that elects its own chair: known, or named like a body. */
function electingBody(view: View, index: number): { body: KnownEntity; penalty: number } | undefined {
  const mention = view.mentionAt(index);
  if (mention && isBody(mention)) return { body: mention.entity, penalty: 0 };
  const named = mention ? undefined : newBodyAt(view, index);
  return named ? { body: named.entity, penalty: Math.max(named.penalty, 0.1) } : undefined;
}

/** A chair as a person: "Vorsitzende", "Vorsitzender", "Vorsitzenden" (not "Vorsitz"). */
const CHAIR_PERSON = /^((Co|Ko)-?)?Vorsitzende[rn]?$/;

/**
 * "Die Ministerpräsidentenkonferenz hat nach Einschätzung ihres bisherigen Vorsitzenden Boris Rhein
 * ...", "Der Rat tagte unter seinem Vorsitzenden X": the person named with the noun chairs the body
 * the possessive refers to, the first body the sentence names before the noun, else the one the
 * item named last; for review.
 */
function possessiveChair(view: View, index: number): ChairNounClaim | undefined {
  if (!CHAIR_PERSON.test(view.tokens[index]!.word)) return undefined;
  if (!view.children(index, /^det:poss$/).some((t) => /^(sein|ihr)/i.test(t.word))) return undefined;
  // (Only a name with the noun: "unter seinem Vorsitzenden" alone names no one.)
  const holder =
    view.personAt(index + 1) ??
    view
      .children(index, /^(flat|appos)$/)
      .map((t) => view.personAt(t.index))
      .find((m) => m !== undefined);
  if (!holder || holder.form === "anaphor") return undefined;
  const start = view.tokens[index]!.start;
  const body =
    view.sentence.mentions.find((m) => isBody(m) && m.end <= start)?.entity ?? view.sentence.context.lastBody;
  return body ? { holder, body, confidence: 0.7, rule: "chair-noun" } : undefined;
}

export function findChairNouns(view: View): ChairNounClaim[] {
  const claims: ChairNounClaim[] = [];
  view.tokens.forEach((token, index) => {
    if (!CHAIR_NOUN.test(token.word)) return;
    const possessive = possessiveChair(view, index);
    if (possessive) {
      claims.push(possessive);
      return;
    }
    if (view.children(index, /^case$/).some((c) => /^unter$/i.test(c.word))) return;
    if (/^obj$/.test(token.dep)) return;
    // A deputy ("stellvertretender Vorsitzender") does not chair.
    if (view.children(index, /^amod$/).some((t) => /^stellvertretend/i.test(t.word))) return;
    const elected = electedChair(view, index);
    if (elected) {
      claims.push(...elected);
      return;
    }
    const found = bodyAfter(view, index);
    if (!found) return;
    const co = CO_CHAIR.test(token.word);
    // "X ist Vorsitzender des IT-Planungsrats" is the office rules'; a co-chair or a new body is read here.
    const copula = view.children(index, /^cop$/).some((c) => /^(ist|war|sind|waren|bleibt)$/i.test(c.word));
    const predicate =
      /^nsubj$/.test(token.dep) && token.head >= 0 && view.children(token.head, /^cop$/).length > 0;
    if (copula || predicate) {
      if (!co && found.penalty === 0) return;
      // "Anna Keller ist Co-Vorsitzende des X"; "Vorsitzender des Digitalrats ist Peter Hoffmann".
      const holders = copula
        ? view.subjects(index).map((t) => view.personOf(t.index))
        : [view.personOf(token.head)];
      for (const holder of holders)
        if (holder && holder.form !== "anaphor")
          claims.push({ holder, body: found.body, confidence: 0.75 - found.penalty, rule: "chair-noun" });
      return;
    }
    const after = personAfter(view, found.last);
    const holder = after ?? describedPerson(view, index);
    if (!holder || holder.form === "anaphor") return;
    claims.push({
      holder,
      body: found.body,
      confidence: (after ? 0.8 : 0.75) - found.penalty,
      rule: "chair-noun",
    });
  });
  return claims;
}
