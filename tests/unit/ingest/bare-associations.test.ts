/**
 * A municipal association named by its head noun alone ("des Landkreistags", "der Städtetag"), a
 * digital association in a compound role, and a parliamentary group's office
 * (sentences written for these tests; parses in tests/fixtures/parses/bare-associations.json).
 */
import { describe, expect, it } from "vitest";
import { portalItems } from "../../helpers/portal-item.js";

const { offices, roles } = portalItems("bare-associations");

describe("an association named by its head noun alone", () => {
  it("is the association of the Land the item is about", async () => {
    expect(
      await roles(
        "Die Landkreise in Baden-Württemberg fordern mehr Tempo. «Wir müssen handeln», sagte der Präsident des Landkreistags, Joachim Walter, in Stuttgart.",
      ),
    ).toEqual(["Joachim Walter -> Landkreistag Baden-Württemberg (Präsident)"]);
  });

  it("is the German one in a federal item", async () => {
    expect(
      await roles(
        "Der Bund will die Kommunen entlasten. Der Präsident des Städtetages, Markus Lewe, begrüßte den Plan.",
      ),
    ).toEqual(["Markus Lewe -> Deutscher Städtetag (Präsident)"]);
  });

  it("reads the compound's first part as part of the name", async () => {
    expect(
      await offices(
        "Hessen plant ein neues Gesetz. Der Hauptgeschäftsführer des Städte- und Gemeindebundes, David Rauber, lobte es.",
      ),
    ).toEqual(["David Rauber -> Hessischer Städte- und Gemeindebund (Hauptgeschäftsführer)"]);
  });

  it("is not taken where a name of its own follows the noun", async () => {
    const found = await offices(
      "Glückwünsche erhielt die Vorsitzende des Landkreistages Saarland, Landrätin Anna Berger (Landkreis Neunkirchen).",
    );
    expect(found.filter((f) => f.includes("Deutscher Landkreistag"))).toEqual([]);
  });
});

describe("owners of other offices", () => {
  it("gives a Bitkom compound role to Bitkom", async () => {
    expect(
      await offices("Bitkom-Hauptgeschäftsführer Bernhard Rohleder warnt vor einem digitalen Stillstand."),
    ).toEqual(["Bernhard Rohleder -> Bitkom (Bitkom-Hauptgeschäftsführer)"]);
  });

  it("does not give a parliamentary group's manager to the Bund", async () => {
    const found = await offices(
      "Das Digitalministerium wird künftig von Fabian Mehring geführt. Mehring war bisher parlamentarischer Geschäftsführer seiner Fraktion.",
    );
    expect(found.filter((f) => f.includes("-> Bund"))).toEqual([]);
  });
});
