/**
 * The statement model: each article's claim is kept as it was stated, a fact's properties are
 * derived from its statements, a changed article replaces its claims, and queued facts write
 * nothing but their review item.
 */
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createReader } from "../../src/api/queries/reader.js";
import { sourcesOfFacts } from "../../src/api/queries/sources.js";
import { writeArticle } from "../../src/graph/write-article.js";
import { decideReviewItem, listReviewItems } from "../../src/importer/review.js";
import type { ArticleFacts, EntityRef, Fact } from "../../src/model/fact.js";
import { resetDatabase, testDriver } from "../helpers/neo4j.js";

const sachsen: EntityRef = { id: "DE-SN", name: "Sachsen", type: "State" };
const dylakiewicz: EntityRef = { id: "daniela-dylakiewicz", name: "Daniela Dylakiewicz", type: "Person" };
const newcomer: EntityRef = { id: "erika-neu", name: "Erika Neu", type: "Person" };

const office = (from: string, quote: string, person = dylakiewicz): Fact => ({
  type: "holdsOffice",
  subject: person,
  object: sachsen,
  role: "CIO",
  from,
  quote,
  confidence: 0.9,
});

function article(id: string, publishedAt: string, hash: string, facts: Fact[]): ArticleFacts {
  return {
    article: { id, title: id, publishedAt, contentHash: hash, url: `https://example.org/${id}` },
    facts,
  };
}

async function one<T>(driver: Driver, cypher: string, parameters: Record<string, unknown> = {}): Promise<T> {
  const { records } = await driver.executeQuery(cypher, parameters, { database: "neo4j" });
  return records[0]?.get(0) as T;
}

const FACT = "MATCH (f:Fact:Tenure)-[:SUBJECT]->(:Person {id: $person}) MATCH (f)";

