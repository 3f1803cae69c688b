/**
 * A role set after the participle that closes its clause is the role of the name before it:
 * "Zum Präsidenten wurde Markus Lewe gewählt, der Oberbürgermeister von Münster" (sentences
 * written for these tests; parses in tests/fixtures/parses/roles-after-the-closing-participle.json).
 */
import { describe, expect, it } from "vitest";
import { office, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("roles-after-the-closing-participle");
const offices = async (text: string) => (await facts(text, "holdsOffice")).map(office).sort();

describe("a role after the participle that closes the clause", () => {
  it("is the role of the name before the participle", async () => {
    expect(
      await offices(
        "Zum Präsidenten des Deutschen Städtetags wurde Markus Lewe gewählt, der Oberbürgermeister von Münster.",
      ),
    ).toEqual(["Markus Lewe -> Münster (Oberbürgermeister)"]);
    expect(
      await offices(
        "Zum Nachfolger wurde Peter Hoffmann ernannt, der bisherige Landrat des Kreises Steinfurt.",
      ),
    ).toEqual(["Peter Hoffmann -> Kreis Steinfurt (Landrat)"]);
  });

  it("is no one's where a verb follows in the sentence", async () => {
    expect(
      await offices(
        "Anna Keller hat den Antrag gestellt, die Landrätin des Landkreises Harburg unterstützt ihn.",
      ),
    ).toEqual([]);
  });
});
