/**
 * The verbs of adopts (adopt-rules.ts): deciding, passing, approving, signing, agreeing and
 * consenting, and a law passing a body ("Das Gesetz passierte den Bundesrat"), each with its word
 * forms, its particle, the kind of object a verb of wider sense needs ("nimmt den Antrag an",
 * "schließt einen Vertrag ab", "erlässt eine Richtlinie", "hat sich eine Strategie gegeben") and its
 * confidence.
 */
import type { VerbRule } from "./frames.js";

export interface AdoptRule extends VerbRule {
  /** An agreement: the partner "mit" whom it is made adopts it too ("schloss mit Bremen die Vereinbarung"). */
  mutual?: boolean;
  /** The object is "Zustimmung": what is agreed to is the dative or the "zu" phrase. */
  consent?: boolean;
  /** What is agreed on is the "auf" phrase: "sich auf Leitlinien geeinigt". */
  onto?: boolean;
  /** The object's head word must name this kind of decision ("nimmt den Antrag an", not "nimmt an"). */
  object?: RegExp;
  /** The object adopts, the subject is adopted: "Das Gesetz passierte den Bundesrat". */
  passedThrough?: boolean;
}

/** What is adopted by a verb of wider sense ("annehmen", "abschließen"): a motion, a law, a plan, an agreement. */
const DECISION =
  /(antrag|anträge|beschluss|beschlüsse|gesetz|gesetzentwurf|entwurf|vorlage|resolution|empfehlung|erklärung|vertrag|abkommen|vereinbarung|satzung|strategie|plan|konzept|agenda|verordnung|richtlinie|novelle|haushalt|eckpunkte|leitlinien|vorschlag|programm)$/i;
/** What is "erlassen": a rule of law or of administration. */
const REGULATION =
  /(verordnung|richtlinie|erlass|satzung|gesetz|regelung|verwaltungsvorschrift|vorschrift|ordnung)$/i;
/** What is "abgeschlossen": an agreement ("schließt einen Vertrag ab"), not a finished project. */
const AGREEMENT = /(vertrag|verträge|abkommen|vereinbarung|vereinbarungen|pakt)$/i;

/** What one gives oneself and thereby adopts: "hat sich eine Digitalstrategie gegeben". */
const SELF_GIVEN = /(strategie|satzung|geschäftsordnung|leitbild|leitlinien|agenda|regeln)$/i;

/** What is adopted when it is "eingeführt": a law, never a service. */
export const LAW = /(gesetz|verordnung)$/i;

