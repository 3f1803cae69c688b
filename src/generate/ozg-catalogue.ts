/**
 * A catalogue of 575 OZG services in the 14 Themenfelder of the Onlinezugangsgesetz. The
 * Themenfelder and the kind of services are real; the individual entries are generated (a
 * service subject times a kind of request), since the official catalogue is not in the
 * repository. Independent of the seed: service ids are the same in every generated dataset.
 */
export interface OzgService {
  /** "ozg-leistung-001" .. "ozg-leistung-575". */
  id: string;
  number: number;
  name: string;
  topic: string;
  lifeEvent: string;
}

interface Themenfeld {
  topic: string;
  lifeEvents: string[];
  subjects: string[];
}

const THEMENFELDER: Themenfeld[] = [
  {
    topic: "Arbeit & Ruhestand",
    lifeEvents: ["Arbeitsplatzverlust", "Ruhestand", "Beschäftigung"],
    subjects: [
      "Arbeitslosengeld",
      "Bürgergeld",
      "Rentenauskunft",
      "Grundsicherung im Alter",
      "Schwerbehindertenausweis",
      "Kurzarbeitergeld",
      "Arbeitserlaubnis",
      "Weiterbildungsförderung",
      "Altersteilzeit",
      "Erwerbsminderungsrente",
    ],
  },
  {
    topic: "Bauen & Wohnen",
    lifeEvents: ["Umzug", "Bauen und Renovieren"],
    subjects: [
      "Baugenehmigung",
      "Wohngeld",
      "Wohnberechtigungsschein",
      "Abrissgenehmigung",
      "Bauvorbescheid",
      "Grundsteuer",
      "Wohnsitzanmeldung",
      "Zweitwohnungsteuer",
      "Hausnummernvergabe",
      "Denkmalschutzgenehmigung",
    ],
  },
  {
    topic: "Bildung",
    lifeEvents: ["Schule", "Studium", "Ausbildung"],
    subjects: [
      "BAföG",
      "Schülerbeförderung",
      "Aufstiegs-BAföG",
      "Anerkennung ausländischer Abschlüsse",
      "Schulanmeldung",
      "Bildungsgutschein",
      "Meisterprüfung",
      "Zeugnisanerkennung",
      "Lernmittelfreiheit",
      "Ausbildungsvertrag",
    ],
  },
  {
    topic: "Ein- & Auswanderung",
    lifeEvents: ["Einwanderung", "Einbürgerung"],
    subjects: [
      "Aufenthaltstitel",
      "Einbürgerung",
      "Visum",
      "Blaue Karte EU",
      "Niederlassungserlaubnis",
      "Integrationskurs",
      "Duldung",
      "Familiennachzug",
      "Staatsangehörigkeitsausweis",
      "Verpflichtungserklärung",
    ],
  },
  {
    topic: "Engagement & Hobby",
    lifeEvents: ["Ehrenamt", "Freizeit"],
    subjects: [
      "Angelschein",
      "Jagdschein",
      "Vereinsregister",
      "Waffenbesitzkarte",
      "Veranstaltungsgenehmigung",
      "Ehrenamtskarte",
      "Sammlungserlaubnis",
      "Lotterieerlaubnis",
      "Spielplatzpatenschaft",
      "Sportbootführerschein",
    ],
  },
  {
    topic: "Familie & Kind",
    lifeEvents: ["Geburt", "Heirat", "Kinderbetreuung"],
    subjects: [
      "Elterngeld",
      "Kindergeld",
      "Unterhaltsvorschuss",
      "Kita-Platz",
      "Geburtsurkunde",
      "Eheschließung",
      "Namensänderung",
      "Vaterschaftsanerkennung",
      "Beistandschaft",
      "Kinderzuschlag",
    ],
  },
  {
    topic: "Forschung & Förderung",
    lifeEvents: ["Forschungsförderung", "Förderprogramme"],
    subjects: [
      "Forschungszulage",
      "Projektförderung",
      "Stipendium",
      "Innovationsgutschein",
      "Gründungszuschuss",
      "Investitionszuschuss",
      "Städtebauförderung",
      "Kulturförderung",
      "Sportförderung",
      "Digitalisierungsprämie",
    ],
  },
  {
    topic: "Gesundheit",
    lifeEvents: ["Krankheit", "Pflege", "Tod"],
    subjects: [
      "Pflegegeld",
      "Sterbeurkunde",
      "Bestattungsgenehmigung",
      "Infektionsschutzbelehrung",
      "Approbation",
      "Trinkwasseruntersuchung",
      "Impfbescheinigung",
      "Heilpraktikererlaubnis",
      "Pflegewohngeld",
      "Blindengeld",
    ],
  },
  {
    topic: "Mobilität & Reisen",
    lifeEvents: ["Reisen", "Mobilität"],
    subjects: [
      "Reisepass",
      "Personalausweis",
      "Führerschein",
      "Fahrzeugzulassung",
      "Bewohnerparkausweis",
      "Schwertransportgenehmigung",
      "Parkerleichterung",
      "Fahrzeugabmeldung",
      "Kurzzeitkennzeichen",
      "Taxikonzession",
    ],
  },
  {
    topic: "Querschnitt",
    lifeEvents: ["Behördenkontakt"],
    subjects: [
      "Meldebescheinigung",
      "Führungszeugnis",
      "Beglaubigung",
      "Akteneinsicht",
      "Auskunftssperre",
      "Gebührenbescheid",
      "Petition",
      "Informationsfreiheitsanfrage",
      "Melderegisterauskunft",
      "Servicekonto",
    ],
  },
  {
    topic: "Recht & Ordnung",
    lifeEvents: ["Rechtsschutz", "Sicherheit"],
    subjects: [
      "Fundsache",
      "Versammlungsanzeige",
      "Bußgeldverfahren",
      "Waffenschein",
      "Prozesskostenhilfe",
      "Beratungshilfe",
      "Schöffenwahl",
      "Gewerbeuntersagung",
      "Ordnungswidrigkeitenanzeige",
      "Sprengstofferlaubnis",
    ],
  },
  {
    topic: "Steuern & Zoll",
    lifeEvents: ["Steuern", "Zoll"],
    subjects: [
      "Einkommensteuer",
      "Gewerbesteuer",
      "Hundesteuer",
      "Kfz-Steuer",
      "Zollanmeldung",
      "Lohnsteuerermäßigung",
      "Grunderwerbsteuer",
      "Umsatzsteuer-Voranmeldung",
      "Vergnügungssteuer",
      "Erbschaftsteuer",
    ],
  },
  {
    topic: "Umwelt",
    lifeEvents: ["Umweltschutz", "Tiere"],
    subjects: [
      "Abfallentsorgung",
      "Sperrmüll",
      "Baumfällgenehmigung",
      "Wasserrechtliche Erlaubnis",
      "Immissionsschutzgenehmigung",
      "Tierhaltung",
      "Gewässerbenutzung",
      "Altlastenauskunft",
      "Naturschutzgenehmigung",
      "Hundehaltung",
    ],
  },
  {
    topic: "Unternehmensführung & -entwicklung",
    lifeEvents: ["Unternehmensgründung", "Unternehmensführung"],
    subjects: [
      "Gewerbeanmeldung",
      "Gaststättenerlaubnis",
      "Handelsregister",
      "Handwerksrolle",
      "Reisegewerbekarte",
      "Marktzulassung",
      "Sondernutzungserlaubnis",
      "Arbeitszeitausnahme",
      "Insolvenzbekanntmachung",
      "Vergabeverfahren",
    ],
  },
];

