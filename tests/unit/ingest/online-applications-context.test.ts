/**
 * An application made online names the item's service by what it asks for: "Der Antrag auf
 * Wohngeld kann nun online gestellt werden" makes "Antrag auf Wohngeld" the service a later "der
 * digitale Prozess" means; an application with no online word ("einen Antrag auf Förderung
 * gestellt") names none
 * (sentences written for these tests; parses in tests/fixtures/parses/online-applications-context.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("online-applications-context");

async function participants(text: string): Promise<string[]> {
  return (await facts(text, "participatesIn")).map(pair).sort();
}

describe("an application made online", () => {
  it("is the service a later generic noun means", async () => {
    expect(
      await participants(
        "Der Antrag auf Wohngeld kann in ersten Städten nun online gestellt werden. Der digitale Prozess wurde durch das Land Hessen gemeinsam mit den Städten Kassel und Fulda entwickelt.",
      ),
    ).toEqual(["Fulda -> Antrag auf Wohngeld", "Kassel -> Antrag auf Wohngeld"]);
  });

  it("is no service where nothing makes it online", async () => {
    expect(
      await participants(
        "Die Stadt Kassel hat einen Antrag auf Förderung gestellt. Das Verfahren wurde gemeinsam mit der Stadt Fulda entwickelt.",
      ),
    ).toEqual([]);
  });
});
