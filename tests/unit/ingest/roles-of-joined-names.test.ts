/**
 * Two people, each "als" a role: "Künftig werden sich Sebastian Heckl als Digitalisierungsbeauftragter
 * der Stadt Donauwörth und Maximilian Köhnlein als IT-Leiter der Stadt Donauwörth um die Themen
 * kümmern" gives each their own role; and a county of two joined parts in the genitive before a
 * role, "Dahme-Spreewalds Wirtschaftsdezernent" (sentences written for these tests; parses in
 * tests/fixtures/parses/roles-of-joined-names.json).
 */
import { describe, expect, it } from "vitest";
import { portalItems } from "../../helpers/portal-item.js";

const { offices } = portalItems("roles-of-joined-names");

describe("two joined names, each with a role after 'als'", () => {
  it("hold each their own role", async () => {
    expect(
      (
        await offices(
          "Künftig werden sich Sebastian Heckl als Digitalisierungsbeauftragter der Stadt Donauwörth und Maximilian Köhnlein als IT-Leiter der Stadt Donauwörth um die Themen kümmern.",
        )
      ).sort(),
    ).toEqual([
      "Maximilian Köhnlein -> Donauwörth (IT-Leiter)",
      "Sebastian Heckl -> Donauwörth (Digitalisierungsbeauftragter)",
    ]);
  });

  it("leaves one name with its role as it was", async () => {
    expect(
      await offices(
        "Sebastian Heckl kümmert sich als Digitalisierungsbeauftragter der Stadt Donauwörth um die Themen.",
      ),
    ).toEqual(["Sebastian Heckl -> Donauwörth (Digitalisierungsbeauftragter)"]);
  });
});

describe("a county of two joined parts in the genitive", () => {
  it("owns the role right after it", async () => {
    expect(
      await offices(
        "Dahme-Spreewalds Wirtschaftsdezernent Heiko Jahn macht auf den Förderaufruf aufmerksam.",
      ),
    ).toEqual(["Heiko Jahn -> Landkreis Dahme-Spreewald (Wirtschaftsdezernent)"]);
  });
});
