import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { projectRoot } from "../../src/config/env.js";
import { loadReferenceData } from "../../src/seed/reference-data.js";
import { importNews } from "../../src/importer/import-news.js";
import { createNlpClient } from "../../src/nlp/client.js";
import type { Fact } from "../../src/model/fact.js";
import { seedReferenceOnly } from "../../src/seed/seed.js";
import { execute } from "../helpers/api.js";
import { countGraph } from "../helpers/neo4j.js";
import { bearer as token, queueForReview } from "../helpers/review.js";
import { useSeededApi } from "../helpers/seeded-api.js";

const seedFile = path.resolve(projectRoot, "..", "shared", "seeds", "000_7d4225e2c13e8c1f.txt");

const nlp = createNlpClient(inject("nlpEndpoint"));
const graph = useSeededApi((driver) => seedReferenceOnly(driver, "neo4j"));

describe("importing the seed news into a graph of reference data only", () => {
  it(
    "answers the skeleton's questions with the original sentences as quotes",
    { timeout: 180_000 },
    async () => {
      const summary = await importNews(graph.driver, "neo4j", readFileSync(seedFile), {
        reference: loadReferenceData(),
        nlp: nlp,
        publishedAt: "2021-11-18",
      });
      expect(summary.items).toBe(16);
      // Facts below the review threshold wait in the queue; the graph gets the confident ones.
      expect(summary.factsCreated + summary.factsQueued).toBeGreaterThan(15);
      expect(summary.factsCreated).toBeGreaterThan(0);

      const y2025 = await execute(
        graph.api,
        `{ chairs(year: 2025) { body { id } holder { id } sources { quote publishedAt curated } } }`,
      );
      const itplr = (
        y2025.data!.chairs as {
          body: { id: string };
          holder: { id: string };
          sources: { quote: string; curated: boolean }[];
        }[]
      ).find((row) => row.body.id === "it-planungsrat");
      expect(itplr?.holder.id).toBe("DE-MV");
      expect(itplr?.sources[0]).toMatchObject({
        quote: "Im Jahr 2025 führt Mecklenburg-Vorpommern den IT-Planungsrat.",
        curated: false,
      });

      const y2021 = await execute(
        graph.api,
        `{ chairs(year: 2021) { body { id } holder { id } sources { quote } } }`,
      );
      const d16 = (
        y2021.data!.chairs as { body: { id: string }; holder: { id: string }; sources: { quote: string }[] }[]
      ).find((row) => row.body.id === "d16");
      expect(d16?.holder.id).toBe("DE-SH");
      expect(d16?.sources[0]!.quote).toMatch(/Vorsitz des D16-Gremiums/);

      const cio = await execute(
        graph.api,
        `{ officeHolders(organization: "DE-SN", at: "2025-02-07") { person { id } role sources { quote } } }`,
      );
      expect(cio.data!.officeHolders).toContainEqual(
        expect.objectContaining({ person: { id: "daniela-dylakiewicz" }, role: "CIO" }),
      );

      const led = await execute(
        graph.api,
        `{ states(where: { id: { eq: "DE-BB" } }) { leadsProjects { name } } }`,
      );
      expect(JSON.stringify(led.data)).toMatch(/Aufenthalt/);

      const found = await execute(graph.api, `{ search(text: "Digitalpakt") { id type } }`);
      expect((found.data!.search as { id: string }[]).map((hit) => hit.id)).toContain(
        "digitalpakt-schule-2-0",
      );

      const timeline = await execute(graph.api, `{ timeline(entity: "DE-BB") { date type } }`);
      const dates = (timeline.data!.timeline as { date: string | null }[])
        .map((e) => e.date)
        .filter(Boolean) as string[];
      expect(dates.length).toBeGreaterThan(0);
      expect(dates).toEqual([...dates].sort());
    },
  );

  it("changes nothing when the same file is imported again", async () => {
    const before = await countGraph(graph.driver);
    const again = await importNews(graph.driver, "neo4j", readFileSync(seedFile), {
      reference: loadReferenceData(),
      nlp: nlp,
      publishedAt: "2021-11-18",
    });
    expect(again.articlesUnchanged).toBe(16);
    expect(await countGraph(graph.driver)).toEqual(before);
  });

  it("adds a source to a fact seen again in a later article, keeping firstCited", async () => {
    const later = [
      "IT-Planungsrat: Vorsitz bestätigt",
      "[20.03.2025] Im Jahr 2025 führt Mecklenburg-Vorpommern den IT-Planungsrat. Die Schwerpunkte bleiben unverändert. mehr...",
    ].join("\n");
    await importNews(graph.driver, "neo4j", later, {
      reference: loadReferenceData(),
      nlp: nlp,
    });
    const { records } = await graph.driver.executeQuery(
      `MATCH (f:Chairmanship {year: 2025})-[:OBJECT]->(:Entity {id: 'it-planungsrat'})
       MATCH (f)-[:SOURCED_FROM]->(a:Article)
       RETURN toString(f.firstCited) AS first, toString(f.lastCited) AS last, count(a) AS sources`,
      {},
      { database: "neo4j" },
    );
    expect(records[0]!.toObject()).toEqual({ first: "2025-01-13", last: "2025-03-20", sources: 2 });
  });
});

