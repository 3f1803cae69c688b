/**
 * The verbs of launches (launch-rules.ts): starting, presenting, founding, introducing, switching
 * on, rolling out, setting up a body, publishing, each with its word forms, its particle, the
 * noun an idiom needs ("ins Leben", "auf den Weg"), the kind of object a verb of wider sense
 * needs ("setzt eine Kommission ein", "veröffentlicht eine App") and its confidence.
 */
import type { VerbRule } from "./frames.js";

/** What is "errichtet": a body or an institution ("eine Digitalagentur errichtet"). */
const INSTITUTION =
  /(rat|kommission|gremium|beirat|ausschuss|agentur|zentrum|anstalt|behörde|stelle|institut|akademie)$/i;
/** What is "umgesetzt" and thereby launched is a service, not a law or a plan. */
const IMPLEMENTED = /(akte|plattform|portal|verfahren|antrag|dienst|app|anwendung|assistent|lösung|system)$/i;
/** What is set up by "einsetzen" is a body, never a tool ("setzt eine Software ein" is usage). */
export const SET_UP_BODY = /(rat|kommission|gremium|beirat|ausschuss|gruppe|stab|taskforce)$/i;
/** What is "verfasst" and thereby launched is a document of policy. */
const DOCUMENT =
  /(plan|strategie|bericht|gutachten|papier|konzept|leitfaden|studie|agenda|programm|roadmap)$/i;
/** What is "veröffentlicht" and thereby launched: a document of policy, or an app or portal. */
const PUBLISHED =
  /(plan|strategie|bericht|gutachten|papier|konzept|leitfaden|studie|agenda|programm|roadmap|app|anwendung|portal|plattform)$/i;
/** What is "aufgelegt": a programme or fund. */
const SET_UP_FUND = /(programm|fonds|initiative|wettbewerb)$/i;
/** What is started even without a name: a programme, a portal, an app ("startet ein Förderprogramm"). */
export const SERVICE_KIND =
  /(programm|portal|plattform|app|anwendung|dienst|initiative|offensive|pilotprojekt|modellprojekt|pilotphase)$/i;
/** Events are opened, not launched: "eröffnete die Sitzung". */
const EVENT =
  /(sitzung|tagung|veranstaltung|messe|kongress|konferenz|ausstellung|debatte|diskussion|runde)$/i;

export interface LaunchRule extends VerbRule {
  /** The object's head word must name this kind of thing. */
  object?: RegExp;
  /** The launched thing is the phrase with this preposition: "stellt auf die E-Akte um", "Startschuss für". */
  through?: RegExp;
  /** The object's head word must not name this: an event is opened, not launched. */
  notObject?: RegExp;
  /**
   * The object must carry a name (a known project, a proper noun or a quoted name): what is
   * "gestartet" is often no project at all ("eine Umfrage", "eine Betaversion seines Portals").
   */
  named?: boolean;
}

