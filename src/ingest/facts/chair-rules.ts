/**
 * chairs from the dependency parse, as small declarative rules.
 *   take-chair    "Hessen übernimmt den Vorsitz im IT-Planungsrat", "Das Land hat den Vorsitz ... inne"
 *   under-chair   "unter dem Vorsitz von Bayerns Digitalminister Fabian Mehring", "unter Bremens Vorsitz"
 *   hand-over-giver  "übernimmt den Vorsitz von Cornelia Rogall-Grothe": the giver held the chair (no time:
 *                 the sentence dates the new chair)
 *   lead-body     "Im Jahr 2025 führt Mecklenburg-Vorpommern den IT-Planungsrat", "Geleitet wird der Digitalrat von ...",
 *                 "der von X geleitete Rat" (a body the gazetteer does not know: less sure)
 *   preside       "Anna Lenz sitzt dem IT-Planungsrat vor", "die dem Digitalrat vorsitzt"
 *   chair-country "Sachsen ist Vorsitzland der Digitalministerkonferenz" (also with the noun first)
 *   and the shapes of chair-shapes.ts (share-chair, year-chair, pass-chair)
 * A place where a meeting happens is never a holder (municipalities are not holders), and a
 * rotation ("im jährlichen Wechsel der Bund und die Länder") names no holder. Successions are
 * succession-verbs.ts'.
 */
import type { Mention } from "../entities/mentions.js";
import type { KnownEntity } from "../types.js";
import { View, type ParsedSentence } from "../parse/view.js";
import { findChairNouns } from "./chair-nouns.js";
import {
  bodyOf,
  CHAIR_NOUN,
  type ChairClaim,
  describedBody,
  holdersAt,
  ledBody,
  sentenceBody,
} from "./chair-parts.js";
import { chairVerb, coHolders, findYearChairs, ledAttributively, passedChairs } from "./chair-shapes.js";

export type { ChairClaim } from "./chair-parts.js";

const LEAD_VERB = /^(leitet|leiten|leitete|leiteten|geleitet|führt|führen|führte|führten|geführt)$/;
export const ROTATION = /\b(Wechsel|wechselt|wechseln|abwechselnd|reihum|rotiert)\b/;
const TAKE_OVER = /^(übernimmt|übernehme|übernehmen|übernahm|übernahmen|übernommen)$/;

/**
 * "übernimmt den Vorsitz von Cornelia Rogall-Grothe", "... vom Bund": whoever hands the chair
 * over held it. The "von" phrase hangs on the chair, the body or the verb, depending on the parse.
 */
function giversOf(verb: number, view: View): Mention[] {
  const subjects = new Set(view.subjects(verb).flatMap((s) => view.subtree(s.index)));
  return view
    .subtree(verb)
    .filter(
      (i) =>
        !subjects.has(i) &&
        view.children(i, /^case$/).some((c) => /^(von|vom)$/i.test(c.word)) &&
        /^(nmod|obl|obl:agent)$/.test(view.tokens[i]!.dep) &&
        !ofAllGovernments(i, view),
    )
    .flatMap((i) => holdersAt(i, view));
}

/** "den Vorsitz im IT-Planungsrat von Bund und Ländern": whose body it is, not who had the chair. */
function ofAllGovernments(phrase: number, view: View): boolean {
  return [phrase, ...view.children(phrase, /^conj$/).map((t) => t.index)].some((i) =>
    /^(Ländern|Kommunen)$/.test(view.tokens[i]!.word),
  );
}

/**
 * The tokens of the clause that speaks of a rotation ("..., bevor der Vorsitz 2022 an den Bund
 * wechselt"): the clause of the verb the rotation word is or hangs on; empty without one.
 */
function rotationClause(view: View): Set<number> {
  const at = view.tokens.findIndex((t) => ROTATION.test(t.word));
  if (at < 0) return new Set();
  let head = at;
  while (head >= 0 && !/^(VERB|AUX)$/.test(view.tokens[head]!.pos)) head = view.tokens[head]!.head;
  return new Set(head < 0 ? view.tokens.map((t) => t.index) : view.subtree(head));
}

