/**
 * A phrase shortened to its first words keeps a word written in one piece whole: the users of a
 * service counted "bei 435 Kommunen in Baden-Württemberg" are not "Kommunen in Baden" (sentences
 * written for these tests; parses in tests/fixtures/parses/words-kept-whole.json).
 */
import { describe, expect, it } from "vitest";
import { portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("words-kept-whole");
const users = async (text: string) =>
  (await facts(text, "usesService")).map((f) => `${f.object?.name ?? f.text ?? ""} (${f.count ?? "-"})`);

describe("a phrase shortened to its first words", () => {
  it("keeps a hyphenated name whole", async () => {
    expect(
      await users(
        "Die elektronische Wohnsitzanmeldung ist bereits bei 435 Kommunen in Baden-Württemberg im Einsatz.",
      ),
    ).toEqual(["Kommunen in Baden-Württemberg (435)"]);
  });

  it("keeps a short phrase as it was", async () => {
    expect(
      await users("Die elektronische Wohnsitzanmeldung ist bereits bei 435 Kommunen im Einsatz."),
    ).toEqual(["Kommunen (435)"]);
  });
});
