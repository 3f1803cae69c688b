/**
 * Offices whose holder or title stands where the rules did not look:
 *   - "An der Spitze der FITKO steht seit Januar Anna Berger": the parser hangs the name on the
 *     month; a month names no one;
 *   - "Neuer Präsident des Deutschen Landkreistags wird der Landrat Peter Maier": the holder's
 *     present role between the copula and the name;
 *   - "Das Amt des CIO des Landes Hessen bekleidet seit 2020 Peter Maier", "Peter Maier hatte
 *     zuvor das Amt des Präsidenten der FITKO bekleidet": the verb of holding after the post;
 *   - "Staatssekretär für Informations- und Kommunikationstechnik": a compound cut short before
 *     "und" belongs to the role
 * (sentences written for these tests; parses in tests/fixtures/parses/posts-held-and-titled.json).
 */
import { describe, expect, it } from "vitest";
import { portalItems } from "../../helpers/portal-item.js";

const { facts, offices, roles } = portalItems("posts-held-and-titled");

describe("a name right after a month", () => {
  it("is the holder of the post the clause names", async () => {
    expect(await offices("An der Spitze der FITKO steht seit Januar Anna Berger.")).toEqual([
      "Anna Berger -> FITKO (Leitung)",
    ]);
    const [taken] = await facts("Die Leitung der FITKO übernimmt ab April Anna Berger.", "holdsOffice");
    expect(taken?.subject.name).toBe("Anna Berger");
    expect(taken?.from).toBe("2024-04-01");
  });

  it("keeps the month out of the name", async () => {
    const found = await facts("Die Leitung der FITKO übernimmt ab April Anna Berger.", "holdsOffice");
    expect(found.map((f) => f.subject.name)).not.toContain("April Anna Berger");
  });
});

describe("a role between the copula and the name", () => {
  it("leaves the name the holder of the role before the copula", async () => {
    expect(await roles("Neuer Präsident des Deutschen Landkreistags wird der Landrat Peter Maier.")).toEqual([
      "Peter Maier -> Deutscher Landkreistag (Präsident)",
    ]);
  });

  it("needs a name after the role", async () => {
    expect(await roles("Neuer Präsident des Deutschen Landkreistags wird der Landrat.")).toEqual([]);
  });
});

describe("a post held by 'bekleiden' after it", () => {
  it("is held by the name after the verb, over a time", async () => {
    expect(await offices("Das Amt des CIO des Landes Hessen bekleidet seit 2020 Peter Maier.")).toEqual([
      "Peter Maier -> Hessen (CIO)",
    ]);
    const [held] = await facts(
      "Den Posten der Präsidentin der FITKO bekleidete bis 2023 Anna Berger.",
      "holdsOffice",
    );
    expect(held?.subject.name).toBe("Anna Berger");
    expect(held?.to).toBe("2023-12-31");
  });

  it("is held by the subject named before the post", async () => {
    expect(await offices("Peter Maier hatte zuvor das Amt des Präsidenten der FITKO bekleidet.")).toEqual([
      "Peter Maier -> FITKO (Präsident)",
    ]);
  });

  it("is held by no one where the clause denies it", async () => {
    expect(
      await offices("Das Amt des CIO des Landes Hessen bekleidet seit 2020 nicht mehr Peter Maier."),
    ).toEqual([]);
  });
});

describe("a role for a compound cut short before 'und'", () => {
  it("runs on to the second part", async () => {
    expect(
      await offices(
        "Peter Maier ist Staatssekretär für Informations- und Kommunikationstechnik des Landes Berlin.",
      ),
    ).toEqual(["Peter Maier -> Berlin (Staatssekretär für Informations- und Kommunikationstechnik)"]);
  });
});
