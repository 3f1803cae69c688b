/**
 * participatesIn from the verbs and role nouns of taking part, in every word order and tense,
 * with the project named or taken from the article (participants.ts reads both):
 *   take-part  "Hessen beteiligt sich am Projekt X", "An X sind A, B und C beteiligt",
 *              "das Projekt X, an dem A und B beteiligt waren" (read from its words),
 *              "Beteiligt sind zudem A und B" (the item's project),
 *              "Bremen wirkt an X mit", "arbeitet im Projekt X mit", "macht beim Projekt X mit",
 *              "nimmt an X teil", "Sachsen, das an X teilnimmt, ...", "bringt sich in X ein",
 *              "ist im Projekt X vertreten", "A und B kooperieren im Projekt X", "arbeiten im
 *              Verbund X zusammen" -> the subjects take part, and the partners of "kooperiert
 *              beim Projekt X mit B" too
 *   join       "Münster hat sich dem Projekt X angeschlossen", "Nun schließt sich auch Borken dem
 *              Verbund X an", "Jena ist dem Projekt X beigetreten" -> the subjects take part
 *   dabei      "Auch Thüringen ist beim Projekt X dabei", "Mit dabei sind A und B" (the item's project)
 *   role       "Köln ist Pilotkommune für X", "A und B sind Partner im Projekt X",
 *              "Partner / Teilnehmer des Projekts X sind A und B", "Als Modellkommune testet Köln X",
 *              "Köln gehört / zählt zu den Pilotkommunen des Projekts X", "Dataport, Partner des
 *              Projekts X, ..." and "Als Partner des Projekts X ..." (a role with its project)
 * A negated verb, or one that is only a duty or an intention, states nothing.
 */
import type { AnalyzedItem, AnalyzedSentence } from "./analyze.js";
import type { ParseToken } from "../parse/align.js";
import { BELONG_TO, type Clause } from "./clause.js";
import { fitsVerb, subjects } from "./frames.js";
import { COSTS } from "./funding-money.js";
import {
  antecedentOf,
  isDenied,
  lastProject,
  NOT_TAKEN_PART_IN,
  participantsAt,
  projectOf,
  verbAbove,
  withCase,
  type Participant,
  type Participation,
} from "./participants.js";

