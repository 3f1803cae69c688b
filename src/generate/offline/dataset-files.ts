/**
 * The generated dataset, and the municipal register under it, as CSV files for
 * `neo4j-admin database import`: the same nodes, labels, properties and relationships that the
 * transactional path writes (`../generate-cypher.ts`, `../../reference/register-cypher.ts`),
 * which an integration test checks by comparing both graphs. Rows come from the same planners
 * and streams; availability facts and articles are streamed, never held in memory.
 */
import path from "node:path";
import { type Column, CsvFile, type ImportFile, type Progress } from "../../bulk/index.js";
import { type MunicipalRegister, registerRows } from "../../reference/index.js";
import { AVAILABILITY_LABEL, OFFERS_SERVICE } from "../availability.js";
import { chairSpan } from "../bodies.js";
import { calendarDays, calendarYears } from "../calendar.js";
import {
  allAvailability,
  citationsOf,
  estimatedAvailability,
  plannedArticles,
  plannedCounts,
  type GeneratedCounts,
  type planDataset,
} from "../generate-dataset.js";
import type { ScaleSpec } from "../scales.js";
import type { Scope } from "../scope.js";
import { withCitations } from "../index-citations.js";
import { GENERATED_EXTRACTOR } from "../version.js";

export interface DatasetInput {
  seed: number;
  spec: ScaleSpec;
  register: MunicipalRegister;
  scope: Scope;
  plan: ReturnType<typeof planDataset>;
}

export interface DatasetFiles {
  files: CsvFile[];
  counts: GeneratedCounts;
  seconds: number;
}

const ENTITY = "Entity";
const s = (name: string): Column => ({ name });
const long = (name: string): Column => ({ name, type: "long" });
const date = (name: string): Column => ({ name, type: "date" });
const GENERATED: Column = { name: "generated", type: "boolean" };
const ALIASES: Column[] = [{ name: "aliases", type: "string[]" }, s("aliasText")];
const CONFIDENCE: Column = { name: "confidence", type: "double" };
/** What a fact's citations make of it (../index-citations.ts). */
const CITED: Column[] = [
  date("firstCited"),
  date("lastCited"),
  { name: "oldestSources", type: "string[]" },
  { name: "disputed", type: "boolean" },
];
const FACT: Column[] = [s("precision"), s("summary"), CONFIDENCE, GENERATED, ...CITED];
/** A statement: the claim an article makes about a fact it cites (../articles.ts). */
const STATEMENT: Column[] = [
  s("quote"),
  long("year"),
  s("precision"),
  date("date"),
  date("from"),
  date("to"),
  s("role"),
  CONFIDENCE,
  { name: "curated", type: "boolean" },
  s("extractor"),
  date("publishedAt"),
];
const REGION: Column[] = [
  s("name"),
  s("officialName"),
  s("officialSuffix"),
  long("population"),
  { name: "areaKm2", type: "double" },
  ...ALIASES,
];

function fileSpecs(dir: string) {
  const at = (name: string): string => path.join(dir, `${name}.csv`);
  const nodes = (name: string, labels: string[], idSpace: string, columns: Column[]): ImportFile => ({
    kind: "nodes",
    path: at(name),
    labels,
    idSpace,
    columns,
  });
  const links = (
    name: string,
    type: string,
    from: string,
    to: string,
    columns: Column[] = [],
  ): ImportFile => ({
    kind: "relationships",
    path: at(name),
    type,
    from,
    to,
    columns,
  });
  return {
    states: nodes("states", [ENTITY, "State"], ENTITY, [s("name"), ...ALIASES, s("agsPrefix")]),
    counties: nodes("counties", [ENTITY, "County"], ENTITY, [
      ...REGION.slice(0, 3),
      s("kind"),
      ...REGION.slice(3),
    ]),
    municipalities: nodes("municipalities", [ENTITY, "Municipality"], ENTITY, REGION),
    years: nodes("years", ["Year"], "Year", [long("value"), GENERATED]),
    days: nodes("days", ["Day"], "Day", [date("date"), GENERATED]),
    services: nodes("services", [ENTITY, "Project"], ENTITY, [
      s("kind"),
      s("name"),
      long("number"),
      s("topic"),
      s("lifeEvent"),
      ...ALIASES,
      GENERATED,
    ]),
    bodies: nodes("bodies", [ENTITY, "Organization"], ENTITY, [s("kind"), s("name"), ...ALIASES, GENERATED]),
    persons: nodes("persons", [ENTITY, "Person"], ENTITY, [s("name"), ...ALIASES, GENERATED]),
    tenures: nodes("tenures", ["Fact", "Tenure"], "Fact", [
      s("type"),
      s("role"),
      date("from"),
      date("to"),
      long("year"),
      ...FACT,
    ]),
    chairs: nodes("chairs", ["Fact", "Chairmanship"], "Fact", [
      s("type"),
      long("year"),
      date("from"),
      date("to"),
      ...FACT,
    ]),
    availability: nodes("availability", ["Fact", AVAILABILITY_LABEL], "Fact", [
      s("type"),
      s("status"),
      date("since"),
      date("date"),
      long("year"),
      ...FACT,
    ]),
    articles: nodes("articles", ["Article"], "Article", [
      s("url"),
      s("title"),
      date("publishedAt"),
      s("outlet"),
      s("contentHash"),
      s("text"),
      GENERATED,
    ]),
    inState: links("county-in-state", "IN_STATE", ENTITY, ENTITY),
    inCounty: links("municipality-in-county", "IN_COUNTY", ENTITY, ENTITY),
    dayInYear: links("day-in-year", "IN_YEAR", "Day", "Year"),
    subject: links("fact-subject", "SUBJECT", "Fact", ENTITY),
    object: links("fact-object", "OBJECT", "Fact", ENTITY),
    onDay: links("fact-on-day", "ON_DAY", "Fact", "Day"),
    factInYear: links("fact-in-year", "IN_YEAR", "Fact", "Year"),
    sourcedFrom: links("fact-sourced-from", "SOURCED_FROM", "Fact", "Article", STATEMENT),
  };
}

