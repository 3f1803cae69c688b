import { describe, expect, it } from "vitest";
import { availabilityOf, serviceWeights } from "../../../src/generate/availability.js";
import { generateArticles } from "../../../src/generate/articles.js";
import { indexCitations } from "../../../src/generate/index-citations.js";
import { planDataset } from "../../../src/generate/generate-dataset.js";
import { OZG_SERVICES, OZG_TOPICS } from "../../../src/generate/ozg-catalogue.js";
import { randomStream } from "../../../src/generate/random.js";
import { SCALE_SPECS, servicesOf } from "../../../src/generate/scales.js";
import type { Scope } from "../../../src/generate/scope.js";

const scope: Scope = {
  states: [
    { id: "DE-HH", key: "02", name: "Hamburg" },
    { id: "DE-SH", key: "01", name: "Schleswig-Holstein" },
  ],
  counties: [
    { id: "01001", name: "Flensburg", kind: "Kreisfreie Stadt", stateId: "DE-SH" },
    { id: "01051", name: "Dithmarschen", kind: "Kreis", stateId: "DE-SH" },
    { id: "02000", name: "Hamburg", kind: "Kreisfreie Stadt", stateId: "DE-HH" },
  ],
  municipalities: [
    { id: "01001000", name: "Flensburg", population: 92_550, countyId: "01001" },
    { id: "01051001", name: "Albersdorf", population: 3_700, countyId: "01051" },
    { id: "01051002", name: "Arkebek", population: 220, countyId: "01051" },
    { id: "02000000", name: "Hamburg", population: 1_892_122, countyId: "02000" },
  ],
};

describe("the OZG catalogue", () => {
  it("has 575 services with unique ids and names in the 14 Themenfelder", () => {
    expect(OZG_SERVICES).toHaveLength(575);
    expect(new Set(OZG_SERVICES.map((s) => s.id)).size).toBe(575);
    expect(new Set(OZG_SERVICES.map((s) => s.name)).size).toBe(575);
    expect(OZG_TOPICS).toHaveLength(14);
    expect(OZG_SERVICES[0]!.id).toBe("ozg-leistung-001");
    expect(OZG_SERVICES.at(-1)!.id).toBe("ozg-leistung-575");
  });
});

describe("scales", () => {
  it("writes every fifth service at small scale, covering all 14 Themenfelder, and all 575 at de", () => {
    const small = servicesOf(SCALE_SPECS.small, OZG_SERVICES);
    expect(small).toHaveLength(115);
    expect(new Set(small.map((s) => s.topic)).size).toBe(14);
    expect(servicesOf(SCALE_SPECS.de, OZG_SERVICES)).toHaveLength(575);
  });
});

describe("seeded randomness", () => {
  it("gives the same stream for the same seed and key, another for another key", () => {
    const draw = (seed: number, key: string): number[] =>
      Array.from({ length: 5 }, () => randomStream(seed, key).int(0, 1_000_000));
    expect(draw(7, "a")).toEqual(draw(7, "a"));
    const a = randomStream(7, "a");
    const b = randomStream(7, "b");
    expect([a.float(), a.float()]).not.toEqual([b.float(), b.float()]);
  });
});

describe("availability", () => {
  const weights = serviceWeights(1, OZG_SERVICES);

  it("is the same for the same seed and differs for another seed", () => {
    const hamburg = scope.municipalities[3]!;
    expect(availabilityOf(1, hamburg, OZG_SERVICES, weights)).toEqual(
      availabilityOf(1, hamburg, OZG_SERVICES, weights),
    );
    expect(availabilityOf(2, hamburg, OZG_SERVICES, serviceWeights(2, OZG_SERVICES))).not.toEqual(
      availabilityOf(1, hamburg, OZG_SERVICES, weights),
    );
  });

  it("lets large municipalities offer more services than small ones, within 20-60% give or take", () => {
    const share = (index: number): number =>
      availabilityOf(1, scope.municipalities[index]!, OZG_SERVICES, weights).length / OZG_SERVICES.length;
    expect(share(3)).toBeGreaterThan(share(2));
    for (const index of [0, 1, 2, 3]) {
      expect(share(index)).toBeGreaterThan(0.12);
      expect(share(index)).toBeLessThan(0.7);
    }
  });

  it("dates every fact between 2019 and mid-2026 with a known status", () => {
    for (const m of scope.municipalities) {
      for (const row of availabilityOf(1, m, OZG_SERVICES, weights)) {
        expect(row.since >= "2019-01-01" && row.since <= "2026-06-30").toBe(true);
        expect(["online", "in-progress", "planned"]).toContain(row.status);
        expect(row.id).toBe(`gen-availability/${m.id}/${row.service}`);
      }
    }
  });
});

