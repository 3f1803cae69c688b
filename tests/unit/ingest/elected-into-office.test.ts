/**
 * Elected or appointed into a function: "Die Mitgliederversammlung wählte X in das Amt der
 * Geschäftsführerin von Vitako", "X wurde in das Amt ... gewählt" (sentences written for these
 * tests; parses in tests/fixtures/parses/elected-into-office.json).
 */
import { describe, expect, it } from "vitest";
import { office, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("elected-into-office");
const offices = async (text: string) => (await facts(text, "holdsOffice")).map(office).sort();

describe("someone put into an office", () => {
  it("holds it, by a passive", async () => {
    expect(
      await offices("Marianne Wulff wurde in das Amt der Geschäftsführerin von Vitako gewählt."),
    ).toEqual(["Marianne Wulff -> Vitako (Geschäftsführerin)"]);
  });

  it("holds it, by an active the parser reads either way", async () => {
    expect(
      await offices(
        "Die Mitgliederversammlung wählte Marianne Wulff in das Amt der Geschäftsführerin von Vitako.",
      ),
    ).toEqual(["Marianne Wulff -> Vitako (Geschäftsführerin)"]);
  });

  it("is the one appointed, not the one who appoints", async () => {
    expect(
      await offices(
        "Minister Peter Kühne berief Anke Müller in das Amt der Präsidentin des Landesamts für Statistik.",
      ),
    ).toEqual(["Anke Müller -> Landesamt für Statistik (Präsidentin)"]);
  });
});