describe("statements", () => {
  let driver: Driver;
  beforeAll(() => {
    driver = testDriver();
  });
  beforeEach(async () => {
    await resetDatabase(driver);
    await driver.executeQuery(
      "CREATE (:Entity:State {id: 'DE-SN', name: 'Sachsen', aliases: []})",
      {},
      {
        database: "neo4j",
      },
    );
  });
  afterAll(() => driver.close());

  it("links a fact known only to the year or month to its Year, and a day-precise one to its Day", async () => {
    const byYear: Fact = { ...office("2019-01-01", "Sie ist seit 2019 CIO."), precision: "year" };
    const byDay: Fact = {
      ...office("2025-02-07", "Sie ist seit dem 7. Februar CIO.", newcomer),
      precision: "day",
    };
    await writeArticle(driver, "neo4j", article("a1", "2025-02-07", "h1", [byYear, byDay]));
    const links = async (person: string) =>
      one<string[]>(
        driver,
        `${FACT}-[l:ON_DAY|IN_YEAR]->(d) WITH l, d ORDER BY type(l) RETURN collect(type(l) + ' ' + d.id)`,
        { person },
      );
    expect(await links(dylakiewicz.id)).toEqual(["IN_YEAR 2019"]);
    expect(await links(newcomer.id)).toEqual(["ON_DAY 2025-02-07"]);
  });

  it("keeps what each source claimed and marks a fact whose sources disagree as disputed", async () => {
    await writeArticle(
      driver,
      "neo4j",
      article("a1", "2025-02-07", "h1", [office("2025-02-01", "Sie ist seit Februar CIO.")]),
    );
    expect(await one(driver, `${FACT} RETURN f.disputed`, { person: dylakiewicz.id })).toBe(false);
    await writeArticle(
      driver,
      "neo4j",
      article("a2", "2025-03-01", "h2", [office("2025-01-15", "Seit Mitte Januar ist sie CIO.")]),
    );

    const claims = await one<{ from: string; quote: string }[]>(
      driver,
      `${FACT}-[s:SOURCED_FROM]->(a:Article)
       WITH s, a ORDER BY a.id RETURN collect({from: toString(s.from), quote: s.quote})`,
      { person: dylakiewicz.id },
    );
    expect(claims).toEqual([
      { from: "2025-02-01", quote: "Sie ist seit Februar CIO." },
      { from: "2025-01-15", quote: "Seit Mitte Januar ist sie CIO." },
    ]);
    const fact = await one<{ from: string; disputed: boolean; firstCited: string; day: string }>(
      driver,
      `${FACT}-[:ON_DAY]->(d:Day) RETURN {from: toString(f.from), disputed: f.disputed,
         firstCited: toString(f.firstCited), day: d.id}`,
      { person: dylakiewicz.id },
    );
    expect(fact).toEqual({ from: "2025-01-15", disputed: true, firstCited: "2025-02-07", day: "2025-01-15" });
  });

  it("replaces the claims of a changed article: what it no longer says is gone, with entities only it named", async () => {
    await writeArticle(
      driver,
      "neo4j",
      article("a1", "2025-02-07", "h1", [
        office("2025-02-01", "Neu ist CIO.", newcomer),
        office("2025-02-01", "Sie ist CIO."),
      ]),
    );
    await writeArticle(
      driver,
      "neo4j",
      article("a2", "2025-03-01", "h2", [office("2025-02-01", "Sie bleibt CIO.")]),
    );
    expect(await one(driver, "MATCH (p:Person {id: 'erika-neu'}) RETURN count(p)")).toBe(1);

    const updated = await writeArticle(
      driver,
      "neo4j",
      article("a1", "2025-02-07", "h1-corrected", [office("2025-02-01", "Sie ist CIO.")]),
    );
    expect(updated.status).toBe("updated");
    expect(await one(driver, "MATCH (p:Person {id: 'erika-neu'}) RETURN count(p)")).toBe(0);
    expect(await one(driver, "MATCH (f:Fact) RETURN count(f)")).toBe(1);
    expect(
      await one(driver, `${FACT}-[s:SOURCED_FROM]->() RETURN count(s)`, { person: dylakiewicz.id }),
    ).toBe(2);

    await writeArticle(driver, "neo4j", article("a1", "2025-02-07", "h1-empty", []));
    await writeArticle(driver, "neo4j", article("a2", "2025-03-01", "h2-empty", []));
    expect(await one(driver, "MATCH (f:Fact) RETURN count(f)")).toBe(0);
    expect(await one(driver, "MATCH (p:Person) RETURN count(p)")).toBe(0);
    expect(await one(driver, "MATCH (s:State {id: 'DE-SN'}) RETURN count(s)")).toBe(1);
  });

  it("writes nothing of a queued fact but its review item, until an editor accepts it", async () => {
    const unsure = { ...office("2025-02-01", "Neu könnte CIO werden.", newcomer), confidence: 0.3 };
    await writeArticle(driver, "neo4j", article("a1", "2025-02-07", "h1", [unsure]), {
      reviewThreshold: 0.6,
    });
    expect(await one(driver, "MATCH (p:Person {id: 'erika-neu'}) RETURN count(p)")).toBe(0);
    expect(await one(driver, "MATCH (f:Fact) RETURN count(f)")).toBe(0);

    const [item] = await listReviewItems(driver, "neo4j", { status: "pending" });
    const rejected = await decideReviewItem(driver, "neo4j", { id: item!.id, accept: false, editor: "e" });
    expect(rejected.status).toBe("rejected");
    expect(await one(driver, "MATCH (p:Person {id: 'erika-neu'}) RETURN count(p)")).toBe(0);

    await writeArticle(driver, "neo4j", article("a2", "2025-03-01", "h2", [unsure]), {
      reviewThreshold: 0.6,
    });
    const [pending] = await listReviewItems(driver, "neo4j", { status: "pending" });
    await decideReviewItem(driver, "neo4j", { id: pending!.id, accept: true, editor: "e" });
    expect(
      await one(driver, `${FACT}-[s:SOURCED_FROM]->(:Article {id: 'a2'}) RETURN s.quote`, {
        person: "erika-neu",
      }),
    ).toBe("Neu könnte CIO werden.");
  });

  it("pages a fact's oldest sources from the order kept at write time, each with its claim", async () => {
    const days = ["2025-03-04", "2025-01-02", "2025-02-03", "2024-12-01"];
    for (const [index, day] of days.entries()) {
      await writeArticle(
        driver,
        "neo4j",
        article(`n${index}`, day, `h${index}`, [office(day, `Satz ${index}.`)]),
      );
    }
    const factId = await one<string>(driver, `${FACT} RETURN f.id`, { person: dylakiewicz.id });
    const read = createReader(driver, "neo4j", 10_000);
    const [all] = await sourcesOfFacts(read, [factId], null);
    const [firstTwo] = await sourcesOfFacts(read, [factId], 2);
    expect(all!.map((source) => source.publishedAt)).toEqual([
      "2024-12-01",
      "2025-01-02",
      "2025-02-03",
      "2025-03-04",
    ]);
    expect(firstTwo).toEqual(all!.slice(0, 2));
    expect(firstTwo![0]!.claim).toMatchObject({ from: "2024-12-01", role: "CIO", confidence: 0.9 });
  });
});
