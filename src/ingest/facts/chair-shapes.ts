/**
 * Shapes of taking or sharing a chair that the verb rules of chair-rules.ts build on:
 *   the verb of "den Vorsitz übernehmen/innehaben/führen/teilen", also where the parser took an
 *   adverb for a verb and hung the chair on it ("übernahm den Vorsitz turnusgemäß von ..."), or a
 *   future's "werden" for a passive's ("A und B werden den Vorsitz innehaben")
 *   co-holders   "teilt sich den Vorsitz mit Ministerin Schall": the partner chairs too
 *   year-chair   "unter Federführung des Bundes (Vorsitz 2024), von Mecklenburg-Vorpommern
 *                (Vorsitz 2025)": a holder with the year of its chair in parentheses after it
 *   pass-chair   "Der Vorsitz geht 2025 an Hessen", "wechselt von Bayern zu Hessen", "Bayern
 *                übergab den Vorsitz an Hessen": who gets it chairs, who passes it on held it
 *                (the rule hand-over-giver, without the new chair's time); "Der Vorsitz liegt bei X"
 */
import type { Mention } from "../entities/mentions.js";
import type { View } from "../parse/view.js";
import { bodyOf, CHAIR_NOUN, type ChairBody, type ChairClaim, holdersAt, isHolder } from "./chair-parts.js";

const TAKE_VERB =
  /^(übernimmt|übernehme|übernehmen|übernahm|übernommen|hat|habe|haben|hatte|innehat|innehabe|innehaben|innehatte|innehatten|innegehabt|führt|führe|führen|führte|geführt|trägt|trage|inne|teilt|teile|teilen|teilte|teilten|geteilt)$/;
const SHARE_VERB = /^(teilt|teilen|teilte|teilten|geteilt)$/;

/** The verb that takes, holds or shares the chair noun at `index` as its object, if any. */
export function chairVerb(view: View, index: number): number | undefined {
  const token = view.tokens[index]!;
  if (token.head < 0) return undefined;
  const head = view.tokens[token.head]!;
  // "A und B werden den Vorsitz innehaben": the parser may read the future's "werden" as a
  // passive's auxiliary and the chair as a second passive subject, after the holder.
  const future =
    token.dep === "nsubj:pass" &&
    !view.passive(token.head) &&
    (view.children(token.head, /^nsubj:pass$/)[0]?.index ?? index) < index;
  if (future && TAKE_VERB.test(head.word)) return token.head;
  // "Den Vorsitz im IT-Planungsrat hat 2026 das Land Hessen inne": the parser may read the fronted
  // chair as a second subject beside the holder.
  const fronted =
    token.dep === "nsubj" &&
    view
      .children(token.head, /^nsubj$/)
      .some((t) => t.index !== index && holdersAt(t.index, view).length > 0);
  if (fronted && TAKE_VERB.test(head.word)) return token.head;
  // "Den Vorsitz teilen sich A und B": the parser may read the chair as the reflexive's dative.
  if (token.dep !== "obj")
    return /^(obl:arg|iobj)$/.test(token.dep) && SHARE_VERB.test(head.word) ? token.head : undefined;
  if (TAKE_VERB.test(head.word)) return token.head;
  // "übernahm den Vorsitz turnusgemäß": an adverb read as a verb of its own, without a subject.
  const slipped =
    head.dep === "xcomp" &&
    head.head >= 0 &&
    view.children(token.head, /^(nsubj|nsubj:pass|aux|aux:pass|cop|mark)$/).length === 0 &&
    TAKE_VERB.test(view.tokens[head.head]!.word);
  return slipped ? head.head : undefined;
}

/** "teilt sich den Vorsitz mit X": the "mit" phrase on the chair or on the verb. */
export function coHolders(view: View, chair: number, verb: number): number[] {
  if (!SHARE_VERB.test(view.tokens[verb]!.word)) return [];
  return [...view.children(chair, /^nmod$/), ...view.children(verb, /^obl$/)]
    .filter((t) => view.children(t.index, /^case$/).some((c) => /^mit$/i.test(c.word)))
    .map((t) => t.index);
}

/**
 * "des Bundes (Vorsitz 2024)": the actor named right before a parenthesis that holds only the
 * chair noun and a year. The body is the sentence's (else the one named before), for review.
 */
export function findYearChairs(view: View, body: ChairBody | undefined): ChairClaim[] {
  if (!body) return [];
  const tokens = view.tokens;
  const claims: ChairClaim[] = [];
  tokens.forEach((token, index) => {
    if (!/^Vorsitz$/.test(token.word) || tokens[index - 1]?.word !== "(") return;
    if (!/^\d{4}$/.test(tokens[index + 1]?.word ?? "") || tokens[index + 2]?.word !== ")") return;
    const before = tokens[index - 2];
    const holder = before && view.sentence.mentions.find((m) => m.end === before.end && isHolder(m));
    if (!holder || holder.entity.id === body.body.id) return;
    claims.push({
      holder,
      body: body.body,
      confidence: 0.75 - body.penalty,
      rule: "year-chair",
      timeAt: tokens[index + 1]!.start,
    });
  });
  return claims;
}

const PASS_VERB =
  /^(geht|gehen|ging|gingen|wechselt|wechseln|wechselte|wechselten|fällt|fallen|fiel|fielen)$/;
