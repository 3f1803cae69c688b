/**
 * A service a town selects is one it uses ("Die Stadt Lüdenscheid hat das CitkoPortal
 * ausgewählt"), not one selected as something ("als Fokusleistung ausgewählt"); a project
 * introduced as so-called keeps its own name ("ein sogenanntes „Digitallabor“") (sentences written
 * for these tests; parses in tests/fixtures/parses/services-chosen.json).
 */
import { describe, expect, it } from "vitest";
import { pair, pairOrText, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("services-chosen");
const uses = async (text: string) => (await facts(text, "usesService")).map(pair).sort();

describe("a service selected", () => {
  it("is used by the one who selects it", async () => {
    expect(await uses("Die Stadt Lüdenscheid hat das Portal „CitkoPortal“ ausgewählt.")).toEqual([
      "CitkoPortal -> Lüdenscheid",
    ]);
    expect(await uses("Der Kreis Soest wählt den Online-Dienst „Wohngeld digital“ aus.")).toEqual([
      "Wohngeld digital -> Kreis Soest",
    ]);
  });

  it("is not used where it is selected as something", async () => {
    expect(
      await uses("Der IT-Planungsrat hat den Online-Dienst „Wohngeld digital“ als Fokusleistung ausgewählt."),
    ).toEqual([]);
    expect(
      await uses(
        "Die Stadt Ulm wurde als Modellkommune für das Projekt „Digitale Zukunftskommune“ ausgewählt.",
      ),
    ).toEqual([]);
  });
});

describe("a so-called project", () => {
  it("is named without the word that introduces it", async () => {
    const launched = await facts(
      "Das Bayerische Digitalministerium hat ein sogenanntes „Digitallabor“ gestartet.",
      "launches",
    );
    expect(launched.map(pairOrText)).toEqual(["Bayerisches Staatsministerium für Digitales -> Digitallabor"]);
  });
});
