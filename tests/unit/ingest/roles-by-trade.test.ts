/**
 * A role set after a name with the idiom "ihres/seines Zeichens" ("Judith Gerlach, ihres Zeichens
 * bayerische Staatsministerin für Digitales, ...") is the name's apposition, as it is without the
 * idiom (sentences written for these tests; parses in tests/fixtures/parses/roles-by-trade.json).
 */
import { describe, expect, it } from "vitest";
import { portalItems } from "../../helpers/portal-item.js";

const { offices } = portalItems("roles-by-trade");

describe("a role by trade", () => {
  it("is the office of the name before it", async () => {
    expect(
      await offices(
        "Judith Gerlach, ihres Zeichens bayerische Staatsministerin für Digitales, eilt in den Sitzungssaal.",
      ),
    ).toEqual(["Judith Gerlach -> Bayern (Staatsministerin für Digitales)"]);
    expect(
      await offices("Georg Keller, seines Zeichens Landrat des Kreises Paderborn, eilt in den Sitzungssaal."),
    ).toEqual(["Georg Keller -> Kreis Paderborn (Landrat)"]);
  });
});