/** The holder of "Vorsitzland": its copula's subject, or the one named after the copula when the noun comes first. */
function chairCountry(view: View, index: number): Mention[] {
  if (view.children(index, /^cop$/).length > 0 && !view.negated(index)) {
    // ("Bei der DMK ist Hamburg Vorsitzland": the parser may hang the holder on the noun without a case.)
    const bare = view
      .children(index, /^nmod$/)
      .filter((t) => view.children(t.index, /^case$/).length === 0)
      .flatMap((t) => holdersAt(t.index, view))
      .filter((m) => /^(State|Federation)$/.test(m.entity.type));
    return [...view.children(index, /^nsubj$/).flatMap((t) => holdersAt(t.index, view)), ...bare];
  }
  const copula = view.tokens.findIndex((t, i) => i > index && /^(ist|war|wird)$/.test(t.word));
  const first = view.tokens.findIndex((t) => !/^(DET|PUNCT)$/.test(t.pos));
  if (copula < 0 || first !== index || view.negated(copula)) return [];
  const after = view.sentence.mentions.find(
    (m) => m.start > view.tokens[copula]!.start && /^(State|Federation)$/.test(m.entity.type),
  );
  return after ? [after] : [];
}

/** Bodies listed with "beziehungsweise" ("dem IT-Planungsrat bzw. der DMK"), one for each holder in turn. */
function respectiveBodies(view: View, index: number): { body: KnownEntity; penalty: number }[] | undefined {
  const listed = view.conjuncts(index);
  const respectively = listed
    .slice(1)
    .every((i) => view.children(i, /^cc$/).some((c) => /^(beziehungsweise|bzw\.?)$/.test(c.word)));
  if (listed.length < 2 || !respectively) return undefined;
  const bodies = listed.map((i) => ledBody(view, i));
  return bodies.every((b) => b !== undefined) ? bodies : undefined;
}

