/**
 * Where a trial starts: the place named with "neben" beside the places it starts in ("Neben Ulm
 * startet das Pilotprojekt auch in Konstanz und Biberach") takes part too, and a place a thing
 * starts in is no one who starts it ("Das Pilotprojekt startet in Ulm, Konstanz und Biberach"
 * made Ulm the launcher by word order), nor are the places a service is switched on for ("wurde
 * für die Städte A und B freigeschaltet": they use it) (sentences written for these tests; parses in
 * tests/fixtures/parses/trials-and-starts-in-places.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("trials-and-starts-in-places");
const taking = async (text: string) => (await facts(text, "participatesIn")).map(pair).sort();
const launched = async (text: string) => (await facts(text, "launches")).map(pair).sort();
const using = async (text: string) => (await facts(text, "usesService")).map(pair).sort();

describe("the place named with 'neben' beside where a trial starts", () => {
  it("takes part too", async () => {
    expect(
      await taking(
        "Das Land Hessen startet das Pilotprojekt „Wohngeld digital“. Neben Ulm startet das Pilotprojekt auch in weiteren Kommunen, darunter in Konstanz und Biberach.",
      ),
    ).toEqual([
      "Biberach an der Riß -> Wohngeld digital",
      "Konstanz -> Wohngeld digital",
      "Ulm -> Wohngeld digital",
    ]);
  });
});

describe("the places a thing starts in", () => {
  it("take part and start nothing", async () => {
    const text =
      "Das Land Hessen startet das Pilotprojekt „Wohngeld digital“. Das Pilotprojekt startet in Ulm, Konstanz und der Stadt Biberach.";
    expect(await taking(text)).toEqual([
      "Biberach an der Riß -> Wohngeld digital",
      "Konstanz -> Wohngeld digital",
      "Ulm -> Wohngeld digital",
    ]);
    expect(await launched(text)).toEqual(["Hessen -> Wohngeld digital"]);
  });
});

describe("a service switched on for places", () => {
  it("is used by them, who start nothing", async () => {
    const text = "Der Onlinedienst „Wohngeld digital“ wurde für die Städte Ulm und Konstanz freigeschaltet.";
    expect(await using(text)).toEqual(["Wohngeld digital -> Konstanz", "Wohngeld digital -> Ulm"]);
    expect(await launched(text)).toEqual([]);
  });

  it("by a town for its people is the town's launch", async () => {
    const text = "Die Stadt Ulm hat den Onlinedienst „Wohngeld digital“ freigeschaltet.";
    expect(await launched(text)).toEqual(["Ulm -> Wohngeld digital"]);
  });
});
