/**
 * The generated dataset, and the municipal register under it, as CSV files for
 * `neo4j-admin database import`: the same nodes, labels, properties and relationships that the
 * transactional path writes (`../generate-cypher.ts`, `../../reference/register-cypher.ts`): the
 * columns are the shapes those statements SET, filled from the same rows (`../row-shapes.ts`),
 * which an integration test checks by comparing both graphs. Rows come from the same planners
 * and streams; availability facts and articles are streamed, never held in memory.
 */
import path from "node:path";
import { CsvFile, type ImportFile, type Progress } from "../../bulk/index.js";
import { columnsOf, type Shape, valuesOf } from "../../model/graph-shapes.js";
import {
  COUNTY_SHAPE,
  type MunicipalRegister,
  MUNICIPALITY_SHAPE,
  registerRows,
  STATE_SHAPE,
} from "../../reference/index.js";
import { AVAILABILITY_LABEL } from "../availability.js";
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
import {
  ARTICLE_NODE_SHAPE,
  articleRow,
  AVAILABILITY_SHAPE,
  availabilityRow,
  BODY_SHAPE,
  bodyRow,
  chairRow,
  CITATION_SHAPE,
  citationRow,
  DAY_SHAPE,
  FACT_NODE_SHAPE,
  dayRow,
  PERSON_SHAPE,
  personRow,
  SERVICE_SHAPE,
  serviceRow,
  tenureRow,
  YEAR_SHAPE,
  yearRow,
} from "../row-shapes.js";
import type { ArticleRow, CitationRow } from "../articles.js";
import type { AvailabilityRow } from "../availability.js";
import type { BodyRow, ChairRow } from "../bodies.js";
import type { DayRow } from "../calendar.js";
import type { CitedBy } from "../index-citations.js";
import type { PersonRow, TenureRow } from "../offices.js";
import type { OzgService } from "../ozg-catalogue.js";
import type { ScaleSpec } from "../scales.js";
import type { Scope } from "../scope.js";

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

/** A node file with the columns of a shape (../row-shapes.ts, src/reference/register-cypher.ts). */
const nodes = (labels: string[], idSpace: string, shape: Shape) => ({
  kind: "nodes" as const,
  labels,
  idSpace,
  columns: columnsOf(shape),
});
const links = (type: string, from: string, to: string, shape: Shape = {}) => ({
  kind: "relationships" as const,
  type,
  from,
  to,
  columns: columnsOf(shape),
});

const FILES = {
  states: nodes([ENTITY, "State"], ENTITY, STATE_SHAPE),
  counties: nodes([ENTITY, "County"], ENTITY, COUNTY_SHAPE),
  municipalities: nodes([ENTITY, "Municipality"], ENTITY, MUNICIPALITY_SHAPE),
  years: nodes(["Year"], "Year", YEAR_SHAPE),
  days: nodes(["Day"], "Day", DAY_SHAPE),
  services: nodes([ENTITY, "Project"], ENTITY, SERVICE_SHAPE),
  bodies: nodes([ENTITY, "Organization"], ENTITY, BODY_SHAPE),
  persons: nodes([ENTITY, "Person"], ENTITY, PERSON_SHAPE),
  tenures: nodes(["Fact", "Tenure"], "Fact", FACT_NODE_SHAPE),
  chairs: nodes(["Fact", "Chairmanship"], "Fact", FACT_NODE_SHAPE),
  availability: nodes(["Fact", AVAILABILITY_LABEL], "Fact", AVAILABILITY_SHAPE),
  articles: nodes(["Article"], "Article", ARTICLE_NODE_SHAPE),
  inState: links("IN_STATE", ENTITY, ENTITY),
  inCounty: links("IN_COUNTY", ENTITY, ENTITY),
  dayInYear: links("IN_YEAR", "Day", "Year"),
  subject: links("SUBJECT", "Fact", ENTITY),
  object: links("OBJECT", "Fact", ENTITY),
  onDay: links("ON_DAY", "Fact", "Day"),
  factInYear: links("IN_YEAR", "Fact", "Year"),
  sourcedFrom: links("SOURCED_FROM", "Fact", "Article", CITATION_SHAPE),
};
type FileName = keyof typeof FILES;

/** A CSV file that takes rows in the shape of its columns. */
class ShapedCsv extends CsvFile {
  private readonly shape: Shape = Object.fromEntries(
    this.spec.columns.map((column) => [column.name, column.type ?? "string"]),
  );

  /** A node: its id and its row's values. */
  async node(id: string, row: object): Promise<void> {
    await this.write([id, ...valuesOf(this.shape, row)]);
  }

  /** A relationship: its ends and its row's values. */
  async link(from: string, to: string, row: object = {}): Promise<void> {
    await this.write([from, to, ...valuesOf(this.shape, row)]);
  }
}

