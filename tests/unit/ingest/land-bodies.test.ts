/**
 * A Land's own council named like a national one is a body of that Land, not the national body
 * (sentences written for these tests; parses in tests/fixtures/parses/land-bodies.json).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { loadReferenceData } from "../../../src/seed/reference-data.js";
import type { ReferenceData } from "../../../src/ingest/types.js";
import { pair, portalItemFacts } from "../../helpers/portal-item.js";
import { recordedNlp } from "../../helpers/recorded-nlp.js";

const nlp = recordedNlp("land-bodies");
let reference: ReferenceData;
beforeAll(() => {
  reference = loadReferenceData();
}, 60_000);

describe("a council named after a Land's adjective", () => {
  it("is the Land's own council, named in the nominative", async () => {
    const chairs = await portalItemFacts(
      "Vorsitzender des Sächsischen Normenkontrollrates ist Michael Czupalla.",
      "chairs",
      reference,
      nlp,
    );
    expect(chairs.map(pair)).toEqual(["Michael Czupalla -> Sächsischer Normenkontrollrat"]);
    expect(chairs[0]!.object!.id).not.toBe("normenkontrollrat");
  });

  it("leaves the national council and the IT-Planungsrat of Bund and Länder themselves", async () => {
    const chairs = await portalItemFacts(
      "Bayern übernimmt den Vorsitz im IT-Planungsrat.",
      "chairs",
      reference,
      nlp,
    );
    expect(chairs.map((f) => f.object!.id)).toEqual(["it-planungsrat"]);
  });
});

describe("an organisation's name", () => {
  it("ends before a second role or a membership joined by 'und'", async () => {
    const offices = await portalItemFacts(
      "Julia Kloiber ist Geschäftsführerin von Superrr Lab und Mitglied im Beirat.",
      "holdsOffice",
      reference,
      nlp,
    );
    expect(offices.map(pair)).toEqual(["Julia Kloiber -> Superrr Lab"]);
  });
});
