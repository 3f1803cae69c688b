/**
 * Launches put on the net and calls started: "hat das Bürgerportal X ins Netz gestellt" launches
 * as "online gestellt" does; "hat einen Aufruf für Bewerbungen gestartet" launches the call without
 * a name of its own (sentences written for these tests; parses in
 * tests/fixtures/parses/launches-online-and-calls.json).
 */
import { describe, expect, it } from "vitest";
import { pairOrText, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("launches-online-and-calls");
const launches = async (text: string) => (await facts(text, "launches")).map(pairOrText).sort();

describe("a service put on the net", () => {
  it("is launched", async () => {
    expect(await launches("Die Stadt Köln hat das Bürgerportal „Köln digital“ ins Netz gestellt.")).toEqual([
      "Köln -> Köln digital",
    ]);
  });

  it("is no launch where it is no service", async () => {
    expect(await launches("Der Minister stellte die Frage ins Netz.")).toEqual([]);
  });
});

describe("a call started", () => {
  it("is launched under the words that name it", async () => {
    expect(await launches("Das Land Hessen hat einen Aufruf für Bewerbungen gestartet.")).toEqual([
      "Hessen -> Aufruf für Bewerbungen",
    ]);
  });
});
