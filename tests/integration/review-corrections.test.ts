/**
 * An editor corrects a queued fact's subject or object while accepting it: the fact enters the
 * graph with the corrected participants through the importer's own writer, the review item records
 * the correction, and wrong or unauthorised corrections change nothing. Against a real Neo4j.
 */
import { describe, expect, it } from "vitest";
import type { Fact } from "../../src/model/fact.js";
import { seedReferenceOnly } from "../../src/seed/seed.js";
import { execute } from "../helpers/api.js";
import { countGraph } from "../helpers/neo4j.js";
import { bearer as token, queueForReview } from "../helpers/review.js";
import { useSeededApi } from "../helpers/seeded-api.js";

const graph = useSeededApi((driver) => seedReferenceOnly(driver, "neo4j"));

const ACCEPT = `mutation ($id: ID!, $subject: ID, $object: ID) {
  acceptReview(id: $id, subject: $subject, object: $object) {
    status correctedSubject correctedObject acceptedFactId factId
  }
}`;

/** Queues `facts` (all under the review threshold) from a new article; returns their review items by quote. */
async function queue(articleId: string, facts: Fact[]): Promise<Map<string, string>> {
  const written = await queueForReview(
    graph.driver,
    { id: articleId, title: "Test", publishedAt: "2025-04-01" },
    facts,
  );
  expect(written.queued).toBe(facts.length);
  const { records } = await graph.driver.executeQuery(
    "MATCH (r:ReviewItem)-[:FROM_ARTICLE]->(:Article {id: $articleId}) RETURN r.quote AS quote, r.id AS id",
    { articleId },
    { database: "neo4j" },
  );
  return new Map(records.map((r) => [r.get("quote") as string, r.get("id") as string]));
}

const membership = (quote: string): Fact => ({
  type: "memberOf",
  subject: { id: "DE-HB", name: "Bremen", type: "State" },
  object: { id: "vitako", name: "Vitako", type: "Organization" },
  quote,
  confidence: 0.4,
});

describe("accepting a queued fact with corrections", () => {
  it("writes the fact with the corrected subject and its source, and records the correction", async () => {
    const items = await queue("2025-04-01-correct-subject", [
      membership("Hamburg gehört wohl auch zu Vitako."),
    ]);
    const id = items.get("Hamburg gehört wohl auch zu Vitako.")!;
    const result = await execute(graph.api, ACCEPT, { id, subject: "DE-HH" }, await token(["editor"]));
    expect(result.errors).toBeUndefined();
    const decided = result.data!.acceptReview as Record<string, string | null>;
    expect(decided).toMatchObject({ status: "accepted", correctedSubject: "DE-HH", correctedObject: null });
    expect(decided.acceptedFactId).not.toBe(decided.factId);

    const { records } = await graph.driver.executeQuery(
      `MATCH (f:Fact:Membership {id: $id})-[:SUBJECT]->(s:Entity), (f)-[:OBJECT]->(o:Entity),
             (f)-[st:SOURCED_FROM]->(a:Article)
       RETURN s.id AS subject, o.id AS object, f.summary AS summary, st.quote AS quote, a.id AS article`,
      { id: decided.acceptedFactId },
      { database: "neo4j" },
    );
    expect(records.map((r) => r.toObject())).toEqual([
      {
        subject: "DE-HH",
        object: "vitako",
        summary: expect.stringContaining("Hamburg") as unknown,
        quote: "Hamburg gehört wohl auch zu Vitako.",
        article: "2025-04-01-correct-subject",
      },
    ]);
    // The proposal as extracted never enters the graph.
    const proposed = await graph.driver.executeQuery(
      "MATCH (f:Fact {id: $id}) RETURN count(f) AS n",
      { id: decided.factId },
      { database: "neo4j" },
    );
    expect(proposed.records[0]!.get("n")).toBe(0);
  });

  it("corrects the object too, and the API lists the accepted fact under the new object", async () => {
    const quote = "Bremen ist wohl Mitglied im IT-Planungsrat.";
    const items = await queue("2025-04-01-correct-object", [membership(quote)]);
    const result = await execute(
      graph.api,
      ACCEPT,
      { id: items.get(quote), object: "it-planungsrat" },
      await token(["editor"]),
    );
    expect(result.data!.acceptReview).toMatchObject({
      correctedSubject: null,
      correctedObject: "it-planungsrat",
    });
    const timeline = await execute(graph.api, `{ timeline(entity: "it-planungsrat") { fact } }`);
    const ids = (timeline.data!.timeline as { fact: string }[]).map((entry) => entry.fact);
    expect(ids).toContain((result.data!.acceptReview as { acceptedFactId: string }).acceptedFactId);
  });

  it("refuses an unknown entity, a fact that would link an entity to itself, and an object the fact type lacks, changing nothing", async () => {
    const announcement: Fact = {
      type: "announces",
      subject: { id: "DE-HB", name: "Bremen", type: "State" },
      text: "ein neues Portal",
      quote: "Bremen kündigt wohl ein neues Portal an.",
      confidence: 0.4,
    };
    const items = await queue("2025-04-01-refused", [
      membership("Bremen ist vielleicht bei Vitako."),
      announcement,
    ]);
    const editor = await token(["editor"]);
    const before = await countGraph(graph.driver);
    const attempts = [
      {
        id: items.get("Bremen ist vielleicht bei Vitako."),
        subject: "does-not-exist",
        reason: "UNKNOWN_ENTITY",
      },
      { id: items.get("Bremen ist vielleicht bei Vitako."), subject: "vitako", reason: "SAME_PARTICIPANTS" },
      { id: items.get(announcement.quote), object: "vitako", reason: "NO_OBJECT" },
    ];
    for (const { reason, ...variables } of attempts) {
      const refused = await execute(graph.api, ACCEPT, variables, editor);
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", reason });
    }
    expect(await countGraph(graph.driver)).toEqual(before);
    const pending = await execute(graph.api, `{ reviewQueue { id status } }`, {}, editor);
    const statuses = new Map(
      (pending.data!.reviewQueue as { id: string; status: string }[]).map((r) => [r.id, r.status]),
    );
    expect(statuses.get(items.get(announcement.quote)!)).toBe("pending");
  });

  it("refuses corrections without a token or with a reader's token", async () => {
    const quote = "Bremen gehört womöglich zu Vitako.";
    const items = await queue("2025-04-01-unauthorised", [membership(quote)]);
    const anonymous = await execute(graph.api, ACCEPT, { id: items.get(quote), subject: "DE-HH" });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const reader = await execute(
      graph.api,
      ACCEPT,
      { id: items.get(quote), subject: "DE-HH" },
      await token(["reader"]),
    );
    expect(reader.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
