/**
 * funds from the dependency parse: who funds (subject, or the agent of a passive; "Bund und
 * Länder" are two funders), what is funded (the object, or the passive subject: a project or an
 * actor such as a town), and the amount the clause names. A negated verb states nothing.
 *   "Das Land fördert Aachen, Gelsenkirchen und Soest"        -> three funds facts
 *   "Das Projekt wird vom Bund mit 5 Millionen Euro gefördert" -> funds(Bund, Projekt, 5e6)
 *   "Bund und Länder stellen ein Budget von 180 Millionen Euro zur Verfügung"
 *   "Der Bund stellt für die Plattform 2 Millionen Euro bereit"
 *   "Das BMI unterstützt das Projekt X finanziell", "Das Land gibt für X 2 Millionen Euro aus"
 *   "Niedersachsen erhält 470 Millionen Euro vom Bund"          -> funds(Bund, Niedersachsen) (funding-receipts.ts)
 * When the object is the money itself, the funded thing is the "für" phrase or the object of
 * "zur Verfügung stellen"'s dative (the Land "stellt seinen Kommunen ... zur Verfügung").
 */
import type { Fact } from "../../model/fact.js";
import { itemState } from "../entities/anaphora.js";
import { TOWN_HEAD } from "../entities/people.js";
import type { KnownEntity } from "../types.js";
import type { AnalyzedItem, AnalyzedSentence } from "./analyze.js";
import { Clause, namesKind } from "./clause.js";
import { collectiveActor } from "./collective-actors.js";
import { deniesDeed, findFrames, subjects, type Frame, type VerbRule } from "./frames.js";
import { carriedFunds } from "./funding-carried.js";
import { amountOf, COSTS, fundsFact, isMoney, NOTICE } from "./funding-money.js";
import { receivedFunds } from "./funding-receipts.js";
import { sourcedFunds } from "./funding-sources.js";
import { GENERIC_PROJECT } from "./participants.js";
import { isLocalGroup, localGroupAt } from "./local-groups.js";
import { isService } from "./usage-rules.js";
import { activeReading } from "./voice.js";

interface FundRule extends VerbRule {
  /** The verb funds only with money named in its clause: "unterstützt die Stadt mit 2 Millionen Euro". */
  withMoney?: boolean;
  /** The funded thing is the phrase with this preposition when the object is the money: "investiert ... in". */
  into?: RegExp;
  /** The verb says funding whatever is given ("fördert die Kommunen"), not only with money named. */
  funding?: boolean;
  /** A verb of handing over: what it hands over may be a thing or a service rather than money. */
  handsOver?: boolean;
}