describe("offices, chairs and articles", () => {
  const plan = planDataset(1, scope, SCALE_SPECS.de);
  const sources = {
    seed: 1,
    scope,
    services: OZG_SERVICES,
    weights: plan.weights,
    tenures: plan.tenures,
    chairs: plan.chairs,
  };

  it("covers every Land and county from before 2019 through 2026 without gaps", () => {
    for (const organization of ["DE-SH", "DE-HH", "01001", "01051", "02000"]) {
      const tenures = plan.tenures.filter(
        (t) => t.organization === organization && t.role !== "Digitalminister",
      );
      expect(tenures[0]!.from < "2019-01-01").toBe(true);
      expect(tenures.at(-1)!.to).toBeNull();
      for (let i = 1; i < tenures.length; i++) expect(tenures[i]!.from > tenures[i - 1]!.to!).toBe(true);
    }
    expect(plan.tenures.find((t) => t.organization === "01051")!.role).toBe("Landrat");
    expect(plan.tenures.find((t) => t.organization === "01001")!.role).toBe("Oberbürgermeister");
  });

  it("gives every generated body one chair per year, rotating among the Länder", () => {
    expect(plan.bodies.every((b) => /^gen-body-\d+$/.test(b.id))).toBe(true);
    const body = plan.bodies[0]!.id;
    const chairs = plan.chairs.filter((c) => c.body === body);
    expect(chairs.map((c) => c.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    expect(chairs[0]!.holder).not.toBe(chairs[1]!.holder);
    expect(chairs[0]!.holder).toBe(chairs[2]!.holder);
  });

  it("writes articles whose text contains every quote it cites", () => {
    const articles = [...generateArticles(sources, 50)];
    expect(articles).toHaveLength(50);
    for (const { article, citations } of articles) {
      expect(citations.length).toBeGreaterThanOrEqual(2);
      for (const citation of citations) expect(article.text).toContain(citation.quote);
    }
  });
  it("derives each cited fact's first and last citation and its ten oldest sources from the articles", () => {
    const articles = [...generateArticles(sources, 400)];
    const index = indexCitations(articles);
    const expected = new Map<string, { day: string; key: string }[]>();
    for (const { article, citations } of articles)
      for (const { fact } of citations)
        expected.set(fact, [
          ...(expected.get(fact) ?? []),
          { day: article.publishedAt, key: `${article.publishedAt}|${article.id}` },
        ]);
    expect(index.size).toBe(expected.size);
    let muchCited = 0;
    for (const [fact, sources] of expected) {
      const days = sources.map((s) => s.day).sort();
      const keys = sources.map((s) => s.key).sort();
      expect(index.get(fact)).toEqual({
        firstCited: days[0],
        lastCited: days.at(-1),
        oldestSources: keys.slice(0, 10),
      });
      if (keys.length > 10) muchCited++;
    }
    expect(muchCited).toBeGreaterThan(0);
  });

  it("lets every citation claim what its fact holds", () => {
    const kinds = new Set<string>();
    for (const { citations } of generateArticles({ ...sources, seed: 3 }, 60)) {
      for (const { fact, claim } of citations) {
        const tenure = plan.tenures.find((t) => t.id === fact);
        const chair = plan.chairs.find((c) => c.id === fact);
        if (tenure) {
          kinds.add("tenure");
          expect(claim).toEqual({
            year: tenure.year,
            precision: "day",
            date: null,
            from: tenure.from,
            to: tenure.to,
            role: tenure.role,
          });
        } else if (chair) {
          kinds.add("chair");
          expect(claim).toEqual({
            year: chair.year,
            precision: "year",
            date: null,
            from: `${chair.year}-01-01`,
            to: `${chair.year}-12-31`,
            role: null,
          });
        } else {
          kinds.add("availability");
          expect(claim).toMatchObject({ precision: "day", from: null, to: null, role: null });
          expect(claim.date!.slice(0, 4)).toBe(String(claim.year));
        }
      }
    }
    expect([...kinds].sort()).toEqual(["availability", "chair", "tenure"]);
  });
});
