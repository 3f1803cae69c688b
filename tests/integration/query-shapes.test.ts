/**
 * The first-class query modules on a small hand-made graph whose answers are known: chairs by
 * period and open-ended, observed tenures, sources shared by several facts, the earliest quote,
 * service availability within a Land. And their plans: every form starts at an index, and the
 * per-Land availability walks the service's facts once.
 */
import type { Driver } from "neo4j-driver";
import neo4j from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chairs, chairsCypher } from "../../src/api/queries/chairs.js";
import { officeHolders, officeHoldersCypher } from "../../src/api/queries/office-holders.js";
import { createReader, type Reader } from "../../src/api/queries/reader.js";
import {
  municipalitiesCypher,
  perCountyCypher,
  serviceAvailability,
} from "../../src/api/queries/service-availability.js";
import {
  sourcePagesCypher,
  sourcePagesOfFacts,
  sourcesCypher,
  sourcesOfFacts,
} from "../../src/api/queries/sources.js";
import { timeline, timelineCypher } from "../../src/api/queries/timeline.js";
import { resetDatabase, testDriver } from "../helpers/neo4j.js";

/** The graph, one statement per part; facts are created from rows naming their participants' ids. */
const GRAPH = [
  `CREATE (sh:Entity:State {id: 'DE-SH', name: 'Schleswig-Holstein', agsPrefix: '01'}),
          (hh:Entity:State {id: 'DE-HH', name: 'Hamburg', agsPrefix: '02'}),
          (flensburg:Entity:County {id: '01001', name: 'Flensburg'})-[:IN_STATE]->(sh),
          (nf:Entity:County {id: '01054', name: 'Nordfriesland'})-[:IN_STATE]->(sh),
          (hamburg:Entity:County {id: '02000', name: 'Hamburg'})-[:IN_STATE]->(hh),
          (:Entity:Municipality {id: '01001000', name: 'Flensburg'})-[:IN_COUNTY]->(flensburg),
          (:Entity:Municipality {id: '01054001', name: 'Ahrenshöft'})-[:IN_COUNTY]->(nf),
          (:Entity:Municipality {id: '01054002', name: 'Almdorf'})-[:IN_COUNTY]->(nf),
          (:Entity:Municipality {id: '02000000', name: 'Hamburg'})-[:IN_COUNTY]->(hamburg),
          (:Entity:Project {id: 'svc-a', name: 'Service A'}),
          (:Entity:Project {id: 'svc-b', name: 'Service B'}),
          (:Entity:Organization {id: 'body-x', name: 'Body X'}),
          (:Entity:Person {id: 'p1', name: 'Anna'}),
          (:Entity:Person {id: 'p2', name: 'Bert'}),
          (:Entity:Person {id: 'p3', name: 'Cora'}),
          (:Article {id: 'a1', title: 'A1', publishedAt: date('2024-01-10'), url: 'https://example.org/a1', outlet: 'O'}),
          (:Article {id: 'a2', title: 'A2', publishedAt: date('2024-01-10')}),
          (:Article {id: 'a3', title: 'A3', publishedAt: date('2024-01-05')})`,
  `UNWIND [
     {id: 'av-1', subject: '01001000', object: 'svc-a', status: 'online', since: date('2021-05-01')},
     {id: 'av-2', subject: '01054001', object: 'svc-a', status: 'planned', since: date('2022-05-01')},
     {id: 'av-3', subject: '01054002', object: 'svc-a', status: 'online', since: date('2023-05-01')},
     {id: 'av-4', subject: '02000000', object: 'svc-a', status: 'online', since: date('2020-05-01')},
     {id: 'av-5', subject: '01054001', object: 'svc-b', status: 'online', since: date('2020-05-01')}
   ] AS row
   MATCH (m:Entity {id: row.subject}), (s:Entity {id: row.object})
   CREATE (f:Fact:Availability {id: row.id, type: 'offersService', status: row.status, since: row.since, date: row.since})
   CREATE (f)-[:SUBJECT]->(m), (f)-[:OBJECT]->(s)`,
  `UNWIND [
     {id: 'chair-2024', subject: 'DE-SH', year: 2024, from: date('2024-01-01'), to: date('2024-12-31')},
     {id: 'chair-2025', subject: 'DE-HH', year: 2025},
     {id: 'chair-span', subject: 'DE-SH', year: 2023, from: date('2023-07-01'), to: date('2025-06-30')},
     {id: 'chair-open', subject: 'DE-HH', from: date('2025-03-01')}
   ] AS row
   MATCH (h:Entity {id: row.subject}), (b:Entity {id: 'body-x'})
   CREATE (f:Fact:Chairmanship {id: row.id, type: 'chairs', summary: row.id, year: row.year, from: row.from, to: row.to})
   CREATE (f)-[:SUBJECT]->(h), (f)-[:OBJECT]->(b)`,
  `UNWIND [
     {id: 'cio-1', subject: 'p1', from: date('2020-01-01'), to: date('2024-12-31')},
     {id: 'cio-2', subject: 'p2', from: date('2025-01-01')},
     {id: 'cio-seen', subject: 'p3', date: date('2024-06-01')}
   ] AS row
   MATCH (p:Entity {id: row.subject}), (o:Entity {id: 'DE-SH'})
   CREATE (f:Fact:Tenure {id: row.id, type: 'holdsOffice', role: 'CIO', summary: row.id, from: row.from, to: row.to, date: row.date})
   CREATE (f)-[:SUBJECT]->(p), (f)-[:OBJECT]->(o)`,
  `UNWIND [
     {fact: 'chair-2024', article: 'a2', quote: 'tie, later id', curated: true},
     {fact: 'chair-2024', article: 'a1', quote: 'tie, earlier id'},
     {fact: 'chair-2024', article: 'a3', quote: 'earliest'},
     {fact: 'chair-span', article: 'a1', quote: 'span'},
     {fact: 'cio-1', article: 'a2', quote: 'cio'}
   ] AS row
   MATCH (f:Fact {id: row.fact}), (a:Article {id: row.article})
   CREATE (f)-[:SOURCED_FROM {quote: row.quote, curated: row.curated}]->(a)`,
];

