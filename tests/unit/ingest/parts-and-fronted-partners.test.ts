/**
 * Two more readings of taking part: a part of a project ("Die Stadt Kiel ist Teil des Projekts
 * X") and a partner put first with "gemeinsam" ("Gemeinsam mit der Stadt Kiel entwickelt Bremen X",
 * the parser hanging the partner on "gemeinsam") (sentences written for these tests; parses in
 * tests/fixtures/parses/parts-and-fronted-partners.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("parts-and-fronted-partners");
const parts = async (text: string) =>
  (await facts(text, ["participatesIn", "memberOf"])).map((f) => `${f.type} ${pair(f)}`).sort();

describe("a part of a project", () => {
  it("takes part in it", async () => {
    expect(await parts("Die Stadt Kiel ist Teil des Projekts ELFE.")).toEqual([
      "participatesIn Kiel -> ELFE – Einfach Leistungen für Eltern",
    ]);
    expect(await parts("Dataport ist Teil des Projekts ELFE.")).toEqual([
      "participatesIn Dataport -> ELFE – Einfach Leistungen für Eltern",
    ]);
  });

  it("of a body is a member, of anything else nothing", async () => {
    expect(await parts("Die Stadt Kiel ist Teil des IT-Planungsrats.")).toEqual([
      "memberOf Kiel -> IT-Planungsrat",
    ]);
    expect(await parts("Die Stadt Kiel ist Teil der Lösung.")).toEqual([]);
  });
});

describe("a partner put first with 'gemeinsam'", () => {
  it("takes part in what the verb makes", async () => {
    expect(
      (await facts("Gemeinsam mit der Stadt Kiel entwickelt Bremen das Projekt ELFE.", "participatesIn")).map(
        pair,
      ),
    ).toEqual(["Kiel -> ELFE – Einfach Leistungen für Eltern"]);
  });

  it("of no project takes part in nothing", async () => {
    expect(await facts("Gemeinsam mit der Stadt Kiel feiert Bremen das Jubiläum.", "participatesIn")).toEqual(
      [],
    );
  });
});
