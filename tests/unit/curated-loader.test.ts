/** The curated seed's loader: reference files merged by id, articles identified by URL. */
import { describe, expect, it } from "vitest";
import type { CuratedFile, ReferenceFile } from "../../src/seed/format.js";
import { curatedArticles, groupByUrl, pageArticleId } from "../../src/seed/load-curated.js";
import { mergeReferenceFiles, ReferenceConflictError } from "../../src/seed/merge-reference.js";

const referenceFile = (people: ReferenceFile["people"]): ReferenceFile => ({
  source: [{ title: "test" }],
  states: [],
  federation: [],
  organizations: [],
  people,
  projects: [],
});

const file = (articles: CuratedFile["articles"]): CuratedFile => ({ description: "test", articles });
const fact = { type: "chairs" as const, subject: "DE-MV", object: "it-planungsrat", quote: "Ein Satz." };
const refs = new Map([
  ["DE-MV", { id: "DE-MV", name: "Mecklenburg-Vorpommern", type: "State" as const }],
  ["it-planungsrat", { id: "it-planungsrat", name: "IT-Planungsrat", type: "Organization" as const }],
]);

describe("merging reference files", () => {
  it("unites the aliases of one id named alike in two files", () => {
    const merged = mergeReferenceFiles([
      {
        file: "a.json",
        data: referenceFile([{ id: "ina-maria-ulbrich", name: "Ina-Maria Ulbrich", aliases: ["A"] }]),
      },
      {
        file: "b.json",
        data: referenceFile([
          { id: "ina-maria-ulbrich", name: "Ina-Maria Ulbrich", aliases: ["A", "B"], honorific: "Dr." },
        ]),
      },
    ]);
    expect(merged.people).toEqual([
      { id: "ina-maria-ulbrich", name: "Ina-Maria Ulbrich", aliases: ["A", "B"], honorific: "Dr." },
    ]);
  });

  it("rejects one id with two names", () => {
    expect(() =>
      mergeReferenceFiles([
        { file: "a.json", data: referenceFile([{ id: "x", name: "Eins", aliases: [] }]) },
        { file: "b.json", data: referenceFile([{ id: "x", name: "Zwei", aliases: [] }]) },
      ]),
    ).toThrow(ReferenceConflictError);
  });
});

describe("curated articles", () => {
  it("loads an undated page with an id from its URL, marked by a missing date", () => {
    const [article] = curatedArticles(
      [
        file([
          {
            url: "https://www.it-planungsrat.de/der-it-planungsrat/vorsitz",
            title: "Vorsitz",
            facts: [fact],
          },
        ]),
      ],
      (id) => refs.get(id),
    );
    expect(article!.article).toMatchObject({
      id: "page-www-it-planungsrat-de-der-it-planungsrat-vorsitz",
      publishedAt: undefined,
      url: "https://www.it-planungsrat.de/der-it-planungsrat/vorsitz",
    });
    expect(article!.facts[0]).toMatchObject({ quote: "Ein Satz.", subject: { id: "DE-MV" } });
  });

  it("keeps the importer's id (day and title) for a dated page, so an import of its text merges", () => {
    const [article] = curatedArticles(
      [
        file([
          {
            url: "https://example.org/a",
            title: "Kommunen im Fokus",
            publishedAt: "2025-01-13",
            facts: [fact],
          },
        ]),
      ],
      (id) => refs.get(id),
    );
    expect(article!.article.id).toBe("2025-01-13-kommunen-im-fokus");
  });

  it("treats entries with one URL in two files as one article with the facts of both", () => {
    const entry = { url: "https://example.org/a", title: "A", facts: [fact] };
    const grouped = groupByUrl([file([entry]), file([{ ...entry, facts: [{ ...fact, subject: "DE" }] }])]);
    expect(grouped).toHaveLength(1);
    expect(grouped[0]!.facts.map((f) => f.subject)).toEqual(["DE-MV", "DE"]);
  });

  it("rejects one URL cited with two titles", () => {
    expect(() =>
      groupByUrl([
        file([{ url: "https://example.org/a", title: "A", facts: [] }]),
        file([{ url: "https://example.org/a", title: "B", facts: [] }]),
      ]),
    ).toThrow(/cited twice/);
  });

  it("cuts a long URL's id and keeps it unique with a hash", () => {
    const long = `https://example.org/${"x".repeat(200)}`;
    expect(pageArticleId(long)).toMatch(/^page-example-org-x+-[0-9a-f]{8}$/);
    expect(pageArticleId(long).length).toBeLessThanOrEqual(84);
  });
});
