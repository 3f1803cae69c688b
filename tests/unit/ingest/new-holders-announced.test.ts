/**
 * A new holder announced by whoever has them: "Die FITKO hat eine neue Präsidentin: X", "Die FITKO
 * bekommt mit X eine neue Präsidentin" is an office of the one that has the new holder, where the
 * role names no owner of its own (sentences written for these tests; parses in
 * tests/fixtures/parses/new-holders-announced.json).
 */
import { describe, expect, it } from "vitest";
import { office, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("new-holders-announced");
const offices = async (text: string) => (await facts(text, "holdsOffice")).map(office).sort();

describe("a new holder announced", () => {
  it("holds an office of the organisation named after a colon", async () => {
    expect(await offices("Die FITKO hat eine neue Präsidentin: Anke Müller.")).toEqual([
      "Anke Müller -> FITKO (Präsidentin)",
    ]);
  });

  it("holds an office of the organisation that gets the holder 'mit'", async () => {
    expect(await offices("Die FITKO bekommt mit Anke Müller eine neue Präsidentin.")).toEqual([
      "Anke Müller -> FITKO (Präsidentin)",
    ]);
  });

  it("keeps a government's own role with the government", async () => {
    expect(await offices("Hessen bekommt mit Anke Müller eine neue Staatssekretärin.")).toEqual([
      "Anke Müller -> Hessen (Staatssekretärin)",
    ]);
  });
});