function openFiles(dir: string): Record<FileName, ShapedCsv> {
  return Object.fromEntries(
    Object.entries(FILES).map(([name, spec]) => [
      name,
      new ShapedCsv({ ...spec, path: path.join(dir, `${name}.csv`) } as ImportFile),
    ]),
  ) as Record<FileName, ShapedCsv>;
}

/** Everything the files hold, as rows: the register's and the generator's (../row-shapes.ts fills them in). */
export interface DatasetRows {
  register: ReturnType<typeof registerRows>;
  years: Iterable<{ id: string; value: number }>;
  days: Iterable<DayRow>;
  services: readonly OzgService[];
  bodies: readonly BodyRow[];
  persons: readonly PersonRow[];
  tenures: readonly TenureRow[];
  chairs: readonly ChairRow[];
  /** Streamed: never held in memory. */
  availability: Iterable<AvailabilityRow>;
  articles: Iterable<{ article: ArticleRow; citations: readonly CitationRow[] }>;
  /** What the articles' citations make of each fact (../index-citations.ts). */
  cited: ReadonlyMap<string, CitedBy>;
}

export async function writeDatasetFiles(
  dir: string,
  input: DatasetInput,
  progress: Progress,
): Promise<DatasetFiles> {
  const started = performance.now();
  const { plan, scope, seed, spec } = input;
  const counts = plannedCounts(scope, plan, spec);
  const rows: DatasetRows = {
    register: registerRows(input.register),
    years: calendarYears(),
    days: calendarDays(),
    ...plan,
    availability: allAvailability(seed, scope, plan.services, plan.weights),
    articles: plannedArticles(seed, scope, plan, spec),
    cited: citationsOf(seed, scope, plan, spec, progress),
  };
  const written = await writeRowsAsCsv(dir, rows, progress, {
    availability: estimatedAvailability(scope, plan),
    articles: spec.articles,
  });
  counts.availability = written.availability;
  counts.citations = written.citations;
  return { files: written.files, counts, seconds: (performance.now() - started) / 1000 };
}

/** Writes the rows as CSV files in `dir`; `expected` sizes the progress bars. Returns what it counted. */
export async function writeRowsAsCsv(
  dir: string,
  rows: DatasetRows,
  progress: Progress,
  expected: { availability: number; articles: number },
): Promise<{ files: CsvFile[]; availability: number; citations: number }> {
  const f = openFiles(dir);
  const { register, cited } = rows;
  let availability = 0;
  let citations = 0;
  try {
    progress.start("register and plan", 0);
    for (const r of register.states) await f.states.node(r.id, r);
    for (const r of register.counties) {
      await f.counties.node(r.id, r);
      await f.inState.link(r.id, r.stateId);
    }
    for (const r of register.municipalities) {
      await f.municipalities.node(r.id, r);
      await f.inCounty.link(r.id, r.countyId);
    }
    for (const y of rows.years) await f.years.node(y.id, yearRow(y));
    for (const d of rows.days) {
      await f.days.node(d.id, dayRow(d));
      await f.dayInYear.link(d.id, String(d.year));
    }
    for (const p of rows.services) await f.services.node(p.id, serviceRow(p));
    for (const b of rows.bodies) await f.bodies.node(b.id, bodyRow(b));
    for (const p of rows.persons) await f.persons.node(p.id, personRow(p));
    for (const t of rows.tenures) {
      await f.tenures.node(t.id, tenureRow(cited, t));
      await writeLinks(f, t.id, t.person, t.organization);
      await f.onDay.link(t.id, t.from);
    }
    for (const c of rows.chairs) {
      await f.chairs.node(c.id, chairRow(cited, c));
      await writeLinks(f, c.id, c.holder, c.body);
      await f.factInYear.link(c.id, String(c.year));
    }
    progress.stop();

    progress.start("availability (CSV)", expected.availability);
    for (const a of rows.availability) {
      await f.availability.node(a.id, availabilityRow(cited, a));
      await writeLinks(f, a.id, a.municipality, a.service);
      await f.onDay.link(a.id, a.since);
      if (++availability % 10_000 === 0) progress.advance(10_000);
    }
    progress.stop();

    progress.start("articles (CSV)", expected.articles);
    for (const { article, citations: cites } of rows.articles) {
      await f.articles.node(article.id, articleRow(article));
      for (const c of cites) await f.sourcedFrom.link(c.fact, article.id, citationRow(c, article));
      citations += cites.length;
      progress.advance(1);
    }
    progress.stop();
  } finally {
    await Promise.all(Object.values(f).map((file) => file.close()));
  }
  return { files: Object.values(f), availability, citations };
}

/** (fact)-[:SUBJECT]->(subject), (fact)-[:OBJECT]->(object). */
async function writeLinks(
  f: { subject: ShapedCsv; object: ShapedCsv },
  fact: string,
  subject: string,
  object: string,
): Promise<void> {
  await f.subject.link(fact, subject);
  await f.object.link(fact, object);
}
