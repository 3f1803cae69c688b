/**
 * The parts the chair rules share: who may hold a chair, the body a chair noun or verb is about
 * (its own phrase, the sentence's, the one named before), the holders a phrase names.
 */
import type { Mention } from "../entities/mentions.js";
import { isRoleWord } from "../entities/people.js";
import type { View } from "../parse/view.js";
import type { KnownEntity } from "../types.js";
import { bodyAt } from "./member-rules.js";
import { ORGAN } from "./chair-nouns.js";

export type ChairBody = { body: KnownEntity; penalty: number };

export interface ChairClaim {
  holder: Mention;
  body: KnownEntity;
  confidence: number;
  rule: string;
  /** Where the sentence names this chair's own time ("(Vorsitz 2025)"), if the rule saw it. */
  timeAt?: number;
}

export const CHAIR_NOUN = /^(Vorsitz|Vorsitzes|Vorsitzführung|Vorsitzland)$/;

const HOLDER_TYPES = new Set(["State", "Federation", "Person", "Organization"]);

export const isBody = (m: Mention) => m.entity.type === "Organization" && m.entity.kind === "body";
export const isHolder = (m: Mention) =>
  HOLDER_TYPES.has(m.entity.type) &&
  !isBody(m) &&
  m.form !== "partial" &&
  m.form !== "adjective" &&
  m.entity.kind !== "ministry";

/** The body a chair noun or verb is about: named in its nmod, else the body of the sentence, else the last one (for review: on dev two of three such chairs took a federal body for a Land's own). */
export function bodyOf(index: number, view: View, near = index): ChairBody | undefined {
  for (const child of view.children(index, /^(nmod|obl|obj)/)) {
    const mention = view
      .subtree(child.index)
      .map((i) => view.mentionAt(i))
      .find((m) => m && isBody(m));
    if (mention) return { body: mention.entity, penalty: 0 };
  }
  return sentenceBody(view, near, index);
}

/**
 * "Das Kommunalgremium unter dem Vorsitz der FITKO": the body noun a chair phrase describes, when
 * the noun names a body (known, or new by its name), not a meeting ("Die Sitzung unter dem Vorsitz").
 */
export function describedBody(view: View, chair: number): ChairBody | undefined {
  const head = view.tokens[chair]!.head;
  if (head < 0 || !/^(NOUN|PROPN)$/.test(view.tokens[head]!.pos)) return undefined;
  const named = bodyAt(view, head);
  if (!named || named.entity.type !== "Organization") return undefined;
  return named.entity.kind === "body" || named.entity.isNew
    ? { body: named.entity, penalty: named.penalty }
    : undefined;
}

/**
 * A body the gazetteer does not know, named like one as an argument of `index` ("den Vorsitz des
 * Lenkungsausschusses für IT", "unter dem Vorsitz von X ist der IT-Kooperationsrat NRW
 * zusammengekommen"): for review.
 */
function newBodyAt(view: View, index: number): ChairBody | undefined {
  for (const child of view.children(index, /^(nmod|obl|obj|nsubj)/)) {
    if (view.mentionAt(child.index)) continue;
    const named = bodyAt(view, child.index);
    // A bare compound may describe the body named before ("im obersten Steuerungsgremium").
    const bare = named !== undefined && !/[\s-]/.test(named.entity.name);
    if (
      named?.entity.isNew &&
      named.entity.type === "Organization" &&
      !(bare && view.sentence.context.lastBody)
    )
      return { body: named.entity, penalty: Math.max(named.penalty, 0.15) };
  }
  return undefined;
}

/**
 * The body the sentence names (the last one before `near` when it names several: "Nach Treffen im
 * Format D16 traf sich die Digitalministerkonferenz unter dem Vorsitz von ..."), else the one
 * named before.
 */
export function sentenceBody(view: View, near?: number, head?: number): ChairBody | undefined {
  const bodies = view.sentence.mentions.filter(isBody);
  const at = near === undefined ? undefined : view.tokens[near]!.start;
  const before = at === undefined ? [] : bodies.filter((m) => m.end <= at);
  const named = before[before.length - 1] ?? bodies[0];
  if (named) return { body: named.entity, penalty: 0.05 };
  const unknown = head === undefined ? undefined : newBodyAt(view, head);
  if (unknown) return unknown;
  const last = view.sentence.context.lastBody;
  return last ? { body: last, penalty: 0.15 } : undefined;
}

/**
 * Holders named by a token and its conjuncts ("Berlin und Brandenburg"). A role conjoined with a
 * person ("von Klaus Vitt, Staatssekretär ... und Beauftragter der Bundesregierung") describes
 * that person: the government in it holds nothing.
 */
export function holdersAt(index: number, view: View): Mention[] {
  // ("der Länder Berlin und Brandenburg": the conjuncts are the Länder the group noun names.)
  return view
    .conjuncts(index)
    .map((i) =>
      i !== index && isRoleWord(view.tokens[i]!.word)
        ? view.personAt(i)
        : (view.personOf(i) ?? personInside(i, view) ?? view.entityOf(i, isHolder)),
    )
    .filter((m): m is Mention => m !== undefined);
}

/** "von der früheren Staatssekretärin und ehemaligen Beraterin Katrin Suder": the person deeper in the phrase. */
function personInside(index: number, view: View): Mention | undefined {
  return view
    .subtree(index)
    .filter((i) => !/^(VERB|AUX)$/.test(view.tokens[i]!.pos))
    .map((i) => view.personAt(i))
    .find((m) => m !== undefined);
}

/**
 * The body a leading verb's object names: a known body, or one the gazetteer does not know but
 * that is named like a body ("Geleitet wird der Digitalrat von ..."), for review.
 */
export function ledBody(view: View, index: number, direct = false): ChairBody | undefined {
  // "leitet den Verwaltungsrat von Dataport": who leads an organisation's board chairs it.
  const owner = organOwner(view, index);
  if (owner) return { body: owner.entity, penalty: 0 };
  // `direct`: the token itself names the body, not a genitive after it ("die Sitzung des Rats").
  const own = view.mentionAt(index);
  const known = direct ? (own && isBody(own) ? own : undefined) : view.entityOf(index, isBody);
  if (known) return { body: known.entity, penalty: 0 };
  if (own) return undefined;
  const named = bodyAt(view, index);
  return named?.entity.isNew ? { body: named.entity, penalty: Math.max(named.penalty, 0.1) } : undefined;
}

/**
 * The organisation an administrative board names as its owner: "den Verwaltungsrat von Dataport",
 * "den Beirat der FITKO". (Who leads its executive or supervisory board, "Vorstand" or
 * "Aufsichtsrat", holds an office there, as with the chair nouns.)
 */
function organOwner(view: View, index: number): Mention | undefined {
  const word = view.tokens[index]!.word;
  if (!ORGAN.test(word) || /^(Vorstand|Aufsichtsrat)/.test(word)) return undefined;
  return view
    .children(index, /^nmod$/)
    .filter((t) => view.children(t.index, /^case$/).every((c) => /^von$/i.test(c.word)))
    .map((t) => view.mentionAt(t.index))
    .find((m) => m !== undefined && m.entity.type === "Organization" && !isBody(m) && m.form !== "partial");
}
