/**
 * A lead that falls to someone ("Dem Land Hessen obliegt die Federführung für X"): the dative
 * holds it; and the holder named after a role's "von" phrase ("Der Geschäftsführer von Dataport,
 * Johann Bizer, ...") or of an agency named by its Land's genitive ("Thüringens Digitalagentur")
 * (sentences written for these tests; parses in tests/fixtures/parses/leads-falling-and-holders-after-von.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts, offices } = portalItems("leads-falling-and-holders-after-von");
const leads = async (text: string) => (await facts(text, "leads")).map(pair);

describe("a lead that falls to someone", () => {
  it("is led by the one it falls to", async () => {
    expect(
      await leads("Dem Land Hessen obliegt die Federführung für das Themenfeld „Steuern & Zoll“."),
    ).toEqual(["Hessen -> OZG-Themenfeld Steuern & Zoll"]);
  });

  it("not where what falls to someone is no lead", async () => {
    expect(await leads("Dem Land Hessen obliegt die Aufsicht über das Themenfeld „Steuern & Zoll“.")).toEqual(
      [],
    );
  });
});

describe("a role's holder after its 'von' phrase", () => {
  it("is named after the comma", async () => {
    expect(await offices("Der Geschäftsführer von Dataport, Johann Bizer, nennt die Aufgaben.")).toEqual([
      "Johann Bizer -> Dataport (Geschäftsführer)",
    ]);
    expect(await offices("Der Bürgermeister von Bergkamen, Bernd Schäfer, nennt die Aufgaben.")).toEqual([
      "Bernd Schäfer -> Bergkamen (Bürgermeister)",
    ]);
  });

  it("of an agency named by its Land's genitive", async () => {
    expect(
      await offices("Der Geschäftsführer von Thüringens Digitalagentur, Herbert Vogler, nennt die Aufgaben."),
    ).toEqual(["Herbert Vogler -> Digitalagentur Thüringen (Geschäftsführer)"]);
  });

  it("not where no person follows the comma", async () => {
    expect(
      await offices("Der Geschäftsführer von Dataport, der IT-Dienstleister, nennt die Aufgaben."),
    ).toEqual([]);
  });
});
