/**
 * One writer: the same small graph (a new person holding an office in a Land, a Land chairing a
 * body for a year, one article stating both) written through each path that writes facts, the
 * importer, the review queue, the curated seed, the generator's transactions, the generator's
 * CSV files with the register's (neo4j-admin import) and a restore of an export, gives the same
 * graph digest once what a path legitimately adds is normalised away. generator.test.ts compares
 * the CSV import with the transactions over the whole small set.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { exportGraph } from "../../src/backup/export-graph.js";
import { restoreGraph } from "../../src/backup/restore-graph.js";
import type { ArticleRow, CitationRow } from "../../src/generate/articles.js";
import {
  articleStatement,
  chairStatement,
  MERGE_DAYS,
  MERGE_PERSONS,
  MERGE_YEARS,
  tenureStatement,
} from "../../src/generate/generate-cypher.js";
import type { ChairRow } from "../../src/generate/bodies.js";
import { indexCitations } from "../../src/generate/index-citations.js";
import type { TenureRow } from "../../src/generate/offices.js";
import type { DatasetRows } from "../../src/generate/offline/dataset-files.js";
import { completeImport, importRowsOffline } from "../../src/generate/offline/import-offline.js";
import {
  articleRow,
  chairRow,
  citationRow,
  dayRow,
  personRow,
  tenureRow,
  yearRow,
} from "../../src/generate/row-shapes.js";
import { createDriver, waitForConnectivity } from "../../src/db/driver.js";
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from "../../src/db/embedded-neo4j.js";
import { writeArticle } from "../../src/graph/write-article.js";
import { decideReviewItem, listReviewItems } from "../../src/importer/review.js";
import type { ArticleFacts, Fact } from "../../src/model/fact.js";
import { factId } from "../../src/model/ids.js";
import { summarize } from "../../src/model/summary.js";
import { registerRows } from "../../src/reference/load-municipal-register.js";
import { loadCuratedFacts } from "../../src/seed/load-curated.js";
import { writeReferenceEntities } from "../../src/seed/load-reference.js";
import { readReferenceData } from "../../src/seed/reference-files.js";
import { digestDifference, graphDigest, type Normalise } from "../helpers/graph-digest.js";
import { resetDatabase, testConnection, testDriver } from "../helpers/neo4j.js";

const office: Fact = {
  type: "holdsOffice",
  subject: { id: "erika-neu", name: "Erika Neu", type: "Person" },
  object: { id: "DE-SN", name: "Sachsen", type: "State" },
  role: "CIO",
  from: "2025-02-07",
  quote: "Erika Neu ist seit dem 7. Februar 2025 CIO des Freistaates Sachsen.",
  confidence: 1,
};
const chair: Fact = {
  type: "chairs",
  subject: { id: "DE-MV", name: "Mecklenburg-Vorpommern", type: "State" },
  object: { id: "it-planungsrat", name: "IT-Planungsrat", type: "Organization" },
  year: 2025,
  precision: "year",
  quote: "Mecklenburg-Vorpommern hat 2025 den Vorsitz im IT-Planungsrat.",
  confidence: 1,
};
const article: ArticleRow = {
  id: "one-writer-article",
  url: "https://www.example.org/one-writer",
  title: "Neue CIO in Sachsen, Vorsitz im IT-Planungsrat",
  publishedAt: "2025-02-10",
  outlet: "Beispielportal",
  contentHash: "one-writer",
  text: `${office.quote} ${chair.quote}`,
};
const entry: ArticleFacts = { article, facts: [office, chair] };

/** The shared start of every path: the Länder and the body, as the seed's reference data has them. */
async function writeReference(driver: Driver): Promise<void> {
  const reference = readReferenceData();
  await writeReferenceEntities(driver, "neo4j", {
    ...reference,
    states: reference.states.filter((s) => s.id === "DE-SN" || s.id === "DE-MV"),
    federation: [],
    organizations: reference.organizations
      .filter((o) => o.id === "it-planungsrat")
      .map(({ partOf: _partOf, ...o }) => o),
    people: [],
    projects: [],
  });
}