/** Verbs of taking part, each with the separable particle its finite forms need. */
const TAKE_PART: {
  verb: RegExp;
  particle?: RegExp;
  together?: boolean;
  named?: boolean;
  /** The preposition of what one takes part in, where not any of IN_CASE. */
  kase?: RegExp;
  /** Only a project named as one: "arbeitet an der Digitalisierung der Verwaltung" names no project. */
  known?: boolean;
}[] = [
  { verb: /^(beteiligt|beteiligen|beteiligte|beteiligten)$/ },
  { verb: /^(nimmt|nehmen|nahm|nahmen)$/, particle: /^teil$/ },
  { verb: /^(teilnehmen|teilnimmt|teilnahm|teilnahmen|teilgenommen)$/ },
  { verb: /^(wirkt|wirken|wirkte|wirkten)$/, particle: /^mit$/ },
  { verb: /^(mitwirken|mitwirkt|mitwirkte|mitwirkten|mitgewirkt)$/ },
  { verb: /^(arbeitet|arbeiten|arbeitete|arbeiteten)$/, particle: /^mit$/ },
  { verb: /^(mitarbeiten|mitarbeitet|mitarbeitete|mitarbeiteten|mitgearbeitet)$/ },
  { verb: /^(macht|machen|machte|machten)$/, particle: /^mit$/ },
  { verb: /^(mitmachen|mitmacht|mitmachte|mitmachten|mitgemacht)$/ },
  // "Hessen und Bayern kooperieren im Projekt X", "arbeiten im Verbund X zusammen"
  { verb: /^(kooperiert|kooperieren|kooperierte|kooperierten)$/, together: true },
  { verb: /^(arbeitet|arbeiten|arbeitete|arbeiteten)$/, particle: /^zusammen$/, together: true },
  { verb: /^(zusammenarbeiten|zusammenarbeitet|zusammengearbeitet)$/, together: true },
  // "Kassel und Fulda haben sich im Projekt X zusammengeschlossen"
  // (only with the project named: "haben sich zu einem Zweckverband zusammengeschlossen" is no part in the item's)
  { verb: /^(schließt|schließen|schloss|schlossen)$/, particle: /^zusammen$/, together: true, named: true },
  { verb: /^(zusammenschließen|zusammengeschlossen)$/, together: true, named: true },
  // "Für das Projekt X haben sich A und B zusammengetan" (a project named as one)
  {
    verb: /^(tut|tun|tat|taten)$/,
    particle: /^zusammen$/,
    together: true,
    kase: /^(für|in|im)$/i,
    known: true,
  },
  { verb: /^(zusammengetan|zusammentun)$/, together: true, kase: /^(für|in|im)$/i, known: true },
  // "Die Stadt Ulm bringt sich in das Projekt X ein" (only a project named as one)
  {
    verb: /^(bringt|bringen|brachte|brachten)$/,
    particle: /^ein$/,
    kase: /^(in|ins)$/i,
    known: true,
  },
  { verb: /^(eingebracht|einbringen)$/, kase: /^(in|ins)$/i, known: true },
  // "Die Stadt Ulm engagiert sich im Projekt X" (a known project only: "engagiert sich für X" supports it).
  { verb: /^(engagiert|engagieren|engagierte|engagierten)$/, kase: /^(in|im|bei|beim)$/i, known: true },
  // "Ulm und Heidelberg sind im Projekt X vertreten" (not "vertritt X": one stands for another)
  { verb: /^vertreten$/, kase: /^(in|im)$/i, known: true },
  // "Ulm arbeitet gemeinsam mit Heidelberg am Projekt X" (only "an" a named project: "arbeitet
  // in Berlin", "arbeitet bei Dataport" say where, and "arbeitet an einer Lösung" names none)
  {
    verb: /^(arbeitet|arbeiten|arbeitete|arbeiteten|gearbeitet)$/,
    together: true,
    named: true,
    kase: /^(an|am)$/i,
    known: true,
  },
];
/** The prepositions of what one takes part in ("an", "bei", "in ... mitarbeiten"). */
const IN_CASE = /^(an|am|bei|beim|in|im)$/i;
/** Nouns of a participant's role in a project. */
const ROLE =
  /^(Teilnehmer|Teilnehmerin|Teilnehmern|Teilnehmende|Teilnehmenden|Partner|Partnern|Pilotpartnern|Projektpartnern|Pilotländern|Modellregionen|Pilotregionen|Projektpartner|Kooperationspartner|Pilotpartner|Verbundpartner|Hauptpartner|Pilotland|Pilotländer|Pilotbundesland|Pilotkommune|Pilotkommunen|Pilotstadt|Pilotstädte|Pilotbehörde|Pilotbehörden|Pilotregion|Pilotlandkreis|Modellkommune|Modellkommunen|Modellstadt|Modellstädte|Modellregion|Modellland|Modellbehörde|Modellbehörden|Pilotpartnerin|Partnerin|Partnerland|Partnerländer|Leitkommune|Leitkommunen|Gewinner|Gewinnern|Gewinnerin|Gewinnerkommune|Gewinnerkommunen|Förderregion|Förderregionen|Förderkommune|Förderkommunen)$/;
/** Roles that only a project's own participants hold: without a project named, the item's. */
const ITEM_ROLE = /^(Pilot|Modell|Leit|Gewinner|Förder|Projekt)/;
/** "eine der Modellkommunen", "einer der Partner": one of the role's holders. */
const ONE_OF = /^(eine|einer|eines|eins)$/i;
const ROLE_CASE = /^(für|im|in|bei|beim|des|der|von|vom|an|am)$/i;

/** Whether the text between two tokens is a dash: "den Pilotkommunen – den Landkreisen". */
function afterDash(text: string, before: ParseToken, after: ParseToken): boolean {
  return /^\s*[–—]\s*(\p{L}+\s+)?$/u.test(text.slice(before.end, after.start));
}

