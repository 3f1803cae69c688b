/**
 * Careers and memberships in shapes the parser or the wording makes unusual: work at an employer
 * with a role given by "als" ("hat als Beraterin bei Price Waterhouse gearbeitet", "war als
 * wissenschaftlicher Mitarbeiter an der Universität Bremen beschäftigt"), a company's name in the
 * nominative; a body's members where the parser takes the dative body for the subject ("Neben
 * dem Bund gehören dem IT-Planungsrat die Länder A und B an") or where a relative clause names
 * them ("den IT-Planungsrat, dem auch der Bund angehört"); a body's name that stops at a comma
 * (sentences written for these tests; parses in tests/fixtures/parses/careers-and-memberships.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts, offices } = portalItems("careers-and-memberships");
const members = async (text: string) => (await facts(text, "memberOf")).map(pair).sort();

describe("work at an employer", () => {
  it("with a role given by 'als' holds that role there", async () => {
    expect(await offices("Sabine Meier hat als Beraterin bei Price Waterhouse gearbeitet.")).toEqual([
      "Sabine Meier -> Price Waterhouse (Beraterin)",
    ]);
    expect(
      await offices(
        "Jan Lange war als wissenschaftlicher Mitarbeiter an der Universität Bremen beschäftigt.",
      ),
    ).toEqual(["Jan Lange -> Universität Bremen (Mitarbeiter)"]);
  });

  it("names the company in the nominative", async () => {
    expect(await offices("Jan Lange arbeitete bei der Deutschen Telekom AG.")).toEqual([
      "Jan Lange -> Deutsche Telekom AG (Tätigkeit)",
    ]);
  });

  it("is no office where one works together with others or on something", async () => {
    expect(await offices("Jan Lange arbeitet seit Jahren mit der AKDB zusammen.")).toEqual([]);
    expect(await offices("Jan Lange arbeitet an der Universität Bremen an einer Studie.")).toEqual([]);
  });
});

describe("a body's members", () => {
  it("where the parser takes the dative body for the subject, are the others, beside ones too", async () => {
    expect(
      await members("Neben dem Bund gehören dem IT-Planungsrat die Länder Bayern und Hessen an."),
    ).toEqual(["Bayern -> IT-Planungsrat", "Bund -> IT-Planungsrat", "Hessen -> IT-Planungsrat"]);
  });

  it("named in a relative clause belong to the noun before its comma", async () => {
    expect(await members("Hessen ist Mitglied im IT-Planungsrat, dem auch der Bund angehört.")).toEqual([
      "Bund -> IT-Planungsrat",
      "Hessen -> IT-Planungsrat",
    ]);
  });
});

describe("a body's name", () => {
  it("stops at a comma and takes in no person", async () => {
    const chairs = await facts(
      "Anna Keller leitet den Digitalrat, dem Jan Weber und Paul Roth angehören.",
      "chairs",
    );
    expect(chairs.map(pair)).toEqual(["Anna Keller -> Digitalrat"]);
  });
});
