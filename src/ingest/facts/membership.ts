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
  const all = actors(sentence).filter((m) => m.form !== "adjective");
  const body = all.find((m) => m.start > at && m.entity.type === "Organization");
  if (!body) return [];
  return all
    .filter((m) => m.start < at && m.entity.id !== body.entity.id)
    .slice(0, 1)
    .map((member) =>
      makeFact(
        { type: "memberOf", subject: member.entity, object: body.entity, confidence: 0.8 },
        sentence,
        analyzed.item,
        undefined,
        false,
      ),
    );
}
