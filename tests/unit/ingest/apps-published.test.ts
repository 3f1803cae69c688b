/**
 * An app or an online service "veröffentlicht" is launched, as a plan or a report is ("Hessen
 * hat die App „Hessen mobil“ veröffentlicht"); data published in a portal launch nothing
 * (sentences written for these tests; parses in tests/fixtures/parses/apps-published.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("apps-published");
const launches = async (text: string) => (await facts(text, "launches")).map(pair);

describe("a published app", () => {
  it("is launched by who published it", async () => {
    expect(await launches("Hessen hat die App „Hessen mobil“ veröffentlicht.")).toEqual([
      "Hessen -> Hessen mobil",
    ]);
    expect(await launches("Die Stadt Köln veröffentlichte ihre App „Köln mobil“ im Mai.")).toEqual([
      "Köln -> Köln mobil",
    ]);
  });

  it("not data published in a portal", async () => {
    expect(await launches("Die Stadt Köln hat im Portal „Köln digital“ neue Daten veröffentlicht.")).toEqual(
      [],
    );
  });
});
