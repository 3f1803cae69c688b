/**
 * Criticism is a position, named as the "Kritik an" what is criticised, like a demand or a welcome
 * (sentences written for these tests; parses in tests/fixtures/parses/criticism-as-position.json).
 */
import { describe, expect, it } from "vitest";
import { portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("criticism-as-position");
const positions = async (text: string) =>
  (await facts(text, "announces")).map((f) => `${f.subject.name} -> ${f.text ?? ""}`);

describe("criticism", () => {
  it("is the criticism of what is criticised, by a named actor", async () => {
    expect(await positions("Der Deutsche Städtetag kritisiert die Förderrichtlinie des Bundes.")).toEqual([
      "Deutscher Städtetag -> Kritik an Förderrichtlinie des Bundes",
    ]);
  });

  it("is no position of the one criticised in the passive", async () => {
    expect(await positions("Die Förderrichtlinie wurde vom Deutschen Städtetag kritisiert.")).toEqual([]);
  });

  it("is no position where a person is criticised", async () => {
    expect(await positions("Der Deutsche Städtetag kritisiert Karsten Wildberger.")).toEqual([]);
  });
});
