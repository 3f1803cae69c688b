/**
 * An organisation named in full with its abbreviation in parentheses: the office is the
 * organisation's, named in full, even when a Land's name is part of it; and a known name in the
 * genitive keeps the role and the person after it together over the parenthesis
 * (sentences written for these tests; parses in tests/fixtures/parses/office-abbreviated-owners.json).
 */
import { describe, expect, it } from "vitest";
import { portalItems } from "../../helpers/portal-item.js";

const { offices } = portalItems("office-abbreviated-owners");

describe("an owner named with its abbreviation", () => {
  it("is the association named in full, in the nominative, not its abbreviation", async () => {
    expect(
      await offices(
        "Der Vorsitzende des Landesverbandes der Kommunalwirtschaft (LVKW), Jörn Albers, lobte den Beschluss.",
      ),
    ).toEqual(["Jörn Albers -> Landesverband der Kommunalwirtschaft (Vorsitzende)"]);
  });

  it("is the organisation whose name holds a Land's name, not the Land", async () => {
    expect(
      await offices("Petra Lindner ist neue Geschäftsführerin der Digitalen Dienste Thüringen (DDTH)."),
    ).toEqual(["Petra Lindner -> Digitalen Dienste Thüringen (Geschäftsführerin)"]);
  });

  it("is the whole name where the parser hangs its last words on the role", async () => {
    expect(
      await offices(
        "Im Amt bleibt Prof. Dr. Peter Parycek, Leiter des Kompetenzzentrums öffentliche IT (ÖFIT) am Fraunhofer-Institut.",
      ),
    ).toEqual(["Peter Parycek -> Kompetenzzentrum öffentliche IT (Leiter)"]);
  });

  it("is a known organisation the gazetteer names by its abbreviation", async () => {
    expect(
      await offices(
        "Jens Meier ist neuer Geschäftsführer der Kommunalen Informationsverarbeitung Sachsen (KISA).",
      ),
    ).toEqual(["Jens Meier -> KISA (Geschäftsführer)"]);
  });

  it("is no organisation when the parenthesis abbreviates the role, and a government seat after it is its Land", async () => {
    expect(
      await offices(
        "Das sagte der Beauftragte der Landesregierung für Informationstechnik (CIO), Markus Feld, in Mainz.",
      ),
    ).toEqual(["Markus Feld -> Rheinland-Pfalz (Beauftragte)"]);
  });

  it("keeps a role and the person named after a known name and its abbreviation together", async () => {
    expect(
      await offices(
        "Die Präsidentin des Bundesamtes für Sicherheit in der Informationstechnik (BSI), Claudia Plattner, sprach in Bonn.",
      ),
    ).toEqual(["Claudia Plattner -> Bundesamt für Sicherheit in der Informationstechnik (Präsidentin)"]);
  });
});

describe("a role's name", () => {
  it("keeps every part of a list of what the office is for, and the person after it", async () => {
    expect(
      await offices(
        "Zum 1. Januar 2025 übernimmt das Land Rheinland-Pfalz, vertreten durch die Ministerin für Arbeit, Soziales, Transformation und Digitalisierung, Dörte Schall, turnusmäßig den Vorsitz der Digitalministerkonferenz (DMK).",
      ),
    ).toEqual([
      "Dörte Schall -> Rheinland-Pfalz (Ministerin für Arbeit, Soziales, Transformation und Digitalisierung)",
    ]);
  });

  it("keeps a capitalised adjective of what the office is for", async () => {
    expect(
      await offices(
        "Hessen hat eine Ministerin für Digitale Strategie und Entwicklung. Die Ministerin für Digitale Strategie und Entwicklung, Prof. Dr. Kristina Sinemus, sprach in Wiesbaden.",
      ),
    ).toEqual(["Kristina Sinemus -> Hessen (Ministerin für Digitale Strategie und Entwicklung)"]);
  });
});
