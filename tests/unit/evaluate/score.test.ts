import { describe, expect, it } from "vitest";
import type { CorpusItem, CorpusSplit, GoldFact } from "../../../src/evaluate/corpus.js";
import { findEntityErrors } from "../../../src/evaluate/entity-errors.js";
import { evaluateCorpus, type ExtractInput } from "../../../src/evaluate/evaluate-corpus.js";
import { judgeDates } from "../../../src/evaluate/score-dates.js";
import type { ArticleFacts, Fact } from "../../../src/model/fact.js";
import { entities, predicted, smallResolver } from "./reference.js";

const resolver = smallResolver();
const gold = (fact: Omit<GoldFact, "quote">): GoldFact => ({ quote: "…", ...fact });
const office = (dates: Partial<GoldFact>) =>
  gold({ type: "holdsOffice", subject: "Anna Beck", object: "Hessen", ...dates });
const withDates = (dates: Partial<Fact>) => predicted("holdsOffice", "Anna Beck", entities.hessen, dates);

describe("dates of matched pairs", () => {
  it("is right when the prediction is as precise as gold or more, and agrees", () => {
    expect(judgeDates(office({ from: "2014-01" }), withDates({ from: "2014-01-15", precision: "day" }))).toBe(
      "right",
    );
    expect(judgeDates(office({ year: 2019 }), withDates({ year: 2019, precision: "year" }))).toBe("right");
    expect(
      judgeDates(office({ date: "2024-05-14" }), withDates({ date: "2024-05-14", precision: "day" })),
    ).toBe("right");
  });

  it("is wrong when the prediction is coarser, another day, or in another slot", () => {
    // A year-precise date says "2014", not "January 2014".
    expect(
      judgeDates(office({ from: "2014-01" }), withDates({ from: "2014-01-01", precision: "year" })),
    ).toBe("wrong");
    expect(
      judgeDates(office({ date: "2024-05-14" }), withDates({ date: "2024-05-15", precision: "day" })),
    ).toBe("wrong");
    expect(judgeDates(office({ to: "2014-01" }), withDates({ from: "2014-01-01", precision: "month" }))).toBe(
      "wrong",
    );
  });

  it("is missing when the prediction gives no time, and not judged when gold gives none", () => {
    expect(judgeDates(office({ from: "2014" }), withDates({}))).toBe("missing");
    expect(judgeDates(office({}), withDates({ year: 2020, precision: "year" }))).toBe("none");
  });
});

describe("entity errors", () => {
  const facts = [
    gold({ type: "holdsOffice", subject: "Anna Beck", object: "Hessen" }),
    gold({ type: "holdsOffice", subject: "Jan Maier", object: "Hessen" }),
  ];

  it("counts a person whose name joins two gold persons' names as fused", () => {
    const errors = findEntityErrors(
      facts,
      [predicted("holdsOffice", "Anna Beck Maier", entities.hessen)],
      resolver,
    );
    expect(errors.fused).toEqual(["Anna Beck Maier"]);
  });

  it("counts a person named two ways under two ids as duplicated, and two people as two", () => {
    const errors = findEntityErrors(
      facts,
      [
        predicted("holdsOffice", "Anna Beck", entities.hessen),
        predicted("holdsOffice", "Beck", entities.hessen),
        predicted("holdsOffice", "Jan Maier", entities.hessen),
      ],
      resolver,
    );
    expect(errors).toEqual({ fused: [], duplicated: ["anna beck: beck"] });
  });

  it("counts a known body also created anew as duplicated", () => {
    const errors = findEntityErrors(
      [gold({ type: "memberOf", subject: "Hessen", object: "IT-Planungsrat" })],
      [
        predicted("memberOf", entities.hessen, entities.itPlanungsrat),
        predicted("memberOf", entities.hessen, entities.org("it-planungsrats", "IT-Planungsrats")),
      ],
      resolver,
    );
    expect(errors.duplicated).toEqual(["IT-Planungsrat: it-planungsrats"]);
  });
});

describe("evaluateCorpus", () => {
  const corpus: CorpusItem[] = [
    {
      id: "p01",
      url: "https://example.org/a",
      title: "Neue CIO",
      publishedAt: "2024-05-14",
      text: "…",
      facts: [
        office({ from: "2024-05" }),
        gold({ type: "chairs", subject: "Hessen", object: "IT-Planungsrat" }),
      ],
    },
    { id: "p02", url: "https://example.org/b", text: "…", facts: [office({})] },
    { id: "b01", url: "https://example.org/c", text: "…", facts: [office({})] },
  ];
  const split: CorpusSplit = { seed: 1, rule: "by hand", dev: ["b01"], test: ["p01", "p02"] };
  const article = (facts: Fact[]): ArticleFacts[] => [
    { article: { id: "a", title: "t", publishedAt: "2024-05-14", contentHash: "h" }, facts },
  ];

  it("scores only the chosen part, feeds items as JSON-line fields and counts refusals", async () => {
    const seen: ExtractInput[] = [];
    const report = await evaluateCorpus(
      async (item) => {
        seen.push(item);
        if (item.url.endsWith("/b")) throw new Error("no date");
        return article([
          withDates({ from: "2024-05-01", precision: "month" }),
          predicted("memberOf", "Jan Maier", entities.itPlanungsrat),
        ]);
      },
      { part: "test", corpus, split, resolver },
    );
    expect(seen).toEqual([
      { url: "https://example.org/a", title: "Neue CIO", publishedAt: "2024-05-14", text: "…" },
      { url: "https://example.org/b", text: "…" },
    ]);
    expect(report.articles).toBe(2);
    expect(report.refused).toBe(1);
    expect(report.overall).toMatchObject({ matched: 1, predicted: 2, gold: 3 });
    expect(report.overall.precision).toBeCloseTo(0.5);
    expect(report.overall.recall).toBeCloseTo(1 / 3);
    expect(report.byType.holdsOffice).toMatchObject({ matched: 1, predicted: 1, gold: 2 });
    expect(report.keyTypes).toMatchObject({ matched: 1, predicted: 2, gold: 3 });
    expect(report.byType.memberOf).toMatchObject({ matched: 0, predicted: 1, gold: 0, precision: 0 });
    expect(report.dates).toMatchObject({ right: 1, wrong: 0, missing: 0, accuracy: 1 });
    expect(report.details[0]!.missed).toEqual(["chairs Hessen -> IT-Planungsrat"]);
  });
});
