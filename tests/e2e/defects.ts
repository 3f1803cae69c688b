/**
 * The explorer's known defects, each driven the way a user met it in headless Chromium: the years on
 * the Chairs tab, shared links (tab, path, fact), one language at a time, articles and their
 * sources, unknown entities, reading the graph, keyboard and canvas use, and the GraphQL IDE.
 * Every page also asserts that it logged no error and no request failed.
 */
import path from "node:path";
import { mintToken } from "../../src/api/auth.js";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { TEST_JWT_SECRET } from "../helpers/api.js";
import {
  closeClean,
  graphCounts,
  graphql,
  open,
  pick,
  poll,
  screenshots,
  watchedPage,
  type Harness,
} from "./harness.js";

/** The address of the article with a canonical URL that the entry file imports before the tests. */
export const articleUrl = "https://www.example.org/it-planungsrat-bremen-2019";

/** Imports one article with a canonical URL, like any editor's: its quote must link there. */
export async function importArticleWithUrl(url: string): Promise<void> {
  const token = `Bearer ${await mintToken({ secret: TEST_JWT_SECRET, roles: ["editor"], expiresIn: "5m" })}`;
  await graphql(
    url,
    "mutation Import($text: String!, $url: String) { importNews(text: $text, url: $url) { factsCreated factsMerged } }",
    {
      text: "Datum: 2019-01-07\nIT-Planungsrat: Bremen am Zug\nIm Jahr 2019 hat die Freie Hansestadt Bremen den Vorsitz des IT-Planungsrats inne.",
      url: articleUrl,
    },
    token,
  );
}

interface Probe {
  positions(): Record<string, [number, number]>;
  edgePoint(fact: string): { x: number; y: number } | null;
  edges(): { fact: string | null; source: string; target: string; curvature: number }[];
  labels(): { id: string; x: number; y: number; width: number; height: number }[];
  size(): { width: number; height: number };
}

/** The graph view's read-only probe (window.govgraph), in page coordinates. */
const probe = <T>(page: Page, read: (view: Probe) => T): Promise<T> =>
  page.evaluate(`(${read.toString()})(window.govgraph)`) as Promise<T>;

