/**
 * The Land whose government published an item, by its URL's host, owns a minister's office that
 * a sentence names without a Land (src/ingest/facts/publisher-state.ts); sentences written for
 * this test (parses in tests/fixtures/parses/publisher-state.json).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { buildGazetteer, extractArticles, type ReferenceData } from "../../../src/ingest/index.js";
import { publisherState } from "../../../src/ingest/facts/publisher-state.js";
import { loadReferenceData } from "../../../src/seed/reference-data.js";
import { recordedNlp } from "../../helpers/recorded-nlp.js";

const nlp = recordedNlp("publisher-state");
let reference: ReferenceData;
beforeAll(() => {
  reference = loadReferenceData();
}, 60_000);

describe("the Land that published an item", () => {
  it("is read from a Land government's host or its subdomains, and from no other host", () => {
    const gazetteer = buildGazetteer(reference);
    const land = (url: string) => publisherState(url, gazetteer)?.name;
    expect(land("https://www.stk.niedersachsen.de/presse/x.html")).toBe("Niedersachsen");
    expect(land("https://brandenburg.de/alias/detail.php?id=1")).toBe("Brandenburg");
    expect(land("https://www.sachsen-anhalt.de/x")).toBe("Sachsen-Anhalt");
    expect(land("https://www.sachsen.de/x")).toBe("Sachsen");
    expect(land("https://www.heise.de/news/x")).toBeUndefined();
    expect(land("https://notbayern.de/x")).toBeUndefined();
    expect(land("not a url")).toBeUndefined();
  });

  it("owns a minister's office the sentence names without a Land", async () => {
    const text =
      "Die Länder Bremen, Hamburg, Niedersachsen und Schleswig-Holstein tragen Dataport. Finanzminister Peter Brandt begrüßte die Erweiterung des Verbunds.";
    const line = (url: string) =>
      JSON.stringify({ url, title: "Dataport wächst", publishedAt: "2013-10-22", text });
    const owner = async (url: string) => {
      const [article] = await extractArticles(line(url), { reference, nlp, format: "jsonl" });
      return article!.facts
        .filter((f) => f.type === "holdsOffice")
        .map((f) => `${f.subject.name} -> ${f.object?.name}`);
    };
    expect(await owner("https://www.stk.niedersachsen.de/presse/dataport.html")).toEqual([
      "Peter Brandt -> Niedersachsen",
    ]);
    expect(await owner("https://www.example.org/dataport.html")).toEqual([
      "Peter Brandt -> Schleswig-Holstein",
    ]);
  });
});
