/**
 * "Der Deutsche Städtetag hat Burkhard Jung zu seinem Präsidenten gewählt": the parser may read the
 * electing association as the verb's bare argument and the one elected as its subject; the
 * association still owns the office, which for an association's president is its chair (sentences
 * written for these tests; parses in tests/fixtures/parses/presidents-elected-by-associations.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("presidents-elected-by-associations");
const chairs = async (text: string) => (await facts(text, ["chairs", "holdsOffice"])).map(pair);

describe("a president elected by an association", () => {
  it("chairs the association that elected him", async () => {
    expect(await chairs("Der Deutsche Städtetag hat Burkhard Jung zu seinem Präsidenten gewählt.")).toEqual([
      "Burkhard Jung -> Deutscher Städtetag",
    ]);
  });

  it("not the association the item named before", async () => {
    expect(
      await chairs(
        "Vitako hat neue Mitglieder. Der Deutsche Städtetag hat Burkhard Jung zu seinem Präsidenten gewählt.",
      ),
    ).toEqual(["Burkhard Jung -> Deutscher Städtetag"]);
  });
});