const FUND_RULES: FundRule[] = [
  {
    name: "fördern",
    verb: /^(fördert|fördern|förderte|förderten|gefördert(?:e|en|er|es|em)?)$/,
    funding: true,
    confidence: 0.85,
  },
  {
    name: "finanzieren",
    verb: /^(finanziert(?:e|en|er|es|em)?|finanzieren|finanzierte|finanzierten)$/,
    funding: true,
    confidence: 0.85,
  },
  {
    name: "bereitstellen",
    verb: /^(stellt|stellen|stellte|stellten)$/,
    particle: /^bereit$/,
    handsOver: true,
    confidence: 0.85,
  },
  {
    name: "bereitgestellt",
    verb: /^(bereitgestellt(?:e|en|er|es|em)?|bereitstellen)$/,
    handsOver: true,
    confidence: 0.85,
  },
  {
    name: "zur Verfügung stellen",
    verb: /^(stellt|stellen|stellte|stellten|gestellt|stellen)$/,
    needs: /^Verfügung$/,
    handsOver: true,
    confidence: 0.85,
  },
  // Verbs of wider sense fund only where the clause names the money; for review.
  {
    name: "unterstützen mit",
    verb: /^(unterstützt(?:e|en)?|unterstützen)$/,
    withMoney: true,
    confidence: 0.75,
  },
  // "Das Bundesinnenministerium unterstützt das Projekt X finanziell": funding without a sum.
  {
    name: "finanziell unterstützen",
    verb: /^(unterstützt(?:e|en)?|unterstützen)$/,
    needs: /^finanziell$/,
    funding: true,
    confidence: 0.8,
  },
  // "Das Land gibt für das Projekt X zwei Millionen Euro aus".
  {
    name: "ausgeben",
    verb: /^(gibt|geben|gab|gaben)$/,
    particle: /^aus$/,
    withMoney: true,
    into: /^für$/i,
    confidence: 0.75,
  },
  { name: "ausgegeben", verb: /^(ausgegeben|ausgeben)$/, withMoney: true, into: /^für$/i, confidence: 0.75 },
  {
    name: "investieren",
    verb: /^(investiert(?:e|en)?|investieren)$/,
    withMoney: true,
    into: /^(in|für)$/i,
    confidence: 0.75,
  },
  {
    name: "bezuschussen",
    verb: /^(bezuschusst(?:e|en)?|bezuschussen)$/,
    funding: true,
    confidence: 0.8,
  },
  {
    name: "gewähren",
    verb: /^(gewährt(?:e|en)?|gewähren|zahlt|zahlen|zahlte|zahlten|gezahlt|überweist|überweisen|überwies|überwiesen)$/,
    withMoney: true,
    confidence: 0.75,
  },
  // "Der Bund beteiligt sich mit 5 Millionen Euro an der Plattform".
  {
    name: "sich beteiligen mit",
    verb: /^(beteiligt|beteiligen|beteiligte|beteiligten)$/,
    withMoney: true,
    into: /^(an|am)$/i,
    confidence: 0.75,
  },
  {
    name: "bewilligen",
    verb: /^(bewilligt(?:e|en)?|bewilligen)$/,
    withMoney: true,
    confidence: 0.75,
  },
  // "Für den Wettbewerb nimmt das Land 7,6 Millionen Euro in die Hand".
  {
    name: "in die Hand nehmen",
    verb: /^(nimmt|nehmen|nahm|nahmen|genommen)$/,
    needs: /^Hand$/,
    withMoney: true,
    confidence: 0.75,
  },
  // "Das Land übernimmt/trägt die Kosten des Projekts X", "... 90 Prozent der Kosten ...".
  {
    name: "Kosten übernehmen",
    verb: /^(übernimmt|übernehmen|übernahm|übernahmen|übernommen|trägt|tragen|trug|trugen|getragen)$/,
    needs: COSTS,
    confidence: 0.8,
  },
  // "überreichte der Stadt Mainz einen Förderbescheid": the notice is the money, its receiver the funded.
  {
    name: "Förderbescheid übergeben",
    verb: /^(übergibt|übergeben|übergab|übergaben|überreicht|überreichen|überreichte|überreichten|vergibt|vergeben|vergab|vergaben|händigt|händigte|händigten|ausgehändigt)$/,
    needs: NOTICE,
    confidence: 0.8,
  },
];
const FUNDED_THING =
  /(budget|programm|projekt|vorhaben|pakt|initiative|plattform|portal|fonds|modellregion|modellkommune)$/i;
const RECIPIENT_CASE = /^(für|an)$/i;
/** Work on a thing: "die Entwicklung der App", "den Betrieb des Portals". */
const WORK =
  /^(Entwicklung|Weiterentwicklung|Aufbau|Ausbau|Betrieb|Umsetzung|Einführung|Nachnutzung|Erweiterung|Pilotierung)$/;
/** A share of something: "90 Prozent der Kosten", "den Großteil der Kosten". */
const SHARE = /^(Prozent|Teil|Hälfte|Großteil|Anteil|Drittel|Viertel|Löwenanteil)$/;

/**
 * What is funded: an actor (a town, a Land's Kommunen) or a project; a project the gazetteer
 * does not know only when its noun names one ("Budget", "Programm"), never a purpose ("Digitalisierung").
 */
/**
 * "übergab dem Landrat einen Förderscheck": a town's or county's head, without a place of its own,
 * stands for the one town or county whose head the item has named.
 */
