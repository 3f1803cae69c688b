/**
 * Taking part by being there ("Beim Projekt X sind auch die Städte A und B mit dabei", which the
 * parser reads with the names as the copula's predicate) and by engaging in a project ("engagiert
 * sich im Projekt X"; "für das Projekt X" is support) (sentences written for these tests; parses
 * in tests/fixtures/parses/participants-there-and-engaged.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("participants-there-and-engaged");
const participations = async (text: string) => (await facts(text, "participatesIn")).map(pair).sort();

describe("those with the project", () => {
  it("take part in it", async () => {
    expect(
      await participations(
        "Beim Projekt „Digitale Dörfer“ sind auch die Städte Ulm und Heidelberg mit dabei.",
      ),
    ).toEqual(["Heidelberg -> Digitale Dörfer", "Ulm -> Digitale Dörfer"]);
  });

  it("take no part where denied", async () => {
    expect(
      await participations(
        "Beim Projekt „Digitale Dörfer“ sind die Städte Ulm und Heidelberg nicht mit dabei.",
      ),
    ).toEqual([]);
  });
});

describe("one engaged in a project", () => {
  it("takes part in it", async () => {
    expect(await participations("Die Stadt Ulm engagiert sich im Projekt „Digitale Dörfer“.")).toEqual([
      "Ulm -> Digitale Dörfer",
    ]);
    expect(
      await participations("Die Stadt Ulm hat sich seit 2020 beim Projekt „Digitale Dörfer“ engagiert."),
    ).toEqual(["Ulm -> Digitale Dörfer"]);
  });

  it("takes no part where it engages for it", async () => {
    expect(await participations("Die Stadt Ulm engagiert sich für das Projekt „Digitale Dörfer“.")).toEqual(
      [],
    );
  });
});
