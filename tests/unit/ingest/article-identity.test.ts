import { beforeAll, describe, expect, it } from "vitest";
import { emptyNlp } from "../../helpers/recorded-nlp.js";
import { extractArticles } from "../../../src/ingest/extract.js";
import { loadReferenceData } from "../../../src/seed/reference-data.js";
import type { ReferenceData } from "../../../src/ingest/types.js";
import { articleId, canonicalUrl } from "../../../src/model/ids.js";

describe("canonical article URLs", () => {
  it("lower-cases scheme and host and drops fragments, tracking parameters and session ids", () => {
    expect(canonicalUrl("HTTPS://WWW.Example.ORG/News/Neue-CIO/#kommentare")).toBe(
      "https://www.example.org/News/Neue-CIO",
    );
    expect(
      canonicalUrl("https://example.org/a?utm_source=feed&utm_medium=rss&fbclid=x1&gclid=y2&mc_cid=z&id=7"),
    ).toBe("https://example.org/a?id=7");
    expect(canonicalUrl("https://www.bund.de/DE/x.html;jsessionid=0A1B.live21?nn=4&PHPSESSID=abc")).toBe(
      "https://www.bund.de/DE/x.html?nn=4",
    );
  });

  it("normalises the trailing slash, the default port and the order of parameters", () => {
    expect(canonicalUrl("http://example.org:80/a/b/?b=2&a=1")).toBe(
      canonicalUrl("http://example.org/a/b?a=1&b=2"),
    );
    expect(canonicalUrl("https://example.org/")).toBe("https://example.org");
  });

  it("has none for what is not an http(s) URL", () => {
    expect(canonicalUrl("kein Link")).toBeUndefined();
    expect(canonicalUrl("mailto:presse@example.org")).toBeUndefined();
  });
});

describe("article ids", () => {
  it("are the canonical URL's when there is one: one page under tracking parameters is one article", () => {
    const plain = articleId("2025-02-07", "Neue CIO", "https://example.org/news/cio");
    expect(
      articleId("2025-02-07", "Neue CIO (aktualisiert)", "https://EXAMPLE.org/news/cio/?utm_source=x#top"),
    ).toBe(plain);
    expect(plain).toMatch(/^example-org-news-cio-[0-9a-f]{12}$/);
  });

  it("keep two pages with the same title and day apart", () => {
    expect(articleId("2025-02-07", "Neue CIO", "https://a.example/1")).not.toBe(
      articleId("2025-02-07", "Neue CIO", "https://b.example/1"),
    );
    expect(articleId("2025-02-07", "Neue CIO", "https://a.example/news?id=1")).not.toBe(
      articleId("2025-02-07", "Neue CIO", "https://a.example/news?id=2"),
    );
  });

  it("fall back to day and title without a URL, 'undated' without a day", () => {
    expect(articleId("2025-02-07", "Sachsen: Neue CIO")).toBe("2025-02-07-sachsen-neue-cio");
    expect(articleId(undefined, "Sachsen: Neue CIO")).toBe("undated-sachsen-neue-cio");
  });
});

describe("an article without a publication date", () => {
  let reference: ReferenceData;
  beforeAll(() => {
    reference = loadReferenceData();
  }, 60_000);

  it("is extracted as undated, identified by its URL", async () => {
    const line = JSON.stringify({ url: "https://example.org/d16", text: "Die D16 tagten in Kiel." });
    const [extracted] = await extractArticles(line, { reference, nlp: emptyNlp });
    expect(extracted!.article).toMatchObject({ undated: true, url: "https://example.org/d16" });
    expect(extracted!.article.publishedAt).toBeUndefined();
    expect(extracted!.article.id).toBe(articleId(undefined, "", "https://example.org/d16"));
  });
});
