/**
 * Who holds the lead of a project:
 *   - "Das Land X hat die Federführung für Y übernommen" (the subject on the auxiliary) and "X hat
 *     die Federführung für Y" (the noun read as a passive subject);
 *   - "Für Y lag die Verantwortung bei X" (responsibility leads only where it lies with someone);
 *   - "Für die Einführung von Y zeichnet X verantwortlich"
 * (sentences written for these tests; parses in tests/fixtures/parses/lead-holders.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("lead-holders");

async function leads(text: string): Promise<string[]> {
  return (await facts(text, "leads")).map(pair).sort();
}

describe("the lead noun's holder", () => {
  it("is the subject the parser hangs on the auxiliary", async () => {
    expect(
      await leads("Das Land Bremen hat die Federführung für das Projekt „Kita digital“ übernommen."),
    ).toEqual(["Bremen -> Kita digital"]);
  });

  it("is the subject of 'hat die Federführung'", async () => {
    expect(
      await leads("Die Freie Hansestadt Bremen hat die Federführung für das Themenfeld Familie und Kind."),
    ).toEqual(["Bremen -> OZG-Themenfeld Familie & Kind"]);
  });

  it("is the one responsibility lies with", async () => {
    expect(
      await leads("Für das Projekt „Kita digital“ lag die Verantwortung bei der Freien Hansestadt Bremen."),
    ).toEqual(["Bremen -> Kita digital"]);
  });

  it("is no one where responsibility is only borne", async () => {
    expect(await leads("Die Verantwortung für die Sicherheit trägt das Land Bremen.")).toEqual([]);
  });
});

describe("signing responsible", () => {
  it("leads the work named", async () => {
    expect(
      await leads(
        "Für die Einführung des Portals „Kita digital“ zeichnet die IT-Dienstleisterin Dataport verantwortlich.",
      ),
    ).toEqual(["Dataport -> Kita digital"]);
  });
});