describe("first-class queries on a hand-made graph", () => {
  let driver: Driver;
  let read: Reader;

  beforeAll(async () => {
    driver = testDriver();
    await resetDatabase(driver);
    for (const statement of GRAPH) await driver.executeQuery(statement, {}, { database: "neo4j" });
    read = createReader(driver, "neo4j", 10_000);
  });

  afterAll(async () => {
    await driver?.close();
  });

  it("counts a chair for every year its period spans, and an open-ended one from its start on", async () => {
    const facts = async (year: number) => (await chairs(read, { year })).map((row) => row.fact).sort();
    expect(await facts(2022)).toEqual([]);
    expect(await facts(2023)).toEqual(["chair-span"]);
    expect(await facts(2024)).toEqual(["chair-2024", "chair-span"]);
    expect(await facts(2025)).toEqual(["chair-2025", "chair-open", "chair-span"]);
    expect(await facts(2030)).toEqual(["chair-open"]);
    const hamburg = await chairs(read, { year: 2025, holder: "DE-HH" });
    expect(hamburg.map((row) => row.fact).sort()).toEqual(["chair-2025", "chair-open"]);
  });

  it("lists the office holders of a day, a tenure seen once holding for that day only", async () => {
    const on = async (at: string) =>
      (await officeHolders(read, { organization: "DE-SH", at })).map((r) => r.fact);
    expect(await on("2024-06-01")).toEqual(["cio-1", "cio-seen"]);
    expect(await on("2024-06-02")).toEqual(["cio-1"]);
    expect(await on("2025-02-07")).toEqual(["cio-2"]);
    const all = await officeHolders(read, { organization: "DE-SH", role: "cio" });
    expect(all.map((row) => [row.fact, row.from, row.to, row.observed])).toEqual([
      ["cio-1", "2020-01-01", "2024-12-31", null],
      ["cio-seen", null, null, "2024-06-01"],
      ["cio-2", "2025-01-01", null, null],
    ]);
  });

  it("returns each fact's sources by publication day, then article id, also for articles shared by facts", async () => {
    const [chair, span, cio, none] = await sourcesOfFacts(read, [
      "chair-2024",
      "chair-span",
      "cio-1",
      "no-such-fact",
    ]);
    expect(chair!.map((source) => [source.articleId, source.quote, source.curated])).toEqual([
      ["a3", "earliest", false],
      ["a1", "tie, earlier id", false],
      ["a2", "tie, later id", true],
    ]);
    expect(span).toEqual([
      {
        articleId: "a1",
        url: "https://example.org/a1",
        title: "A1",
        publishedAt: "2024-01-10",
        outlet: "O",
        quote: "span",
        curated: false,
        claim: expect.objectContaining({ confidence: expect.any(Number) }),
      },
    ]);
    expect(cio).toEqual([
      expect.objectContaining({ articleId: "a2", quote: "cio", url: null, outlet: null }),
    ]);
    expect(none).toEqual([]);
    expect(await sourcesOfFacts(read, [])).toEqual([]);
  });

  it("pages each fact's oldest sources and counts them all in one answer; a page of 0 only counts", async () => {
    const ids = (page: { sources: { articleId: string }[]; count: number }) => [
      page.sources.map((source) => source.articleId),
      page.count,
    ];
    const pages = await sourcePagesOfFacts(read, ["chair-2024", "cio-1", "no-such-fact"], 2);
    expect(pages.map(ids)).toEqual([
      [["a3", "a1"], 3],
      [["a2"], 1],
      [[], 0],
    ]);
    const counts = await sourcePagesOfFacts(read, ["chair-2024", "cio-1"], 0);
    expect(counts.map(ids)).toEqual([
      [[], 3],
      [[], 1],
    ]);
  });

  it("quotes the earliest source in the timeline", async () => {
    const entries = await timeline(read, { entity: "body-x" });
    const quotes = Object.fromEntries(entries.map((entry) => [entry.fact, entry.quote]));
    expect(quotes).toEqual({
      "chair-span": "span",
      "chair-2024": "earliest",
      "chair-2025": null,
      "chair-open": null,
    });
    expect(entries.map((entry) => entry.fact)).toEqual([
      "chair-span",
      "chair-2024",
      "chair-2025",
      "chair-open",
    ]);
  });

  it("counts and pages the municipalities of a Land that offer a service online", async () => {
    const sh = await serviceAvailability(read, { service: "svc-a", state: "DE-SH" });
    expect(sh.total).toBe(2);
    expect(sh.perCounty).toEqual([
      { county: { id: "01001", name: "Flensburg" }, offering: 1, municipalities: 1 },
      { county: { id: "01054", name: "Nordfriesland" }, offering: 1, municipalities: 2 },
    ]);
    expect(sh.municipalities.map((m) => [m.id, m.county.id, m.since])).toEqual([
      ["01001000", "01001", "2021-05-01"],
      ["01054002", "01054", "2023-05-01"],
    ]);
    const germany = await serviceAvailability(read, { service: "svc-a" }, { limit: 2, offset: 1 });
    expect(germany.total).toBe(3);
    expect(germany.municipalities.map((m) => m.id)).toEqual(["01054002", "02000000"]);
    const unknownLand = await serviceAvailability(read, { service: "svc-a", state: "DE-XX" });
    expect(unknownLand).toEqual({
      service: { id: "svc-a", name: "Service A" },
      total: 0,
      perCounty: [],
      municipalities: [],
    });
  });

  describe("plans", () => {
    const operators = (plan: { operatorType: string; children: unknown[] }): string[] => [
      plan.operatorType.replace(/@.*$/, ""),
      ...plan.children.flatMap((child) => operators(child as typeof plan)),
    ];
    const plan = async (cypher: string, parameters: Record<string, unknown>) => {
      const { summary } = await driver.executeQuery(`PROFILE ${cypher}`, parameters, { database: "neo4j" });
      return summary.profile as unknown as {
        operatorType: string;
        rows: number;
        arguments: Record<string, unknown>;
        children: unknown[];
      };
    };
    const year = neo4j.int(2025);
    const forms: [string, string, Record<string, unknown>][] = [
      ["chairs(year)", chairsCypher({ year: 2025 }), { year, body: null, holder: null }],
      [
        "chairs(year) with a page of sources",
        chairsCypher({ year: 2025 }, { first: 5, count: true }),
        { year, body: null, holder: null, first: neo4j.int(5) },
      ],
      [
        "chairs(body, year)",
        chairsCypher({ body: "body-x", year: 2025 }),
        { year, body: "body-x", holder: null },
      ],
      ["chairs(holder)", chairsCypher({ holder: "DE-SH" }), { year: null, body: null, holder: "DE-SH" }],
      ["officeHolders", officeHoldersCypher, { organization: "DE-SH", role: null, at: "2024-06-01" }],
      ["timeline", timelineCypher, { entity: "DE-SH", from: null, to: null }],
      ["sources", sourcesCypher, { facts: ["chair-2024", "cio-1"] }],
      ["source pages", sourcePagesCypher, { facts: ["chair-2024", "cio-1"], first: neo4j.int(5) }],
      ["perCounty(state)", perCountyCypher(true), { service: "svc-a", state: "DE-SH" }],
      ["perCounty", perCountyCypher(false), { service: "svc-a", state: null }],
      [
        "page(state)",
        municipalitiesCypher(true),
        { service: "svc-a", state: "DE-SH", offset: neo4j.int(0), limit: neo4j.int(100) },
      ],
      [
        "page",
        municipalitiesCypher(false),
        { service: "svc-a", state: null, offset: neo4j.int(0), limit: neo4j.int(100) },
      ],
    ];

    it.each(forms)(
      "%s starts at an index, never at a label or all nodes",
      async (_name, cypher, parameters) => {
        const used = operators(await plan(cypher, parameters));
        expect(used.filter((operator) => /LabelScan|AllNodesScan/.test(operator))).toEqual([]);
        expect(used.some((operator) => /Index/.test(operator))).toBe(true);
      },
    );

    it("walks the service's facts once for a Land, not once per county", async () => {
      const walks: number[] = [];
      const visit = (node: Awaited<ReturnType<typeof plan>>) => {
        if (String(node.arguments.Details ?? "").includes("(service)<-")) walks.push(node.rows);
        for (const child of node.children) visit(child as typeof node);
      };
      visit(await plan(perCountyCypher(true), { service: "svc-a", state: "DE-SH" }));
      expect(walks).toEqual([4]);
    });
  });
});
