/**
 * A unit's lead given to someone: "X wurde mit der Leitung der Abteilung Y im Ministerium Z
 * betraut", "Minister A hat dem IT-Experten X die Leitung der Abteilung Y übertragen", "Mit der
 * Abteilungsleitung wurde X betraut" after the organisation was named
 * (sentences written for these tests; parses in tests/fixtures/parses/leads-given-to-someone.json).
 */
import { describe, expect, it } from "vitest";
import { portalItems } from "../../helpers/portal-item.js";

const { offices } = portalItems("leads-given-to-someone");

describe("a unit's lead given to someone", () => {
  it("entrusted to them", async () => {
    expect(
      await offices(
        "Ernst Bürger wurde mit der Leitung der Abteilung „Digitale Verwaltung“ im Bundesinnenministerium betraut.",
      ),
    ).toEqual(["Ernst Bürger -> Bundesministerium des Innern (Leitung)"]);
  });

  it("handed over to them", async () => {
    expect(
      await offices(
        "In Mecklenburg-Vorpommern gibt es eine Abteilung. Minister Christian Pegel hat dem IT-Experten Karsten Gillhaus die Leitung der Abteilung „Digitalisierung“ übertragen.",
      ),
    ).toEqual([
      "Christian Pegel -> Mecklenburg-Vorpommern (Minister)",
      "Karsten Gillhaus -> Mecklenburg-Vorpommern (Leitung)",
    ]);
  });

  it("of the organisation named before", async () => {
    expect(
      await offices(
        "Im Bundesverwaltungsamt wurde eine Abteilung geschaffen. Mit der Abteilungsleitung wurde Ernst Bürger betraut.",
      ),
    ).toEqual(["Ernst Bürger -> Bundesverwaltungsamt (Abteilungsleitung)"]);
  });

  it("not the lead of a meeting", async () => {
    expect(await offices("Der Minister hat die Leitung der Sitzung an Karsten Gillhaus übertragen.")).toEqual(
      [],
    );
  });
});
