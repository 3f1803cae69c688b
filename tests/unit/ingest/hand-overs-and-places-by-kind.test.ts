/**
 * Offices handed on ("gibt den Posten an X ab"), a role that is the subject of "bleibt", a chair
 * in a Land's body, a unit's remit in apposition, a county or town named by its kind alone, a
 * passive read as a copula, a bare strategy and a town's officer in an inflected role
 * (sentences written for these tests; parses in tests/fixtures/parses/hand-overs-and-places-by-kind.json).
 */
import { describe, expect, it } from "vitest";
import { pair, pairOrText, portalItems } from "../../helpers/portal-item.js";

const { facts, offices } = portalItems("hand-overs-and-places-by-kind");
const successions = async (text: string) => (await facts(text, "succeeds")).map(pair);

describe("an office handed on", () => {
  it("is succeeded by the one it goes to", async () => {
    expect(await successions("Rüdiger Malter hat den Posten Ende 2021 an Bernd Schlömer abgegeben.")).toEqual(
      ["Bernd Schlömer -> Rüdiger Malter"],
    );
    expect(
      await successions("Finanzminister Michael Richter gab das Amt im September an Bernd Schlömer ab."),
    ).toEqual(["Bernd Schlömer -> Michael Richter"]);
    expect(await successions("Anna Schulz übergibt den Staffelstab an Hans Meier.")).toEqual([
      "Hans Meier -> Anna Schulz",
    ]);
  });

  it("not when it is not handed on, or what is given is no office", async () => {
    expect(await successions("Anna Schulz gibt das Amt nicht an Hans Meier ab.")).toEqual([]);
    expect(await successions("Anna Schulz gibt den Bericht an Hans Meier ab.")).toEqual([]);
  });
});

describe("a role that remains someone's", () => {
  it("is held by the one named after 'bleibt'", async () => {
    expect(await offices("Co-CIO des Landes Hessen bleibt auch weiterhin Roland Jabkowski.")).toEqual([
      "Roland Jabkowski -> Hessen (Co-CIO)",
    ]);
  });
});

describe("a president who remains one", () => {
  it("holds no Land's office without an organisation", async () => {
    expect(await offices("Vizepräsident bleibt Landrat Thomas Kubendorff (Steinfurt).")).not.toContain(
      "Thomas Kubendorff -> Nordrhein-Westfalen (Vizepräsident)",
    );
  });
});

describe("the chair of a Land's body", () => {
  it("chairs the body and holds no office of the Land", async () => {
    const text = "Bernd Schlömer ist Vorsitzender im IT-Kooperationsrat des Landes Sachsen-Anhalt.";
    expect(await offices(text)).toEqual([]);
    expect((await facts(text, "chairs")).map(pair)).toEqual(["Bernd Schlömer -> IT-Kooperationsrat"]);
  });

  it("while a Land's own office stays the Land's", async () => {
    expect(await offices("Bernd Schlömer ist Staatssekretär des Landes Sachsen-Anhalt.")).toEqual([
      "Bernd Schlömer -> Sachsen-Anhalt (Staatssekretär)",
    ]);
  });
});

describe("a unit's owner", () => {
  it("after the unit's remit in apposition", async () => {
    expect(
      await offices(
        "Ralf Laumer, Leiter der Stabsstelle Digitalisierung des Landkreises Marburg-Biedenkopf, stellte das Konzept vor.",
      ),
    ).toEqual(["Ralf Laumer -> Landkreis Marburg-Biedenkopf (Leiter)"]);
  });

  it("named by its kind alone: the county or town of that kind named before", async () => {
    expect(
      await offices(
        "Der Landkreis Anhalt-Bitterfeld digitalisiert. Sabine Griebsch, CDO des Landkreises, sagte das.",
      ),
    ).toEqual(["Sabine Griebsch -> Landkreis Anhalt-Bitterfeld (CDO)"]);
    expect(
      await offices(
        "Die Stadt Ulm digitalisiert. Sabine Griebsch, Digitalisierungsbeauftragte der Stadt, sagte das.",
      ),
    ).toEqual(["Sabine Griebsch -> Ulm (Digitalisierungsbeauftragte)"]);
  });

  it("of no other kind than the one named", async () => {
    expect(
      await offices("Die Stadt Ulm digitalisiert. Sabine Griebsch, CDO des Landkreises, sagte das."),
    ).not.toContain("Sabine Griebsch -> Ulm (CDO)");
  });
});

describe("a passive perfect read as a copula", () => {
  it("selects every conjunct", async () => {
    expect(
      (
        await facts(
          "Für das Projekt Modellkommune E-Government sind Düren, Gütersloh und der Kreis Cochem-Zell ausgewählt worden.",
          "participatesIn",
        )
      )
        .map(pair)
        .sort(),
    ).toEqual([
      "Düren -> Projekt Modellkommune E-Government",
      "Gütersloh -> Projekt Modellkommune E-Government",
      "Landkreis Cochem-Zell -> Projekt Modellkommune E-Government",
    ]);
  });
});

describe("a strategy without a name", () => {
  it("launches nothing; a named one does", async () => {
    expect(await facts("Anna Schulz stellte die neue Strategie vor.", "launches")).toEqual([]);
    expect(
      (await facts("Anna Schulz stellte die Digitalstrategie vor.", "launches")).map(pairOrText),
    ).toEqual(["Anna Schulz -> Digitalstrategie"]);
  });
});

describe("a quote closed after a kind word", () => {
  it("names no project with the words up to the next quote", async () => {
    const text = "„Mecklenburg-Vorpommern leitet das Erfolgsprojekt“, sagt Christian Pegel: „Es spart Zeit.“";
    const named = (await facts(text, ["leads", "launches", "participatesIn"])).map(
      (f) => f.object?.name ?? "",
    );
    expect(named.filter((name) => name.includes("Pegel"))).toEqual([]);
  });
});

describe("a town's officer named in an inflected role", () => {
  it("holds the office of the town named before", async () => {
    expect(
      await offices("Die Stadt Duisburg wählt. Der Rat dankte dem Ordnungsdezernenten Paul Müller."),
    ).toEqual(["Paul Müller -> Duisburg (Ordnungsdezernent)"]);
    expect(
      await offices(
        "Die Stadt Duisburg wählt. Mit dem künftigen Ordnungsdezernenten Paul Müller gehören zwei Beigeordnete der CDU an.",
      ),
    ).toEqual(["Paul Müller -> Duisburg (Ordnungsdezernent)"]);
  });
});
