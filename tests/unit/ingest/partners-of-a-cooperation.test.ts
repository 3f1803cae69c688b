/**
 * The partners of a participant's cooperation ("in Kooperation mit A und B", on the participant's
 * noun or on its verb) take part in what the participant takes part in, and parts of a named
 * project whose quoted name the parser hangs elsewhere take part in it (sentences written for
 * these tests; parses in tests/fixtures/parses/partners-of-a-cooperation.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("partners-of-a-cooperation");
const participations = async (text: string) => (await facts(text, "participatesIn")).map(pair);

describe("partners of a cooperation", () => {
  it("take part beside a project's lead town", async () => {
    expect(
      await participations(
        "Leitkommune des Projekts „Digitale Heimat“ ist die Stadt Paderborn in Kooperation mit dem Kreis Paderborn und der Stadt Bielefeld.",
      ),
    ).toEqual([
      "Paderborn -> Digitale Heimat",
      "Kreis Paderborn -> Digitale Heimat",
      "Bielefeld -> Digitale Heimat",
    ]);
  });

  it("take part beside a town that takes part", async () => {
    expect(
      await participations(
        "Die Stadt Ulm nimmt in Kooperation mit der Stadt Heidelberg am Projekt „Digitale Heimat“ teil.",
      ),
    ).toEqual(["Ulm -> Digitale Heimat", "Heidelberg -> Digitale Heimat"]);
  });

  it("not beside one that takes no part", async () => {
    expect(
      await participations(
        "Die Stadt Ulm nimmt in Kooperation mit der Stadt Heidelberg nicht am Projekt „Digitale Heimat“ teil.",
      ),
    ).toEqual([]);
  });
});

describe("parts of a named project", () => {
  it("take part in it wherever the parser hangs its quoted name", async () => {
    expect(await participations("Ulm und Heidelberg sind Teil des Projekts „Digitale Heimat“.")).toEqual([
      "Ulm -> Digitale Heimat",
      "Heidelberg -> Digitale Heimat",
    ]);
  });
});