/** The kinds of request a service subject comes in. */
const REQUESTS = ["Antrag", "Änderung", "Verlängerung", "Auskunft", "Widerspruch"] as const;

export const OZG_SERVICE_COUNT = 575;

function buildCatalogue(): OzgService[] {
  const perTopic = Math.floor(OZG_SERVICE_COUNT / THEMENFELDER.length); // 41, one topic gets 42
  const services: OzgService[] = [];
  THEMENFELDER.forEach((field, topicIndex) => {
    const count = perTopic + (topicIndex < OZG_SERVICE_COUNT - perTopic * THEMENFELDER.length ? 1 : 0);
    for (let i = 0; i < count; i++) {
      const subjectIndex = i % field.subjects.length;
      const request = REQUESTS[Math.floor(i / field.subjects.length)]!;
      const number = services.length + 1;
      services.push({
        id: `ozg-leistung-${String(number).padStart(3, "0")}`,
        number,
        name: `${field.subjects[subjectIndex]!} – ${request}`,
        topic: field.topic,
        lifeEvent: field.lifeEvents[subjectIndex % field.lifeEvents.length]!,
      });
    }
  });
  return services;
}

export const OZG_SERVICES: readonly OzgService[] = buildCatalogue();
export const OZG_TOPICS: readonly string[] = THEMENFELDER.map((field) => field.topic);
