/**
 * A name right after a kind noun that the parser reads as the object, after a fronted phrase ("In
 * ihrem Auftrag entwickelte die kommunale IT-Dienstleisterin Dataport den Onlinedienst eWA"), is
 * the kind noun's apposition and the noun hung on it the verb's object (parse mended by
 * src/ingest/parse/names-after-kinds.ts; sentences written for these tests; parses in
 * tests/fixtures/parses/names-after-kind-nouns.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("names-after-kind-nouns");
const parts = async (text: string) => (await facts(text, "participatesIn")).map(pair);

describe("a name after a kind noun read as the object", () => {
  it("is the subject's name", async () => {
    expect(
      await parts(
        "In ihrem Auftrag entwickelte die kommunale IT-Dienstleisterin Dataport den Onlinedienst eWA.",
      ),
    ).toEqual(["Dataport -> OZG-Leistung Wohnsitzanmeldung"]);
    expect(
      await parts("Im Auftrag des Landes entwickelte der IT-Dienstleister Dataport den Onlinedienst eWA."),
    ).toEqual(["Dataport -> OZG-Leistung Wohnsitzanmeldung"]);
  });

  it("leaves a subject named before the verb as it was", async () => {
    expect(
      await parts("Die kommunale IT-Dienstleisterin Dataport entwickelte den Onlinedienst eWA."),
    ).toEqual(["Dataport -> OZG-Leistung Wohnsitzanmeldung"]);
  });
});
