/**
 * A service a town builds into its offer: "Die Stadt Ulm hat die BundID eingebunden" (sentences
 * written for these tests; parses in tests/fixtures/parses/services-built-in.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("services-built-in");
const uses = async (text: string) => (await facts(text, "usesService")).map(pair);

describe("a service built in", () => {
  it("is used by the town", async () => {
    expect(await uses("Die Stadt Ulm hat die BundID eingebunden.")).toEqual(["BundID -> Ulm"]);
    expect(await uses("Die Stadt Ulm bindet die BundID in ihr Serviceportal ein.")).toEqual([
      "BundID -> Ulm",
    ]);
  });

  it("not people involved, rooms or money provided", async () => {
    expect(await uses("Die Stadt Ulm hat die Bürgerinnen und Bürger eingebunden.")).toEqual([]);
    expect(await uses("Die Stadt Ulm stellt Räume für die Sitzung bereit.")).toEqual([]);
    expect(await uses("Das Land Brandenburg stellt der Stadt Cottbus 1,2 Millionen Euro bereit.")).toEqual(
      [],
    );
  });
});
