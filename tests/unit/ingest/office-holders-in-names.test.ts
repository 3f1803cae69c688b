/**
 * The holder and the owner of an office named around an institution:
 *   - "die Präsidentin der Universität Potsdam Anna Müller": the institution's name ends before
 *     the holder the parser hangs on it;
 *   - "die Rektorin der Fernuniversität Hagen Ada Pellert": a first name and a surname the model
 *     runs on into the organisation are the holder;
 *   - "Staatsrat beim Senator für Finanzen": a member of a government serves the Land even "beim"
 *     its ministry, where a "Referentin beim" ministry works for the ministry;
 *   - "Die Stadt Kassel hat mit X einen neuen Digitalisierungsbeauftragten": the town that has
 *     the new holder owns the office (not the town's Land)
 * (sentences written for these tests; parses in tests/fixtures/parses/office-holders-in-names.json).
 */
import { describe, expect, it } from "vitest";
import { portalItems } from "../../helpers/portal-item.js";

const { offices } = portalItems("office-holders-in-names");

describe("an institution named before its officer", () => {
  it("ends its name before the holder", async () => {
    expect(await offices("Dabei war die Präsidentin der Universität Potsdam Anna Müller.")).toEqual([
      "Anna Müller -> Universität Potsdam (Präsidentin)",
    ]);
  });

  it("gives up the first name and surname the model runs on into it", async () => {
    expect(await offices("Dabei war die Rektorin der Fernuniversität Hagen Ada Pellert.")).toEqual([
      "Ada Pellert -> Fernuniversität Hagen (Rektorin)",
    ]);
  });
});

describe("an office at a Land's ministry", () => {
  it("is the Land's for a member of its government", async () => {
    expect(
      await offices(
        "Hans Meier, Staatsrat bei der Senatorin für Finanzen der Freien Hansestadt Bremen, stellte die Pläne vor.",
      ),
    ).toEqual(["Hans Meier -> Bremen (Staatsrat)"]);
  });

  it("is the ministry's for its staff", async () => {
    expect(
      await offices("Anna Schmidt, Referentin beim Senator für Finanzen, stellte die Pläne vor."),
    ).toEqual(["Anna Schmidt -> Senator für Finanzen Bremen (Referentin)"]);
  });
});

describe("a new holder someone has", () => {
  it("holds the office of the town that has them", async () => {
    expect(
      await offices("Die Stadt Kassel hat mit Peter Müller einen neuen Digitalisierungsbeauftragten."),
    ).toEqual(["Peter Müller -> Kassel (Digitalisierungsbeauftragter)"]);
  });
});
