/**
 * An office in a "wo" clause: "kommt vom Bundesverwaltungsamt, wo sie zuletzt Abteilungsleiterin
 * war" is an office of the organisation the clause hangs on (sentences written for these tests;
 * parses in tests/fixtures/parses/offices-where-held.json).
 */
import { describe, expect, it } from "vitest";
import { office, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("offices-where-held");
const offices = async (text: string) => (await facts(text, "holdsOffice")).map(office).sort();

describe("an office held where a clause says", () => {
  it("is the organisation's the clause hangs on", async () => {
    expect(
      await offices("Anke Müller kommt vom Bundesverwaltungsamt, wo sie zuletzt Abteilungsleiterin war."),
    ).toEqual(["Anke Müller -> Bundesverwaltungsamt (Abteilungsleiterin)"]);
  });

  it("is so for work done there in a role", async () => {
    expect(
      await offices(
        "Anke Müller war zuvor bei der Deutschen Telekom AG, wo sie als Bereichsleiterin arbeitete.",
      ),
    ).toEqual(["Anke Müller -> Telekom AG (Bereichsleiterin)"]);
  });

  it("gives a professor no town's office", async () => {
    expect(await offices("Anke Müller studierte in Potsdam, wo sie später Professorin wurde.")).toEqual([]);
  });
});
