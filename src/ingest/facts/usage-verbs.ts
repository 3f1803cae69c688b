/**
 * The verbs of using a service (usage-rules.ts reads them): each with the shape of its clause,
 * which says where the users and the service stand.
 */
import type { VerbRule } from "./frames.js";

export type Shape =
  | "users-use"
  | "service-used"
  | "attached"
  | "in-use"
  | "apply-through"
  | "apply-online"
  | "present-on"
  | "rolled-out"
  | "available"
  | "provided-for"
  | "offer-through"
  | "start-with"
  | "choose"
  | "rely-on"
  | "access"
  | "work-with";
export interface UsageRule extends VerbRule {
  shape: Shape;
  /** The service must be one by its name or kind ("übernimmt den Online-Dienst X", not "übernimmt den Vorsitz"). */
  serviceOnly?: boolean;
  /** An "als" phrase on the verb names a role it was chosen for, no use: "als Fokusleistung ausgewählt". */
  notChosenAs?: boolean;
}

/** A rule of using that holds only for a service by its name or kind, and goes to review. */
function forService(rule: Omit<UsageRule, "confidence" | "serviceOnly">): UsageRule {
  return { ...rule, confidence: 0.7, serviceOnly: true };
}

export const USAGE_RULES: UsageRule[] = [
  {
    name: "über X beantragen",
    verb: /^(beantragen|beantragt|stellen|erledigen|einreichen|übermitteln|abwickeln)$/,
    confidence: 0.85,
    shape: "apply-through",
  },
  // "In Kiel und Lübeck können Bürger Wohngeld online beantragen": the places use the item's service.
  {
    name: "online beantragen",
    verb: /^(beantragen|beantragt|stellen|erledigen|einreichen|übermitteln|abwickeln)$/,
    confidence: 0.7,
    shape: "apply-online",
  },
  { name: "auf X vertreten", verb: /^vertreten$/, confidence: 0.8, shape: "present-on" },
  {
    name: "nutzen",
    verb: /^(nutzen|nutzt|nutzte|nutzten|verwenden|verwendet|verwendeten)$/,
    confidence: 0.85,
    shape: "users-use",
  },
  {
    name: "genutzt",
    verb: /^(genutzt(?:e|en|er|es|em)?|verwendet)$/,
    confidence: 0.85,
    shape: "service-used",
  },
  {
    name: "einsetzen",
    verb: /^(setzt|setzen|setzte|setzten)$/,
    particle: /^ein$/,
    confidence: 0.85,
    shape: "users-use",
  },
  { name: "eingesetzt", verb: /^eingesetzt$/, confidence: 0.8, shape: "service-used" },
  { name: "angebunden", verb: /^(angebunden|angeschlossen)$/, confidence: 0.85, shape: "attached" },
  {
    name: "anschließen",
    verb: /^(schließt|schließen|schloss|schlossen|bindet|binden|band|banden)$/,
    particle: /^an$/,
    confidence: 0.75,
    shape: "attached",
  },
  {
    name: "nachnutzen",
    verb: /^(nachnutzen|nachnutzt|nachgenutzt|nachnutzte|nachnutzten)$/,
    confidence: 0.75,
    shape: "users-use",
  },
  forService({
    name: "übernehmen",
    verb: /^(übernimmt|übernehmen|übernahm|übernahmen|übernommen)$/,
    shape: "users-use",
  }),
  // "Die Stadt Leipzig bietet den Online-Dienst X an": a town offers its people the service.
  forService({
    name: "anbieten",
    verb: /^(bietet|bieten|bot|boten)$/,
    particle: /^an$/,
    shape: "users-use",
  }),
  // "Der Landkreis bietet über die Plattform X 575 Dienstleistungen an": the platform is the service.
  {
    name: "über X anbieten",
    verb: /^(bietet|bieten|bot|boten)$/,
    particle: /^an$/,
    confidence: 0.75,
    shape: "offer-through",
  },
  { name: "über X angeboten", verb: /^angeboten$/, confidence: 0.75, shape: "offer-through" },
  forService({
    name: "einführen",
    verb: /^(führt|führen|führte|führten)$/,
    particle: /^ein$/,
    shape: "users-use",
  }),
  // "Die Stadt Ulm hat die Plattform X eingeführt", "X wurde in Ulm eingeführt".
  forService({ name: "eingeführt", verb: /^eingeführt$/, shape: "users-use" }),
  // "Die Stadt Ulm hat die BundID eingebunden": a service built into a town's offer is one it uses.
  // (Not one it provides: "stellt den Dienst für die Stadt Köln bereit" is Köln's, provided-for.)
  forService({
    name: "einbinden",
    verb: /^(bindet|binden|band|banden)$/,
    particle: /^ein$/,
    shape: "users-use",
  }),
  forService({ name: "eingebunden", verb: /^eingebunden$/, shape: "users-use" }),
  // "Die Stadt Lüdenscheid hat das CitkoPortal ausgewählt", "wählt den Online-Dienst X aus": what a
  // town selects it uses (a service only: "als Modellkommune ausgewählt" selects a town; nor one
  // selected as something: "hat den Dienst X als Fokusleistung ausgewählt").
  {
    ...forService({
      name: "auswählen",
      verb: /^(wählt|wählen|wählte|wählten)$/,
      particle: /^aus$/,
      shape: "users-use",
    }),
    notChosenAs: true,
  },
  {
    ...forService({ name: "ausgewählt", verb: /^(ausgewählt|auswählen)$/, shape: "users-use" }),
    notChosenAs: true,
  },
  forService({
    name: "ausrollen",
    verb: /^(ausgerollt|rollt|rollen|rollte|rollten)$/,
    shape: "rolled-out",
  }),
  forService({
    name: "in Betrieb nehmen",
    verb: /^(genommen|nimmt|nehmen|nahm|nahmen)$/,
    needs: /^Betrieb$/,
    shape: "rolled-out",
  }),
  forService({
    name: "verfügbar",
    verb: /^(verfügbar|nutzbar|erreichbar|abrufbar|online)$/,
    shape: "available",
  }),
  forService({
    name: "bereitstellen für",
    verb: /^(stellt|stellen|stellte|stellten)$/,
    particle: /^bereit$/,
    shape: "provided-for",
  }),
  forService({
    name: "bereitgestellt für",
    verb: /^bereitgestellt$/,
    shape: "provided-for",
  }),
  // "Der Dienst wurde für die Städte A und B freigeschaltet": switched on for them, they use it.
  forService({
    name: "freigeschaltet für",
    verb: /^freigeschaltet$/,
    shape: "provided-for",
  }),
  forService({
    name: "zur Verfügung stellen",
    verb: /^(stellt|stellen|stellte|stellten|gestellt)$/,
    needs: /^Verfügung$/,
    shape: "provided-for",
  }),
  // "In Welzheim ist das Verfahren an den Start gegangen".
  forService({
    name: "an den Start gehen",
    verb: /^(geht|gehen|ging|gingen|gegangen)$/,
    needs: /^Start$/,
    shape: "available",
  }),
  // "Die Software X ist in Bremen im Einsatz": the noun is the parse's predicate.
  forService({ name: "im Einsatz sein", verb: /^Einsatz$/, shape: "available" }),
  // "X ist in Leipzig produktiv im Einsatz": the parser makes the adverb the predicate.
  forService({
    name: "im Einsatz sein",
    verb: /^(produktiv|erfolgreich|flächendeckend|dauerhaft|landesweit|bundesweit)$/,
    needs: /^Einsatz$/,
    shape: "available",
  }),
  forService({
    name: "zur Verfügung stehen",
    verb: /^(steht|stehen|stand|standen)$/,
    needs: /^Verfügung$/,
    shape: "available",
  }),
  // "Mehr als 1.200 Kommunen haben sich für das Bürgerservice-Portal entschieden".
  forService({
    name: "sich entscheiden für",
    verb: /^(entscheidet|entscheiden|entschied|entschieden)$/,
    shape: "choose",
  }),
  // "92 Prozent der Kommunen haben sich für civento registriert": who signs up for a platform uses it.
  forService({
    name: "sich registrieren für",
    verb: /^(registriert|registrieren|registrierte|registrierten)$/,
    shape: "choose",
  }),
  // "Die Stadt Kassel setzt bei der Digitalisierung auf die Plattform civento": what one relies on one uses.
  forService({
    name: "setzen auf",
    verb: /^(setzt|setzen|setzte|setzten|gesetzt)$/,
    shape: "rely-on",
  }),
  // "Mehr als 350 Wohngeldstellen greifen auf den Online-Dienst X zu": who accesses a service uses it.
  forService({
    name: "zugreifen auf",
    verb: /^(greift|greifen|griff|griffen)$/,
    particle: /^zu$/,
    shape: "access",
  }),
  forService({ name: "zugreifen auf", verb: /^(zugreifen|zugegriffen)$/, shape: "access" }),
  // "Mittlerweile arbeiten 120 Ausländerbehörden mit dem Online-Dienst X": what one works with one uses.
  forService({
    name: "arbeiten mit",
    verb: /^(arbeitet|arbeiten|arbeitete|arbeiteten|gearbeitet)$/,
    shape: "work-with",
  }),
  // "In Mecklenburg-Vorpommern starten Stralsund und Schwerin mit dem Online-Dienst": the towns take it up.
  forService({
    name: "starten mit",
    verb: /^(startet|starten|startete|starteten|gestartet)$/,
    shape: "start-with",
  }),
  {
    name: "zum Einsatz kommen",
    verb: /^(kommt|kommen|kam|kamen)$/,
    needs: /^Einsatz$/,
    confidence: 0.85,
    shape: "in-use",
  },
];
