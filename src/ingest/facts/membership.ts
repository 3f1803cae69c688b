/** memberOf: "X ist Mitglied des IT-Planungsrats", "X tritt Vitako bei", "X gehört dem ... an", "Trägerland". */
import type { Fact } from "../../model/fact.js";
import type { AnalyzedItem, AnalyzedSentence } from "./analyze.js";
import { actors, claimFacts, cueIndex, makeFact, weakened } from "./build.js";
import { findMemberships } from "./member-rules.js";
import { findMemberVerbs } from "./member-verbs.js";
import { findMemberShapes } from "./member-shapes.js";
import { findMemberAdmissions } from "./member-admissions.js";
import { bodyNamedBefore, organizationNamedBefore, withLastNamedBody } from "./named-bodies.js";
import { relationsOf } from "./relation-rules.js";

const MEMBER =
  /\b(Mitglied|Mitglieder|Mitgliedschaft|beigetreten|Beitritt|tritt\b[^.]*\bbei|treten\b[^.]*\bbei|gehört\b[^.]*\ban|gehören\b[^.]*\ban|Träger|Trägerland|Trägerländer)\b/;

/** A body that has, counts or welcomes members: "hat ... Mitglieder", "zählt ... Mitglieder". */
const HAS_MEMBERS = /^[^.]*\b(hat|haben|zählt|zählen|gewinnt|gewinnen)\b[^.]*\bMitglieder\b/;

export function memberOf(sentence: AnalyzedSentence, analyzed: AnalyzedItem): Fact[] {
  const claims = [
    ...relationsOf(sentence, "memberOf"),
    // "Stimmberechtigtes Mitglied ist X": the body the item named last, a new council too.
    ...findMemberships(withLastNamedBody(sentence, analyzed)),
    ...findMemberVerbs(withLastNamedBody(sentence, analyzed), (noun) =>
      bodyNamedBefore(noun, sentence, analyzed),
    ),
    ...findMemberShapes(sentence, () => organizationNamedBefore(sentence, analyzed)),
    ...findMemberAdmissions(sentence, () => organizationNamedBefore(sentence, analyzed)),
  ];
  if (claims.length > 0) return claimFacts(claims, sentence, analyzed.item, undefined, false);
  return weakened(wordMemberOf(sentence, analyzed));
}

function wordMemberOf(sentence: AnalyzedSentence, analyzed: AnalyzedItem): Fact[] {
  const at = cueIndex(sentence, MEMBER);
  if (at < 0) return [];
  // "freue sich über den Beitritt eines weiteren Landes": the one who joins follows the noun.
  if (/^(Beitritt|Mitgliedschaft)\s+(des|der|eines|einer|von)\b/.test(sentence.text.slice(at))) return [];
  const all = actors(sentence).filter((m) => m.form !== "adjective");
  const owner = all.find((m) => m.start < at);
  // "govdigital hat nun zwölf Mitglieder, darunter die Bundesdruckerei": the organisation that
  // has the members is the body, the names after the noun are the members.
  if (owner?.entity.type === "Organization" && HAS_MEMBERS.test(sentence.text.slice(owner.end, at + 20)))
    return all
      .filter((m) => m.start > at && m.entity.id !== owner.entity.id)
      .map((member) =>
        makeFact(
          { type: "memberOf", subject: member.entity, object: owner.entity, confidence: 0.8 },
          sentence,
          analyzed.item,
          undefined,
          false,
        ),
      );
  const body = all.find((m) => m.start > at && m.entity.type === "Organization");
  if (!body) return [];
  const before = all.filter((m) => m.start < at && m.entity.id !== body.entity.id);
  // "mit vote iT, nextgov iT und IT-Verbund Landsberg drei neue Mitglieder": the first actor and
  // those listed with it.
  const listed = before.slice(0, 1);
  for (const next of before.slice(1)) {
    if (!/^\s*(,|und|sowie)\s*$/.test(sentence.text.slice(listed[listed.length - 1]!.end, next.start))) break;
    listed.push(next);
  }
  return listed.map((member) =>
    makeFact(
      { type: "memberOf", subject: member.entity, object: body.entity, confidence: 0.8 },
      sentence,
      analyzed.item,
      undefined,
      false,
    ),
  );
}
