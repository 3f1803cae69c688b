/** The curated seed's loader: reference files merged by id, articles identified by URL. */
import { describe, expect, it } from "vitest";
import type { CuratedFile, ReferenceFile } from "../../src/seed/format.js";
import { articleId } from "../../src/model/ids.js";
import { curatedArticles, groupByUrl } from "../../src/seed/load-curated.js";
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
  const load = (articles: CuratedFile["articles"]) => curatedArticles([file(articles)], (id) => refs.get(id));

  it("loads an undated page, identified by its URL, with its facts and their quotes", () => {
    const url = "https://www.it-planungsrat.de/der-it-planungsrat/vorsitz";
    const [article] = load([{ url, title: "Vorsitz", facts: [fact] }]);
    expect(article!.article).toMatchObject({
      id: articleId(undefined, "Vorsitz", url),
      publishedAt: undefined,
      url,
    });
    expect(article!.article.id).toMatch(/^www-it-planungsrat-de-der-it-planungsrat-vorsitz-[0-9a-f]{12}$/);
    expect(article!.facts[0]).toMatchObject({ quote: "Ein Satz.", subject: { id: "DE-MV" } });
  });

  it("identifies a dated page by its canonical URL, as the importer does", () => {
    const [article] = load([
      {
        url: "https://example.org/a?utm_source=x",
        title: "Kommunen im Fokus",
        publishedAt: "2025-01-13",
        facts: [fact],
      },
    ]);
    expect(article!.article.id).toBe(articleId("2025-01-13", "Kommunen im Fokus", "https://example.org/a"));
  });

  it("keeps day and title as the id of a listing's item, cited by the listing's URL with a fragment", () => {
    const [article] = load([
      {
        url: "https://example.org/news/#2025-01-13-kommunen-im-fokus",
        title: "Kommunen im Fokus",
        publishedAt: "2025-01-13",
        facts: [fact],
      },
    ]);
    expect(article!.article.id).toBe("2025-01-13-kommunen-im-fokus");
  });

  it("treats entries naming one page in two files as one article with the facts of both", () => {
    const entry = { url: "https://example.org/a", title: "A", facts: [fact] };
    const grouped = groupByUrl([
      file([entry]),
      file([{ ...entry, url: "https://EXAMPLE.org/a?utm_medium=x", facts: [{ ...fact, subject: "DE" }] }]),
    ]);
    expect(grouped).toHaveLength(1);
    expect(grouped[0]!.facts.map((f) => f.subject)).toEqual(["DE-MV", "DE"]);
  });

  it("keeps the date one file gives when another file cites the same page without one", () => {
    const entry = { url: "https://example.org/a", title: "A", facts: [fact] };
    const [article] = groupByUrl([file([entry]), file([{ ...entry, publishedAt: "2020-04-14" }])]);
    expect(article).toMatchObject({ publishedAt: "2020-04-14" });
    expect(() =>
      groupByUrl([
        file([{ ...entry, publishedAt: "2020-04-13" }]),
        file([{ ...entry, publishedAt: "2020-04-14" }]),
      ]),
    ).toThrow(/cited twice/);
  });

  it("rejects one page cited with two titles", () => {
    expect(() =>
      groupByUrl([
        file([{ url: "https://example.org/a", title: "A", facts: [] }]),
        file([{ url: "https://example.org/a", title: "B", facts: [] }]),
      ]),
    ).toThrow(/cited twice/);
  });
});
