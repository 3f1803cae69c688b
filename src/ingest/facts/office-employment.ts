/**
 * Working for an organisation is holding a position there: "Maria Borelli war bisher bei der init
 * AG, der Computacenter AG & Co. oHG und der DB Systel GmbH tätig", "Bis Juni 2019 war er für den
 * IT-Dienstleister Capgemini tätig", "war bisher in verschiedenen Positionen, unter anderem bei
 * der A und der B, tätig" (the parser may make the positions the predicate), "hat als Beraterin
 * bei Price Waterhouse gearbeitet", "war als wissenschaftlicher Mitarbeiter an der Universität
 * Bremen beschäftigt". The organisation is one the sentence names (known, or new with a legal form
 * or tagged as an organisation), every one of a list; a role given with "als" is the office, else
 * the role is "Tätigkeit" ("an" names the employer only beside such a role: a lecturer at a
 * university). A government, a body or a place is no employer here (a civil servant's office is the
 * office rules'). Below the review threshold.
 */
import { slugify } from "../../model/ids.js";
import type { Mention } from "../entities/mentions.js";
import type { View } from "../parse/view.js";
import type { KnownEntity } from "../types.js";
import type { ParsedRoleClaim } from "./office-rules.js";
import { roleClaim } from "./office-lead.js";
import { WORK } from "./office-owner-verbs.js";
import { roleText } from "./office-phrase.js";
import { LEGAL_FORM } from "./member-rules.js";
import { baseForm, targetAt } from "./relation-rules.js";

const CONFIDENCE = 0.65;

export function findEmployments(view: View): ParsedRoleClaim[] {
  const claims: ParsedRoleClaim[] = [];
  view.tokens.forEach((token, index) => {
    // ("arbeitet mit X zusammen" is a cooperation: no particle.)
    const predicate = positionPredicate(view, index);
    const working =
      (WORK.test(token.word) && view.children(index, /^compound:prt$/).length === 0) || predicate;
    if (!working || view.negated(index)) return;
    // ("war bisher in ... Positionen, ... bei der X, der Y und der Z, tätig": the parser may hang
    // "tätig" on the predicate before it.)
    const clause =
      token.head >= 0 && /^(parataxis|conj|xcomp)$/.test(token.dep) ? [index, token.head] : [index];
    const person = clause
      .flatMap((verb) => view.subjects(verb))
      .map((t) => view.personOf(t.index))
      .find((m): m is Mention => m !== undefined);
    if (!person) return;
    // "als Beraterin": the role; the employer may hang on it ("als Dozent an der Hochschule X").
    const role = view
      .children(index, /^(obl|nmod)$/)
      .find((t) => view.hasCase(t.index, "als") && t.pos === "NOUN" && !view.mentionAt(t.index));
    const places = role ? ["bei", "beim", "für", "an", "am"] : ["bei", "beim", "für"];
    // "in verschiedenen Positionen, unter anderem bei der X, ...": the positions' "bei" phrases
    // name the employers too (not their genitive: "in Positionen der X" may be a ministry's unit).
    const positions = [
      ...(predicate ? [index] : []),
      ...view
        .children(index, /^(obl|nmod)$/)
        .filter((t) => POSITION.test(t.word) && view.hasCase(t.index, "in"))
        .map((t) => t.index),
    ];
    const heads = [index, ...(role ? [role.index] : []), ...positions];
    const phrases = heads.flatMap((head) =>
      [
        head,
        ...view
          .children(head, /^nmod$/)
          .filter((t) => AMONG.test(t.word))
          .map((t) => t.index),
      ].flatMap((at) => view.children(at, /^(obl|nmod)$/).filter((t) => view.hasCase(t.index, ...places))),
    );
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
          roleClaim(
            person,
            role ? roleText(role.index, view) : "Tätigkeit",
            view.tokens[at]!.start,
            organization,
            "employed/named",
            {
              confidence: CONFIDENCE,
            },
          ),
        );
      }
  });
  return claims;
}

/** Positions held somewhere: "in verschiedenen (führenden) Positionen". */
const POSITION = /^(Positionen|Funktionen|Leitungsfunktionen|Führungspositionen)$/;
/** "unter anderem": the parser hangs the list it opens on its word. */
const AMONG = /^(anderem|a\.)$/;

/** "war bisher in verschiedenen Positionen, unter anderem bei der X, ... tätig": the parser may make the positions the predicate. */
function positionPredicate(view: View, index: number): boolean {
  return (
    POSITION.test(view.tokens[index]!.word) &&
    view.hasCase(index, "in") &&
    view.children(index, /^cop$/).length > 0
  );
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
  if (target?.entity.isNew && LEGAL_FORM.test(target.entity.name))
    return { ...target.entity, type: "Organization" };
  // "bei Price Waterhouse": a proper name no one else claims, after "bei", is the firm's.
  const proper = properName(view, index);
  return proper && view.hasCase(index, "bei", "beim")
    ? { id: slugify(proper), name: proper, type: "Organization", isNew: true }
    : undefined;
}

/** A name of proper nouns only ("Price Waterhouse"), none of them a mention. */
function properName(view: View, index: number): string | undefined {
  const parts = [index, ...view.children(index, /^flat$/).map((t) => t.index)];
  if (parts.some((i) => view.tokens[i]!.pos !== "PROPN" || view.mentionAt(i))) return undefined;
  const last = Math.max(...parts);
  return view.sentence.text.slice(view.tokens[index]!.start, view.tokens[last]!.end);
}

function organizationSpan(view: View, index: number): string | undefined {
  const tagged = (i: number) => view.tokens[i]?.ner === "ORGANIZATION" && view.tokens[i]!.word !== ",";
  if (!tagged(index)) return undefined;
  let first = index;
  let last = index;
  while (tagged(first - 1)) first -= 1;
  while (tagged(last + 1)) last += 1;
  // "bei der Deutschen Telekom AG": the name in the nominative.
  return baseForm(view.sentence.text.slice(view.tokens[first]!.start, view.tokens[last]!.end));
}
