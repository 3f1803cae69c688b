import { describe, expect, inject, it } from "vitest";
import { loadReferenceData } from "../../src/seed/reference-data.js";
import { importNews } from "../../src/importer/import-news.js";
import { createNlpClient } from "../../src/nlp/client.js";
import { seedReferenceOnly } from "../../src/seed/seed.js";
import { execute } from "../helpers/api.js";
import { useSeededApi } from "../helpers/seeded-api.js";

const graph = useSeededApi((driver) => seedReferenceOnly(driver, "neo4j"));

const line = (fields: Record<string, string>) => JSON.stringify(fields);

async function articlesWithFacts() {
  const { records } = await graph.driver.executeQuery(
    `MATCH (a:Article)
     OPTIONAL MATCH (f:Fact)-[:SOURCED_FROM]->(a)
     OPTIONAL MATCH (f)-[:SUBJECT]->(s:Entity)
     WITH a, f, s ORDER BY s.id
     RETURN a.url AS url, a.title AS title, toString(a.publishedAt) AS publishedAt, a.undated AS undated,
            [x IN collect(f.type + ' ' + s.id) WHERE x IS NOT NULL] AS facts
     ORDER BY url`,
    {},
    { database: "neo4j" },
  );
  return records.map((record) => record.toObject());
}

const nlp = createNlpClient(inject("nlpEndpoint"));
describe("article identity", () => {
  it("keeps two pages with the same title and day as two articles, each with its own facts", async () => {
    const input = [
      line({
        url: "https://www.example.org/thueringen/neuer-cio",
        title: "Neuer CIO",
        publishedAt: "2025-03-03",
        text: "Max Beispielmann ist neuer CIO des Freistaats Thüringen.",
      }),
      line({
        url: "https://news.example.com/hessen/neuer-cio",
        title: "Neuer CIO",
        publishedAt: "2025-03-03",
        text: "Erika Musterfrau ist neue CIO des Landes Hessen.",
      }),
    ].join("\n");
    const summary = await importNews(graph.driver, "neo4j", input, { reference: loadReferenceData(), nlp });
    expect(summary.articlesCreated).toBe(2);
    expect(await articlesWithFacts()).toEqual([
      {
        url: "https://news.example.com/hessen/neuer-cio",
        title: "Neuer CIO",
        publishedAt: "2025-03-03",
        undated: false,
        facts: ["holdsOffice erika-musterfrau"],
      },
      {
        url: "https://www.example.org/thueringen/neuer-cio",
        title: "Neuer CIO",
        publishedAt: "2025-03-03",
        undated: false,
        facts: ["holdsOffice max-beispielmann"],
      },
    ]);
  });

  it("takes the same page under tracking parameters and another letter case as the same article", async () => {
    const again = line({
      url: "HTTPS://WWW.Example.org/thueringen/neuer-cio/?utm_source=newsletter&fbclid=abc#top",
      title: "Neuer CIO",
      publishedAt: "2025-03-03",
      text: "Max Beispielmann ist neuer CIO des Freistaats Thüringen.",
    });
    const summary = await importNews(graph.driver, "neo4j", again, { reference: loadReferenceData(), nlp });
    expect(summary.articlesUnchanged).toBe(1);
    expect(await articlesWithFacts()).toHaveLength(2);
  });

  it("imports an article without a publication date as undated, its relative time kept as written", async () => {
    const undated = line({
      url: "https://www.example.net/brandenburg-vorsitz",
      text: "Im kommenden Jahr übernimmt Brandenburg den Vorsitz des IT-Planungsrats.",
    });
    const summary = await importNews(graph.driver, "neo4j", undated, { reference: loadReferenceData(), nlp });
    expect(summary.articlesCreated).toBe(1);
    const articles = await execute(
      graph.api,
      `{ articles(where: { url: { eq: "https://www.example.net/brandenburg-vorsitz" } }) { title publishedAt undated } }`,
    );
    expect(articles.errors).toBeUndefined();
    expect(articles.data!.articles).toEqual([
      {
        title: "Im kommenden Jahr übernimmt Brandenburg den Vorsitz des IT-Planungsrats.",
        publishedAt: null,
        undated: true,
      },
    ]);
    const timeline = await execute(
      graph.api,
      `{ timeline(entity: "DE-BB") { type date sources { url publishedAt claim { year unresolvedTime } } } }`,
    );
    expect(timeline.errors).toBeUndefined();
    const chair = (
      timeline.data!.timeline as { type: string; date: string | null; sources: { url: string }[] }[]
    ).find(
      (entry) => entry.type === "chairs" && entry.sources.some((source) => source.url.endsWith("vorsitz")),
    );
    expect(chair).toMatchObject({
      date: null,
      sources: [
        {
          url: "https://www.example.net/brandenburg-vorsitz",
          publishedAt: null,
          claim: { year: null, unresolvedTime: "Im kommenden Jahr" },
        },
      ],
    });
  });
});
