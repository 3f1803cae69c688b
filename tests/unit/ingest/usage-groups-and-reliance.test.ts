/**
 * A relative clause of using on a group the subject belongs to speaks of the subject too: "Kassel
 * und Fulda gehören zu den ersten Kommunen, die X anbieten" (as "Die Stadt Kassel ist eine von 30
 * Kommunen, die X nutzen" did before); a group named as a subject of its own ("Die Kommunen, die X
 * nutzen") names no one. What a town relies on ("setzt auf die Plattform X") it uses; "setzt X
 * ein" stays "einsetzen", and "setzt auf Kooperation" names no service
 * (sentences written for these tests; parses in tests/fixtures/parses/usage-groups-and-reliance.json).
 */
import { describe, expect, it } from "vitest";
import { portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("usage-groups-and-reliance");

/** The users named (the counted ones, "30 Kommunen", are a text, not a user named). */
async function users(text: string): Promise<string[]> {
  return (await facts(text, "usesService"))
    .filter((f) => f.object !== undefined)
    .map((f) => `${f.object!.name} uses ${f.subject.name}`)
    .sort();
}

describe("a relative clause on a group", () => {
  it("is said of the members 'gehören zu' names", async () => {
    expect(
      await users(
        "Kassel und Fulda gehören zu den ersten Kommunen, die den Online-Dienst „Wohngeld digital“ anbieten.",
      ),
    ).toEqual(["Fulda uses Wohngeld digital", "Kassel uses Wohngeld digital"]);
  });

  it("is said of the one 'eine von' names", async () => {
    expect(
      await users(
        "Die Stadt Kassel ist eine von 30 Kommunen, die den Online-Dienst „Wohngeld digital“ nutzen.",
      ),
    ).toEqual(["Kassel uses Wohngeld digital"]);
  });

  it("names no one where the group is a subject of its own", async () => {
    expect(
      await users("Die Kommunen, die den Online-Dienst „Wohngeld digital“ nutzen, sind zufrieden."),
    ).toEqual([]);
  });
});

describe("relying on a service", () => {
  it("is using it", async () => {
    expect(await users("Die Stadt Kassel setzt bei der Digitalisierung auf die Plattform civento.")).toEqual([
      "Kassel uses civento",
    ]);
  });

  it("names no service where it relies on something else, nor where it is denied", async () => {
    expect(await users("Die Stadt Kassel setzt auf Kooperation.")).toEqual([]);
    expect(await users("Die Stadt Kassel setzt nicht auf die Plattform civento.")).toEqual([]);
  });
});
