/**
 * "Paula Winter ist Mitglied im Kreistag des Landkreises Harburg": a seat in a town's or county's
 * council, named with its place however the text puts it, and seats held for a party or taken up
 * in several bodies at once (sentences written for these tests; parses in
 * tests/fixtures/parses/seats-in-local-councils.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("seats-in-local-councils");
const members = async (text: string) => (await facts(text, "memberOf")).map(pair);

describe("seats in local councils", () => {
  it("name the council with its county, as written", async () => {
    expect(await members("Paula Winter ist Mitglied im Kreistag des Landkreises Harburg.")).toEqual([
      "Paula Winter -> Kreistag des Landkreises Harburg",
    ]);
    expect(await members("Seit 2021 ist Clara Vogt Mitglied des Kreistags im Landkreis Cham.")).toEqual([
      "Clara Vogt -> Kreistag im Landkreis Cham",
    ]);
  });

  it("and with its town, by a genitive or by 'von'", async () => {
    expect(await members("Anna Roth gehört dem Stadtrat von Würzburg seit 2014 an.")).toEqual([
      "Anna Roth -> Stadtrat von Würzburg",
    ]);
    expect(await members("Lars Kühn sitzt in der Stadtverordnetenversammlung der Stadt Usingen.")).toEqual([
      "Lars Kühn -> Stadtverordnetenversammlung der Stadt Usingen",
    ]);
  });

  it("give a county's Kreistagsabgeordnete a seat in its Kreistag, named by the county", async () => {
    expect(
      await members("Die Kreistagsabgeordnete Jana Wolf aus dem Landkreis Oberhavel begrüßte den Beschluss."),
    ).toEqual(["Jana Wolf -> Kreistag Oberhavel"]);
  });

  it("make one who sits for a party the member", async () => {
    expect(await members("Michael Kraus sitzt für die Christdemokraten im Erfurter Stadtrat.")).toEqual([
      "Michael Kraus -> Erfurter Stadtrat",
    ]);
  });

  it("read one active in several bodies as a member of each", async () => {
    expect(
      await members(
        "Ehrenamtlich engagiert sich Lars Kühn im Vorstand von Dataport und im Kreistag des Landkreises Harburg.",
      ),
    ).toEqual(["Lars Kühn -> Dataport", "Lars Kühn -> Kreistag des Landkreises Harburg"]);
  });

  it("while a bare council names none", async () => {
    expect(await members("Paula Winter ist Mitglied im Kreistag.")).toEqual([]);
  });

  it("nor is one active for a cause a member", async () => {
    expect(await members("Lars Kühn engagiert sich für die Digitalisierung im Landkreis Harburg.")).toEqual(
      [],
    );
  });
});