function headedPlace(clause: Clause, index: number): KnownEntity | undefined {
  if (!TOWN_HEAD.test(clause.tokens[index]!.word) || clause.children(index, /^nmod/).length > 0)
    return undefined;
  const places = clause.sentence.context.headedPlaces ?? [];
  return places.length === 1 ? places[0] : undefined;
}

function fundedAt(clause: Clause, index: number): { entity: KnownEntity; known: boolean } | undefined {
  const head = headedPlace(clause, index);
  if (head) return { entity: head, known: true };
  const actor = clause.actorAt(index);
  if (actor) return { entity: actor.entity, known: true };
  // "unterstützt die Kommunen mit 20 Millionen Euro": the Land's local governments as a group.
  const group = localGroupAt(clause, index);
  if (group) return { entity: group, known: false };
  // "übernimmt 90 Prozent der Kosten des Projekts X": a share of the costs funds what they are of.
  if (SHARE.test(clause.tokens[index]!.word)) {
    const of = clause.children(index, /^nmod/).find((t) => clause.children(t.index, /^case$/).length === 0);
    return of ? fundedAt(clause, of.index) : undefined;
  }
  // "die Entwicklung einer „Smart Village App“": work on a named thing funds the thing.
  // (and its costs: "die Kosten des Projekts X")
  if (WORK.test(clause.tokens[index]!.word) || COSTS.test(clause.tokens[index]!.word)) {
    const named = clause
      .children(index, /^nmod/)
      .filter((t) => clause.children(t.index, /^case$/).length === 0 && clause.hasName(t.index))
      .map((t) => clause.projectFor(t.index))
      .find((p) => p !== undefined);
    if (named) return named;
    // "Das Land übernimmt die Kosten": the costs of the project the item is about.
    if (COSTS.test(clause.tokens[index]!.word) && clause.children(index, /^nmod/).length === 0)
      return itemProject(clause);
  }
  // "Das Projekt wird vom Bund gefördert": a kind of project without a name is the one the item named last.
  if (GENERIC_PROJECT.test(clause.tokens[index]!.word) && !clause.hasName(index)) return itemProject(clause);
  const project = clause.projectFor(index);
  if (!project || project.known) return project;
  return namesKind(project.entity.name, FUNDED_THING) ? project : undefined;
}

function fundedOf(clause: Clause, frame: Frame): { entity: KnownEntity; known: boolean }[] {
  // "beteiligt sich": a reflexive pronoun is no object.
  const own = frame.objects.filter((i) => clause.tokens[i]!.pos !== "PRON");
  const objects = own.filter((i) => !isMoney(clause, i));
  if (objects.length > 0 && objects.length === own.length)
    return objects.map((i) => fundedAt(clause, i)).filter((t) => t !== undefined);
  // The object is the money: the funded thing is the "für"/"an" phrase or the dative (also one the parser read as a bare object).
  const recipientCase = (frame.rule as FundRule).into ?? RECIPIENT_CASE;
  const recipients = [
    ...objects.map((i) => clause.tokens[i]!),
    ...clause
      .children(frame.verb, /^(obl|nmod)/)
      .filter((t) => clause.children(t.index, /^case$/).some((c) => recipientCase.test(c.word))),
    ...clause.children(frame.verb, /^iobj$/),
  ].flatMap((t) => clause.withConjuncts(t.index));
  const funded = [...new Set(recipients)].map((i) => fundedAt(clause, i)).filter((t) => t !== undefined);
  if (funded.length > 0 || recipients.some((i) => clause.projectFor(i)?.known)) return funded;
  // "im Rahmen des Programms „Digitales Rathaus“": the programme the money comes through.
  const programme = clause
    .children(frame.verb, /^obl/)
    .filter((t) => /^Rahmen$/.test(t.word))
    .flatMap((t) => clause.children(t.index, /^nmod/))
    .map((t) => clause.projectFor(t.index))
    .find((p) => p !== undefined && namesKind(p.entity.name, FUNDED_THING));
  if (programme) return [programme];
  // Money given for purposes the article does not name as a project is money for the project it is about.
  const project = clause.sentence.context.lastProject;
  return project ? [{ entity: project, known: false }] : [];
}

