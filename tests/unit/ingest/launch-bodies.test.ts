/**
 * Bodies set up ("eingerichtet", "berufen") as launches facts (parses recorded in
 * tests/fixtures/parses/launch-bodies.json; GOVGRAPH_RECORD_PARSES=1 re-records).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { loadReferenceData } from "../../../src/seed/reference-data.js";
import type { ReferenceData } from "../../../src/ingest/types.js";
import { recordedNlp } from "../../helpers/recorded-nlp.js";
import { typedFacts } from "../../helpers/typed-facts.js";

const nlp = recordedNlp("launch-bodies");
let reference: ReferenceData;
beforeAll(() => {
  reference = loadReferenceData();
}, 60_000);

const launches = (text: string, title?: string) => typedFacts("launches", text, { reference, nlp, title });

describe("launches a body", () => {
  it("a body set up by Bund and Länder is launched by each", async () => {
    expect(
      await launches(
        "So haben Bund und Länder für die Registermodernisierung eine Steuerungsgruppe eingerichtet.",
      ),
    ).toEqual(["Bund -> Steuerungsgruppe", "Länder -> Steuerungsgruppe"]);
  });

  it("the agent of an attributive 'berufen' launches the body", async () => {
    expect(
      await launches("Der Landkreistag begrüßt den von der Bundesregierung berufenen Zukunftsrat."),
    ).toEqual(["Bund -> Zukunftsrat"]);
  });

  it("a person appointed to a body launches nothing", async () => {
    expect(await launches("Die Bundesregierung hat Anna Probst in den Zukunftsrat berufen.")).toEqual([]);
  });

  it("candidates presented for a government are launched by no one", async () => {
    expect(
      await launches(
        "Ministerpräsidentin Anke Rehlinger hat am Montag ihre Kandidaten für das neue Kabinett vorgestellt.",
      ),
    ).toEqual([]);
  });
});
