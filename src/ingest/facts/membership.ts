/** memberOf: "X ist Mitglied des IT-Planungsrats", "X tritt Vitako bei", "X gehört dem ... an", "Trägerland". */
import type { Fact } from "../../model/fact.js";
import type { Mention } from "../entities/mentions.js";
import type { AnalyzedItem, AnalyzedSentence } from "./analyze.js";
import { actors, claimFacts, cueIndex, makeFact, weakened } from "./build.js";
import { findMemberships } from "./member-rules.js";
import { findMemberVerbs } from "./member-verbs.js";
import { findMemberShapes } from "./member-shapes.js";
import { findMemberAdmissions } from "./member-admissions.js";
import { findMemberContinuations } from "./member-continuations.js";
import { findRepresentatives } from "./member-representatives.js";
import { bodyNamedBefore, organizationNamedBefore, withLastNamedBody } from "./named-bodies.js";
import { relationsOf } from "./relation-rules.js";

const MEMBER =
  /\b(Mitglied|Mitglieder|Mitgliedschaft|beigetreten|Beitritt|tritt\b[^.]*\bbei|treten\b[^.]*\bbei|gehört\b[^.]*\ban|gehören\b[^.]*\ban|Träger|Trägerland|Trägerländer)\b/;

/** A body that has or counts members: "hat ... Mitglieder", "zählt ... Mitglieder". */
const HAS_MEMBERS = /^[^.]*\b(hat|haben|zählt|zählen|gewinnt|gewinnen)\b[^.]*\bMitglieder\b/;

export function memberOf(sentence: AnalyzedSentence, analyzed: AnalyzedItem): Fact[] {
  const claims = [
    ...relationsOf(sentence, "memberOf"),
    // "Stimmberechtigtes Mitglied ist X": the body the item named last, a new council too.
    ...findMemberships(withLastNamedBody(sentence, analyzed)),
    ...findMemberVerbs(withLastNamedBody(sentence, analyzed), (noun) =>
      bodyNamedBefore(noun, sentence, analyzed),
    ),
    ...findMemberShapes(
      sentence,
      () => organizationNamedBefore(sentence, analyzed),
      (noun) => bodyNamedBefore(noun, sentence, analyzed),
    ),
    ...findMemberAdmissions(sentence, () => organizationNamedBefore(sentence, analyzed)),
    // "X, Vertreter Sachsen-Anhalts im IT-Planungsrat": a seat in a known council.
    ...findRepresentatives(sentence),
    // "Dazu kommen A und B": the list of the body the sentences before named goes on.
    ...findMemberContinuations(sentence, analyzed),
  ];
  if (claims.length > 0) return claimFacts(claims, sentence, analyzed.item, undefined, false);
  return weakened(wordMemberOf(sentence, analyzed));
}

function wordMemberOf(sentence: AnalyzedSentence, analyzed: AnalyzedItem): Fact[] {
  const at = cueIndex(sentence, MEMBER);
  if (at < 0) return [];
  // "freue sich über den Beitritt eines weiteren Landes": the one who joins follows the noun.
  if (/^(Beitritt|Mitgliedschaft)\s+(des|der|eines|einer|von)\b/.test(sentence.text.slice(at))) return [];
  // "in Leipzig": a place where something happens is no member.
  const all = actors(sentence).filter(
    (m) => m.form !== "adjective" && !/\b(in|im)\s+$/.test(sentence.text.slice(0, m.start)),
  );
  const membership = (member: Mention, body: Mention) =>
    makeFact(
      { type: "memberOf", subject: member.entity, object: body.entity, confidence: 0.8 },
      sentence,
      analyzed.item,
      undefined,
      false,
    );
  const owner = all.find((m) => m.start < at);
  // "die beiden VITAKO Mitglieder Lecos und KISA": the organisation right before the noun is the
  // body, the names listed after it its members. "govdigital hat nun zwölf Mitglieder, darunter
  // die Bundesdruckerei": so is the organisation that has the members.
  const modifier = all.find(
    (m) =>
      m.entity.type === "Organization" &&
      m.end <= at &&
      /^Mitglied/.test(sentence.text.slice(at)) &&
      /^[\s-]*$/.test(sentence.text.slice(m.end, at)),
  );
  const has =
    owner?.entity.type === "Organization" && HAS_MEMBERS.test(sentence.text.slice(owner.end, at + 20));
  const holder = modifier ?? (has ? owner : undefined);
  if (holder) {
    const after = all.filter((m) => m.start > at && m.entity.id !== holder.entity.id);
    return (modifier ? listedFrom(after, sentence) : after).map((member) => membership(member, holder));
  }
  const body = all.find((m) => m.start > at && m.entity.type === "Organization");
  if (!body) return [];
  // "mit vote iT, nextgov iT und IT-Verbund Landsberg drei neue Mitglieder": the first actor and
  // those listed with it.
  // (A council is no member of another: "In der Sitzung des Rats ... der Digitalministerkonferenz".)
  const before = all.filter(
    (m) => m.start < at && m.entity.id !== body.entity.id && m.entity.kind !== "body",
  );
  return listedFrom(before, sentence).map((member) => membership(member, body));
}

/** The first of `mentions` and those listed right after it ("A, B und C"). */
function listedFrom(mentions: Mention[], sentence: AnalyzedSentence): Mention[] {
  const listed = mentions.slice(0, 1);
  for (const next of mentions.slice(1)) {
    const between = sentence.text.slice(listed[listed.length - 1]!.end, next.start);
    // ("... Rechenzentrum" in Wittenberg und "eGo-Saar ...": over where the one before is.)
    if (!/^["“”\s]*(?:in \p{Lu}[\p{L}-]*\s*)?(,|und|sowie)?["„“\s]*$/u.test(between) || between.trim() === "")
      break;
    listed.push(next);
  }
  return listed;
}