/** The project a phrase with one of `kase` below `head` names (the first that names one). */
function projectBelow(
  clause: Clause,
  heads: number[],
  kase: RegExp,
  sentence: AnalyzedSentence,
  analyzed: AnalyzedItem,
): Participant | undefined {
  for (const head of heads)
    for (const child of clause.children(head, /^(obl|nmod)/)) {
      const cases = clause.children(child.index, /^case$/);
      // A genitive ("Partner des Projekts X") has no preposition, and follows its noun (not the
      // adjective before it the parser may take for one: "Baden-Württembergische Pilotkommune").
      if (
        cases.length > 0
          ? !cases.some((c) => kase.test(c.word))
          : !/^nmod/.test(child.dep) || child.index < head
      )
        continue;
      const project = projectOf(clause, child.index, sentence, analyzed);
      if (project) return project;
    }
  return undefined;
}

/** "beteiligt sich an den Kosten": a share of the costs, funding (funding-rules.ts), no part taken. */
function sharesCosts(clause: Clause, verb: number): boolean {
  return clause
    .children(verb, /^(obl|nmod)/)
    .some((t) => clause.hasCase(t.index, "an", "am") && COSTS.test(t.word));
}

function pairs(actors: Participant[], target: Participant | undefined, confidence: number, rule: string) {
  return target ? actors.map((actor) => ({ actor, target, confidence, rule })) : [];
}

/** "Hessen beteiligt sich an X", "An X sind A und B beteiligt", "Bremen wirkt an X mit". */
function takePart(clause: Clause, sentence: AnalyzedSentence, analyzed: AnalyzedItem): Participation[] {
  const found: Participation[] = [];
  for (const token of clause.tokens) {
    // ("Beteiligt sind zudem A und B": a sentence may open with the participle, fitsVerb reads it.)
    const rule = TAKE_PART.find((r) => fitsVerb(clause, token, r.verb, r.particle));
    if (!rule || !/^(VERB|AUX|ADJ)$/.test(token.pos)) continue;
    if (isDenied(clause, token.index)) continue;
    // "beteiligt sich mit 50 Millionen Euro an den Kosten": sharing costs is funding.
    if (sharesCosts(clause, token.index)) continue;
    // "An X sind A, B und C beteiligt": the parser may hang the participle on the participants.
    const onActor = token.dep === "amod" && clause.actorAt(token.head) !== undefined;
    const actors = onActor
      ? participantsAt(clause, token.head)
      : subjects(clause, token.index, /^nsubj$/).flatMap((i) =>
          participantsAt(clause, antecedentOf(clause, token.index, i)),
        );
    const heads = onActor ? [token.index, token.head] : [token.index];
    // "... ebenso wie Bundesbehörden an dem Projekt beteiligt": the parser may hang the phrase one level down.
    const kase = rule.kase ?? IN_CASE;
    // (Not a phrase of whom one supports: "engagiert sich für das Projekt X".)
    const below = heads.flatMap((h) =>
      clause
        .children(h, /^(obl|nmod)/)
        .filter((t) => kase.test("für") || !clause.hasCase(t.index, "für"))
        .map((t) => t.index),
    );
    const target =
      projectBelow(clause, heads, kase, sentence, analyzed) ??
      projectBelow(clause, below, kase, sentence, analyzed);
    if (rule.known && !target?.known) continue;
    // "Kassel kooperiert beim Projekt X mit dem Landkreis Fulda": the partner takes part too (the
    // parser may hang the "mit" phrase on the project's noun, or on the name set beside it).
    const named = below.flatMap((h) => [h, ...clause.children(h, /^appos$/).map((t) => t.index)]);
    if (rule.together)
      actors.push(
        ...withCase(clause, token.index, /^obl/, /^mit$/i)
          .concat(named.flatMap((h) => withCase(clause, h, /^nmod/, /^mit$/i)))
          .filter((i) => clause.actorAt(i) !== undefined)
          .flatMap((i) => participantsAt(clause, i)),
      );
    // "wirkte gemeinsam mit der Verbandsgemeinde X beim Projekt Y mit": whoever takes part together
    // with the subject takes part too.
    else actors.push(...clause.togetherPartners(token.index).flatMap((i) => participantsAt(clause, i)));
    // "Beteiligt sind zudem die Landkreise A und B": with no phrase of what, the item's project.
    const unnamed =
      !target && !rule.named && !heads.some((h) => withCase(clause, h, /^(obl|nmod)/, IN_CASE).length > 0);
    found.push(
      ...pairs(
        actors,
        target ?? (unnamed ? lastProject(sentence) : undefined),
        target ? 0.75 : 0.7,
        "take-part",
      ),
    );
  }
  return found;
}

