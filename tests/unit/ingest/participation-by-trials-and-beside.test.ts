/**
 * Taking part told by trying out and by doing it beside someone:
 *   - "A und B erproben im Projekt X neue Dienste", "testet im Rahmen des Projekts X eine App";
 *   - "Neben Ulm nehmen auch A und B am Projekt X teil": Ulm too
 * (sentences written for these tests; parses in tests/fixtures/parses/participation-by-trials-and-beside.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("participation-by-trials-and-beside");
const participations = async (text: string) => (await facts(text, "participatesIn")).map(pair).sort();

describe("trying a project out", () => {
  it("in the project named is taking part", async () => {
    expect(
      await participations(
        "Die Stadt Ulm und die Stadt Heidelberg erproben im Projekt „Digitale Dörfer“ neue Dienste.",
      ),
    ).toEqual(["Heidelberg -> Digitale Dörfer", "Ulm -> Digitale Dörfer"]);
    expect(
      await participations("Die Stadt Ulm testet im Rahmen des Projekts „Digitale Dörfer“ eine App."),
    ).toEqual(["Ulm -> Digitale Dörfer"]);
  });

  it("in a place is not", async () => {
    expect(await participations("Die Stadt Ulm testet in Berlin eine App.")).toEqual([]);
  });
});

describe("taking part beside someone", () => {
  it("is taking part for the one named with 'neben' too", async () => {
    expect(
      await participations(
        "Neben Ulm nehmen auch Heidelberg und Karlsruhe am Projekt „Digitale Dörfer“ teil.",
      ),
    ).toEqual(["Heidelberg -> Digitale Dörfer", "Karlsruhe -> Digitale Dörfer", "Ulm -> Digitale Dörfer"]);
  });

  it("is not for what is no actor", async () => {
    expect(
      await participations(
        "Neben ihrer Arbeit im Rathaus beteiligt sich die Stadt Ulm an dem Projekt „Digitale Dörfer“.",
      ),
    ).toEqual(["Ulm -> Digitale Dörfer"]);
  });
});