/** The same graph as the generator's rows: a person, a tenure, a chair and the article citing both. */
const person = { id: "erika-neu", name: "Erika Neu" };
const tenure: TenureRow = {
  id: factId(office),
  person: person.id,
  organization: "DE-SN",
  stateId: "DE-SN",
  role: "CIO",
  from: "2025-02-07",
  to: null,
  year: 2025,
  summary: summarize(office),
};
const chairRowOf: ChairRow = {
  id: factId(chair),
  holder: "DE-MV",
  body: "it-planungsrat",
  year: 2025,
  summary: summarize(chair),
};
const citations: CitationRow[] = [
  {
    fact: tenure.id,
    article: article.id,
    quote: office.quote,
    claim: { year: 2025, precision: "day", date: null, from: "2025-02-07", to: null, role: "CIO" },
  },
  {
    fact: chairRowOf.id,
    article: article.id,
    quote: chair.quote,
    claim: { year: 2025, precision: "year", date: null, from: "2025-01-01", to: "2025-12-31", role: null },
  },
];
const cited = indexCitations([{ article, citations }]);

/** The same graph through the generator's statements (the transactional generator). */
async function writeAsGenerated(driver: Driver): Promise<void> {
  const run = (cypher: string, rows: unknown[]) =>
    driver.executeQuery(cypher, { rows }, { database: "neo4j" });
  await run(MERGE_YEARS, [yearRow({ id: "2025", value: 2025 })]);
  await run(MERGE_DAYS, [dayRow({ id: "2025-02-07", year: 2025 })]);
  await run(MERGE_PERSONS, [personRow(person)]);
  await run(tenureStatement("create"), [tenureRow(cited, tenure)]);
  await run(chairStatement("create"), [chairRow(cited, chairRowOf)]);
  await run(articleStatement("create"), [
    { ...articleRow(article), citations: citations.map((c) => citationRow(c, article)) },
  ]);
}

/**
 * The same graph through the generator's CSV files and neo4j-admin import, with the Länder from
 * the register's files and the body as a generated one, as the offline load writes them.
 */
const offlineRows: DatasetRows = {
  register: registerRows({
    states: [
      { key: "13", id: "DE-MV", name: "Mecklenburg-Vorpommern" },
      { key: "14", id: "DE-SN", name: "Sachsen" },
    ],
    counties: [],
    municipalities: [],
  }),
  years: [{ id: "2025", value: 2025 }],
  days: [{ id: "2025-02-07", year: 2025 }],
  services: [],
  bodies: [{ id: "it-planungsrat", name: "IT-Planungsrat" }],
  persons: [person],
  tenures: [tenure],
  chairs: [chairRowOf],
  availability: [],
  articles: [{ article, citations }],
  cited,
};

/** Drops the named properties of the entries `when` selects. */
const without =
  (when: (entry: Parameters<Normalise>[0]) => boolean, names: string[]): Normalise =>
  (entry) =>
    when(entry)
      ? Object.fromEntries(Object.entries(entry.properties).filter(([key]) => !names.includes(key)))
      : entry.properties;

/** Applies normalisations in order; an entry any of them leaves out stays out. */
const all =
  (...steps: Normalise[]): Normalise =>
  (entry) => {
    let properties: Record<string, unknown> | null = entry.properties;
    for (const step of steps) {
      if (properties === null) return null;
      properties = step({ ...entry, properties });
    }
    return properties;
  };

const isStatement = (e: Parameters<Normalise>[0]) => e.kind === "relationship" && e.type === "SOURCED_FROM";
const hasLabel = (label: string) => (e: Parameters<Normalise>[0]) =>
  e.kind === "node" && e.labels.includes(label);

/** Who stated a claim differs by path by design: the importer, the curated seed, the generator. */
const statedBy = without(isStatement, ["extractor", "curated"]);
/** Entities a path creates say where they came from (`origin: import|curated`, `generated`). */
const provenance = without(() => true, ["origin", "generated"]);

// A generated chair spans its year (from/to, also in its claim), so that the chairs query's range
// seek on `from` is exercised at scale; an extracted one states the year only.
const chairSpan = all(
  without(hasLabel("Chairmanship"), ["from", "to"]),
  without(
    (e) => isStatement(e) && e.kind === "relationship" && e.fromLabels.includes("Chairmanship"),
    ["from", "to"],
  ),
);

