/**
 * memberOf read by the types of a verb's arguments: "gehört ... an" in either order, "zu den
 * Mitgliedern ... gehören", "sitzt im", "beigetreten", an appointment into a body and the nouns
 * "Beitritt" and "Mitgliedschaft", on sentences written for these tests (parses in
 * tests/fixtures/parses/member-verbs.json).
 */
import { describe, expect, it } from "vitest";
import { destination, pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("member-verbs");

/** The memberships of an article as "member -> body (review|graph)". */
async function memberships(text: string): Promise<string[]> {
  return (await facts(text, "memberOf")).map((f) => `${pair(f)} (${destination(f)})`).sort();
}

describe("membership verbs in any word order", () => {
  it("reads 'gehört ... an' with the body first, which the parser takes for the subject", async () => {
    expect(await memberships("Dem Nationalen Normenkontrollrat gehört Anna Keller seit 2020 an.")).toEqual([
      "Anna Keller -> Nationaler Normenkontrollrat (review)",
    ]);
  });

  it("reads the members listed after 'Zu den Mitgliedern des ... gehören'", async () => {
    expect(
      await memberships("Zu den Mitgliedern des Digitalrats gehören Anna Keller und Peter Hoffmann."),
    ).toEqual(["Anna Keller -> Digitalrat (review)", "Peter Hoffmann -> Digitalrat (review)"]);
  });

  it("makes who sits in a body its member, but not who no longer does", async () => {
    expect(await memberships("Peter Hoffmann sitzt im Digitalrat der Bundesregierung.")).toEqual([
      "Peter Hoffmann -> Digitalrat der Bundesregierung (review)",
    ]);
    expect(await memberships("Peter Hoffmann sitzt nicht mehr im IT-Planungsrat.")).toEqual([]);
  });

  it("makes the Land someone sits for the member, not its representative", async () => {
    expect(await memberships("Für das Land Hessen sitzt Peter Hoffmann im IT-Planungsrat.")).toEqual([
      "Hessen -> IT-Planungsrat (review)",
    ]);
  });

  it("reads a joining in the Perfekt, for a Land and a city, but not an intention to join", async () => {
    expect(await memberships("Bremen ist der Govdigital eG beigetreten.")).toEqual([
      "Bremen -> Govdigital eG (review)",
    ]);
    expect(await memberships("Die Stadt Köln ist der Govdigital eG beigetreten.")).toEqual([
      "Köln -> Govdigital eG (review)",
    ]);
    expect(await memberships("Hessen will der Govdigital eG beitreten.")).toEqual([]);
  });

  it("makes the person appointed into a body its member, not the government appointing", async () => {
    expect(await memberships("Die Bundesregierung hat Anna Keller in den Digitalrat berufen.")).toEqual([
      "Anna Keller -> Digitalrat (review)",
    ]);
  });

  it("reads the nouns Beitritt and Mitgliedschaft with their member and body", async () => {
    expect(
      await memberships("Mit dem Beitritt von Hamburg zur Govdigital eG wächst die Genossenschaft."),
    ).toEqual(["Hamburg -> Govdigital eG (review)"]);
    expect(await memberships("Die Mitgliedschaft Hessens in der Govdigital eG endet.")).toEqual([
      "Hessen -> Govdigital eG (review)",
    ]);
  });
});

describe("becoming a member and members of any organisation", () => {
  it("reads 'wird Mitglied', 'nimmt ... als Mitglied auf' and 'gehört zu den Mitgliedern' of a cooperative", async () => {
    expect(await memberships("Hessen wird Mitglied der Govdigital eG.")).toEqual([
      "Hessen -> Govdigital eG (review)",
    ]);
    expect(await memberships("Der Nationale Normenkontrollrat nimmt Anna Keller als Mitglied auf.")).toEqual([
      "Anna Keller -> Nationaler Normenkontrollrat (review)",
    ]);
    expect(await memberships("Die Stadt Köln gehört zu den Mitgliedern der Govdigital eG.")).toEqual([
      "Köln -> Govdigital eG (review)",
    ]);
  });

  it("takes no membership from 'ist nicht Mitglied' or 'will Mitglied werden'", async () => {
    expect(await memberships("Hessen ist nicht Mitglied der Govdigital eG.")).toEqual([]);
    expect(await memberships("Hessen will Mitglied der Govdigital eG werden.")).toEqual([]);
  });

  it("reads 'Als Mitglied' of an organisation that is no council", async () => {
    expect(await memberships("Als Mitglied der Govdigital eG nutzt Hessen die Plattform.")).toEqual([
      "Hessen -> Govdigital eG (review)",
    ]);
  });
});

describe("a seat in a body", () => {
  it("makes who has or gives up a seat in a body its member, but not a company's seat in a city", async () => {
    expect(await memberships("Anna Keller legt ihren Sitz im IT-Planungsrat nieder.")).toEqual([
      "Anna Keller -> IT-Planungsrat (review)",
    ]);
    expect(await memberships("Die FITKO hat ihren Sitz in Frankfurt am Main.")).toEqual([]);
    expect(await memberships("Hessen erhält keinen Sitz im IT-Planungsrat.")).toEqual([]);
  });
});

describe("members of a body the item named before by its full name", () => {
  it("reads joining and 'Zum Verbund gehören' for the Verbund named before, but not a thing named after its owner", async () => {
    expect(
      await memberships(
        "Hessen ist dem Verbund der kommunalen Rechenzentren beigetreten. Zum Verbund gehören außerdem Bayern, Sachsen und das Bürgerportal Bund.",
      ),
    ).toEqual([
      "Bayern -> Verbund der kommunalen Rechenzentren (review)",
      "Hessen -> Verbund der kommunalen Rechenzentren (review)",
      "Sachsen -> Verbund der kommunalen Rechenzentren (review)",
    ]);
  });

  it("reads no membership in a bare 'Verbund' the item never named", async () => {
    expect(await memberships("Zum Verbund gehören Bayern und Sachsen.")).toEqual([]);
  });
});

describe("counted among the members", () => {
  it("reads 'zählt zu den Mitgliedern' and a kind of member, but not being counted among anything else", async () => {
    expect(await memberships("Hessen zählt zu den Mitgliedern der Govdigital eG.")).toEqual([
      "Hessen -> Govdigital eG (review)",
    ]);
    expect(await memberships("Hessen gehört zu den Gründungsmitgliedern der Govdigital eG.")).toEqual([
      "Hessen -> Govdigital eG (review)",
    ]);
    expect(await memberships("Hessen zählt zu den Vorreitern der Verwaltungsdigitalisierung.")).toEqual([]);
  });
});

describe("a list of members the parser breaks up", () => {
  it("reads every item joined by commas and 'und', whatever the parser hung them on", async () => {
    expect(
      await memberships(
        "Zu den Mitgliedern von Vitako zählen die Stadt Köln, der Kreis Paderborn und Dataport.",
      ),
    ).toEqual([
      "Dataport -> Vitako (review)",
      "Kreis Paderborn -> Vitako (review)",
      "Köln -> Vitako (review)",
    ]);
  });

  it("reads the members of a body known by its name after 'Zum ... gehören', kind nouns between them", async () => {
    const found = await memberships(
      "Zum IT-Planungsrat gehören der Bund und die Länder Bayern, Hessen und Sachsen.",
    );
    expect(found.map((f) => f.replace(/ \(.*/, ""))).toEqual(
      expect.arrayContaining(["Hessen -> IT-Planungsrat", "Sachsen -> IT-Planungsrat"]),
    );
  });

  it("does not join a person to the organisation named in the role before them", async () => {
    const found = await memberships(
      "Weitere Mitglieder sind Ralf Leimkühler, Geschäftsführer des Sächsischen Städte- und Gemeindetages sowie Hanjo Lucassen, der Mitglied des Sächsischen Landtages war.",
    );
    expect(found.filter((f) => f.startsWith("Sächsischer Städte"))).toEqual([]);
  });

  it("keeps a foreign name's first word as it is written", async () => {
    expect(await memberships("Die Stadt Ulm ist Mitglied der Open Source Business Alliance.")).toEqual([
      "Ulm -> Open Source Business Alliance (review)",
    ]);
  });
});

describe("elected into a board", () => {
  it("reads the board after the place of the election, and the name the parser hangs on a town", async () => {
    expect(
      await memberships(
        "Der Personal- und Organisationsdezernent der Stadt Mönchengladbach, Hans-Jürgen Schnaß, wurde in Dresden in den Verwaltungsrat der Kommunalen Gemeinschaftsstelle für Verwaltungsmanagement (KGSt) gewählt.",
      ),
    ).toEqual(["Hans-Jürgen Schnaß -> Kommunale Gemeinschaftsstelle für Verwaltungsmanagement (review)"]);
  });
});

describe("shareholders", () => {
  it("are members, a county named by an adjective in the nominative too", async () => {
    expect(
      await memberships("Gesellschafter der Civitec sind der Rhein-Sieg-Kreis und der Oberbergische Kreis."),
    ).toEqual(["Oberbergischer Kreis -> Civitec (review)", "Rhein-Sieg-Kreis -> Civitec (review)"]);
  });
});