export const ADOPT_RULES: AdoptRule[] = [
  {
    name: "beschließen",
    verb: /^(beschließt|beschließen|beschloss|[Bb]eschlossen|beschlossene[mnrs]?)$/,
    confidence: 0.85,
  },
  {
    name: "verabschieden",
    verb: /^([Vv]erabschiedet|verabschieden|verabschiedete[mnrs]?)$/,
    confidence: 0.85,
  },
  {
    name: "billigen",
    verb: /^(billigt|billigen|billigte|billigten|gebilligt(e[mnrs]?)?)$/,
    confidence: 0.85,
  },
  {
    name: "unterzeichnen",
    mutual: true,
    verb: /^(unterzeichnet|unterzeichnen|unterzeichnete[mnrs]?)$/,
    confidence: 0.85,
  },
  // "Baden-Württemberg hat das E-Government-Gesetz eingeführt": a law is adopted, not launched.
  {
    name: "einführen (Gesetz)",
    verb: /^(führt|führen|führte|führten)$/,
    particle: /^ein$/,
    object: LAW,
    confidence: 0.75,
  },
  { name: "eingeführt (Gesetz)", verb: /^(eingeführt|einführen)$/, object: LAW, confidence: 0.75 },
  { name: "ratifizieren", verb: /^(ratifiziert|ratifizieren|ratifizierte[mnrs]?)$/, confidence: 0.85 },
  {
    name: "vereinbaren",
    mutual: true,
    verb: /^(vereinbart|vereinbaren|vereinbarte[mnrs]?)$/,
    confidence: 0.8,
  },
  { name: "zustimmen", verb: /^(stimmt|stimmen|stimmte|stimmten)$/, particle: /^zu$/, confidence: 0.85 },
  { name: "zugestimmt", verb: /^(zugestimmt|zustimmen)$/, confidence: 0.85 },
  { name: "einigen", verb: /^(einigt|einigen|einigte|einigten|geeinigt)$/, onto: true, confidence: 0.8 },
  {
    name: "verständigen",
    verb: /^(verständigt|verständigen|verständigte|verständigten)$/,
    onto: true,
    confidence: 0.8,
  },
  {
    name: "unterschreiben",
    mutual: true,
    verb: /^(unterschreibt|unterschreiben|unterschrieb|unterschrieben|unterschriebene[mnrs]?)$/,
    confidence: 0.85,
  },
  {
    name: "annehmen",
    verb: /^(nimmt|nehmen|nahm|nahmen)$/,
    particle: /^an$/,
    object: DECISION,
    confidence: 0.8,
  },
  // "Die Stadt Ulm hat sich eine Digitalstrategie gegeben".
  {
    name: "sich geben",
    verb: /^(gibt|geben|gab|gaben|gegeben)$/,
    needs: /^sich$/,
    object: SELF_GIVEN,
    confidence: 0.8,
  },
  { name: "angenommen", verb: /^([Aa]ngenommen|angenommene[mnrs]?)$/, object: DECISION, confidence: 0.8 },
  { name: "absegnen", verb: /^(segnet|segnen|segnete|segneten)$/, particle: /^ab$/, confidence: 0.8 },
  { name: "abgesegnet", verb: /^([Aa]bgesegnet(e[mnrs]?)?)$/, confidence: 0.8 },
  {
    name: "erlassen",
    verb: /^(erlässt|erlassen|erließ|erließen|erlassene[mnrs]?)$/,
    object: REGULATION,
    confidence: 0.8,
  },
  {
    name: "abschließen",
    mutual: true,
    verb: /^(schließt|schließen|schloss|schlossen)$/,
    particle: /^ab$/,
    object: AGREEMENT,
    confidence: 0.8,
  },
  // "Im Mai schlossen das Ministerium und Bremen die Vereinbarung".
  {
    name: "schließen",
    mutual: true,
    verb: /^(schließt|schließen|schloss|schlossen|geschlossen(e[mnrs]?)?)$/,
    object: AGREEMENT,
    confidence: 0.8,
  },
  {
    name: "abgeschlossen",
    verb: /^([Aa]bgeschlossen(e[mnrs]?)?)$/,
    object: AGREEMENT,
    mutual: true,
    confidence: 0.8,
  },
  {
    name: "Zustimmung geben",
    verb: /^(gibt|geben|gab|gaben|gegeben|erteilt|erteilen|erteilte|erteilten)$/,
    object: /^Zustimmung$/,
    consent: true,
    confidence: 0.8,
  },
  // "hat grünes Licht für das Projekt X gegeben": approval, as consent is.
  {
    name: "grünes Licht geben",
    verb: /^(gibt|geben|gab|gaben|gegeben|erteilt|erteilen|erteilte|erteilten)$/,
    object: /^Licht$/,
    consent: true,
    confidence: 0.8,
  },
  // "hat den Standard XÖV für verbindlich erklärt": a standard made binding is adopted.
  {
    name: "für verbindlich erklären",
    verb: /^(erklärt|erklären|erklärte|erklärten)$/,
    needs: /^verbindlich$/,
    confidence: 0.8,
  },
  // "Der Gesetzentwurf passierte das Kabinett": a law or a draft passes the body that adopts it.
  {
    name: "passieren",
    verb: /^(passiert|passieren|passierte|passierten)$/,
    object: DECISION,
    passedThrough: true,
    confidence: 0.8,
  },
  // "fasste einen Beschluss zur Registermodernisierung": the decision is the noun with what it is about.
  {
    name: "Beschluss fassen",
    verb: /^(fasst|fassen|fasste|fassten|gefasst)$/,
    object: /^(Beschluss|Beschlüsse|Grundsatzbeschluss|Beschlussvorschlag)$/,
    confidence: 0.8,
  },
];