/** A copula after the participle of a relative clause: "..., an dem A und B beteiligt waren". */
const RELATIVE_COPULA = /^(ist|sind|war|waren|sei|seien|wären)$/;
const RELATIVE_REACH = 25;

/**
 * "das Projekt „Wohngeld digital“, an dem Bremen, Brandenburg und das BMI beteiligt waren": the
 * parser rarely reads such a relative clause (it makes "an dem Bremen" one phrase), so it is read
 * from its words: the named project right before the comma, the actors between "an dem" and the
 * participle.
 */
function relativeTakePart(clause: Clause): Participation[] {
  const words = clause.tokens.map((t) => t.word);
  return words.flatMap((word, i) => {
    if (word !== "," || !/^an$/i.test(words[i + 1] ?? "") || !/^(dem|der|denen)$/.test(words[i + 2] ?? ""))
      return [];
    const participle = words.findIndex((w, k) => k > i + 3 && k <= i + RELATIVE_REACH && w === "beteiligt");
    if (participle < 0 || !RELATIVE_COPULA.test(words[participle + 1] ?? "")) return [];
    const between = Array.from({ length: participle - i - 3 }, (_, k) => i + 3 + k);
    if (
      between.some(
        (k) => /^(VERB|AUX)$/.test(clause.tokens[k]!.pos) || /^(nicht|kein|keine)$/i.test(words[k]!),
      )
    )
      return [];
    const project = [i - 1, i - 2]
      .map((k) => (k >= 0 ? clause.mentionAt(k) : undefined))
      .find((m) => m?.entity.type === "Project" && m.form !== "partial");
    if (!project) return [];
    const actors = [
      ...new Map(
        between.flatMap((k) => {
          const actor = clause.actorAt(k);
          return actor ? [[actor.entity.id, actor.entity] as const] : [];
        }),
      ).values(),
    ];
    const target = { entity: project.entity, known: !project.entity.isNew };
    return actors.map((entity) => ({
      actor: { entity, known: !entity.isNew },
      target,
      confidence: 0.75,
      rule: "take-part-relative",
    }));
  });
}

/**
 * Verbs of joining, with the object in the dative: "sich dem Projekt X anschließen", "dem Projekt X
 * beigetreten" ("tritt dem Projekt X bei" is relation-rules.ts' join, for bodies and projects alike).
 */
const JOIN: { verb: RegExp; particle?: RegExp; reflexive: boolean }[] = [
  { verb: /^(schließt|schließen|schloss|schlossen)$/, particle: /^an$/, reflexive: true },
  { verb: /^(anschließen|anschließt|anschloss|anschlossen|angeschlossen|anzuschließen)$/, reflexive: true },
  { verb: /^(beitreten|beitritt|beitrat|beitraten|beigetreten|beizutreten)$/, reflexive: false },
];

/** "Münster hat sich dem Projekt X angeschlossen", "Jena ist dem Projekt X beigetreten": the dative is the project. */
function join(clause: Clause, sentence: AnalyzedSentence, analyzed: AnalyzedItem): Participation[] {
  const found: Participation[] = [];
  for (const token of clause.tokens) {
    if (!/^(VERB|AUX|ADJ)$/.test(token.pos)) continue;
    const rule = JOIN.find((r) => fitsVerb(clause, token, r.verb, r.particle));
    if (!rule || isDenied(clause, token.index)) continue;
    if (
      rule.reflexive &&
      !clause.children(token.index, /^(obj|expl|iobj)/).some((t) => /^sich$/i.test(t.word))
    )
      continue;
    // "Jena ist dem Projekt X beigetreten": the parser may make the dative the root, the participle its acl.
    const head = clause.tokens[token.head];
    if (token.dep === "acl" && head && clause.children(head.index, /^cop$/).length > 0) {
      const actors = clause.arguments(head.index, /^nsubj$/).flatMap((i) => participantsAt(clause, i));
      found.push(...pairs(actors, projectOf(clause, head.index, sentence, analyzed), 0.75, "join"));
      continue;
    }
    // The dative has no preposition ("an X angeschlossen" is a service attached, usage-rules.ts).
    const target = clause
      .children(token.index, /^(obl|iobj|obj)/)
      .filter((t) => clause.children(t.index, /^case$/).length === 0 && !/^sich$/i.test(t.word))
      .map((t) => projectOf(clause, t.index, sentence, analyzed))
      .find((p) => p !== undefined);
    const actors = subjects(clause, token.index, /^nsubj$/).flatMap((i) =>
      participantsAt(clause, antecedentOf(clause, token.index, i)),
    );
    found.push(...pairs(actors, target, 0.75, "join"));
  }
  return found;
}

