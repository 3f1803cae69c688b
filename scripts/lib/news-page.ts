/** A portal page of generated news items (headline, date, paragraph) in the style of the seed, for benchmarks. */
const STATES = [
  "Sachsen",
  "Hessen",
  "Bayern",
  "Brandenburg",
  "Schleswig-Holstein",
  "Mecklenburg-Vorpommern",
  "Saarland",
  "Thüringen",
];
const BODIES = ["den IT-Planungsrat", "die Digitalministerkonferenz", "das D16-Gremium"];
const PEOPLE = ["Anna Beispiel", "Jonas Muster", "Lena Probe", "Tobias Vorlage"];
const ROLES = ["CIO", "Staatssekretärin", "Digitalministerin"];
const TEMPLATES = [
  (i: number) =>
    `Im Jahr ${2020 + (i % 6)} führt ${STATES[i % 8]} ${BODIES[i % 3]}. Im Fokus steht die Föderale Digitalstrategie.`,
  (i: number) =>
    `${PEOPLE[i % 4]} ist neue ${ROLES[i % 3]} des Landes ${STATES[(i + 1) % 8]}. Sie will die Zusammenarbeit mit den Kommunen stärken.`,
  (i: number) =>
    `Das Land ${STATES[(i + 2) % 8]} stellt ${(i % 40) + 2} Millionen Euro für die Plattform civento bereit. Inzwischen nutzen über ${100 + (i % 300)} Kommunen die Dienste.`,
  (_i: number) =>
    `Der Kreis Recklinghausen hat im Frühjahr eine neue Informationsplattform online geschaltet. Wolfsburger Stadtverwaltung und Vitako fordern mehr Tempo bei der Registermodernisierung.`,
];

export function newsPage(items: number): string {
  const lines: string[] = [];
  for (let i = 0; i < items; i += 1) {
    const day = String((i % 28) + 1).padStart(2, "0");
    const month = String((i % 12) + 1).padStart(2, "0");
    lines.push(
      `Meldung ${i}: Digitalisierung in ${STATES[i % 8]}`,
      `[${day}.${month}.2025] ${TEMPLATES[i % TEMPLATES.length]!(i)} mehr...`,
    );
  }
  return lines.join("\n");
}
