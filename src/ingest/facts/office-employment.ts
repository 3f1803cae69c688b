/**
 * Working for an organisation is holding a position there: "Maria Borelli war bisher bei der init
 * AG, der Computacenter AG & Co. oHG und der DB Systel GmbH tätig", "Bis Juni 2019 war er für den
 * IT-Dienstleister Capgemini tätig". The organisation is one the sentence names (known, or new
 * with a legal form or tagged as an organisation), every one of a list; a role given with "als"
 * is the office, else the role is "Tätigkeit". A government, a body or a place is no employer
 * here (a civil servant's office is the office rules'). Below the review threshold.
 */
import { slugify } from "../../model/ids.js";
import type { Mention } from "../entities/mentions.js";
import type { View } from "../parse/view.js";
import type { KnownEntity } from "../types.js";
import type { ParsedRoleClaim } from "./office-rules.js";
import { roleClaim } from "./office-lead.js";
import { LEGAL_FORM } from "./member-rules.js";
import { targetAt } from "./relation-rules.js";

const ACTIVE = /^(tätig|beschäftigt)$/;
const CONFIDENCE = 0.65;

export function findEmployments(view: View): ParsedRoleClaim[] {
  const claims: ParsedRoleClaim[] = [];
  view.tokens.forEach((token, index) => {
    if (!ACTIVE.test(token.word) || view.negated(index)) return;
    // ("war bisher in ... Positionen, ... bei der X, der Y und der Z, tätig": the parser may hang
    // "tätig" on the predicate before it.)
    const clause =
      token.head >= 0 && /^(parataxis|conj|xcomp)$/.test(token.dep) ? [index, token.head] : [index];
    const person = clause
      .flatMap((verb) => view.subjects(verb))
      .map((t) => view.personOf(t.index))
      .find((m): m is Mention => m !== undefined);
    if (!person) return;
    const phrases = view
      .children(index, /^(obl|nmod)$/)
      .filter((t) => view.hasCase(t.index, "bei", "beim", "für"));
    // A list's items, in apposition too ("der init AG, der Computacenter AG ... und der DB Systel GmbH").
    const items = (at: number) => [
      ...view.conjuncts(at),
      ...view.children(at, /^appos$/).map((t) => t.index),
    ];
    for (const phrase of phrases)
      for (const at of items(phrase.index)) {
        const organization = employerAt(view, at);
        if (!organization || organization.id === person.entity.id) continue;
        claims.push(
          roleClaim(person, "Tätigkeit", view.tokens[at]!.start, organization, "employed/named", {
            confidence: CONFIDENCE,
          }),
        );
      }
  });
  return claims;
}

function employerAt(view: View, index: number): KnownEntity | undefined {
  const known = view.entityOf(
    index,
    (m) => m.entity.type === "Organization" && m.form !== "partial" && m.entity.kind !== "body",
  );
  if (known) return known.entity;
  if (view.mentionAt(index)) return undefined;
  // The model's organisation span is the name ("init Aktiengesellschaft für digitale Kommunikation").
  const span = organizationSpan(view, index);
  if (span) return { id: slugify(span), name: span, type: "Organization", isNew: true };
  const target = targetAt(view, index);
  if (!target?.entity.isNew || !LEGAL_FORM.test(target.entity.name)) return undefined;
  return { ...target.entity, type: "Organization" };
}

function organizationSpan(view: View, index: number): string | undefined {
  const tagged = (i: number) => view.tokens[i]?.ner === "ORGANIZATION" && view.tokens[i]!.word !== ",";
  if (!tagged(index)) return undefined;
  let first = index;
  let last = index;
  while (tagged(first - 1)) first -= 1;
  while (tagged(last + 1)) last += 1;
  return view.sentence.text.slice(view.tokens[first]!.start, view.tokens[last]!.end);
}
