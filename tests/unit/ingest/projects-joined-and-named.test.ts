/**
 * Projects joined, named in the genitive and relied on:
 *   - "Münster hat sich dem Projekt X angeschlossen", "Jena ist dem Projekt X beigetreten": joining
 *     a project is taking part in it (the dative names the project);
 *   - "des Projekts Digitale Dörfer": a name opened by its kind word in the genitive is the
 *     project "Projekt Digitale Dörfer", one entity whatever the case;
 *   - "An dem Projekt OZG-Hub beteiligen sich ...": the head of a compound ("OZG") names no project;
 *   - "Baden-Württembergische Pilotkommune ist die Stadt Mannheim": a Land's adjective before the
 *     role is no project's name in the genitive (the pilot is the item's project's);
 *   - "setzt für die Wohngeldanträge auf den Onlinedienst X": the "auf" phrase the parser hangs on
 *     the phrase before it still names the service relied on
 * (sentences written for these tests; parses in tests/fixtures/parses/projects-joined-and-named.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("projects-joined-and-named");
const pairs = async (text: string, type: Parameters<typeof facts>[1]) => (await facts(text, type)).map(pair);

describe("joining a project", () => {
  it("is taking part, reflexive with 'anschließen'", async () => {
    expect(
      await pairs(
        "Die Stadt Münster hat sich dem Projekt Smart Region Münsterland angeschlossen.",
        "participatesIn",
      ),
    ).toEqual(["Münster -> Projekt Smart Region Münsterland"]);
    expect(
      await pairs("Nun schließt sich auch der Kreis Borken dem Verbund OWL-Digital an.", "participatesIn"),
    ).toEqual(["Kreis Borken -> Verbund OWL-Digital"]);
  });

  it("is taking part with 'beitreten'", async () => {
    expect(
      await pairs("Die Stadt Jena ist dem Projekt Digitale Dörfer beigetreten.", "participatesIn"),
    ).toEqual(["Jena -> Projekt Digitale Dörfer"]);
  });

  it("is nothing yet when only intended, nor when one joins an opinion", async () => {
    expect(
      await pairs("Der Landkreis will sich dem Projekt Digitale Dörfer anschließen.", "participatesIn"),
    ).toEqual([]);
    expect(
      await pairs("Der Bürgermeister schloss sich der Meinung des Landrats an.", [
        "participatesIn",
        "usesService",
      ]),
    ).toEqual([]);
  });
});

describe("a kind word in the genitive", () => {
  it("names the project in the nominative", async () => {
    expect(
      await pairs(
        "Zu den Partnern des Projekts Digitale Dörfer zählen die Gemeinde Betzdorf und die Stadt Eisenberg.",
        "participatesIn",
      ),
    ).toEqual(["Betzdorf -> Projekt Digitale Dörfer", "Eisenberg -> Projekt Digitale Dörfer"]);
    expect(
      await pairs("Die Stadt Ulm ist Partnerin des Vorhabens Smart City Ulm.", "participatesIn"),
    ).toEqual(["Ulm -> Vorhaben Smart City Ulm"]);
  });
});

describe("a Land's adjective before a pilot's role", () => {
  it("names no project", async () => {
    expect(
      await pairs(
        "Das Projekt Digitale Dörfer startet im Mai. Baden-Württembergische Pilotkommune ist die Stadt Mannheim.",
        "participatesIn",
      ),
    ).toEqual(["Mannheim -> Projekt Digitale Dörfer"]);
  });
});

describe("an abbreviation inside a project's compound", () => {
  it("names no project of its own", async () => {
    expect(
      await pairs(
        "An dem Projekt OZG-Hub beteiligen sich Hamburg, Bremen und Schleswig-Holstein.",
        "participatesIn",
      ),
    ).toEqual([
      "Hamburg -> Projekt OZG-Hub",
      "Bremen -> Projekt OZG-Hub",
      "Schleswig-Holstein -> Projekt OZG-Hub",
    ]);
  });
});

describe("relying on a service", () => {
  it("reads the 'auf' phrase the parser hangs on the phrase before it", async () => {
    expect(
      await pairs(
        "Die Stadt Leipzig setzt für die Wohngeldanträge auf den Onlinedienst Wohngeld-Digital.",
        "usesService",
      ),
    ).toEqual(["Onlinedienst Wohngeld-Digital -> Leipzig"]);
  });
});
