/**
 * Titles joined, times that belong to a plan, money received for a project:
 *   - "Stephanie Kaiser, Gründerin und Geschäftsführerin der X": a title that is no role word
 *     before "und" leaves the role after it the name's;
 *   - "Bayern will bis Ende 2026 alle Leistungen digital anbieten, kündigte Digitalminister X an":
 *     the time of what a Land plans dates no office;
 *   - "Hamm erhält für das Projekt X 800.000 Euro vom Land": money and giver the parser hangs on
 *     the "für" phrase are still a receipt
 * (sentences written for these tests; parses in tests/fixtures/parses/titles-plans-and-receipts.json).
 */
import { describe, expect, it } from "vitest";
import { office, pair, portalItems } from "../../helpers/portal-item.js";

const { facts, offices } = portalItems("titles-plans-and-receipts");

describe("two titles joined by 'und'", () => {
  it("leave the role after them the name's", async () => {
    expect(
      await offices("Dazu kommt Stephanie Kaiser, Gründerin und Geschäftsführerin der Heartbeat Labs GmbH."),
    ).toEqual(["Stephanie Kaiser -> Heartbeat Labs GmbH (Geschäftsführerin)"]);
  });

  it("not over a place in a list", async () => {
    const found = (
      await facts(
        "Es sprachen die Städte Köln, Bonn und Geschäftsführerin Anna Berg von Dataport.",
        "holdsOffice",
      )
    ).map(office);
    expect(found.filter((o) => /Bonn/.test(o))).toEqual([]);
  });
});

describe("the time of a plan", () => {
  it("dates no office of the one who announces it", async () => {
    const [minister] = await facts(
      "Bayern will bis Ende 2026 alle Verwaltungsleistungen digital anbieten, kündigte Digitalminister Fabian Mehring an.",
      "holdsOffice",
    );
    expect(minister && pair(minister)).toBe("Fabian Mehring -> Bayern");
    expect([minister?.from, minister?.to, minister?.year]).toEqual([undefined, undefined, undefined]);
  });

  it("still dates an office taken at that time", async () => {
    const [cio] = await facts("Seit Januar 2024 ist Anna Berg CIO des Landes Hessen.", "holdsOffice");
    expect(cio?.from).toBe("2024-01-01");
  });
});

describe("money received for a project", () => {
  it("is paid by the giver the parser hangs on the 'für' phrase", async () => {
    const found = await facts(
      "Die Stadt Hamm erhält für das Projekt Digitale Verwaltung 800.000 Euro vom Land Nordrhein-Westfalen.",
      "funds",
    );
    expect(found.map((f) => `${pair(f)} ${f.amount}`)).toEqual(["Nordrhein-Westfalen -> Hamm 800000"]);
  });
});
