/**
 * The partner of a cooperation takes part too ("Kassel kooperiert beim Projekt X mit dem Landkreis
 * Fulda", "arbeitet in dem Projekt mit A und B zusammen", where the parser hangs the partners on the
 * project's noun and they are no part of its name); joining forces in a named project is taking
 * part ("haben sich im Projekt X zusammengeschlossen"), joining forces into something else is not
 * (sentences written for these tests; parses in tests/fixtures/parses/partners-in-cooperation.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("partners-in-cooperation");
const parts = async (text: string) => (await facts(text, "participatesIn")).map(pair).sort();

describe("partners in a cooperation", () => {
  it("take part beside the subject", async () => {
    expect(
      await parts("Die Stadt Kassel kooperiert beim Projekt Digitale Dörfer mit dem Landkreis Fulda."),
    ).toEqual(["Kassel -> Projekt Digitale Dörfer", "Landkreis Fulda -> Projekt Digitale Dörfer"]);
    expect(await parts("Im Projekt Digitale Dörfer arbeitet Kassel eng mit Fulda zusammen.")).toEqual([
      "Fulda -> Projekt Digitale Dörfer",
      "Kassel -> Projekt Digitale Dörfer",
    ]);
  });

  it("hung on the project's noun, are no part of its name", async () => {
    expect(
      await parts(
        "Das Projekt Digitale Dörfer startet im Mai. Die Stadt Paderborn arbeitet in dem Projekt mit dem Kreis Paderborn und der Stadt Bielefeld zusammen.",
      ),
    ).toEqual([
      "Bielefeld -> Projekt Digitale Dörfer",
      "Kreis Paderborn -> Projekt Digitale Dörfer",
      "Paderborn -> Projekt Digitale Dörfer",
    ]);
  });

  it("joining forces in a named project is taking part, joining into a body is not", async () => {
    expect(
      await parts("Die Städte Kassel und Fulda haben sich im Projekt Digitale Dörfer zusammengeschlossen."),
    ).toEqual(["Fulda -> Projekt Digitale Dörfer", "Kassel -> Projekt Digitale Dörfer"]);
    expect(
      await parts(
        "Das Projekt Digitale Dörfer startet im Mai. Kassel und Fulda haben sich zu einem Zweckverband zusammengeschlossen.",
      ),
    ).toEqual([]);
  });
});
