/**
 * The time of offices, memberships, successions and chairs from their sentence, on sentences
 * written for these tests (parses recorded in tests/fixtures/parses/fact-times.json).
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Fact } from "../../../src/model/fact.js";
import { extractArticles } from "../../../src/ingest/extract.js";
import { loadReferenceData } from "../../../src/seed/reference-data.js";
import type { ReferenceData } from "../../../src/ingest/types.js";
import { recordedNlp } from "../../helpers/recorded-nlp.js";

const nlp = recordedNlp("fact-times");
let reference: ReferenceData;
beforeAll(() => {
  reference = loadReferenceData();
}, 60_000);

/** The time slots of the facts of one type and subject in an article published on 2021-11-18. */
async function timeOf(type: Fact["type"], subject: string, text: string) {
  const [article] = await extractArticles(text, {
    reference,
    nlp,
    format: "text",
    publishedAt: "2021-11-18",
  });
  return article!.facts
    .filter((f) => f.type === type && f.subject.name === subject)
    .map(({ year, date, from, to, precision }) => ({ year, date, from, to, precision }));
}

describe("the time of an office", () => {
  it("starts an office at a 'seit' time", async () => {
    expect(
      await timeOf(
        "holdsOffice",
        "Anna Schneider",
        "Anna Schneider ist seit März 2019 CIO des Landes Hessen.",
      ),
    ).toMatchObject([{ from: "2019-03-01", precision: "month" }]);
  });

  it("starts an office at the month of an appointment rather than the publication day", async () => {
    expect(
      await timeOf(
        "holdsOffice",
        "Max Mustermann",
        "Im Januar 2019 wurde Max Mustermann zum CIO des Landes Hessen ernannt.",
      ),
    ).toMatchObject([{ from: "2019-01-01", precision: "month" }]);
  });

  it("starts an office at the day someone takes it over ('übernimmt', a verb that opens with an umlaut)", async () => {
    expect(
      await timeOf(
        "holdsOffice",
        "Anna Schneider",
        "Zum 1. Oktober 2021 übernimmt Anna Schneider das Amt der Staatssekretärin im hessischen Innenministerium.",
      ),
    ).toMatchObject([{ from: "2021-10-01", precision: "day" }]);
  });

  it("ends the office of the person who leaves ('verließ', 'verlassen')", async () => {
    for (const text of [
      "Der CIO des Landes Hessen, Max Mustermann, verließ im Juni 2021 die Landesregierung.",
      "Der CIO des Landes Hessen, Max Mustermann, hat im Juni 2021 die Landesregierung verlassen.",
    ]) {
      expect(await timeOf("holdsOffice", "Max Mustermann", text)).toMatchObject([
        { to: "2021-06-30", precision: "month" },
      ]);
    }
  });

  it("ends the office of the person who retires at the time of the retirement", async () => {
    const facts = await timeOf(
      "holdsOffice",
      "Max Mustermann",
      "Der CIO des Landes Hessen, Max Mustermann, ist zum 31. August 2020 in den Ruhestand getreten.",
    );
    expect(facts).toMatchObject([{ to: "2020-08-31", precision: "day" }]);
    expect(facts[0]!.from).toBeUndefined();
  });

  it("gives a stated office without a start no time", async () => {
    expect(
      await timeOf(
        "holdsOffice",
        "Erika Beispiel",
        "Erika Beispiel ist CIO des Landes Hessen und stellte 2019 die Strategie vor.",
      ),
    ).toMatchObject([{ from: undefined, to: undefined, date: undefined }]);
  });

  it("takes no time from a clause of purpose", async () => {
    expect(
      await timeOf(
        "holdsOffice",
        "Anna Schneider",
        "Unter dem Vorsitz von Staatssekretärin Anna Schneider aus Hessen wurden die Weichen gestellt, um ab Januar 2017 die FITKO aufzubauen.",
      ),
    ).toMatchObject([{ from: undefined, to: undefined, date: undefined }]);
  });

  it("keeps the time of its own clause beside a clause of purpose", async () => {
    expect(
      await timeOf(
        "holdsOffice",
        "Anna Schneider",
        "Anna Schneider wurde im Januar 2017 zur CIO des Landes Hessen ernannt, um die Digitalisierung voranzutreiben.",
      ),
    ).toMatchObject([{ from: "2017-01-01", precision: "month" }]);
  });
});

