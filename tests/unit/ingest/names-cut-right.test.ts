/**
 * Where a project's name ends:
 *   - "für das Programm Smart Cities 300 Millionen Euro": the money after a name is no part of it,
 *     and money the parser hangs on a bare "Programm" names nothing;
 *   - "am Projekt FIT-Connect": the part after the hyphen the tokenizer splits off belongs to it;
 *   - "die Plattform Amt24", "das Portal Mein Unternehmenskonto": a platform named with a number
 *     or by what its user has there
 * (sentences written for these tests; parses in tests/fixtures/parses/names-cut-right.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("names-cut-right");
const pairs = async (text: string, type: Parameters<typeof facts>[1]) => (await facts(text, type)).map(pair);

describe("money after a programme", () => {
  it("ends the programme's name", async () => {
    expect(
      await pairs("Der Bund stellt für das Programm Smart Cities 300 Millionen Euro bereit.", "funds"),
    ).toEqual(["Bund -> Programm Smart Cities"]);
  });

  it("names no programme of its own", async () => {
    const found = await pairs("Der Bund stellt für das Programm 300 Millionen Euro zur Verfügung.", "funds");
    expect(found.filter((p) => /Millionen/.test(p))).toEqual([]);
  });
});

describe("a hyphenated project name", () => {
  it("is taken whole", async () => {
    expect(await pairs("Die FITKO nimmt am Projekt FIT-Connect teil.", "participatesIn")).toEqual([
      "FITKO -> Projekt FIT-Connect",
    ]);
  });
});

describe("a platform's name", () => {
  it("may carry a number", async () => {
    expect(await pairs("Der Freistaat Sachsen hat die Plattform Amt24 gestartet.", "launches")).toEqual([
      "Sachsen -> Amt24",
    ]);
  });

  it("may open with 'Mein'", async () => {
    expect(
      await pairs("Das Land Hessen hat das Portal Mein Unternehmenskonto gestartet.", "launches"),
    ).toEqual(["Hessen -> Mein Unternehmenskonto"]);
  });
});
