/**
 * A town's "Chief Digital Officer" named with the town's adjective ("der Trierer Chief Digital
 * Officer"), and an institution named by the Land it serves ("Präsident der Architektenkammer des
 * Saarlands") (sentences written for these tests; parses in
 * tests/fixtures/parses/town-officers-and-chambers.json).
 */
import { describe, expect, it } from "vitest";
import { portalItems } from "../../helpers/portal-item.js";

const { offices } = portalItems("town-officers-and-chambers");

describe("a town's Chief Digital Officer by the town's adjective", () => {
  it("is the town's officer, not its Land's", async () => {
    expect(await offices("Das sagte der Trierer Chief Digital Officer Thorsten Kraus.")).toEqual([
      "Thorsten Kraus -> Trier (Chief Digital Officer)",
    ]);
  });

  it("while a Chief Information Officer by a capital's adjective stays the Land's", async () => {
    expect(await offices("Das sagte der Kieler Chief Information Officer Thorsten Kraus.")).toEqual([
      "Thorsten Kraus -> Schleswig-Holstein (Chief Information Officer)",
    ]);
  });
});

describe("an institution named by the Land it serves", () => {
  it("owns the office, not the Land", async () => {
    expect(
      await offices("Das erklärte Alexander Schwehm, Präsident der Architektenkammer des Saarlands."),
    ).toEqual(["Alexander Schwehm -> Architektenkammer des Saarlands (Präsident)"]);
    expect(await offices("Das erklärte Manfred Schmitt, Präsident der Universität des Saarlandes.")).toEqual([
      "Manfred Schmitt -> Universität des Saarlandes (Präsident)",
    ]);
  });

  it("not by the Land named only as 'des Landes'", async () => {
    expect(await offices("Das erklärte Anna Müller, Leiterin des Finanzamts des Landes.")).toEqual([]);
  });
});
