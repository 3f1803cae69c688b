/**
 * A county's officers named without their county: a digital officer of the county the item named
 * last as an actor ("Der Landkreis Lüneburg bereitet ... vor. ... CDO Kristina Lemmer"), as a
 * town's is of the town; the head of a unit named by its remit in the genitive ("Leiter des
 * Fachdienstes Informations- und Kommunikationstechnik") of the county the sentence named before
 * (items written for these tests; parses in tests/fixtures/parses/county-officers-by-context.json).
 */
import { describe, expect, it } from "vitest";
import { portalItems } from "../../helpers/portal-item.js";

const { offices } = portalItems("county-officers-by-context");
const sorted = async (text: string) => (await offices(text)).sort();

describe("a county's officer named without the county", () => {
  it("is the digital officer of the county the item named last", async () => {
    expect(
      await sorted(
        "Der Landkreis Lüneburg bereitet ein gemeinsames Serviceportal vor. Das Projekt koordiniert CDO Kristina Lemmer.",
      ),
    ).toEqual(["Kristina Lemmer -> Landkreis Lüneburg (CDO)"]);
    expect(
      await sorted(
        "Der Landkreis Lüneburg bereitet ein gemeinsames Serviceportal vor. Das Projekt koordiniert Kristina Lemmer, Chief Digital Officer (CDO).",
      ),
    ).toEqual(["Kristina Lemmer -> Landkreis Lüneburg (Chief Digital Officer)"]);
  });

  it("heads a unit of the county the sentence named before, its name in the genitive", async () => {
    expect(
      await sorted(
        "Der Landkreis Fulda geht das an, wie Ralf Laumer, Leiter des Fachdienstes Digitalisierung, erläutert.",
      ),
    ).toEqual(["Ralf Laumer -> Landkreis Fulda (Leiter)"]);
    expect(
      await sorted(
        "Der Landkreis Fulda geht das an, wie Ralf Laumer, Leiter des Fachbereichs Digitalisierung, erläutert.",
      ),
    ).toEqual(["Ralf Laumer -> Landkreis Fulda (Leiter)"]);
  });

  it("is the Land's where the sentence names a Land", async () => {
    expect(
      await sorted(
        "Der Landkreis Lüneburg bereitet ein Serviceportal vor. Das Land Niedersachsen unterstützt das Projekt, sagt CDO Kristina Lemmer.",
      ),
    ).toEqual(["Kristina Lemmer -> Niedersachsen (CDO)"]);
  });
});
