/**
 * Project names in single quotes, as a quotation inside a quotation writes them ("den Wettbewerb
 * ‚Digitale Kommune‘ gestartet"): the name is the project, as in double quotes (sentences written
 * for these tests; parses in tests/fixtures/parses/names-in-single-quotes.json).
 */
import { describe, expect, it } from "vitest";
import { pairOrText, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("names-in-single-quotes");
const launched = async (text: string) => (await facts(text, "launches")).map(pairOrText).sort();

describe("a name in single quotes after a kind noun", () => {
  it("names the project, in typographic quotes and in plain ones", async () => {
    expect(await launched("Das Land Hessen hat den Wettbewerb ‚Digitale Kommune‘ gestartet.")).toEqual([
      "Hessen -> Digitale Kommune",
    ]);
    expect(await launched("Das Land Hessen hat den Wettbewerb 'Digitale Kommune' gestartet.")).toEqual([
      "Hessen -> Digitale Kommune",
    ]);
  });

  it("names the project with a single word", async () => {
    expect(await launched("Das Land Hessen hat das Projekt ‚Wohngeld‘ gestartet.")).toEqual([
      "Hessen -> Wohngeld",
    ]);
  });
});
