/**
 * The explorer's views in Chromium: the start page answers before the first keystroke, every view
 * is a link that reopens what was on screen, and the page passes Lighthouse-style checks (no
 * console errors or failed requests, every control reachable by keyboard, text contrast AA).
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { mintToken } from "../../src/api/auth.js";
import type { Fact } from "../../src/model/fact.js";
import { TEST_JWT_SECRET } from "../helpers/api.js";
import { queueForReview } from "../helpers/review.js";
import { contrastFailures, unreachableControls } from "./audit.js";
import { closeClean, graphCounts, graphql, open, pick, poll, screenshots, type Harness } from "./harness.js";

/** The nodes on show, with their entity type, from the graph view's probe. */
const probe = (page: Page) =>
  page.evaluate("window.govgraph.nodes()") as Promise<{ id: string; type: string }[]>;

export function describeViews(current: () => Harness): void {
  describe("the explorer's views, in Chromium", () => {
    let harness: Harness;
    beforeAll(() => {
      harness = current();
    });

    it("answers on the start page: current chairs, the latest facts with sources, counts, and examples that open views", async () => {
      const watched = await open(harness);
      const { page } = watched;
      await poll(() => page.locator(".start-chairs li").count()).toBeGreaterThan(0);
      // The chairs of the year the card names, as the API lists them.
      const year = Number((await page.textContent(".start-chairs h3"))!.match(/\d{4}/)![0]);
      const { chairs } = await graphql<{ chairs: { holder: { name: string } }[] }>(
        harness.url,
        "query C($year: Int) { chairs(year: $year) { holder { name } } }",
        { year },
      );
      expect(await page.textContent(".start-chairs")).toContain(chairs[0]!.holder.name);
      await poll(() => page.locator(".start-latest .start-fact").count()).toBeGreaterThan(0);
      expect(await page.locator(".start-latest .start-fact .start-quote").count()).toBeGreaterThan(0);
      const { statesConnection } = await graphql<{ statesConnection: { totalCount: number } }>(
        harness.url,
        "{ statesConnection { totalCount } }",
      );
      expect(await page.textContent('.counts li[data-type="State"] .count')).toBe(
        String(statesConnection.totalCount),
      );
      await page.screenshot({ path: path.join(screenshots, "explorer-start.png") });

      const examples = page.locator("a.example");
      expect(await examples.count()).toBe(3);
      await examples.nth(0).click();
      await page.waitForSelector("body[data-ready]");
      await poll(() => graphCounts(page).then(([nodes]) => nodes)).toBeGreaterThan(1);
      await page.goBack();
      await page.waitForSelector("a.example");
      await page.locator("a.example").nth(1).click();
      await page.waitForSelector("body[data-ready]");
      await poll(() => page.locator("tr[data-body]").count()).toBeGreaterThan(0);
      await page.goBack();
      await page.waitForSelector("a.example");
      await page.locator("a.example").nth(2).click();
      await page.waitForSelector("body[data-ready]");
      await page.waitForSelector(".path-result .path-found");
      await closeClean(watched);
    });

    it("reopens a view from its link: entity, expansion, selected node, years, language and camera", async () => {
      const watched = await open(harness, "?entity=DE-MV");
      const { page } = watched;
      await poll(() => page.isEnabled("#expand")).toBe(true);
      await page.focus("#graph");
      await page.keyboard.press("ArrowRight");
      await poll(() => page.textContent("#details-title")).not.toBe("Mecklenburg-Vorpommern");
      await page.click("#expand");
      await page.waitForSelector("#graph-status:not(.loading)", { state: "attached" });
      await page.fill("#year-from", "2020");
      await page.click("#lang");
      const box = (await page.locator("#graph").boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      const before = new URL(page.url()).searchParams.get("cam");
      await page.mouse.wheel(0, -300);
      await poll(() => new URL(page.url()).searchParams.get("cam")).not.toBe(before);
      // The address follows the camera once it rests.
      await poll(async () => {
        const c = (await page.evaluate("window.govgraph.camera()")) as { ratio: number };
        return (
          new URL(page.url()).searchParams.get("cam")?.split(",")[2] ===
          String(Math.round(c.ratio * 1000) / 1000)
        );
      }).toBe(true);
      const link = page.url();
      const shown = {
        title: await page.textContent("#details-title"),
        counts: await graphCounts(page),
        from: await page.inputValue("#year-from"),
        tab: await page.textContent("#tab-chairs"),
      };
      const camera = (await page.evaluate("window.govgraph.camera()")) as {
        x: number;
        y: number;
        ratio: number;
      };
      expect(new URL(link).searchParams.get("expand")).toBeTruthy();

      const again = await open(harness, link.slice(harness.url.length));
      await poll(() => again.page.textContent("#details-title")).toBe(shown.title);
      expect(await graphCounts(again.page)).toEqual(shown.counts);
      expect(await again.page.inputValue("#year-from")).toBe(shown.from);
      expect(await again.page.textContent("#tab-chairs")).toBe(shown.tab);
      const reopened = (await again.page.evaluate("window.govgraph.camera()")) as typeof camera;
      expect(reopened.ratio).toBeCloseTo(camera.ratio, 2);
      expect(reopened.x).toBeCloseTo(camera.x, 2);
      await closeClean(again);
      await closeClean(watched);
    });

    it("hides a type from the legend and a node by keyboard, undoes both, and keeps what is hidden in the link", async () => {
      const watched = await open(harness, "?entity=DE-SN");
      const { page } = watched;
      await poll(() => page.isEnabled("#expand")).toBe(true);
      const visible = async () => (await probe(page)).map((n) => n.id);
      const [nodes] = await graphCounts(page);
      const people = (await probe(page)).filter((n) => n.type === "Person").map((n) => n.id);
      expect(people.length).toBeGreaterThan(0);
      // Switching people off hides them (and nodes whose only lines ran to them).
      await page.click('.legend-toggle[data-type="Person"]');
      await poll(async () => (await visible()).some((id) => people.includes(id))).toBe(false);
      const withoutPeople = (await graphCounts(page))[0];
      expect(withoutPeople).toBeLessThanOrEqual(nodes - people.length);
      expect(new URL(page.url()).searchParams.get("types")).toBe("Person");
      await page.focus("#graph");
      await page.keyboard.press("ArrowRight");
      await poll(() => page.textContent("#details-title")).not.toBe("Sachsen");
      const chosen = (await page.evaluate("new URLSearchParams(location.search).get('node')")) as string;
      expect(chosen).toBeTruthy();
      await page.keyboard.press("Delete");
      await poll(visible).not.toContain(chosen);
      const withoutChosen = (await graphCounts(page))[0];
      expect(withoutChosen).toBeLessThan(withoutPeople);
      expect(new URL(page.url()).searchParams.get("hide")).toBe(chosen);
      const again = await open(harness, page.url().slice(harness.url.length));
      await poll(() => graphCounts(again.page).then(([n]) => n)).toBe(withoutChosen);
      await closeClean(again);
      await page.click("#undo");
      await poll(() => graphCounts(page).then(([n]) => n)).toBe(withoutPeople);
      await page.click("#undo");
      await poll(() => graphCounts(page).then(([n]) => n)).toBe(nodes);
      expect(page.url()).not.toMatch(/types=|hide=/);
      await closeClean(watched);
    });

    it("exports the view as PNG and SVG and its facts with their sources as CSV", async () => {
      const watched = await open(harness, "?entity=DE-SN");
      const { page } = watched;
      await poll(() => page.isEnabled("#expand")).toBe(true);
      const save = async (button: string): Promise<Buffer> => {
        const [file] = await Promise.all([page.waitForEvent("download"), page.click(button)]);
        return readFile((await file.path())!);
      };
      const png = await save("#export-png");
      expect(png.subarray(1, 4).toString()).toBe("PNG");
      expect(png.length).toBeGreaterThan(2000);
      const svg = (await save("#export-svg")).toString();
      expect(svg).toMatch(/^<svg /);
      expect(
        svg,
        svg.slice(svg.indexOf('<g class="labels">'), svg.indexOf('<g class="labels">') + 400),
      ).toContain("Sachsen");
      expect(svg).toMatch(/<path d="M/);
      const csv = (await save("#export-csv")).toString().split("\r\n");
      expect(csv[0]).toBe("fact,type,subject,object,year,summary,source_title,source_url,published,quote");
      const cio = csv.filter((row) => row.startsWith("holdsOffice/daniela-dylakiewicz/DE-SN"));
      expect(cio.length).toBeGreaterThan(0);
      for (const row of cio) expect(row).toContain("Daniela Dylakiewicz,Sachsen,");
      // At least one source with its date and its quote.
      expect(cio.some((row) => /,\d{4}-\d{2}-\d{2},.+$/.test(row))).toBe(true);
      await closeClean(watched);
    });

    it("lets an editor sign in, filter the review queue and accept a fact that the graph then shows; without a token none of it shows", async () => {
      const unsure: Fact = {
        type: "memberOf",
        subject: { id: "DE-HB", name: "Bremen", type: "State" },
        object: { id: "vitako", name: "Vitako", type: "Organization" },
        quote: "Bremen gehört wohl auch zu Vitako.",
        confidence: 0.4,
      };
      await queueForReview(
        harness.driver,
        { id: "2025-04-01-bremen-vitako", title: "Bremen und Vitako", publishedAt: "2025-04-01" },
        [unsure],
      );

      const watched = await open(harness, "?entity=DE-HB");
      const { page } = watched;
      await poll(() => page.isEnabled("#expand")).toBe(true);
      expect(await page.isVisible("#tab-review")).toBe(false);
      expect((await probe(page)).map((n) => n.id)).not.toContain("vitako");

      await page.click("#editor");
      await page.fill("#editor-token", "not-a-token");
      await page.click("#editor-sign-in");
      await poll(() => page.textContent(".token-form .error")).toBeTruthy();
      expect(await page.locator(".review-item").count()).toBe(0);
      const token = await mintToken({ secret: TEST_JWT_SECRET, roles: ["editor"], expiresIn: "5m" });
      await page.fill("#editor-token", token);
      await page.click("#editor-sign-in");
      const item = page.locator(".review-item", { hasText: "Vitako" });
      await item.waitFor();
      expect(await page.isVisible("#tab-review")).toBe(true);
      expect(await item.locator("mark").textContent()).toContain("Bremen gehört wohl auch zu Vitako.");
      await page.fill("#review-confidence", "50");
      await poll(() => item.count()).toBe(0);
      await page.fill("#review-confidence", "0");
      await item.waitFor();
      await item.locator("button.accept").click();
      await poll(() => item.count()).toBe(0);
      await page.click("#tab-graph");
      await poll(async () => (await probe(page)).map((n) => n.id)).toContain("vitako");
      await closeClean(watched);
    });

    it("lets an editor correct a queued fact's subject before accepting it, and the graph shows the corrected fact", async () => {
      const misread: Fact = {
        type: "memberOf",
        subject: { id: "DE-HB", name: "Bremen", type: "State" },
        object: { id: "vitako", name: "Vitako", type: "Organization" },
        quote: "Auch Hamburg tritt Vitako bei, meldet Bremen.",
        confidence: 0.4,
      };
      await queueForReview(
        harness.driver,
        { id: "2025-04-02-hamburg-vitako", title: "Hamburg und Vitako", publishedAt: "2025-04-02" },
        [misread],
      );

      const watched = await open(harness, "?entity=DE-HH");
      const { page } = watched;
      await poll(() => page.isEnabled("#expand")).toBe(true);
      expect((await probe(page)).map((n) => n.id)).not.toContain("vitako");
      await page.click("#editor");
      const token = await mintToken({ secret: TEST_JWT_SECRET, roles: ["editor"], expiresIn: "5m" });
      await page.fill("#editor-token", token);
      await page.click("#editor-sign-in");
      const item = page.locator(".review-item", { hasText: "Auch Hamburg tritt Vitako bei" });
      await item.waitFor();
      // Opening and closing the form leaves the proposal as it was; opened again, it corrects.
      await item.locator("button.correct").click();
      expect(await item.locator("button.correct").getAttribute("aria-expanded")).toBe("true");
      await item.locator("button.correct").click();
      expect(await item.locator(".review-correction").count()).toBe(0);
      await item.locator("button.correct").click();
      const subject = item.locator('input[name="review-subject"]');
      expect(await subject.inputValue()).toBe("Bremen");
      await pick(page, `#${await subject.getAttribute("id")}`, "Hamburg", "DE-HH");
      await poll(() => item.locator(".participants").textContent()).toMatch(/^Hamburg → Vitako$/);
      await item.locator("button.accept-corrected").click();
      await poll(() => item.count()).toBe(0);
      await page.click("#tab-graph");
      await poll(async () => (await probe(page)).map((n) => n.id)).toContain("vitako");
      // Written with the corrected subject: Hamburg is the member, with the article's quote; Bremen is not.
      const { timeline } = await graphql<{
        timeline: { quote: string | null; entities: { id: string }[] }[];
      }>(harness.url, '{ timeline(entity: "vitako") { quote entities { id } } }');
      const accepted = timeline.filter((entry) => entry.quote === misread.quote);
      expect(accepted.map((entry) => entry.entities.map((e) => e.id).sort())).toEqual([["DE-HH", "vitako"]]);
      await closeClean(watched);
    });

    it("lays the graph's facts out along the years on the Timeline tab, filtered by type, each opening its details", async () => {
      const watched = await open(harness, "?entity=DE-SN&tab=timeline");
      const { page } = watched;
      const facts = page.locator(".timeline-view .timeline-fact");
      await poll(() => facts.count()).toBeGreaterThan(0);
      const drawn = (await page.evaluate("window.govgraph.edges()")) as { fact: string | null }[];
      expect(await facts.count()).toBe(new Set(drawn.map((e) => e.fact).filter(Boolean)).size);
      const years = (await page.evaluate(
        '[...document.querySelectorAll(".timeline-year")].map((e) => e.dataset.year)',
      )) as string[];
      expect(years.filter(Boolean)).toEqual([...years.filter(Boolean)].sort());
      const first = await facts.first().getAttribute("data-fact");
      await facts.first().click();
      await poll(() => page.textContent("#details-title")).toMatch(/^Fakt/);
      expect(new URL(page.url()).searchParams.get("fact")).toBe(first);
      await page.selectOption("#timeline-type", "holdsOffice");
      await poll(() => facts.count()).toBeGreaterThan(0);
      for (const text of await page.locator(".timeline-view .timeline-fact .fact-type").allTextContents())
        expect(text).toBe("Amt");
      await closeClean(watched);
    });

    it("lets the keyboard reach every control and keeps text contrast at AA, on the start page and the graph", async () => {
      for (const query of ["", "?entity=DE-SN", "?tab=chairs", "?tab=review", "?entity=DE-SN&tab=timeline"]) {
        const watched = await open(harness, query);
        const { page } = watched;
        if (query.includes("entity")) await page.locator("#details .timeline-entry").first().waitFor();
        else if (!query) await page.locator(".start-latest .start-fact").first().waitFor();
        expect(await contrastFailures(page)).toEqual([]);
        expect(await unreachableControls(page)).toEqual([]);
        await closeClean(watched);
      }
    });
  });
}
