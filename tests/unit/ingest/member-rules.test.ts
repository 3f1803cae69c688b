/**
 * memberOf from the parse for representation, "als Mitglied", election into a body and
 * member lists, on sentences written for these tests (parses in tests/fixtures/parses/member-rules.json).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { loadReferenceData } from "../../../src/seed/reference-data.js";
import type { ReferenceData } from "../../../src/ingest/types.js";
import { extractArticles } from "../../../src/ingest/extract.js";
import { membershipsOf } from "../../helpers/memberships.js";
import { recordedNlp } from "../../helpers/recorded-nlp.js";

const nlp = recordedNlp("member-rules");
let reference: ReferenceData;
beforeAll(() => {
  reference = loadReferenceData();
}, 60_000);

const memberships = (text: string) => membershipsOf(text, reference, nlp);

describe("memberOf from the parse", () => {
  it("makes the person who represents a Land in a body its member", async () => {
    expect(await memberships("Anna Schneider vertritt das Land Hessen im IT-Planungsrat.")).toEqual([
      "Anna Schneider -> IT-Planungsrat (graph)",
    ]);
  });

  it("finds the person a role noun as the subject names in an apposition, however deep", async () => {
    expect(
      await memberships(
        "Der Beauftragte der Landesregierung für die Informationstechnik (CIO), Staatssekretär im Ministerium für Umwelt und Digitales Jan Roth, vertritt Hessen im IT-Planungsrat.",
      ),
    ).toEqual(["Jan Roth -> IT-Planungsrat (graph)"]);
  });

  it("sends a member named by a pronoun to review", async () => {
    expect(
      await memberships(
        "Anna Schneider ist CIO des Landes Hessen. Sie vertritt das Land auch im IT-Planungsrat.",
      ),
    ).toEqual(["Anna Schneider -> IT-Planungsrat (review)"]);
  });

  it("reads the subject of a clause with 'als Mitglied'", async () => {
    expect(
      await memberships("Als Mitglied des IT-Planungsrates vertrat Peter Hoffmann das Land Bremen."),
    ).toContain("Peter Hoffmann -> IT-Planungsrat (review)");
  });

  it("makes the person elected into a parliament its member, through a relative clause", async () => {
    expect(
      await memberships(
        "Peter Hoffmann, der 2011 in den Hessischen Landtag gewählt wurde, leitet das Referat.",
      ),
    ).toEqual(["Peter Hoffmann -> Hessischer Landtag (review)"]);
  });

  it("reads the names listed after a colon as members of the body referred back to", async () => {
    expect(
      await memberships(
        "Der Nationale Normenkontrollrat hat neue Mitglieder. Dem Rat gehören folgende Personen an: Anna Schneider, Peter Hoffmann und Maria Weber.",
      ),
    ).toEqual([
      "Anna Schneider -> Nationaler Normenkontrollrat (review)",
      "Maria Weber -> Nationaler Normenkontrollrat (review)",
      "Peter Hoffmann -> Nationaler Normenkontrollrat (review)",
    ]);
  });

  it("does not make staff of a ministry its members", async () => {
    expect(
      await memberships("Peter Hoffmann trat 2005 als Referent in das Bundesministerium des Innern ein."),
    ).toEqual([]);
  });
});

describe("memberOf from stative and predicate shapes", () => {
  it("reads who is represented in a body, and who acts for a Land there", async () => {
    expect(await memberships("Im IT-Planungsrat sind Bund und Länder vertreten.")).toEqual([
      "Bund -> IT-Planungsrat (review)",
    ]);
    expect(
      await memberships("Im IT-Planungsrat ist das Land Hessen durch Anna Schneider vertreten."),
    ).toEqual(["Anna Schneider -> IT-Planungsrat (review)"]);
  });

  it("does not make the Land a person represents a member", async () => {
    expect(
      await memberships("Als Mitglied des IT-Planungsrates vertrat Peter Hoffmann das Land Bremen."),
    ).not.toContain("Bremen -> IT-Planungsrat (review)");
  });

  it("finds the person deep in the predicate of 'Mitglied ... ist'", async () => {
    expect(
      await memberships(
        "Der IT-Planungsrat tagte. Stimmberechtigtes Mitglied für Hessen ist Staatssekretär Dr. Peter Hoffmann.",
      ),
    ).toEqual(["Peter Hoffmann -> IT-Planungsrat (review)"]);
  });
});

describe("the time of a membership", () => {
  it("starts a membership at the year the parse hangs on the verb of the election", async () => {
    const [article] = await extractArticles(
      "Peter Hoffmann, der 2011 in den Hessischen Landtag gewählt wurde, leitet das Referat.",
      { reference, nlp, format: "text", publishedAt: "2024-05-02" },
    );
    const member = article!.facts.find((f) => f.type === "memberOf");
    expect(member).toMatchObject({ from: "2011-01-01", precision: "year" });
  });
});

describe("a member list after a colon", () => {
  it("makes every name after the colon a member, however the parser chains them", async () => {
    expect(
      await memberships(
        "Der Nationale Normenkontrollrat wurde neu besetzt. Fortan gehören dem Rat folgende Personen an: Anna Keller, Dr. Peter Hoffmann, Jana Berg, Prof. Dr. Uwe Maier, Klara Stein, Malte Fischer, Dorothea Lang-Weber und Andrea Brandt.",
      ),
    ).toEqual(
      [
        "Andrea Brandt",
        "Anna Keller",
        "Dorothea Lang-Weber",
        "Jana Berg",
        "Klara Stein",
        "Malte Fischer",
        "Peter Hoffmann",
        "Uwe Maier",
      ].map((name) => `${name} -> Nationaler Normenkontrollrat (review)`),
    );
  });
});
