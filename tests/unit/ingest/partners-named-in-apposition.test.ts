/**
 * "Dataport, Partner des Projekts X, ...", "Als Partner des Projekts X stellt Dataport ...": a
 * partner's role named beside its holder, with the project (sentences written for these tests;
 * parses in tests/fixtures/parses/partners-named-in-apposition.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("partners-named-in-apposition");
const partners = async (text: string) => (await facts(text, "participatesIn")).map(pair);

describe("partners named in apposition", () => {
  it("take part in the project", async () => {
    expect(
      await partners("Dataport, Partner des Projekts „Digitale Heimat“, stellt die Technik bereit."),
    ).toEqual(["Dataport -> Digitale Heimat"]);
  });

  it("only the name the role follows, not the ones conjoined with it", async () => {
    expect(
      await partners(
        "Die Stadt Ulm, Partner des Projekts „Digitale Heimat“, und der Landkreis Biberach stellen die Technik bereit.",
      ),
    ).toEqual(["Ulm -> Digitale Heimat"]);
  });

  it("and a partner introduced with als", async () => {
    expect(
      await partners("Als Partner des Projekts „Digitale Heimat“ stellt Dataport die Technik bereit."),
    ).toEqual(["Dataport -> Digitale Heimat"]);
  });

  it("not a partner of a town", async () => {
    expect(await partners("Als Partner der Stadt Ulm stellt Dataport die Technik bereit.")).toEqual([]);
  });
});
