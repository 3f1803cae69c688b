/**
 * A definite compound that names one service by its own word ("das Bürgerserviceportal", "die
 * Ehrenamtsapp") is what one takes part in; a compound that names only a kind ("das
 * Serviceportal") is not (sentences written for these tests; parses in
 * tests/fixtures/parses/services-named-by-a-compound.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("services-named-by-a-compound");
const participations = async (text: string) => (await facts(text, "participatesIn")).map(pair);

describe("a service named by a compound", () => {
  it("is what a pilot town takes part in", async () => {
    expect(await participations("Ingolstadt war Pilotkommune für das Bürgerserviceportal.")).toEqual([
      "Ingolstadt -> Bürgerserviceportal",
    ]);
    expect(await participations("Köln ist Pilotkommune für die Ehrenamtsapp.")).toEqual([
      "Köln -> Ehrenamtsapp",
    ]);
  });

  it("not a compound of a mere kind", async () => {
    expect(await participations("Ingolstadt war Pilotkommune für das Serviceportal.")).toEqual([]);
  });
});
