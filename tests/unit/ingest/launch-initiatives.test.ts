/**
 * launches on someone's initiative: whose initiative it was launched what came about
 * ("entstand auf Initiative von X", "geht auf eine Initiative von X zurück", a passive with no
 * agent: "wurde auf Initiative von X eingesetzt"); a meeting is held, not launched; an
 * organisation founded is launched, named before the relative clause that founds it
 * (sentences written for these tests; parses in tests/fixtures/parses/launch-initiatives.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("launch-initiatives");

async function launches(text: string): Promise<string[]> {
  return (await facts(text, "launches")).map(pair).sort();
}

describe("an initiative", () => {
  it("launches what a passive with no agent sets up", async () => {
    expect(await launches("Der Digitalrat wurde auf Initiative des Landes Hessen eingesetzt.")).toEqual([
      "Hessen -> Digitalrat",
    ]);
  });

  it("launches what came about on it, by each of its actors", async () => {
    expect(
      await launches("Das Serviceportal entstand auf Initiative des Landes Hessen und der Stadt Kassel."),
    ).toEqual(["Hessen -> Serviceportal", "Kassel -> Serviceportal"]);
    expect(
      await launches("Das Netzwerk „Digitale Dörfer“ geht auf eine Initiative von Rheinland-Pfalz zurück."),
    ).toEqual(["Rheinland-Pfalz -> Netzwerk Digitale Dörfer"]);
  });

  it("launches no meeting", async () => {
    expect(await launches("Das Treffen ging auf eine Initiative von Bayern zurück.")).toEqual([]);
  });
});

describe("a founded organisation", () => {
  it("is launched, named before the relative clause that founds it", async () => {
    expect(
      await launches(
        "Brandenburg hat eine Digitalstrategie. Deren Umsetzung soll die DigitalAgentur Brandenburg GmbH unterstützen, die auf Initiative der Landesregierung gegründet worden ist.",
      ),
    ).toEqual(["Brandenburg -> DigitalAgentur Brandenburg GmbH"]);
  });
});