/** "Der Vorsitz liegt 2025 bei Hessen": who has it. */
const LIE_VERB = /^(liegt|liegen|lag|lagen)$/;
const HAND_VERB = /^(übergibt|übergeben|übergab|übergaben)$/;
const HAND_PARTICLE_VERB =
  /^(gibt|geben|gab|gaben|abgegeben|reicht|reichen|reichte|reichten|weitergereicht)$/;

export interface PassedChair {
  /** The phrases naming who gets the chair ("an Hessen", "zu Hessen"). */
  receivers: number[];
  /** The phrases naming who had it ("von Bayern", the subject of "übergab"). */
  givers: number[];
}

/**
 * "Der Vorsitz geht 2025 an Hessen", "wechselt von Bayern zu Hessen", "Bayern übergab den Vorsitz
 * an Hessen", "gibt den Vorsitz an Hessen ab": the chair passes from one holder to another.
 */
export function passedChair(view: View, chair: number): PassedChair | undefined {
  const token = view.tokens[chair]!;
  if (token.head < 0) return undefined;
  const verb = token.head;
  const word = view.tokens[verb]!.word;
  const particle = view.children(verb, /^compound:prt$/).map((t) => t.word);
  // "geht an Hessen (über)", not "geht ... aus", "fällt ... weg".
  const lies = /^nsubj$/.test(token.dep) && LIE_VERB.test(word) && particle.length === 0;
  // ("Turnusgemäß ging der Vorsitz ... an die Länder": the parser may take the adverb for the subject.)
  const passes =
    (/^nsubj$/.test(token.dep) ||
      (token.dep === "obl:arg" && !view.subjects(verb).some((t) => view.mentionAt(t.index)))) &&
    PASS_VERB.test(word) &&
    particle.every((p) => p === "über");
  const hands =
    token.dep === "obj" &&
    (HAND_VERB.test(word) ||
      (HAND_PARTICLE_VERB.test(word) && /^(ab|weiter)/.test(particle.join("") || word.slice(0, 5))));
  if ((!passes && !hands && !lies) || view.negated(verb)) return undefined;
  // The phrase may hang on the verb, the chair or its body ("den Vorsitz der DMK an Hessen").
  const phrases = (words: RegExp) =>
    view
      .subtree(verb)
      .filter(
        (i) =>
          i !== chair &&
          /^(obl|nmod)$/.test(view.tokens[i]!.dep) &&
          view.children(i, /^case$/).some((c) => words.test(c.word)),
      );
  if (lies) return { receivers: phrases(/^(bei|beim)$/i), givers: [] };
  return {
    receivers: phrases(passes ? /^(an|zu|nach)$/i : /^an$/i),
    givers: passes ? phrases(/^(von|vom)$/i) : view.subjects(verb).map((t) => t.index),
  };
}

/** Who gets a chair passed on ("geht an Hessen"), and who had it ("von Bayern": no time). */
export function passedChairs(view: View): ChairClaim[] {
  const claims: ChairClaim[] = [];
  view.tokens.forEach((token, index) => {
    if (!CHAIR_NOUN.test(token.word)) return;
    const passed = passedChair(view, index);
    const body = passed && bodyOf(index, view);
    if (!passed || !body) return;
    // The year of the passing clause ("..., bevor der Vorsitz 2022 an den Bund geht"), not another clause's.
    const year = view
      .subtree(token.head)
      .map((i) => view.tokens[i]!)
      .find((t) => t.pos === "NUM" && /^(19|20)\d{2}$/.test(t.word));
    const claim = (holder: Mention, rule: string) => ({
      holder,
      body: body.body,
      confidence: 0.75 - body.penalty - (holder.form === "anaphor" ? 0.1 : 0),
      rule,
      ...(year ? { timeAt: year.start } : {}),
    });
    for (const holder of passed.receivers.flatMap((i) => holdersAt(i, view)))
      if (holder.entity.id !== body.body.id) claims.push(claim(holder, "pass-chair"));
    for (const holder of passed.givers.flatMap((i) => holdersAt(i, view)))
      if (holder.entity.id !== body.body.id) claims.push(claim(holder, "hand-over-giver"));
  });
  return claims;
}

const LED_ATTRIBUTE =
  /^(geleitete|geleiteten|geleiteter|geleitetes|geleitetem|geführte|geführten|geführter|geführtes|geführtem)$/;
const LED_PARTICIPLE = /^(geleitet|geführt)$/;

/**
 * "der von Anna Keller geleitete Normenkontrollrat", "der Digitalrat, der von Anna Keller geleitet
 * wird": the body a participle describes and the "von" phrases that name who leads it.
 */
export function ledAttributively(view: View, index: number): { body: number; agents: number[] } | undefined {
  const token = view.tokens[index]!;
  if (token.head < 0) return undefined;
  const attribute = token.dep === "amod" && LED_ATTRIBUTE.test(token.word);
  const relative =
    /^acl/.test(token.dep) &&
    LED_PARTICIPLE.test(token.word) &&
    view.children(index, /^nsubj:pass$/).some((t) => t.pos === "PRON");
  if ((!attribute && !relative) || view.negated(index)) return undefined;
  const agents = view
    .children(index, /^(obl:agent|obl|nmod)$/)
    .filter((t) => view.children(t.index, /^case$/).some((c) => /^(von|vom)$/i.test(c.word)))
    .map((t) => t.index);
  return { body: token.head, agents };
}