export const LAUNCH_RULES: LaunchRule[] = [
  {
    name: "starten",
    verb: /^(startet|starten|startete|starteten|gestartet(?:e|en|er|es|em)?)$/,
    named: true,
    confidence: 0.9,
  },
  { name: "vorstellen", verb: /^(stellt|stellen|stellte|stellten)$/, particle: /^vor$/, confidence: 0.9 },
  { name: "vorgestellt", verb: /^(vorgestellt(?:e|en|er|es|em)?|vorstellen)$/, confidence: 0.9 },
  { name: "vorlegen", verb: /^(legt|legen|legte|legten)$/, particle: /^vor$/, confidence: 0.85 },
  { name: "vorgelegt", verb: /^(vorgelegt(?:e|en|er|es|em)?|vorlegen)$/, confidence: 0.85 },
  { name: "präsentieren", verb: /^präsentier(t|en|te|ten)$/, confidence: 0.9 },
  {
    name: "gründen",
    verb: /^(gründet|gründen|gründete|gründeten|gegründet(?:e|en|er|es|em)?)$/,
    confidence: 0.9,
  },
  { name: "einführen", verb: /^(führt|führen|führte|führten)$/, particle: /^ein$/, confidence: 0.85 },
  { name: "eingeführt", verb: /^(eingeführt(?:e|en|er|es|em)?|einführen)$/, confidence: 0.85 },
  {
    name: "aus der Taufe heben",
    verb: /^(hebt|heben|hob|hoben|gehoben)$/,
    needs: /^Taufe$/,
    confidence: 0.85,
  },
  { name: "ins Leben rufen", verb: /^(ruft|rufen|rief|riefen|gerufen)$/, needs: /^Leben$/, confidence: 0.9 },
  { name: "freischalten", verb: /^(freigeschaltet|freischalten)$/, confidence: 0.85 },
  // The parser reads "frei" as a particle or as a predicate of its own.
  {
    name: "schaltet frei",
    verb: /^(schaltet|schalten|schaltete|schalteten)$/,
    needs: /^frei$/,
    confidence: 0.85,
  },
  {
    name: "online schalten",
    verb: /^(schaltet|schalten|schaltete|schalteten|geschaltet)$/,
    needs: /^online$/i,
    confidence: 0.85,
  },
  {
    name: "in Betrieb nehmen",
    verb: /^(nimmt|nehmen|nahm|nahmen|genommen)$/,
    needs: /^Betrieb$/,
    confidence: 0.85,
  },
  {
    name: "an den Start bringen",
    verb: /^(bringt|bringen|brachte|brachten|gebracht)$/,
    needs: /^Start$/,
    confidence: 0.85,
  },
  // "hat den NOOTS-Staatsvertrag auf den Weg gebracht": a named thing set going, for review (a bill too is only started).
  {
    name: "auf den Weg bringen",
    verb: /^(bringt|bringen|brachte|brachten|gebracht)$/,
    needs: /^Weg$/,
    named: true,
    confidence: 0.75,
  },
  {
    name: "Startschuss geben",
    verb: /^(gibt|geben|gab|gaben|gegeben)$/,
    needs: /^Startschuss$/,
    through: /^(für|zu|zum|zur)$/i,
    confidence: 0.8,
  },
  {
    name: "eröffnen",
    verb: /^(eröffnet|eröffnen|eröffnete|eröffneten)$/,
    named: true,
    notObject: EVENT,
    confidence: 0.8,
  },
  { name: "launchen", verb: /^(launcht|launchen|launchte|launchten|gelauncht)$/, confidence: 0.85 },
  { name: "ausrollen", verb: /^(rollt|rollen|rollte|rollten)$/, particle: /^aus$/, confidence: 0.8 },
  { name: "ausgerollt", verb: /^(ausgerollt(?:e|en|er|es|em)?|ausrollen)$/, confidence: 0.8 },
  {
    name: "veröffentlichen",
    verb: /^(veröffentlicht|veröffentlichen|veröffentlichte|veröffentlichten)$/,
    object: PUBLISHED,
    confidence: 0.8,
  },
  // "legt ein Förderprogramm auf": a programme or fund is set up.
  {
    name: "auflegen",
    verb: /^(legt|legen|legte|legten)$/,
    particle: /^auf$/,
    object: SET_UP_FUND,
    confidence: 0.8,
  },
  {
    name: "aufgelegt",
    verb: /^(aufgelegt(?:e|en|er|es|em)?|auflegen)$/,
    object: SET_UP_FUND,
    confidence: 0.8,
  },
  {
    name: "einsetzen",
    verb: /^(setzt|setzen|setzte|setzten)$/,
    particle: /^ein$/,
    object: SET_UP_BODY,
    confidence: 0.85,
  },
  { name: "eingesetzt", verb: /^(eingesetzt|einsetzen)$/, object: SET_UP_BODY, confidence: 0.85 },
  // A body is also set up when "eingerichtet" or "berufen": "eine Steuerungsgruppe eingerichtet", "den berufenen Digitalrat".
  {
    name: "einrichten",
    verb: /^(richtet|richten|richtete|richteten)$/,
    particle: /^ein$/,
    object: SET_UP_BODY,
    confidence: 0.85,
  },
  {
    name: "eingerichtet",
    verb: /^(eingerichtet(?:e|en|er|es|em)?|einrichten)$/,
    object: SET_UP_BODY,
    confidence: 0.85,
  },
  { name: "berufen", verb: /^(berufen(?:e|en|er|es|em)?)$/, object: SET_UP_BODY, confidence: 0.85 },
  {
    name: "errichten",
    verb: /^(errichtet(?:e|en|er|es|em)?|errichten)$/,
    object: INSTITUTION,
    confidence: 0.8,
  },
  {
    name: "umsetzen",
    verb: /^(setzt|setzen|setzte|setzten)$/,
    particle: /^um$/,
    object: IMPLEMENTED,
    confidence: 0.8,
  },
  { name: "umgesetzt", verb: /^(umgesetzt|umsetzen)$/, object: IMPLEMENTED, confidence: 0.8 },
  { name: "verfassen", verb: /^(verfasst|verfasste|verfassten)$/, object: DOCUMENT, confidence: 0.8 },
  {
    name: "umstellen",
    verb: /^(umgestellt|umstellen)$/,
    through: /^auf$/i,
    object: IMPLEMENTED,
    confidence: 0.8,
  },
];