export async function writeDatasetFiles(
  dir: string,
  input: DatasetInput,
  progress: Progress,
): Promise<DatasetFiles> {
  const started = performance.now();
  const specs = fileSpecs(dir);
  const f = Object.fromEntries(Object.entries(specs).map(([key, spec]) => [key, new CsvFile(spec)])) as {
    [K in keyof typeof specs]: CsvFile;
  };
  const { plan, scope, seed, spec } = input;
  const counts = plannedCounts(scope, plan, spec);
  const cited = citationsOf(seed, scope, plan, spec, progress);
  /** The CITED columns of a fact. */
  const citedValues = (id: string): unknown[] => {
    const c = withCitations(cited, { id });
    return [c.firstCited, c.lastCited, c.oldestSources, c.disputed];
  };
  try {
    progress.start("register and plan", 0);
    const register = registerRows(input.register);
    for (const r of register.states) await f.states.write([r.id, r.name, [], "", r.key]);
    for (const r of register.counties) {
      const { id, name, officialName, officialSuffix, kind, population, areaKm2, aliases, aliasText } = r;
      await f.counties.write([
        id,
        name,
        officialName,
        officialSuffix,
        kind,
        population,
        areaKm2,
        aliases,
        aliasText,
      ]);
      await f.inState.write([id, r.stateId]);
    }
    for (const r of register.municipalities) {
      const { id, name, officialName, officialSuffix, population, areaKm2, aliases, aliasText } = r;
      await f.municipalities.write([
        id,
        name,
        officialName,
        officialSuffix,
        population,
        areaKm2,
        aliases,
        aliasText,
      ]);
      await f.inCounty.write([id, r.countyId]);
    }
    for (const y of calendarYears()) await f.years.write([y.id, y.value, true]);
    for (const d of calendarDays()) {
      await f.days.write([d.id, d.id, true]);
      await f.dayInYear.write([d.id, String(d.year)]);
    }
    for (const p of plan.services) {
      await f.services.write([p.id, "ozg-service", p.name, p.number, p.topic, p.lifeEvent, [], "", true]);
    }
    for (const b of plan.bodies) await f.bodies.write([b.id, "body", b.name, [], "", true]);
    for (const p of plan.persons) await f.persons.write([p.id, p.name, [], "", true]);
    for (const t of plan.tenures) {
      await f.tenures.write([
        ...[t.id, "holdsOffice", t.role, t.from, t.to, t.year, "day", t.summary, 1.0, true],
        ...citedValues(t.id),
      ]);
      await writeLinks(f, t.id, t.person, t.organization);
      await f.onDay.write([t.id, t.from]);
    }
    for (const c of plan.chairs) {
      const { from, to } = chairSpan(c.year);
      await f.chairs.write([
        ...[c.id, "chairs", c.year, from, to, "year", c.summary, 1.0, true],
        ...citedValues(c.id),
      ]);
      await writeLinks(f, c.id, c.holder, c.body);
      await f.factInYear.write([c.id, String(c.year)]);
    }
    progress.stop();

    progress.start("availability (CSV)", estimatedAvailability(scope, plan));
    for (const a of allAvailability(seed, scope, plan.services, plan.weights)) {
      await f.availability.write([
        a.id,
        OFFERS_SERVICE,
        a.status,
        a.since,
        a.since,
        a.year,
        "day",
        a.summary,
        1.0,
        true,
        ...citedValues(a.id),
      ]);
      await writeLinks(f, a.id, a.municipality, a.service);
      await f.onDay.write([a.id, a.since]);
      if (++counts.availability % 10_000 === 0) progress.advance(10_000);
    }
    progress.stop();

    progress.start("articles (CSV)", spec.articles);
    const articles = plannedArticles(seed, scope, plan, spec);
    for (const { article: a, citations } of articles) {
      await f.articles.write([a.id, a.url, a.title, a.publishedAt, a.outlet, a.contentHash, a.text, true]);
      for (const { fact, quote, claim } of citations) {
        const { year, precision, date, from, to, role } = claim;
        await f.sourcedFrom.write([
          ...[fact, a.id, quote, year, precision, date, from, to, role],
          ...[1.0, false, GENERATED_EXTRACTOR, a.publishedAt],
        ]);
      }
      counts.citations += citations.length;
      progress.advance(1);
    }
    progress.stop();
  } finally {
    await Promise.all(Object.values(f).map((file) => file.close()));
  }
  return { files: Object.values(f), counts, seconds: (performance.now() - started) / 1000 };
}

/** (fact)-[:SUBJECT]->(subject), (fact)-[:OBJECT]->(object). */
async function writeLinks(
  f: { subject: CsvFile; object: CsvFile },
  fact: string,
  subject: string,
  object: string,
): Promise<void> {
  await f.subject.write([fact, subject]);
  await f.object.write([fact, object]);
}