const BE = /^(ist|sind|war|waren|sei|seien)$/;

/**
 * "Auch Thüringen ist beim Projekt X dabei": the "bei" phrase is the parse's predicate. "Mit
 * dabei sind die Städte A und B": the item's project (the parser may make "dabei" the root).
 */
function beingThere(clause: Clause, sentence: AnalyzedSentence, analyzed: AnalyzedItem): Participation[] {
  const found: Participation[] = [];
  for (const token of clause.tokens) {
    if (!/^dabei$/i.test(token.word)) continue;
    if (/^mit$/i.test(clause.tokens[token.index - 1]?.word ?? "")) {
      const verbs = clause.children(token.index, /^(dep|cop)$/).filter((t) => BE.test(t.word));
      const be = BE.test(clause.tokens[token.index + 1]?.word ?? "") || verbs.length > 0;
      // ("Mit dabei sind Hessen und Bremen": the parser may hang the names on the copula as its apposition.)
      const actors = [
        ...[token.index, ...verbs.map((t) => t.index)].flatMap((h) => clause.arguments(h, /^nsubj$/)),
        ...verbs.flatMap((v) => clause.children(v.index, /^appos$/).map((t) => t.index)),
      ].flatMap((i) => participantsAt(clause, i));
      if (be && !isDenied(clause, token.index))
        found.push(...pairs(actors, lastProject(sentence), 0.7, "mit dabei"));
      // "Beim Projekt X sind auch die Städte A und B mit dabei": the parser may make the names the
      // copula's predicate and hang "dabei" on them; the "bei" phrase there names the project.
      const named = clause.tokens[token.head];
      if (!be && named && clause.children(named.index, /^cop$/).some((t) => BE.test(t.word))) {
        if (isDenied(clause, named.index) || isDenied(clause, token.index)) continue;
        const target =
          projectBelow(clause, [named.index], /^(bei|beim)$/i, sentence, analyzed) ?? lastProject(sentence);
        found.push(...pairs(participantsAt(clause, named.index), target, 0.7, "mit dabei"));
      }
      continue;
    }
    if (token.head < 0) continue;
    const head = token.head;
    if (clause.children(head, /^cop$/).length === 0 || isDenied(clause, head)) continue;
    const own = clause.children(head, /^case$/).some((c) => /^(bei|beim)$/i.test(c.word));
    const target = own
      ? projectOf(clause, head, sentence, analyzed)
      : projectBelow(clause, [head], /^(bei|beim)$/i, sentence, analyzed);
    const actors = clause.arguments(head, /^nsubj$/).flatMap((i) => participantsAt(clause, i));
    found.push(...pairs(actors, target, 0.75, "dabei"));
  }
  return found;
}

/**
 * "Der Kreis X ist neben der Stadt Y Pilotkommune für Z", "Bei Z sei neben der Stadt Y auch der
 * Kreis X Pilotkommune": the parser glues the role noun to the name before it ("Y Pilotkommune").
 * The names up that chain and the copula's subject hold the role; the project is the role's or
 * the clause's "für"/"bei" phrase, else, for a pilot's role, the item's.
 */
