/**
 * Taking part told by belonging, joining and being one of a project's roles:
 *   - "Zu den Pilotkommunen des Projekts X gehören A und B", "A tritt dem Projekt X bei": who
 *     belongs to or joins a project takes part in it (a body has members);
 *   - "An dem Projekt X sind A und B beteiligt": the project the parser hangs on the subject;
 *     "Beteiligt sind A und B": the item's project;
 *   - "A ist eine der Modellkommunen im Projekt X", "Pilotkommunen sind A und B": one of the role's
 *     holders, in the project named or the item's;
 *   - "die Städte Erfurt und Weimar": the town a listed name names is the largest of that name
 * (sentences written for these tests; parses in tests/fixtures/parses/participation-by-belonging.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("participation-by-belonging");

async function relations(text: string, type: "participatesIn" | "memberOf"): Promise<string[]> {
  return (await facts(text, type)).map(pair).sort();
}

describe("belonging to or joining a project", () => {
  it("is taking part in it, not membership", async () => {
    const text = "Zu den Pilotkommunen des Projekts „Bürgerkonto Plus“ gehören die Städte Erfurt und Weimar.";
    expect(await relations(text, "participatesIn")).toEqual([
      "Erfurt -> Bürgerkonto Plus",
      "Weimar -> Bürgerkonto Plus",
    ]);
    expect(await relations(text, "memberOf")).toEqual([]);
  });

  it("joins a project by taking part and a body as a member", async () => {
    expect(
      await relations("Die Stadt Jena tritt dem Projekt „Bürgerkonto Plus“ bei.", "participatesIn"),
    ).toEqual(["Jena -> Bürgerkonto Plus"]);
    expect(await relations("Die Stadt Köln tritt der Govdigital eG bei.", "memberOf")).toEqual([
      "Köln -> Govdigital eG",
    ]);
  });
});

describe("a project the parser hangs on the subject", () => {
  it("has the subjects take part", async () => {
    expect(
      await relations(
        "An dem Projekt „Digitale Schule“ sind die Länder Sachsen und Thüringen beteiligt.",
        "participatesIn",
      ),
    ).toEqual(["Sachsen -> Digitale Schule", "Thüringen -> Digitale Schule"]);
  });
});

describe("a participle of taking part first in its sentence", () => {
  it("has the ones it predicates take part in the item's project", async () => {
    expect(
      await relations(
        "Das Projekt „Smart Region“ startet im Mai. Beteiligt sind die Städte Kassel und Fulda.",
        "participatesIn",
      ),
    ).toEqual(["Fulda -> Smart Region", "Kassel -> Smart Region"]);
  });

  it("is no participation when denied", async () => {
    expect(
      await relations(
        "Das Projekt „Smart Region“ startet im Mai. Nicht beteiligt ist die Stadt Kassel.",
        "participatesIn",
      ),
    ).toEqual([]);
  });
});

describe("one of a project's roles", () => {
  it("takes part in the project named with the role", async () => {
    expect(
      await relations(
        "Die Stadt Jena ist eine der Modellkommunen im Projekt „Digitale Orte“.",
        "participatesIn",
      ),
    ).toEqual(["Jena -> Digitale Orte"]);
  });

  it("takes part in the item's project when the role names none", async () => {
    expect(
      await relations(
        "Das Projekt „Digitales Dorf“ startet im Mai. Pilotkommunen sind die Städte Erfurt und Jena sowie der Landkreis Gotha.",
        "participatesIn",
      ),
    ).toEqual(["Erfurt -> Digitales Dorf", "Jena -> Digitales Dorf", "Landkreis Gotha -> Digitales Dorf"]);
  });

  it("is not one of any other plural", async () => {
    expect(
      await relations(
        "Das Projekt „Digitales Dorf“ startet im Mai. Die Stadt Erfurt ist eine der größten Städte.",
        "participatesIn",
      ),
    ).toEqual([]);
  });
});