/** The instruments money flows through: "mit dem Programm „Digitales Rathaus“ unterstützt ...". */
const INSTRUMENT =
  /(programm|programms|programme|programmen|fonds|pakt|pakts|vorhaben|vorhabens|projekte|projekten)$/i;
const THROUGH = /^(mit|über|durch)$/i;

/**
 * "Mit dem Programm X unterstützt das Ministerium die Kommunen", "Durch den Freistaat werden mit
 * dem Programm X die Kommunen gefördert": the named programme the verb funds through is funded by
 * the verb's actor (a passive's agent), whatever the beneficiaries are.
 */
function instrumentOf(clause: Clause, frame: Frame): { entity: KnownEntity; known: boolean } | undefined {
  // (In a passive, "durch" names the agent: only "mit" names the instrument there.)
  const through = frame.passive ? /^mit$/i : THROUGH;
  return (
    clause
      .children(frame.verb, /^obl/)
      .filter((t) => clause.children(t.index, /^case$/).some((c) => through.test(c.word)))
      .filter((t) => INSTRUMENT.test(t.word))
      // "Mit diesem Programm unterstützt ...": a demonstrative kind noun is the programme named before.
      .map((t) =>
        clause.hasName(t.index)
          ? clause.projectFor(t.index)
          : clause.children(t.index, /^det$/).some((d) => DEMONSTRATIVE.test(d.word))
            ? itemProject(clause)
            : undefined,
      )
      .find((p) => p !== undefined && p.entity.kind !== "law")
  );
}

const DEMONSTRATIVE = /^(dies|dieses|diesem|diesen|dieser)$/i;

/** The project the item named last, unless a law (no one funds a law). */
function itemProject(clause: Clause): { entity: KnownEntity; known: boolean } | undefined {
  const last = clause.sentence.context.lastProject;
  return last && last.kind !== "law" ? { entity: last, known: false } : undefined;
}

/**
 * "Das Land will X vorantreiben und stellt seinen Kommunen 80 Millionen Euro zur Verfügung": the
 * parser may make the money the subject of the second conjunct; the money is what is given, and
 * the subject of the first conjunct gives it.
 */
function moneyAsSubject(clause: Clause, frame: Frame): Frame {
  const verb = clause.tokens[frame.verb]!;
  if (frame.passive || frame.actors.length === 0 || !frame.actors.every((i) => isMoney(clause, i)))
    return frame;
  const actors = verb.dep === "conj" ? subjects(clause, verb.head, /^nsubj$/) : [];
  return { ...frame, actors, objects: [...frame.objects, ...frame.actors] };
}

/**
 * "Die Weiterentwicklung der App wurde mit jährlich 100.000 Euro gefördert": a passive with money
 * and no word of who pays is paid by the government the item is about (for review).
 */
function unnamedFunder(clause: Clause, frame: Frame, amount: number | undefined): KnownEntity | undefined {
  if (!frame.passive || amount === undefined || frame.rule.name !== "fördern") return undefined;
  if (clause.subtree(frame.verb).some((i) => /^(von|vom|durch|aus)$/i.test(clause.tokens[i]!.word)))
    return undefined;
  return itemState(clause.sentence.context) ?? clause.sentence.context.mainGovernment;
}