function gluedRole(
  clause: Clause,
  noun: ParseToken,
  named: Participant | undefined,
  sentence: AnalyzedSentence,
  analyzed: AnalyzedItem,
): Participation[] {
  const chain: number[] = [];
  let top = noun.head;
  while (top >= 0) {
    chain.push(top);
    if (!/^(flat|appos|conj)$/.test(clause.tokens[top]!.dep)) break;
    top = clause.tokens[top]!.head;
  }
  if (top < 0) return [];
  const predicate = clause.children(top, /^cop$/).length > 0;
  const verb = clause.tokens[clause.tokens[top]!.head];
  // ("sei ... Pilotkommune, sagte eine Sprecherin": the parser makes "sei" an auxiliary of the verb of saying.)
  const be =
    verb !== undefined &&
    (BE.test(verb.word) || clause.children(verb.index, /^aux/).some((t) => BE.test(t.word)));
  const clauseHead = predicate ? top : be ? verb.index : undefined;
  if (clauseHead === undefined || isDenied(clause, clauseHead)) return [];
  const holders = [
    ...chain.map((i) => clause.actorAt(i)).filter((m) => m !== undefined),
    ...(predicate
      ? clause
          .arguments(top, /^nsubj$/)
          .map((i) => clause.actorAt(i))
          .filter((m) => m !== undefined)
      : []),
  ];
  const actors = [...new Map(holders.map((m) => [m.entity.id, m.entity])).values()];
  const target =
    named ??
    projectBelow(clause, [top, clauseHead], /^(für|bei|beim)$/i, sentence, analyzed) ??
    (ITEM_ROLE.test(noun.word) ? lastProject(sentence) : undefined);
  const participants = actors.map((entity) => ({ entity, known: !entity.isNew }));
  return pairs(participants, target, 0.7, "role-glued");
}

/**
 * The verb of a role taken "als": "Als Pilotkommune testet Köln X", "Als eine von vier
 * Pilotkommunen bietet Rostock X an" (the role below "eine").
 */
function asRoleVerb(clause: Clause, noun: ParseToken): number | undefined {
  const as = (i: number) => clause.children(i, /^case$/).some((c) => /^als$/i.test(c.word));
  const head = clause.tokens[noun.head];
  if (!head) return undefined;
  if (/^(VERB|AUX)$/.test(head.pos)) return as(noun.index) ? head.index : undefined;
  const verb = clause.tokens[head.head];
  return ONE_OF.test(head.word) && as(head.index) && verb && /^(VERB|AUX)$/.test(verb.pos)
    ? verb.index
    : undefined;
}

