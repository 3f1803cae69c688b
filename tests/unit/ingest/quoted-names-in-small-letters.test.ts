/**
 * A quoted name ending in a word in small letters ("das Pilotprojekt „Wohngeld digital“"), which
 * the parser reads as a clause of its own with the noun before it as that clause's subject
 * (sentences written for these tests; parses in tests/fixtures/parses/quoted-names-in-small-letters.json).
 */
import { describe, expect, it } from "vitest";
import { destination, pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("quoted-names-in-small-letters");
const read = async (text: string) =>
  (await facts(text, ["launches", "participatesIn"])).map((f) => `${f.type} ${pair(f)}`).sort();

describe("a project named in quotes, in small letters at its end", () => {
  it("is launched by the verb's subject, for the graph", async () => {
    const launches = await facts("Hessen startete das Pilotprojekt „Wohngeld digital“.", "launches");
    expect(launches.map((f) => `${pair(f)} ${destination(f)}`)).toEqual(["Hessen -> Wohngeld digital graph"]);
  });

  it("has the partners named with it take part", async () => {
    expect(
      await read(
        "Das Land Hessen startete gemeinsam mit den Ländern Berlin und Sachsen das Pilotprojekt „Wohngeld digital“.",
      ),
    ).toEqual([
      "launches Hessen -> Wohngeld digital",
      "participatesIn Berlin -> Wohngeld digital",
      "participatesIn Sachsen -> Wohngeld digital",
    ]);
  });

  it("is tried by the ones that test it", async () => {
    expect(await read("Die Städte Ulm und Kiel testen das Pilotprojekt „Wohngeld digital“.")).toEqual([
      "participatesIn Kiel -> Wohngeld digital",
      "participatesIn Ulm -> Wohngeld digital",
    ]);
  });
});
