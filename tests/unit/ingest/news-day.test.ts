/**
 * The day an item reports from: its publication day, or on a page that shows no date the first day
 * or month its lead names. A new holder starts then, and a chair without a time of its own is a
 * chair of that year (or of the first year the lead names); a page with no date anywhere in its lead leaves them undated (and never
 * gives a precision without a date) (sentences written for these tests; parses in
 * tests/fixtures/parses/news-day.json).
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Fact } from "../../../src/model/fact.js";
import { extractArticles } from "../../../src/ingest/extract.js";
import { loadReferenceData } from "../../../src/seed/reference-data.js";
import type { ReferenceData } from "../../../src/ingest/types.js";
import { recordedNlp } from "../../helpers/recorded-nlp.js";

const nlp = recordedNlp("news-day");
let reference: ReferenceData;
beforeAll(() => {
  reference = loadReferenceData();
}, 60_000);

/** The time slots of the facts of one type and subject in an item, dated when `publishedAt` is given. */
async function timeOf(type: Fact["type"], subject: string, text: string, publishedAt?: string) {
  const item = {
    url: "https://example.org/meldung",
    title: "Meldung",
    text,
    ...(publishedAt ? { publishedAt } : {}),
  };
  const [article] = await extractArticles(JSON.stringify(item), { reference, nlp, format: "jsonl" });
  return article!.facts
    .filter((f) => f.type === type && f.subject.name === subject)
    .map(({ year, date, from, to, precision }) => ({ year, date, from, to, precision }));
}

const LEAD_DAY =
  "Am 11. November 2022 kam der neue Sonderausschuss Digitalisierung beim Hessischen Landkreistag zusammen. Zum Vorsitzenden wurde Landrat Peter Lanz gewählt.";

describe("an undated page", () => {
  it("starts a new holder on the day its lead names", async () => {
    expect(await timeOf("chairs", "Peter Lanz", LEAD_DAY)).toMatchObject([
      { from: "2022-11-11", precision: "day" },
    ]);
  });

  it("starts a new holder in the month its lead names", async () => {
    expect(
      await timeOf(
        "chairs",
        "Peter Lanz",
        "Im November 2014 kam der neue Sonderausschuss Digitalisierung beim Hessischen Landkreistag zusammen. Zum Vorsitzenden wurde Landrat Peter Lanz gewählt.",
      ),
    ).toMatchObject([{ from: "2014-11-01", precision: "month" }]);
  });

  it("leaves the start undated, with no precision, when its lead names no day or month", async () => {
    const times = await timeOf(
      "chairs",
      "Peter Lanz",
      "Der neue Sonderausschuss Digitalisierung beim Hessischen Landkreistag kam zusammen. Zum Vorsitzenden wurde Landrat Peter Lanz gewählt.",
    );
    expect(times).toHaveLength(1);
    expect(times[0]!.from).toBeUndefined();
    expect(times[0]!.precision).toBeUndefined();
  });
});

describe("an undated page whose lead names a year", () => {
  it("dates a chair without a time of its own in that year", async () => {
    expect(
      await timeOf(
        "chairs",
        "Sachsen",
        "Neuer Vorsitz im IT-Planungsrat: 2030 wird ein Jahr der Register. Mit dem Jahreswechsel hat Sachsen den Vorsitz im IT-Planungsrat übernommen.",
      ),
    ).toMatchObject([{ year: 2030, precision: "year" }]);
  });
});

describe("a dated page", () => {
  it("starts a new holder on its publication day, whatever its lead names", async () => {
    expect(await timeOf("chairs", "Peter Lanz", LEAD_DAY, "2022-11-14")).toMatchObject([
      { from: "2022-11-14", precision: "day" },
    ]);
  });
});
