/**
 * An office announced before its holder is named ("Bremen hat einen neuen CIO. Anna Keller
 * übernimmt ..."), sentences written for these tests (parses in
 * tests/fixtures/parses/announced-offices.json).
 */
import { describe, expect, it } from "vitest";
import { destination, office, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("announced-offices");

const offices = async (text: string) =>
  (await facts(text, "holdsOffice")).map((f) => `${office(f)} ${destination(f)}`);

describe("an office announced before its holder", () => {
  it("is taken up by the first person the next sentence names", async () => {
    expect(await offices("Bremen hat einen neuen CIO. Anna Keller übernimmt das Amt zum 1. August.")).toEqual(
      ["Anna Keller -> Bremen (CIO) review"],
    );
  });

  it("belongs to the organisation whose kind noun comes before the place", async () => {
    expect(
      await offices(
        "Die Digitalagentur Thüringen hat eine neue Geschäftsführerin. Anna Keller hat ihre Tätigkeit aufgenommen.",
      ),
    ).toEqual(["Anna Keller -> Digitalagentur Thüringen (Geschäftsführerin) review"]);
  });

  it("is nobody's when the announcing sentence names a person itself", async () => {
    expect(
      await offices("Laut Peter Kern hat Bremen einen neuen CIO. Anna Keller sagte nichts dazu."),
    ).toEqual([]);
  });
});