describe("the importNews mutation", () => {
  const mutation = `mutation ($text: String!, $publishedAt: Date) {
    importNews(text: $text, publishedAt: $publishedAt) { items articlesCreated factsCreated factsQueued }
  }`;
  const text =
    "Thüringen: Neuer CIO\n[03.03.2025] Max Beispielmann ist neuer CIO des Freistaats Thüringen. mehr...";

  it("rejects an import without an editor token and writes nothing", async () => {
    const before = await countGraph(graph.driver);
    const anonymous = await execute(graph.api, mutation, { text });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const reader = await execute(graph.api, mutation, { text }, await token([]));
    expect(reader.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await countGraph(graph.driver)).toEqual(before);
  });

  it("imports for an editor and answers bad input with a stable code", async () => {
    const editor = await token(["editor"]);
    const result = await execute(graph.api, mutation, { text }, editor);
    expect(result.errors).toBeUndefined();
    expect(result.data!.importNews).toMatchObject({ items: 1, articlesCreated: 1 });
    const holders = await execute(
      graph.api,
      `{ officeHolders(organization: "DE-TH") { person { name } role } }`,
    );
    expect(holders.data!.officeHolders).toContainEqual({ person: { name: "Max Beispielmann" }, role: "CIO" });

    const before = await countGraph(graph.driver);
    const empty = await execute(graph.api, mutation, { text: "   " }, editor);
    expect(empty.errors?.[0]?.extensions?.code).toBe("EMPTY_INPUT");
    const impossible = await execute(
      graph.api,
      mutation,
      { text: "Titel\n[31.02.2025] Das Land Hessen startet ein Portal. mehr..." },
      editor,
    );
    expect(impossible.errors?.[0]?.extensions?.code).toBe("INVALID_DATE");
    expect(await countGraph(graph.driver)).toEqual(before);
  });
});

describe("the review queue", () => {
  it("lets an editor accept a queued fact, which then enters the graph with its source", async () => {
    const unsure: Fact = {
      type: "memberOf",
      subject: { id: "DE-HB", name: "Bremen", type: "State" },
      object: { id: "vitako", name: "Vitako", type: "Organization" },
      quote: "Bremen gehört wohl auch zu Vitako.",
      confidence: 0.4,
    };
    const written = await queueForReview(
      graph.driver,
      { id: "2025-04-01-test-unsure", title: "Test", publishedAt: "2025-04-01" },
      [unsure],
    );
    expect(written.queued).toBe(1);
    const queue = await execute(
      graph.api,
      `{ reviewQueue { id factId status summary } }`,
      {},
      await token(["editor"]),
    );
    const items = queue.data!.reviewQueue as { id: string; factId: string; status: string }[];
    expect(items.length).toBeGreaterThan(0);
    const [first] = items;
    const anonymous = await execute(graph.api, `mutation ($id: ID!) { acceptReview(id: $id) { status } }`, {
      id: first!.id,
    });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");

    const accepted = await execute(
      graph.api,
      `mutation ($id: ID!) { acceptReview(id: $id) { status decidedBy } }`,
      { id: first!.id },
      await token(["editor"]),
    );
    expect(accepted.data!.acceptReview).toEqual({ status: "accepted", decidedBy: "test-editor" });
    const { records } = await graph.driver.executeQuery(
      "MATCH (f:Fact {id: $id})-[:SOURCED_FROM]->(:Article) RETURN count(*) AS n",
      { id: first!.factId },
      { database: "neo4j" },
    );
    expect(records[0]!.get("n")).toBeGreaterThan(0);

    const twice = await execute(
      graph.api,
      `mutation ($id: ID!) { rejectReview(id: $id) { status } }`,
      { id: first!.id },
      await token(["editor"]),
    );
    expect(twice.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
