/**
 * Whose office a role is when the news name the owner in a shape the older rules misread: a
 * dateline place the parser hangs on the role, a company named in apposition after the role, a
 * role that only names someone else's department, and an office handed over or made "zum" CIO
 * (sentences written for these tests; parses in tests/fixtures/parses/office-named-owners.json).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { loadReferenceData } from "../../../src/seed/reference-data.js";
import type { ReferenceData } from "../../../src/ingest/types.js";
import { pair, portalItemFacts } from "../../helpers/portal-item.js";
import { recordedNlp } from "../../helpers/recorded-nlp.js";

const nlp = recordedNlp("office-named-owners");
let reference: ReferenceData;
beforeAll(() => {
  reference = loadReferenceData();
}, 60_000);

/** The offices of an article as "person -> owner (role)". */
async function offices(text: string): Promise<string[]> {
  return (await portalItemFacts(text, "holdsOffice", reference, nlp)).map(
    (f) => `${pair(f)} (${f.role ?? ""})`,
  );
}

describe("the owner named with a role", () => {
  it("is the Land in the genitive before the role, not the dateline's city the parser hung on it", async () => {
    expect(
      await offices(
        "Hannover (dpa) - Niedersachsens Staatskanzleichef Jörg Mielke übernimmt den Vorsitz des Beirats beim IT-Dienstleister Dataport.",
      ),
    ).toEqual(["Jörg Mielke -> Niedersachsen (Staatskanzleichef)"]);
  });

  it("is the company named in apposition right after the role, with all of its name", async () => {
    expect(await offices("Neuer Vorsitzender ist Jens Vogt, Geschäftsführer Regio IT Aachen.")).toEqual([
      "Jens Vogt -> Regio IT Aachen (Geschäftsführer)",
    ]);
  });
});

describe("an office in a relative clause", () => {
  it("is not the office of a department the person moved to", async () => {
    expect(
      await offices(
        "Co-CIO in Sachsen bleibt Peter Braun, der jetzt in das Ressort der Ministerin für Digitales gewechselt ist.",
      ),
    ).toEqual(["Peter Braun -> Sachsen (Co-CIO)"]);
  });
});

describe("an office handed to a person", () => {
  it("goes to the person named with 'an' when a government hands the function over", async () => {
    expect(
      await offices(
        "Die sächsische Landesregierung überträgt das Amt des CIO an Staatssekretärin Anna Schulz.",
      ),
    ).toContain("Anna Schulz -> Sachsen (CIO)");
  });

  it("goes to the person a cabinet makes 'zum' CIO, the compound cut at its hyphen included", async () => {
    expect(
      await offices(
        "Das Kabinett in Wiesbaden beschloss, Staatssekretär Paul Weber zum neuen Landes-CIO zu machen.",
      ),
    ).toContain("Paul Weber -> Hessen (Landes-CIO)");
  });
});
