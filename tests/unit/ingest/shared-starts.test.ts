/**
 * Offices taken on together: "Anna Kern ist seit Dezember 2016 Staatssekretärin in der
 * Senatsverwaltung ... Berlin. Somit ist sie CIO des Landes Berlin.": the other office of the same
 * owner starts then, unless its sentence tells of an earlier post ("Zuvor war sie ...") or names
 * the office only as a title before the name ("an Digital-Staatssekretärin Anna Kern")
 * (sentences written for these tests; parses in tests/fixtures/parses/shared-starts.json).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { extractArticles } from "../../../src/ingest/extract.js";
import { loadReferenceData } from "../../../src/seed/reference-data.js";
import type { ReferenceData } from "../../../src/ingest/types.js";
import { recordedNlp } from "../../helpers/recorded-nlp.js";

const nlp = recordedNlp("shared-starts");
let reference: ReferenceData;
beforeAll(() => {
  reference = loadReferenceData();
}, 60_000);

/** "role: from" of each office of Anna Kern in an item published on 2021-11-18. */
async function startsOf(text: string): Promise<string[]> {
  const [article] = await extractArticles(text, {
    reference,
    nlp,
    format: "text",
    publishedAt: "2021-11-18",
  });
  return article!.facts
    .filter((f) => f.type === "holdsOffice" && f.subject.name === "Anna Kern")
    .map((f) => `${f.role ?? ""}: ${f.from ?? "undated"}`)
    .sort();
}

describe("an office of the same owner named with the start of another", () => {
  it("starts then", async () => {
    expect(
      await startsOf(
        "Die Bundesregierung hat eine neue Staatssekretärin. Staatssekretärin Anna Kern hat am 1. Oktober 2015 ihr neues Amt im Innenressort angetreten. Als für IT verantwortliche Staatssekretärin wird sie auch die Aufgabe der IT-Beauftragten der Bundesregierung wahrnehmen.",
      ),
    ).toEqual(["IT-Beauftragte: 2015-10-01", "Staatssekretärin: 2015-10-01"]);
  });
});

describe("offices of one owner taken on together", () => {
  it("start together", async () => {
    expect(
      await startsOf(
        "Anna Kern ist seit Dezember 2016 Staatssekretärin in der Senatsverwaltung für Inneres Berlin. Somit ist Anna Kern CIO des Landes Berlin.",
      ),
    ).toEqual(["CIO: 2016-12-01", "Staatssekretärin: 2016-12-01"]);
  });

  it("do not date an earlier post", async () => {
    expect(
      await startsOf(
        "Anna Kern ist seit Dezember 2016 Staatssekretärin in der Senatsverwaltung für Inneres Berlin. Zuvor war Anna Kern Referentin im Land Berlin.",
      ),
    ).toContain("Referentin: undated");
  });

  it("do not date a title used as a label", async () => {
    expect(
      await startsOf(
        "Anna Kern ist neue CIO des Landes Berlin. Die Aufgabe ist an Digital-Staatssekretärin Anna Kern übertragen worden.",
      ),
    ).toEqual(["CIO: 2021-11-18", "Digital-Staatssekretärin: undated"]);
  });
});