describe("the time of a succession and a chair", () => {
  it("dates a succession at the start the sentence names", async () => {
    expect(
      await timeOf(
        "succeeds",
        "Anna Schneider",
        "Seit Anfang November 2021 verantwortet Dr. Anna Schneider die IT-Steuerung des Landes und folgt damit auf Peter Hoffmann.",
      ),
    ).toMatchObject([{ date: "2021-11-01", precision: "month" }]);
  });
});

describe("the time of a membership", () => {
  it("starts a new membership at the publication day", async () => {
    expect(
      await timeOf("memberOf", "Anna Schneider", "Anna Schneider ist neues Mitglied des IT-Planungsrats."),
    ).toMatchObject([{ from: "2021-11-18", precision: "day" }]);
  });

  it("leaves a membership the text does not date undated", async () => {
    expect(
      await timeOf("memberOf", "Anna Schneider", "Anna Schneider ist Mitglied des IT-Planungsrats."),
    ).toMatchObject([{ from: undefined, year: undefined }]);
  });
});

describe("the time of a chair", () => {
  it("gives a one-year chair its year, not its start", async () => {
    expect(
      await timeOf(
        "chairs",
        "Hessen",
        "Seit Januar 2021 hat Hessen für ein Jahr den Vorsitz im IT-Planungsrat inne.",
      ),
    ).toMatchObject([{ year: 2021, from: undefined, precision: "year" }]);
  });

  it("gives a chair taken at the coming turn of the year the next year", async () => {
    // (Published on 18 November 2021.)
    expect(
      await timeOf("chairs", "Hessen", "Zum Jahreswechsel übernimmt Hessen den Vorsitz im IT-Planungsrat."),
    ).toMatchObject([{ year: 2022, precision: "year" }]);
    expect(
      await timeOf(
        "chairs",
        "Hessen",
        "Mit dem Jahreswechsel 2020/21 übernimmt Hessen den Vorsitz im IT-Planungsrat.",
      ),
    ).toMatchObject([{ year: 2021, precision: "year" }]);
  });

  it("gives a chair taken at a turn of the year already past the news year", async () => {
    expect(
      await timeOf(
        "chairs",
        "Hessen",
        "Hessen hat zum Jahreswechsel den Vorsitz im IT-Planungsrat übernommen.",
      ),
    ).toMatchObject([{ year: 2021, precision: "year" }]);
  });
});

describe("an office held until a change", () => {
  it("ends at the start the sentence names for the new one ('bislang', 'wechselt zum')", async () => {
    const text =
      "Peter Müller, bislang Abteilungsleiter im hessischen Innenministerium, wechselt zum 1. Dezember als Staatssekretär ins hessische Digitalministerium.";
    const facts = await timeOf("holdsOffice", "Peter Müller", text);
    expect(facts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ to: "2021-12-01", from: undefined }),
        expect.objectContaining({ from: "2021-12-01", to: undefined }),
      ]),
    );
  });

  it("stays undated where the sentence names no time", async () => {
    expect(
      await timeOf(
        "holdsOffice",
        "Peter Müller",
        "Peter Müller, bisher Abteilungsleiter im hessischen Innenministerium, wird Staatssekretär.",
      ),
    ).toContainEqual(expect.objectContaining({ from: undefined, to: undefined, date: undefined }));
  });
});

describe("the time of a use", () => {
  it("starts a use 'ab sofort' at the publication day", async () => {
    expect(
      await timeOf(
        "usesService",
        "Wohngeld digital",
        "Der Online-Dienst „Wohngeld digital“ ist gestartet. Ab sofort können Bürgerinnen und Bürger in den Städten Kassel und Fulda ihren Antrag online stellen.",
      ),
    ).toMatchObject([
      { from: "2021-11-18", precision: "day" },
      { from: "2021-11-18", precision: "day" },
    ]);
  });
});