describe("one writer", () => {
  let driver: Driver;
  const digest = (normalise: Normalise) => graphDigest(testConnection(), "neo4j", { normalise });
  let importer: string[];

  beforeAll(async () => {
    driver = testDriver();
    await resetDatabase(driver);
    await writeReference(driver);
    await writeArticle(driver, "neo4j", entry);
    importer = await digest(all(statedBy, provenance));
  });
  beforeEach(async () => {
    await resetDatabase(driver);
    await writeReference(driver);
  });
  afterAll(() => driver.close());

  it("writes the statement model through the importer: claims on SOURCED_FROM, derived properties on the fact", () => {
    expect(
      importer.filter((line) => line.startsWith('rel ["') && line.includes("SOURCED_FROM")),
    ).toHaveLength(2);
    expect(importer.some((line) => line.includes('"oldestSources",["2025-02-10|one-writer-article"]'))).toBe(
      true,
    );
    expect(importer.some((line) => line.includes('"aliasText","Erika Neu"'))).toBe(true);
  });

  it("writes the same graph when the facts are queued and then accepted in review", async () => {
    await writeArticle(driver, "neo4j", entry, { reviewThreshold: 1.01 });
    for (const item of await listReviewItems(driver, "neo4j", { status: "pending" }))
      await decideReviewItem(driver, "neo4j", { id: item.id, accept: true, editor: "test" });
    // The review path keeps its decisions as records of their own.
    const decisions: Normalise = (e) =>
      hasLabel("ReviewItem")(e) || (e.kind === "relationship" && e.type === "FROM_ARTICLE")
        ? null
        : e.properties;
    const reviewed = await digest(all(statedBy, provenance, decisions));
    expect(digestDifference(importer, reviewed)).toEqual({ onlyLeft: [], onlyRight: [] });
  });

  it("writes the same graph through the curated seed", async () => {
    await loadCuratedFacts(driver, "neo4j", [entry]);
    const curated = await digest(all(statedBy, provenance));
    expect(digestDifference(importer, curated)).toEqual({ onlyLeft: [], onlyRight: [] });
  });

  it("writes the same graph through the generator's statements", async () => {
    await writeAsGenerated(driver);
    const generated = await digest(all(statedBy, provenance, chairSpan));
    expect(digestDifference(importer, generated)).toEqual({ onlyLeft: [], onlyRight: [] });
  });

  it("writes the same graph through the generator's CSV files and neo4j-admin import", async () => {
    const home = mkdtempSync(path.join(os.tmpdir(), "govgraph-one-writer-csv-"));
    let server: EmbeddedNeo4j | undefined;
    try {
      const imported = await importRowsOffline(home, offlineRows);
      server = await startEmbeddedNeo4j({ home, port: 0, heap: "512m", pageCache: "128m" });
      const connection = { uri: server.uri, user: "neo4j", password: "" };
      const offline = createDriver({ ...connection, database: "neo4j" });
      try {
        await waitForConnectivity(offline, 60_000);
        await completeImport(offline, "neo4j", imported.emptyLists);
        // The reference data on top, as the offline load puts the curated seed on top.
        await writeReference(offline);
      } finally {
        await offline.close();
      }
      const normalise = all(statedBy, provenance, chairSpan);
      const viaCsv = await graphDigest(connection, "neo4j", { normalise });
      expect(digestDifference(importer, viaCsv)).toEqual({ onlyLeft: [], onlyRight: [] });
    } finally {
      await server?.stop();
      rmSync(home, { recursive: true, force: true });
    }
  }, 120_000);

  it("restores an export of the graph as it was written", async () => {
    await writeArticle(driver, "neo4j", entry);
    const dir = mkdtempSync(path.join(os.tmpdir(), "govgraph-one-writer-"));
    try {
      await exportGraph(driver, "neo4j", dir);
      await resetDatabase(driver);
      await restoreGraph(driver, "neo4j", dir);
      const restored = await digest(all(statedBy, provenance));
      expect(digestDifference(importer, restored)).toEqual({ onlyLeft: [], onlyRight: [] });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