export function fundingRules(sentence: AnalyzedSentence, analyzed: AnalyzedItem): Fact[] {
  const clause = new Clause(sentence);
  const facts: Fact[] = [
    ...receivedFunds(clause, sentence, analyzed),
    ...carriedFunds(clause, sentence, analyzed),
  ];
  const frames = findFrames(clause, FUND_RULES)
    .filter((f) => !clause.isIntended(f.verb))
    .map((f) => activeReading(clause, f, clause.hasActor))
    .map((f) => moneyAsSubject(clause, f))
    // "fördert das BMI gemeinsam mit der KfW": the partner funds too.
    .map((f) => (f.passive ? f : { ...f, actors: [...f.actors, ...clause.togetherPartners(f.verb)] }));
  for (const frame of frames) {
    // "Bund und Länder": each conjunct the gazetteer knows is a funder; an unknown one lowers the confidence.
    // The Länder beside the Bund fund together (collective-actors.ts).
    const actors = frame.actors.map((i) => clause.actorAt(i)?.entity ?? collectiveActor(clause, i));
    // "Dabei überreichte er Förderbescheide": the person referred to funds for the government of
    // their office (office-funders.ts), less certain than one named.
    const referred = actors.some((e) => e !== undefined)
      ? undefined
      : frame.actors.map((i) => clause.personReferredTo(i, frame.verb)).find((e) => e !== undefined);
    const named = referred ? [referred] : actors;
    const amount = amountOf(clause, frame, sentence.amounts);
    const unnamed = named.length === 0 ? unnamedFunder(clause, frame, amount) : undefined;
    const funders = unnamed ? [unnamed] : named.filter((e) => e !== undefined);
    const partial = funders.length < named.length ? 0.05 : unnamed ? 0.25 : referred ? 0.1 : 0;
    const instrument = instrumentOf(clause, frame);
    const handsThing = (frame.rule as FundRule).handsOver === true && handsOver(clause, frame);
    const withMoney = amount !== undefined || !(frame.rule as FundRule).withMoney;
    const allFunded = [...(withMoney ? fundedOf(clause, frame) : []), ...(instrument ? [instrument] : [])];
    for (const funder of funders)
      for (const funded of allFunded.filter(
        (f, i) => allFunded.findIndex((g) => g.entity.id === f.entity.id) === i,
      )) {
        if (funded.entity.id === funder.id) continue;
        // "stellt den Kommunen seine Infrastruktur zur Verfügung": a group of local governments is
        // funded by money named or by a verb of funding, not by whatever is handed to it.
        if (isLocalGroup(funded.entity) && amount === undefined && !(frame.rule as FundRule).funding)
          continue;
        // "stellt dem Landkreis Görlitz die Technik bereit", "stellt den Städten die Plattform X zur
        // Verfügung": a thing or a service handed over, with no money named, funds no one.
        if (handsThing && amount === undefined) continue;
        const confidence = frame.rule.confidence - (funded.known ? 0 : 0.05) - partial;
        facts.push(fundsFact(funder, funded.entity, confidence, frame.rule, amount, sentence, analyzed));
      }
  }
  // "Dazu kommen 52 Millionen Euro aus Landesmitteln": money named by whose it is, where no verb
  // of giving says who pays.
  return facts.length > 0 ? facts : sourcedFunds(clause, sentence, analyzed);
}

/** Services and their means, handed over rather than paid for: "stellt die Plattform X zur Verfügung". */
const SERVICE_KIND =
  /^(EfA-)?(Dienst|Dienste|Onlinedienst|Onlinedienste|Online-Dienst|Online-Dienste|Plattform|Portal|Anwendung|Software|App|Apps|Lösung|Tool|Technik|Infrastruktur)$/;

/**
 * A verb of giving whose object is a thing, neither money nor an actor ("die Technik", "Räume"),
 * or a service ("die Plattform Bürgerkonto", "den Onlinedienst X"): what is handed over is no grant.
 */
function handsOver(clause: Clause, frame: Frame): boolean {
  return frame.objects.some((i) => {
    const token = clause.tokens[i]!;
    if (isMoney(clause, i) || !/^(NOUN|PROPN)$/.test(token.pos)) return false;
    const project = clause.projectAt(i);
    if (SERVICE_KIND.test(token.word) || (project && isService(project))) return true;
    return (
      token.pos === "NOUN" &&
      !clause.actorAt(i) &&
      !localGroupAt(clause, i) &&
      !project &&
      !FUNDED_THING.test(token.word)
    );
  });
}

/** "fördert ... nicht", "will ... fördern": no funding, whatever the word rules would read. */
export function deniesFunding(sentence: AnalyzedSentence): boolean {
  return deniesDeed(new Clause(sentence), FUND_RULES);
}
