/**
 * Extraction speed, without any database: a portal page of generated items (headline, date,
 * paragraph in the style of the seed) is extracted in one call; the gazetteer is built once
 * beforehand and timed separately.   npm run bench:extract [-- 5000]
 */
import { buildGazetteer } from "../src/ingest/entities/gazetteer.js";
import { extractArticles } from "../src/ingest/extract.js";
import { loadReferenceData } from "../src/ingest/reference.js";

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

function page(items: number): string {
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

const reference = loadReferenceData();
let started = performance.now();
const gazetteer = buildGazetteer(reference);
const buildMs = performance.now() - started;

const sizes = process.argv[2] ? [Number(process.argv[2])] : [500, 2000, 5000];
const rows: { items: number; ms: number; perSecond: number; facts: number }[] = [];
extractArticles(page(2000), { reference, gazetteer }); // warm-up (JIT)
for (const items of sizes) {
  const input = page(items);
  started = performance.now();
  const result = extractArticles(input, { reference, gazetteer });
  const ms = performance.now() - started;
  rows.push({
    items,
    ms,
    perSecond: (items / ms) * 1000,
    facts: result.reduce((sum, a) => sum + a.facts.length, 0),
  });
}
console.log(`gazetteer build (once per process): ${buildMs.toFixed(0)} ms`);
console.log("items   ms        items/s   facts");
for (const row of rows) {
  console.log(
    `${String(row.items).padEnd(7)} ${row.ms.toFixed(0).padEnd(9)} ${row.perSecond.toFixed(0).padEnd(9)} ${row.facts}`,
  );
}