/** "Köln ist Pilotkommune für X", "Partner des Projekts X sind A und B", "Als Modellkommune testet Köln X". */
function roles(clause: Clause, sentence: AnalyzedSentence, analyzed: AnalyzedItem): Participation[] {
  const found: Participation[] = [];
  for (const noun of clause.tokens) {
    if (!ROLE.test(noun.word)) continue;
    // The parser may hang the project's quoted name on the role noun: "Partner des Projekts „X“".
    const own = clause.projectAt(noun.index);
    const named =
      projectBelow(clause, [noun.index], ROLE_CASE, sentence, analyzed) ??
      (own && !NOT_TAKEN_PART_IN.test(own.kind ?? "") ? { entity: own, known: true } : undefined);
    const head = clause.tokens[noun.head];
    const asVerb = asRoleVerb(clause, noun);
    // ("zählen zu den Gewinnern des Wettbewerbs „Modellprojekte Smart Cities“": a role in a
    // programme, which no one takes part in, is no role in the item's project either.)
    const inProgramme = clause
      .subtree(noun.index)
      .some((i) => i !== noun.index && NOT_TAKEN_PART_IN.test(clause.projectAt(i)?.kind ?? ""));
    const itemTarget =
      named ?? (ITEM_ROLE.test(noun.word) && !inProgramme ? lastProject(sentence) : undefined);
    // "mit den Bürgermeistern der Leitkommunen Aachen, Gelsenkirchen und Soest": the role's names,
    // also between dashes ("mit den Pilotkommunen – den Landkreisen A und B – entwickelt"; the
    // model reads the dashes as commas, parse-text.ts, and the names as a conjunct).
    const listed = clause
      .children(noun.index, /^(appos|conj)$/)
      .filter((c) => c.dep === "appos" || afterDash(sentence.text, noun, c))
      .flatMap((c) => participantsAt(clause, c.index));
    if (listed.length > 0) {
      const verb = verbAbove(clause, noun.index);
      if (verb === undefined || !isDenied(clause, verb))
        found.push(...pairs(listed, itemTarget, 0.7, "role-named"));
      continue;
    }
    if (head && clause.hasCase(noun.index, "unter") && clause.children(head.index, /^cop$/).length > 0) {
      // "Unter den Gewinnern sind die Städte A und B": the predicate names some of the role's holders.
      if (!isDenied(clause, head.index))
        found.push(...pairs(participantsAt(clause, head.index), itemTarget, 0.7, "among-role"));
      continue;
    }
    const glued = noun.dep === "flat" ? gluedRole(clause, noun, named, sentence, analyzed) : [];
    if (glued.length > 0) {
      found.push(...glued);
      continue;
    }
    if (head && noun.dep === "appos" && named) {
      // "Dataport, Partner des Projekts X, stellt die Technik bereit": the role of the name it follows.
      // (Only that name, not the ones conjoined with it.)
      const holder = clause.actorAt(head.index);
      const own =
        holder && holder.entity.type !== "Project"
          ? [{ entity: holder.entity, known: !holder.entity.isNew }]
          : [];
      found.push(...pairs(own, named, 0.7, "role-apposition"));
      continue;
    }
    if (clause.children(noun.index, /^cop$/).length > 0 && !isDenied(clause, noun.index)) {
      // "A und B sind Partner im Projekt X"; a pilot without a project is one of the article's.
      const actors = clause.arguments(noun.index, /^nsubj$/).flatMap((i) => participantsAt(clause, i));
      found.push(...pairs(actors, itemTarget, 0.75, "role"));
    } else if (head && /^nsubj/.test(noun.dep) && clause.children(head.index, /^cop$/).length > 0) {
      // "Partner des Projekts X sind A und B": the predicate names the partners ("Pilotkommunen
      // sind A und B": of the item's project).
      if (isDenied(clause, head.index)) continue;
      found.push(...pairs(participantsAt(clause, head.index), itemTarget, 0.75, "role"));
    } else if (head && ONE_OF.test(head.word) && clause.children(head.index, /^cop$/).length > 0) {
      // "Jena ist eine der Modellkommunen im Projekt X": the subject holds one of the roles.
      if (isDenied(clause, head.index)) continue;
      const actors = clause.arguments(head.index, /^nsubj$/).flatMap((i) => participantsAt(clause, i));
      found.push(...pairs(actors, itemTarget, 0.75, "role"));
    } else if (
      head &&
      BELONG_TO.test(head.word) &&
      clause.children(noun.index, /^case$/).some((c) => /^(zu|zum|zur)$/i.test(c.word))
    ) {
      // "Köln gehört zu den Pilotkommunen des Projekts X", "A und B zählen zu den Partnern von X"
      if (isDenied(clause, head.index)) continue;
      const actors = subjects(clause, head.index, /^nsubj$/).flatMap((i) => participantsAt(clause, i));
      found.push(...pairs(actors, itemTarget, 0.75, "role"));
    } else if (
      asVerb !== undefined &&
      // ("Als Partner des Projekts X stellt Dataport die Technik bereit": any role with its project.)
      (/^(Pilot|Modell)/.test(noun.word) || named !== undefined)
    ) {
      // "Als Pilotkommune testet Köln X": the verb's object is the project, else the one named with the
      // role ("Als Partner für das Projekt X konnte die Stadt Fulda gewonnen werden": a passive's subject).
      if (isDenied(clause, asVerb)) continue;
      const object = clause
        .arguments(asVerb, /^obj$/)
        .map((i) => projectOf(clause, i, sentence, analyzed))
        .find((p) => p !== undefined);
      const actors = subjects(clause, asVerb, /^nsubj(:pass)?$/).flatMap((i) => participantsAt(clause, i));
      found.push(...pairs(actors, named ?? object, 0.7, "as-role"));
    }
  }
  return found;
}

export function participationVerbs(
  clause: Clause,
  sentence: AnalyzedSentence,
  analyzed: AnalyzedItem,
): Participation[] {
  return [
    ...takePart(clause, sentence, analyzed),
    ...relativeTakePart(clause),
    ...join(clause, sentence, analyzed),
    ...beingThere(clause, sentence, analyzed),
    ...roles(clause, sentence, analyzed),
  ];
}
