/**
 * A service taken up by a town or county in the perfect, and a service named after its kind noun:
 *   - "Der Landkreis Biberach hat den Online-Dienst Wohngeld eingeführt": the county uses it (the
 *     finite "führt ... ein" did already); a programme "eingeführt" is no service;
 *   - "Der Landkreis Biberach setzt die Software civento ein": the name after "die Software",
 *     wherever the parser hangs it
 * (sentences written for these tests; parses in tests/fixtures/parses/services-taken-up.json).
 */
import { describe, expect, it } from "vitest";
import { pairOrText, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("services-taken-up");
const uses = async (text: string) => (await facts(text, "usesService")).map(pairOrText);

describe("a service introduced", () => {
  it("in the perfect is used by the town or county that introduced it", async () => {
    expect(await uses("Der Landkreis Biberach hat den Online-Dienst Wohngeld eingeführt.")).toEqual([
      "Online-Dienst Wohngeld -> Landkreis Biberach",
    ]);
    expect(await uses("Die Stadt Ulm hat im März die E-Akte eingeführt.")).toEqual(["E-Akte -> Ulm"]);
  });

  it("is no use when it is a programme or a fee", async () => {
    expect(await uses("Das Land Hessen hat das Förderprogramm „Starke Heimat“ eingeführt.")).toEqual([]);
    expect(await uses("Die Stadt Ulm hat die Gebühr eingeführt.")).toEqual([]);
  });
});

describe("a service named after its kind noun", () => {
  it("is the named service, wherever the parser hangs the name", async () => {
    expect(await uses("Der Landkreis Biberach setzt die Software civento ein.")).toEqual([
      "civento -> Landkreis Biberach",
    ]);
  });
});
