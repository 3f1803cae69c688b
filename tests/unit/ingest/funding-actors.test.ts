/**
 * Who funds and who is funded, where the news names them indirectly:
 *   - a Land's ministry by its short name ("das Hessische Digitalministerium") is a ministry of
 *     that Land, for offices the Land itself;
 *   - a federal ministry the reference knows funds the programme it funds through ("Mit dem
 *     Modellvorhaben X unterstützt das BMEL ...");
 *   - "er" who hands over a notice is the man named last, funding for his government, and
 *     each town of "an die Städte A, B und C" is a recipient
 * (sentences written for these tests; parses in tests/fixtures/parses/funding-actors.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts, offices } = portalItems("funding-actors");

async function funders(text: string): Promise<string[]> {
  return (await facts(text, "funds")).map(pair).sort();
}

describe("a Land's ministry by its short name", () => {
  it("funds as a ministry of its Land", async () => {
    const found = await facts(
      "Das Hessische Digitalministerium fördert die Stadt Fulda mit 50.000 Euro.",
      "funds",
    );
    expect(found.map(pair)).toEqual(["Hessisches Digitalministerium -> Fulda"]);
    expect(found[0]!.subject.type).toBe("Organization");
  });

  it("is named in the nominative, whatever its case", async () => {
    expect(
      await funders(
        "Die App „Dorfleben“ wird vom sächsischen Wirtschaftsministerium mit 200.000 Euro gefördert.",
      ),
    ).toEqual(["Sächsisches Wirtschaftsministerium -> Dorfleben"]);
  });

  it("stands for its Land in an office", async () => {
    expect(await offices("Staatssekretär im Thüringer Finanzministerium ist Jonas Beispielmann.")).toEqual([
      "Jonas Beispielmann -> Thüringen (Staatssekretär)",
    ]);
  });
});

describe("a federal ministry", () => {
  it("funds the programme it supports towns through", async () => {
    expect(
      await funders(
        "Mit dem Modellvorhaben „Digitale Dörfer“ unterstützt das Bundesministerium für Ernährung und Landwirtschaft sieben Landkreise.",
      ),
    ).toEqual(["Bundesministerium für Ernährung und Landwirtschaft -> Digitale Dörfer"]);
  });
});

describe("a minister referred to", () => {
  it("funds for his Land, each town named beside the plural", async () => {
    const found = await facts(
      "Digitalminister Jonas Beispielmann besuchte am Montag Osnabrück. Dabei überreichte er Förderbescheide an die Städte Osnabrück, Emden und Wolfsburg.",
      "funds",
    );
    expect(found.map(pair).sort()).toEqual([
      "Niedersachsen -> Emden",
      "Niedersachsen -> Osnabrück",
      "Niedersachsen -> Wolfsburg",
    ]);
  });

  it("is no one for a plural sie", async () => {
    expect(
      await funders(
        "Digitalministerin Anna Beispiel besuchte am Montag Osnabrück. Dabei überreichten sie Förderbescheide an die Städte Osnabrück und Emden.",
      ),
    ).toEqual([]);
  });
});
