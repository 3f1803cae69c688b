/**
 * memberOf from general sentence shapes: a member noun in apposition, a compound member noun as
 * the predicate, a relative clause with "angehören", a body's composition, entering an
 * organisation and admitting a member, on sentences written for these tests (parses in
 * tests/fixtures/parses/member-shapes.json).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { loadReferenceData } from "../../../src/seed/reference-data.js";
import type { ReferenceData } from "../../../src/ingest/types.js";
import { membershipsOf } from "../../helpers/memberships.js";
import { recordedNlp } from "../../helpers/recorded-nlp.js";

const nlp = recordedNlp("member-shapes");
let reference: ReferenceData;
beforeAll(() => {
  reference = loadReferenceData();
}, 60_000);

const memberships = (text: string) => membershipsOf(text, reference, nlp);

describe("member nouns", () => {
  it("reads a member noun in apposition to its member", async () => {
    expect(
      await memberships("Anna Keller, Mitglied des Nationalen Normenkontrollrats, kritisierte den Entwurf."),
    ).toEqual(["Anna Keller -> Nationaler Normenkontrollrat (review)"]);
  });

  it("reads a compound member noun with its organisation, else the organisation named before", async () => {
    expect(await memberships("Hamburg ist Gründungsmitglied der Govdigital eG.")).toEqual([
      "Hamburg -> Govdigital eG (review)",
    ]);
    expect(
      await memberships(
        "Die Stadt Köln tritt der Govdigital eG bei. Köln ist damit das zwanzigste Genossenschaftsmitglied.",
      ),
    ).toEqual(["Köln -> Govdigital eG (review)"]);
  });

  it("takes the organisation named before only for a compound that names its kind", async () => {
    expect(
      await memberships("Die Stadt Köln tritt der Govdigital eG bei. Anna Keller ist Kabinettsmitglied."),
    ).toEqual(["Köln -> Govdigital eG (review)"]);
  });

  it("leaves an organ's member to the office rules", async () => {
    expect(await memberships("Peter Hoffmann, Vorstandsmitglied der Govdigital eG, sprach.")).toEqual([]);
  });
});

describe("membership verbs in other shapes", () => {
  it("reads the members of a body in a relative clause with 'angehören'", async () => {
    expect(
      await memberships(
        "Der Normenkontrollrat, dem Anna Keller und Peter Hoffmann angehören, legte seinen Bericht vor.",
      ),
    ).toEqual([
      "Anna Keller -> Nationaler Normenkontrollrat (review)",
      "Peter Hoffmann -> Nationaler Normenkontrollrat (review)",
    ]);
  });

  it("reads what a body consists of as its members", async () => {
    expect(
      await memberships(
        "Der Nationale Normenkontrollrat setzt sich aus Anna Keller, Peter Hoffmann und Jana Berg zusammen.",
      ),
    ).toEqual([
      "Anna Keller -> Nationaler Normenkontrollrat (review)",
      "Jana Berg -> Nationaler Normenkontrollrat (review)",
      "Peter Hoffmann -> Nationaler Normenkontrollrat (review)",
    ]);
    expect(await memberships("Der IT-Planungsrat besteht aus dem Bund und den Ländern.")).toEqual([
      "Bund -> IT-Planungsrat (review)",
    ]);
  });

  it("reads entering an organisation, but not a person joining an agency's staff", async () => {
    expect(await memberships("Hessen ist als neues Mitglied in die Govdigital eG eingetreten.")).toEqual([
      "Hessen -> Govdigital eG (review)",
    ]);
    expect(
      await memberships(
        "2005 trat Anna Keller als Referentin in das Bundesamt für Migration und Flüchtlinge ein.",
      ),
    ).toEqual([]);
  });

  it("reads an organisation admitting a member, but not one that will", async () => {
    expect(await memberships("Die Govdigital eG hat Bremen als neues Mitglied aufgenommen.")).toEqual([
      "Bremen -> Govdigital eG (review)",
    ]);
    expect(await memberships("Die Govdigital eG will Bremen als neues Mitglied aufnehmen.")).toEqual([]);
  });
});

describe("a council named before by its noun", () => {
  it("makes the members of a predicate and of 'Ihm gehören ... an' members of the new council named last", async () => {
    expect(
      await memberships(
        "Die Landesregierung hat einen Digitalrat berufen. Mitglied für die Wirtschaft ist Anna Keller.",
      ),
    ).toEqual(["Anna Keller -> Digitalrat (review)"]);
    expect(
      await memberships(
        "Die Landesregierung hat einen Digitalrat berufen. Ihm gehören Anna Keller und Peter Hoffmann an.",
      ),
    ).toEqual(["Anna Keller -> Digitalrat (review)", "Peter Hoffmann -> Digitalrat (review)"]);
  });
});

describe("boards and bodies named by their genitive", () => {
  it("makes a seat on an organisation's board a membership of the organisation", async () => {
    expect(await memberships("Anna Keller ist seit 2008 im Vorstand von Dataport.")).toEqual([
      "Anna Keller -> Dataport (review)",
    ]);
    expect(await memberships("Peter Hoffmann sitzt seit 2020 im Aufsichtsrat der Govdigital eG.")).toEqual([
      "Peter Hoffmann -> Govdigital eG (review)",
    ]);
  });

  it("reads a seat worked in or moved into as a membership, and a denied one as none", async () => {
    expect(await memberships("Anna Keller war von 2006 bis 2011 im Aufsichtsrat der ekom21 tätig.")).toEqual([
      "Anna Keller -> ekom21 (review)",
    ]);
    expect(await memberships("Peter Hoffmann wechselte im Mai in den Vorstand von Dataport.")).toEqual([
      "Peter Hoffmann -> Dataport (review)",
    ]);
    expect(await memberships("Anna Keller war nie im Aufsichtsrat der ekom21 tätig.")).toEqual([]);
  });

  it("makes the owners a kind noun lists after 'Träger sind' members of the organisation named before", async () => {
    expect(
      await memberships(
        "Dataport ist eine Anstalt öffentlichen Rechts. Träger sind die Länder Bremen und Hamburg sowie der Bund.",
      ),
    ).toEqual(["Bremen -> Dataport (review)", "Bund -> Dataport (review)", "Hamburg -> Dataport (review)"]);
  });

  it("makes each of several people elected into a board a member", async () => {
    expect(
      await memberships("Anna Keller und Peter Hoffmann wurden in den Vorstand der Govdigital eG gewählt."),
    ).toEqual(["Anna Keller -> Govdigital eG (review)", "Peter Hoffmann -> Govdigital eG (review)"]);
  });

  it("reads a member noun and 'Teil' conjoined with a copula's predicate", async () => {
    expect(
      await memberships(
        "Anna Keller ist Geschäftsführerin bei Governikus, Mitglied des Verwaltungsrates von Dataport sowie Teil des Aufsichtsrates der Bremer Straßenbahn AG.",
      ),
    ).toEqual(["Anna Keller -> Bremer Straßenbahn AG (review)", "Anna Keller -> Dataport (review)"]);
  });

  it("names a body the gazetteer does not know by its noun and genitive, but makes no unit a member", async () => {
    expect(await memberships("Hessen ist Mitglied im Verbund der kommunalen Rechenzentren.")).toEqual([
      "Hessen -> Verbund der kommunalen Rechenzentren (review)",
    ]);
    expect(await memberships("Hessen ist Teil des Verbunds der interoperablen Servicekonten.")).toEqual([
      "Hessen -> Verbund der interoperablen Servicekonten (review)",
    ]);
    expect(await memberships("Die FITKO ist Teil des Netzwerks der Digitalagenturen.")).toEqual([]);
  });
});

describe("member lists of the council named last", () => {
  it("reads every person a member predicate lists, and 'Zu seinen Mitgliedern gehören'", async () => {
    expect(
      await memberships(
        "Die Landesregierung hat einen Digitalrat berufen. Weitere Mitglieder sind Anna Keller und Peter Hoffmann.",
      ),
    ).toEqual(["Anna Keller -> Digitalrat (review)", "Peter Hoffmann -> Digitalrat (review)"]);
    expect(
      await memberships(
        "Die Landesregierung hat einen Digitalrat berufen. Zu seinen Mitgliedern gehören Anna Keller und Peter Hoffmann.",
      ),
    ).toEqual(["Anna Keller -> Digitalrat (review)", "Peter Hoffmann -> Digitalrat (review)"]);
  });
});

describe("a council named by its genitive", () => {
  it("names 'Rat der ...' in the nominative", async () => {
    expect(await memberships("Peter Hoffmann sitzt im Rat der IT-Beauftragten der Ressorts.")).toEqual([
      "Peter Hoffmann -> Rat der IT-Beauftragten der Ressorts (review)",
    ]);
    expect(await memberships("Anna Keller, Mitglied des Rates der IT-Beauftragten, sprach.")).toEqual([
      "Anna Keller -> Rat der IT-Beauftragten (review)",
    ]);
  });
});
