/**
 * "Das Land Hessen hat die App X koordiniert", "Die Stadt Ulm hat die App X eingeführt": the
 * parser may read an active perfect as a passive without its auxiliary, with the subject hung on
 * "hat"; the lead and usage rules read it back as active (sentences written for these tests;
 * parses in tests/fixtures/parses/perfects-read-as-passives.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("perfects-read-as-passives");
const leads = async (text: string) => (await facts(text, "leads")).map(pair);
const uses = async (text: string) => (await facts(text, "usesService")).map(pair);

describe("an active perfect read as a passive", () => {
  it("leads what the subject coordinated", async () => {
    expect(await leads("Das Land Hessen hat die App „Digitale Heimat“ koordiniert.")).toEqual([
      "Hessen -> Digitale Heimat",
    ]);
  });

  it("uses what the town introduced", async () => {
    expect(await uses("Die Stadt Ulm hat die App „Digitale Heimat“ eingeführt.")).toEqual([
      "Digitale Heimat -> Ulm",
    ]);
  });

  it("while a true passive keeps its agent", async () => {
    expect(await leads("Die App „Digitale Heimat“ wird von Hessen koordiniert.")).toEqual([
      "Hessen -> Digitale Heimat",
    ]);
  });
});
