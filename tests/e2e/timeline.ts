/**
 * The Timeline tab's whole-graph scope in Chromium against the seeded graph behind the real API:
 * the newest dated facts of the database beside the graph on show, filtered by type with how many
 * there are in all, each opening its details, and the scope kept in the address across a reload.
 * Runs in explorer.test.ts's harness (one graph, one API, one browser).
 */
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { factTypeDefinition } from "../../src/model/fact-types/index.js";
import { closeClean, graphql, open, poll, type Harness } from "./harness.js";

let harness: Harness;

/** How many dated facts (of one type) the database holds, as the API counts them. */
async function datedFacts(type?: string): Promise<number> {
  const { factsConnection } = await graphql<{ factsConnection: { totalCount: number } }>(
    harness.url,
    "query C($where: FactWhere) { factsConnection(where: $where) { totalCount } }",
    { where: { year: { gte: 0 }, ...(type ? { type: { eq: type } } : {}) } },
  );
  return factsConnection.totalCount;
}

/** The facts the Timeline tab lists, in order, with their type. */
const listedFacts = (page: Page) =>
  page.evaluate(
    '[...document.querySelectorAll(".timeline-view .timeline-fact")].map((b) => ({ fact: b.dataset.fact, type: b.dataset.type }))',
  ) as Promise<{ fact: string; type: string }[]>;

export function describeTimeline(current: () => Harness): void {
  describe("the Timeline tab's whole-graph scope, in Chromium", () => {
    beforeAll(() => {
      harness = current();
    });

    it("lists facts beyond the graph on show, filters them by type, opens one and keeps the scope on reload", async () => {
      const watched = await open(harness, "?entity=DE-SN&tab=timeline");
      const { page } = watched;
      const facts = page.locator(".timeline-view .timeline-fact");
      await poll(() => facts.count()).toBeGreaterThan(0);
      const onShow = new Set(
        ((await page.evaluate("window.govgraph.edges()")) as { fact: string | null }[]).map((e) => e.fact),
      );
      const drawnNodes = new Set(
        ((await page.evaluate("window.govgraph.nodes()")) as { id: string }[]).map((n) => n.id),
      );

      await page.check('#timeline-scope input[value="all"]');
      const total = await datedFacts();
      await poll(() => page.textContent(".timeline-note")).toBe(
        `Die neuesten ${Math.min(200, total)} von ${total} datierten Fakten.`,
      );
      expect(new URL(page.url()).searchParams.get("timeline")).toBe("all");
      // Newest year first.
      const years = (await page.evaluate(
        '[...document.querySelectorAll(".timeline-year")].map((e) => Number(e.dataset.year))',
      )) as number[];
      expect(years).toEqual([...years].sort((a, b) => b - a));

      // A listed fact with an end outside the graph on show: a drawn end is named by its name, one
      // not drawn by its id.
      const { neighborhood } = await graphql<{ neighborhood: { nodes: { id: string; name: string }[] } }>(
        harness.url,
        '{ neighborhood(id: "DE-SN", depth: 2) { nodes { id name } } }',
      );
      const drawnNames = new Set(neighborhood.nodes.filter((n) => drawnNodes.has(n.id)).map((n) => n.name));
      const outsideEnd = async (): Promise<string | undefined> =>
        (await page.locator("#details .participants .ref").allTextContents())
          .map((text) => text.trim())
          .find((end) => !drawnNodes.has(end) && !drawnNames.has(end));
      const listed = await listedFacts(page);
      let beyond: { fact: string; type: string; end: string } | undefined;
      for (const { fact, type } of listed.filter(({ fact }) => !onShow.has(fact))) {
        await page.click(`.timeline-view .timeline-fact[data-fact="${fact}"]`);
        await poll(() => new URL(page.url()).searchParams.get("fact")).toBe(fact);
        const end = await outsideEnd();
        if (end) {
          beyond = { fact, type, end };
          break;
        }
      }
      expect(beyond).toBeDefined();
      const { fact, type, end } = beyond!;
      const label = factTypeDefinition(type)!.labels.de;

      await page.selectOption("#timeline-type", type);
      const ofType = await datedFacts(type);
      await poll(() => page.textContent(".timeline-note")).toBe(
        `Die neuesten ${Math.min(200, ofType)} von ${ofType} datierten Fakten.`,
      );
      for (const text of await page.locator(".timeline-view .timeline-fact .fact-type").allTextContents())
        expect(text).toBe(label);
      const typed = (await listedFacts(page)).map((listed) => listed.fact);
      expect(typed).toHaveLength(Math.min(200, ofType));
      expect(typed).toContain(fact);

      await page.click(`.timeline-view .timeline-fact[data-fact="${fact}"]`);
      await poll(() => page.textContent("#details-title")).toBe(`Fakt: ${label}`);
      expect(new URL(page.url()).searchParams.get("fact")).toBe(fact);
      expect(await outsideEnd()).toBe(end);
      // The API lists the fact in the timeline of that end, an entity the graph on show leaves out.
      const { timeline } = await graphql<{ timeline: { fact: string }[] }>(
        harness.url,
        "query T($id: ID!) { timeline(entity: $id) { fact } }",
        { id: end },
      );
      expect(timeline.map((entry) => entry.fact)).toContain(fact);

      await page.reload();
      await page.waitForSelector("body[data-ready]");
      expect(await page.isChecked('#timeline-scope input[value="all"]')).toBe(true);
      await poll(() => page.textContent(".timeline-note")).toBe(
        `Die neuesten ${Math.min(200, total)} von ${total} datierten Fakten.`,
      );
      expect(new URL(page.url()).searchParams.get("timeline")).toBe("all");
      await closeClean(watched);
    });
  });
}
