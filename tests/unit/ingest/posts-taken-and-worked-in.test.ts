/**
 * Offices told by the post taken, run or worked in, and appointments that set up no body:
 *   - "X hat das Amt der Präsidentin des Y inne": the holder of a post the parser hangs on "inne";
 *   - "X übernimmt das Amt der ...": taking a post on starts it on the news day;
 *   - "X führt die Geschäfte der Y": running an organisation is its management;
 *   - "X arbeitete als Referent im Innenministerium des Saarlandes": the workplace after "im"
 *     beside a verb of working (a Land's ministry stands for its Land), never a mere place;
 *   - "Der Verwaltungsrat hat X zum Geschäftsführer der Y berufen": an appointment, no launch
 * (sentences written for these tests; parses in tests/fixtures/parses/posts-taken-and-worked-in.json).
 */
import { describe, expect, it } from "vitest";
import { pairOrText, portalItems } from "../../helpers/portal-item.js";

const { facts, offices } = portalItems("posts-taken-and-worked-in");

describe("a post held or taken on", () => {
  it("is held by the subject of 'innehaben' the parser roots at the particle", async () => {
    expect(await offices("Anna Berger hat das Amt der Präsidentin des BSI inne.")).toEqual([
      "Anna Berger -> Bundesamt für Sicherheit in der Informationstechnik (Präsidentin)",
    ]);
  });

  it("starts on the news day when it is taken on", async () => {
    const [taken] = await facts("Anna Berger übernimmt das Amt der Präsidentin des BSI.", "holdsOffice");
    expect(taken?.from).toBe("2024-03-01");
    const [held] = await facts("Anna Berger bekleidet das Amt der Präsidentin des BSI.", "holdsOffice");
    expect(held?.from).toBeUndefined();
  });
});

describe("running an organisation", () => {
  it("is its management", async () => {
    expect(await offices("Seit Januar führt Peter Krause die Geschäfte der AKDB.")).toEqual([
      "Peter Krause -> AKDB (Geschäftsführung)",
    ]);
  });

  it("needs the organisation named", async () => {
    expect(await offices("Peter Krause führt die Geschäfte.")).toEqual([]);
  });
});

describe("a workplace after 'im'", () => {
  it("owns the role beside a verb of working", async () => {
    expect(await offices("Hanno Thewes arbeitete als Referent im Innenministerium des Saarlandes.")).toEqual([
      "Hanno Thewes -> Saarland (Referent)",
    ]);
  });

  it("is no employer when it is a place", async () => {
    expect(await offices("Anna Berger arbeitete als Beraterin in Berlin.")).toEqual([]);
  });
});

describe("an appointment", () => {
  it("launches no body", async () => {
    const found = await facts("Der Verwaltungsrat hat Peter Krause zum Geschäftsführer der FITKO berufen.", [
      "launches",
      "holdsOffice",
    ]);
    expect(found.map((f) => `${f.type} ${pairOrText(f)}`)).toEqual(["holdsOffice Peter Krause -> FITKO"]);
  });

  it("into a body launches it not either, while setting one up does", async () => {
    expect(
      (await facts("Die Ministerin hat Peter Krause in den Digitalrat berufen.", "launches")).map(pairOrText),
    ).toEqual([]);
    expect(
      (await facts("Der IT-Planungsrat hat eine Arbeitsgruppe eingesetzt.", "launches")).map(pairOrText),
    ).toEqual(["IT-Planungsrat -> Arbeitsgruppe"]);
  });
});
