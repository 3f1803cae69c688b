/**
 * Where a service can be applied for online, the places named use it: the item's service (a
 * procedure named with its kind word, "das Pilotverfahren „X“"), never the Land that only
 * locates the towns. Sentences written for this test (parses in
 * tests/fixtures/parses/online-applications.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("online-applications");

describe("applying online", () => {
  it("has the towns where one can apply online use the item's service", async () => {
    const found = await facts(
      "Das Pilotverfahren „Kita-Platz digital“ startet am Montag. In Niedersachsen können Eltern neben der Landeshauptstadt Hannover auch in Celle und Peine einen Kita-Platz online beantragen.",
      "usesService",
    );
    expect(found.map(pair).sort()).toEqual([
      "Kita-Platz digital -> Celle",
      "Kita-Platz digital -> Hannover",
      "Kita-Platz digital -> Peine",
    ]);
  });

  it("reads nothing where nothing is applied for online", async () => {
    expect(
      await facts(
        "Das Pilotverfahren „Kita-Platz digital“ startet am Montag. In Celle und Peine können Eltern einen Kita-Platz beim Jugendamt beantragen.",
        "usesService",
      ),
    ).toEqual([]);
  });
});
