/**
 * Ways of saying that several take part in one project: a partner the parser hung on the
 * project's name ("arbeitet beim Projekt X eng mit B zusammen"), a project that is "eine
 * Kooperation von A und B", "sich für X zusammentun", and "mit im Boot" for "mit dabei" (sentences
 * written for these tests; parses in tests/fixtures/parses/taking-part-together.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("taking-part-together");
const participations = async (text: string) => (await facts(text, "participatesIn")).map(pair);

describe("a partner named after the project", () => {
  it("takes part beside the subject", async () => {
    expect(
      await participations("Hessen arbeitet beim Projekt „Bürger-Check“ eng mit Bremen zusammen."),
    ).toEqual(["Hessen -> Bürger-Check", "Bremen -> Bürger-Check"]);
  });
});

describe("a project that is a cooperation", () => {
  it("has the cooperating ones take part", async () => {
    expect(
      await participations("Das Projekt „Digitale Heimat“ ist eine Kooperation von Hessen und Bremen."),
    ).toEqual(["Hessen -> Digitale Heimat", "Bremen -> Digitale Heimat"]);
  });

  it("while a cooperation said of no project names no part", async () => {
    expect(await participations("Die Zusammenarbeit von Hessen und Bremen ist eng.")).toEqual([]);
  });
});

describe("joining forces", () => {
  it("for a named project is taking part in it", async () => {
    expect(
      await participations("Für das Projekt „Digitale Heimat“ haben sich Hessen und Bremen zusammengetan."),
    ).toEqual(["Hessen -> Digitale Heimat", "Bremen -> Digitale Heimat"]);
  });

  it("for nothing named is not", async () => {
    expect(await participations("Hessen und Bremen haben sich zusammengetan.")).toEqual([]);
  });
});

describe("being in the boat", () => {
  it("is being there, in the item's project", async () => {
    expect(
      await participations(
        "Das Land Sachsen hat das Projekt „Digitale Heimat“ gestartet. Mit im Boot sind Hessen und Bremen.",
      ),
    ).toEqual(["Hessen -> Digitale Heimat", "Bremen -> Digitale Heimat"]);
  });

  it("is being there, in the project named", async () => {
    expect(await participations("Auch Hessen ist beim Projekt „Digitale Heimat“ mit im Boot.")).toEqual([
      "Hessen -> Digitale Heimat",
    ]);
  });
});