export function describeDefects(current: () => Harness): void {
  describe("the explorer's defects, in Chromium", () => {
    let harness: Harness;
    beforeAll(() => {
      harness = current();
    });

    it("1: moving the years on the Chairs tab updates the table and the address without errors", async () => {
      const watched = await open(harness);
      const { page } = watched;
      await page.click("#tab-chairs");
      await page.waitForSelector("tr[data-body]");
      await page.fill("#year-from", "2019");
      await page.fill("#year-to", "2020");
      await poll(() => page.locator("thead th.in-range").allTextContents()).toEqual(["2019", "2020"]);
      expect(page.url()).toMatch(/from=2019&to=2020/);
      await closeClean(watched);
    });

    it("2: a link to an entity on the Chairs tab names it, shows its properties and a working graph", async () => {
      const watched = await open(harness, "?entity=DE-SH&tab=chairs");
      const { page } = watched;
      await poll(() => page.textContent("#details-title")).toBe("Schleswig-Holstein");
      await poll(() => page.locator("#details .properties dd").count()).toBeGreaterThan(0);
      await page.click("#tab-graph");
      await poll(() => page.isEnabled("#expand")).toBe(true);
      await poll(() => graphCounts(page).then(([nodes]) => nodes)).toBeGreaterThan(1);
      await closeClean(watched);
    });

    it("3: a path is dropped from the address once another entity is chosen", async () => {
      const watched = await open(harness, "?tab=path");
      const { page } = watched;
      await pick(page, "#path-from", "Vitako", "vitako");
      await pick(page, "#path-to", "IT-Planungsrat", "it-planungsrat");
      await page.click("#find-path");
      await page.waitForSelector(".path-result .path-found, .path-result .no-path");
      await pick(page, "#search", "Sachsen", "DE-SN");
      await poll(() => page.textContent("#details-title")).toBe("Sachsen");
      expect(page.url()).not.toMatch(/pathFrom|pathTo|tab=path/);
      await page.reload();
      await page.waitForSelector("body[data-ready]");
      await poll(() => page.textContent("#details-title")).toBe("Sachsen");
      expect(await page.locator(".path-result .no-path").count()).toBe(0);
      await closeClean(watched);
    });

    it("4: a selected fact survives reload and a change of language; a path link shows names", async () => {
      const watched = await open(harness, "?entity=DE-SN");
      const { page } = watched;
      const fact = page.locator(".timeline-entry .summary").first();
      await fact.waitFor();
      await fact.click();
      await poll(() => page.url()).toContain("fact=");
      const factId = new URL(page.url()).searchParams.get("fact");
      await page.reload();
      await page.waitForSelector("body[data-ready]");
      await poll(() => page.textContent("#details-title")).toMatch(/^Fakt/);
      await page.locator("#details .quote").first().waitFor();
      await page.click("#lang");
      await poll(() => page.textContent("#details-title")).toMatch(/^Fact/);
      expect(new URL(page.url()).searchParams.get("fact")).toBe(factId);
      await page.close();

      const paths = await open(harness, "?tab=path&pathFrom=jan-philipp-albrecht&pathTo=d16");
      await paths.page.waitForSelector(".path-result .path-found");
      expect(await paths.page.inputValue("#path-from")).toBe("Jan Philipp Albrecht");
      expect(await paths.page.inputValue("#path-to")).toBe("D16");
      await paths.page.click("#lang");
      await poll(() => paths.page.textContent(".path-result")).toMatch(/^Path with/);
      await closeClean(paths);
      expect(watched.problems).toEqual([]);
    });

    it("5: the German interface shows no English fact words, kinds or field names, and English no German quotes", async () => {
      const watched = await open(harness, "?tab=path&pathFrom=jan-philipp-albrecht&pathTo=d16");
      const { page } = watched;
      await page.waitForSelector(".path-result .path-found");
      expect(await page.textContent(".path-result")).not.toMatch(/proposes|holdsOffice/);
      await page.close();

      const english =
        /\b(leads|chairs|announces|funds|adopts|launches|proposes|is a member of|takes part in)\b/;
      for (const [entity, rawKind] of [
        ["DE-BB", null],
        ["it-planungsrat", "body"],
        ["digitalpakt-schule-2-0", "programme"],
      ] as const) {
        const entityPage = await open(harness, `?entity=${entity}&lang=de`);
        await entityPage.page.locator(".timeline-entry").first().waitFor();
        await entityPage.page
          .locator("#details .properties, #details .detail-section .muted")
          .first()
          .waitFor();
        // Summaries, fact types, field names and kinds are the interface's words (quotes and
        // descriptions are the sources' and stay as written).
        const words = await entityPage.page
          .locator(
            "#details .summary, #details .fact-type, #details .properties dt, #details .properties dd.kind",
          )
          .allTextContents();
        expect(words.length).toBeGreaterThan(0);
        const text = words.join(" | ");
        expect(text).not.toMatch(english);
        if (rawKind) expect(text).not.toMatch(new RegExp(`\\b${rawKind}\\b`));
        await closeClean(entityPage);
      }

      const article = await open(
        harness,
        "?entity=2024-12-17-digitale-bildung-dem-digitalpakt-2-0-einen-schritt-naeher",
      );
      await poll(() => article.page.locator("#details .properties dt").allTextContents()).toContain("Titel");
      expect(await article.page.locator("#details .properties dt").allTextContents()).not.toContain(
        "publishedAt",
      );
      await closeClean(article);

      const en = await open(harness, "?entity=DE-SN&lang=en");
      await en.page.locator("#details .quote").first().waitFor();
      expect(await en.page.textContent("#details .quote")).toMatch(/^“.*”$/);
      await closeClean(en);
    });

    it("6: an Article picked in search shows the facts it states as a graph and a list", async () => {
      const watched = await open(harness);
      const { page } = watched;
      const id = "2024-12-17-digitale-bildung-dem-digitalpakt-2-0-einen-schritt-naeher";
      await pick(page, "#search", "Schritt näher", id);
      await poll(() => graphCounts(page).then(([nodes]) => nodes)).toBeGreaterThan(1);
      expect((await graphCounts(page))[1]).toBeGreaterThan(0);
      await poll(() => page.locator("#details .timeline-entry").count()).toBeGreaterThan(0);
      await closeClean(watched);
    });

    it("7: every quote links to its source: the article's own address, or the article in the explorer", async () => {
      for (const entity of ["DE-HB", "DE-SN"]) {
        const watched = await open(harness, `?entity=${entity}`);
        const { page } = watched;
        await page.locator("#details .source").first().waitFor();
        const sources = page.locator("#details .source");
        const count = await sources.count();
        for (let i = 0; i < count; i++) {
          const anchors = sources.nth(i).locator("a");
          const hrefs: (string | null)[] = [];
          for (let j = 0; j < (await anchors.count()); j++)
            hrefs.push(await anchors.nth(j).getAttribute("href"));
          expect(hrefs.some((href) => href && (/^https?:\/\//.test(href) || href.includes("entity=")))).toBe(
            true,
          );
        }
        if (entity === "DE-HB")
          expect(await page.locator(`#details .source a[href="${articleUrl}"]`).count()).toBeGreaterThan(0);
        await closeClean(watched);
      }
    });

    it("8: an unknown entity in the address says that it was not found and draws nothing", async () => {
      const watched = await open(harness, "?entity=does-not-exist");
      const { page } = watched;
      await poll(() => page.textContent("#graph-status")).toMatch(/nicht gefunden/);
      expect(await page.textContent("#details")).toMatch(/nicht gefunden/);
      expect((await graphCounts(page))[0]).toBe(0);
      await closeClean(watched);
    });

    it("9: parallel facts are separate curved lines with a tooltip and a generous hit area", async () => {
      // Find an entity whose neighbourhood has two facts between the same pair.
      let entity: string | null = null;
      let pair: string[] = [];
      for (const id of ["DE-SH", "DE-MV", "DE-SN", "DE-BB", "DE-HE", "DE", "d16", "it-planungsrat"]) {
        const { neighborhood } = await graphql<{
          neighborhood: { edges: { source: string; target: string; fact: string | null }[] };
        }>(
          harness.url,
          "query N($id: ID!) { neighborhood(id: $id, depth: 2) { edges { source target fact } } }",
          { id },
        );
        const byPair = new Map<string, string[]>();
        for (const edge of neighborhood.edges) {
          if (!edge.fact) continue;
          const key = [edge.source, edge.target].sort().join("|");
          byPair.set(key, [...(byPair.get(key) ?? []), edge.fact]);
        }
        const found = [...byPair.values()].find((facts) => new Set(facts).size >= 2);
        if (found) {
          entity = id;
          pair = [...new Set(found)];
          break;
        }
      }
      expect(entity).not.toBeNull();
      const watched = await open(harness, `?entity=${entity}`);
      const { page } = watched;
      await poll(() => probe(page, (v) => v.edges().length)).toBeGreaterThan(0);
      const curvatures = await probe(page, (v) => v.edges());
      const mine = curvatures.filter((e) => e.fact && pair.includes(e.fact));
      expect(mine.length).toBe(pair.length);
      expect(new Set(mine.map((e) => e.curvature.toFixed(3))).size).toBe(pair.length);
      const pointOf = async (fact: string) => {
        const point = (await page.evaluate(`window.govgraph.edgePoint(${JSON.stringify(fact)})`)) as {
          x: number;
          y: number;
        } | null;
        expect(point).not.toBeNull();
        return point!;
      };
      for (const fact of pair) {
        // Some pixels off the line still count as on it.
        const near = await pointOf(fact);
        await page.mouse.move(near.x + 4, near.y + 4);
        await poll(() => page.isVisible("#edge-tooltip")).toBe(true);
        // On the line itself, the line is this fact's (the point is read again at each try, so a
        // camera still settling after the first draw moves it along).
        await poll(async () => {
          const point = await pointOf(fact);
          await page.mouse.click(point.x, point.y);
          return new URL(page.url()).searchParams.get("fact");
        }).toBe(fact);
      }
      await closeClean(watched);
    });

    it("9: labels neither overlap nor leave the canvas, and the layout is the same on every load and stable on expand", async () => {
      const first = await open(harness, "?entity=DE-SH");
      await poll(() => graphCounts(first.page).then(([n]) => n)).toBeGreaterThan(3);
      const before = await probe(first.page, (v) => v.positions());
      const labels = await probe(first.page, (v) => v.labels());
      const size = await probe(first.page, (v) => v.size());
      // Every shape's label goes through the placement: the Land (a square) is named.
      expect(labels.map((label) => label.id)).toContain("DE-SH");
      for (const [i, a] of labels.entries()) {
        expect(a.x).toBeGreaterThanOrEqual(0);
        expect(a.x + a.width).toBeLessThanOrEqual(size.width);
        for (const b of labels.slice(i + 1)) {
          const overlap =
            a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
          expect(overlap, `${a.id} overlaps ${b.id}`).toBe(false);
        }
      }
      const second = await open(harness, "?entity=DE-SH");
      await poll(() => graphCounts(second.page).then(([n]) => n)).toBeGreaterThan(3);
      expect(await probe(second.page, (v) => v.positions())).toEqual(before);
      await closeClean(second);

      // Expanding a neighbour adds nodes but moves none of those already there.
      const { page } = first;
      const leaf = Object.keys(before).find((id) => id !== "DE-SH" && id !== "d16")!;
      await page.evaluate(`window.history.replaceState(null, "", "?entity=DE-SH&node=${leaf}")`);
      await page.reload();
      await page.waitForSelector("body[data-ready]");
      await poll(() => page.isEnabled("#expand")).toBe(true);
      await page.click("#expand");
      await page.waitForSelector("#graph-status:not(.loading)", { state: "attached" });
      const after = await probe(page, (v) => v.positions());
      for (const [id, position] of Object.entries(before)) expect(after[id]).toEqual(position);
      await closeClean(first);
    });

    it("10: expand says when it adds nothing, canvas nodes are reachable by keyboard, focus and deselection behave", async () => {
      const watched = await open(harness, "?entity=DE-MV");
      const { page } = watched;
      await poll(() => page.isEnabled("#expand")).toBe(true);
      await page.click("#expand");
      await poll(() => page.textContent("#graph-status")).toMatch(/keine weiteren/i);

      // The keyboard walks the canvas: arrows move between nodes, the details follow.
      await page.focus("#graph");
      await page.keyboard.press("ArrowRight");
      await poll(() => page.textContent("#details-title")).not.toBe("Mecklenburg-Vorpommern");
      const reached = await page.textContent("#details-title");
      expect(reached).toBeTruthy();

      // Choosing an entity in the details panel keeps the focus in the panel.
      await page.click("#details .ref");
      await poll(() =>
        page.evaluate('document.getElementById("details").contains(document.activeElement)'),
      ).toBe(true);

      // A click on empty canvas deselects.
      const box = (await page.locator("#graph").boundingBox())!;
      await page.mouse.click(box.x + box.width - 5, box.y + box.height / 2);
      await poll(() => page.locator("#details .empty").count()).toBe(1);
      await closeClean(watched);

      // The details' timeline follows the years: Sachsen's facts are from 2025.
      const { timeline } = await graphql<{ timeline: { date: string | null }[] }>(
        harness.url,
        '{ timeline(entity: "DE-SN") { date } }',
      );
      // Undated facts are never outside the years.
      const inside = timeline.filter((e) => !e.date || (e.date >= "2018" && e.date < "2021")).length;
      const years = await open(harness, "?entity=DE-SN&from=2018&to=2020");
      await years.page.locator("#details .timeline-outside").waitFor();
      expect(await years.page.locator("#details .timeline-entry:visible").count()).toBe(inside);
      await years.page.fill("#year-to", "2025");
      await poll(() => years.page.locator("#details .timeline-entry:visible").count()).toBeGreaterThan(
        inside,
      );
      await closeClean(years);
    });

    it("11: the GraphQL IDE links back to the explorer and requests nothing that is missing", async () => {
      const watched = await watchedPage(harness);
      const { page } = watched;
      await page.goto(new URL("graphql", harness.url).toString());
      await page.waitForSelector(".graphiql-container", { timeout: 20_000 });
      await page.click("a.back-to-explorer");
      await page.waitForSelector("body[data-ready]");
      expect(new URL(page.url()).pathname).toBe("/");
      await page.screenshot({ path: path.join(screenshots, "graphiql-back.png") });
      await closeClean(watched);
    });
  });
}
