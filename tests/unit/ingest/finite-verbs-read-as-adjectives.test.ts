/**
 * A finite verb in second place the tagger reads as an adjective, leaving the sentence without a
 * verb ("In ihrem Auftrag entwickelte Dataport den Onlinedienst eWA"), is read as the verb (parse
 * mended by src/ingest/parse/finite-adjectives.ts; sentences written for these tests; parses in
 * tests/fixtures/parses/finite-verbs-read-as-adjectives.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("finite-verbs-read-as-adjectives");

describe("a finite verb read as an adjective", () => {
  it("is the verb where it modified the subject after it", async () => {
    expect(
      (
        await facts(
          "Im Auftrag der Stadt Hamburg entwickelte Dataport den Onlinedienst eWA.",
          "participatesIn",
        )
      ).map(pair),
    ).toEqual(["Dataport -> OZG-Leistung Wohnsitzanmeldung"]);
    expect(
      (await facts("In ihrem Auftrag entwickelte Dataport den Onlinedienst eWA.", "participatesIn")).map(
        pair,
      ),
    ).toEqual(["Dataport -> OZG-Leistung Wohnsitzanmeldung"]);
  });

  it("stays an adjective in a sentence that names no deed", async () => {
    expect(
      await facts(
        "Angesichts vieler geschlossener Zulassungsstellen eine kleine Erleichterung des aktuell verkomplizierten Alltags.",
        ["participatesIn", "adopts", "launches", "usesService"],
      ),
    ).toEqual([]);
  });
});