export function findChairs(sentence: ParsedSentence): ChairClaim[] {
  const view = new View(sentence);
  // A rotation names no holder, unless the chair passes to one ("wechselt 2025 zu Hessen"); a
  // clause beside it still may ("X, der das Gremium 2021 leitet, bevor der Vorsitz ... wechselt").
  const rotation = rotationClause(view);
  const inRotation = (claim: ChairClaim) =>
    view.tokens.some((t) => rotation.has(t.index) && t.start === claim.holder.start);
  const passedOn = passedChairs(view);
  const claims: ChairClaim[] = [...passedOn];
  const add = (
    holders: Mention[],
    body: { body: KnownEntity; penalty: number } | undefined,
    confidence: number,
    rule: string,
  ) => {
    if (!body) return;
    for (const holder of holders) {
      if (holder.entity.id === body.body.id) continue;
      const anaphor = holder.form === "anaphor" ? 0.1 : 0;
      claims.push({ holder, body: body.body, confidence: confidence - body.penalty - anaphor, rule });
    }
  };
  view.tokens.forEach((token, index) => {
    if (
      CHAIR_NOUN.test(token.word) ||
      (token.word === "Leitung" &&
        view.children(index, /^case$/).some((t) => t.word === "Unter" || t.word === "unter"))
    ) {
      const under = view.children(index, /^case$/).some((t) => /^unter$/i.test(t.word));
      if (under) {
        // "unter dem Vorsitz von X", "unter Bremens Vorsitz", "unter bayerischem Vorsitz".
        const holders = view
          .children(index, /^(nmod|amod|det:poss|nmod:poss)/)
          .flatMap((child) => holdersAt(child.index, view));
        add(
          holders,
          describedBody(view, index) ??
            bodyOf(view.tokens[index]!.head >= 0 ? view.tokens[index]!.head : index, view, index) ??
            bodyOf(index, view),
          0.85,
          "under-chair",
        );
        return;
      }
      // "Sachsen ist in diesem Jahr Vorsitzland der Digitalministerkonferenz", and put first:
      // "Vorsitzland der Digitalministerkonferenz ist in diesem Jahr Sachsen".
      if (/^Vorsitzland$/.test(token.word)) {
        add(chairCountry(view, index), bodyOf(index, view), 0.85, "chair-country");
        return;
      }
      const verb = chairVerb(view, index);
      if (verb === undefined) return;
      if (view.negated(verb)) return;
      let subjects = view.subjects(verb).flatMap((s) => holdersAt(s.index, view));
      // "wird der Bund turnusgemäß den Vorsitz übernehmen": the parser may read the adverb as the
      // verb, with the subject (as a passive's) on it and "übernehmen" its complement.
      const head = view.tokens[verb]!.head;
      if (subjects.length === 0 && view.tokens[verb]!.dep === "xcomp" && head >= 0)
        subjects = view.children(head, /^nsubj(:pass)?$/).flatMap((s) => holdersAt(s.index, view));
      // "Turnusgemäß übernimmt Sachsen ... den Vorsitz": the parser may take the adverb for the
      // subject and the holder for a second object.
      if (subjects.length === 0)
        subjects = view
          .children(verb, /^obj$/)
          .filter((t) => t.index !== index)
          .flatMap((t) => holdersAt(t.index, view));
      add(subjects, bodyOf(index, view), 0.9, "take-chair");
      // "teilt sich den Vorsitz mit Ministerin Schall": the partner chairs too.
      add(
        coHolders(view, index, verb).flatMap((i) => holdersAt(i, view)),
        bodyOf(index, view),
        0.75,
        "share-chair",
      );
      if (TAKE_OVER.test(view.tokens[verb]!.word))
        add(giversOf(verb, view), bodyOf(index, view), 0.75, "hand-over-giver");
      return;
    }
    // "Geleitet wird der Rat von ...": the participle may open the sentence.
    if (LEAD_VERB.test(token.word.toLowerCase()) && view.children(index, /^compound:prt$/).length === 0) {
      // ("Jan Pörksen wird das Gremium leiten": in a future both nouns may be read as subjects.)
      const passive = view.passive(index);
      const future = view.children(index, /^nsubj:pass$/);
      const bodyToken = passive
        ? future[0]
        : (view.children(index, /^obj$/)[0] ?? future.find((t) => !view.personOf(t.index)));
      const body = bodyToken && ledBody(view, bodyToken.index);
      const holders = passive
        ? view.children(index, /^obl:agent$/).flatMap((t) => holdersAt(t.index, view))
        : [...view.subjects(index), ...future.filter((t) => view.personOf(t.index))].flatMap((t) =>
            holdersAt(t.index, view),
          );
      if (body) add(holders, body, 0.85, "lead-body");
    }
    // "Anna Lenz sitzt dem IT-Planungsrat vor", "die dem Digitalrat vorsitzt": the dative is the body.
    if (presides(view, index)) {
      const dative = view
        .children(index, /^(obl:arg|iobj|obj|obl)$/)
        .map((t) => ({ at: t.index, body: ledBody(view, t.index) }))
        .find((d) => d.body !== undefined);
      const holders = view.subjects(index).flatMap((t) => holdersAt(t.index, view));
      // "A und B sitzen dem IT-Planungsrat beziehungsweise der DMK vor": each holder its own body.
      const respective = dative && respectiveBodies(view, dative.at);
      if (respective && respective.length === holders.length) {
        holders.forEach((holder, n) => add([holder], respective[n], 0.85, "preside"));
      } else if (dative) add(holders, dative.body, 0.85, "preside");
    }
    // "der von Anna Keller geleitete Normenkontrollrat": unmeasured on the tuning articles, for review.
    const led = ledAttributively(view, index);
    if (led)
      add(
        led.agents.flatMap((i) => holdersAt(i, view)),
        ledBody(view, led.body, true),
        0.75,
        "lead-body",
      );
  });
  claims.push(...findChairNouns(view), ...findYearChairs(view, sentenceBody(view)));
  return claims.filter(
    (claim) =>
      claim.holder.entity.type !== "Municipality" &&
      // In a rotation's clause only a chair passed on to someone named counts.
      (!inRotation(claim) || (passedOn.includes(claim) && claim.holder.form !== "anaphor")),
  );
}

/** "sitzt ... vor", "vorsitzt": presiding over a body. */
const SIT = /^(sitzt|sitzen|saß|saßen)$/;
const PRESIDE = /^(vorsitzt|vorsitzen|vorsaß|vorsaßen|vorgesessen)$/;

function presides(view: View, index: number): boolean {
  const word = view.tokens[index]!.word;
  if (view.negated(index)) return false;
  return (
    PRESIDE.test(word) ||
    (SIT.test(word) && view.children(index, /^compound:prt$/).some((t) => t.word === "vor"))
  );
}
