/**
 * Project partners named with "zu den Projektpartnern gehören" take part in the project the item
 * is about, as "Projektpartner sind A und B" does; partners of no project named stay unread
 * (sentences written for these tests; parses in tests/fixtures/parses/project-partners-in-the-item.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("project-partners-in-the-item");
const participants = async (text: string) => (await facts(text, "participatesIn")).map(pair);

describe("project partners", () => {
  it("take part in the item's project", async () => {
    expect(
      await participants(
        "Das Projekt „Smart Region“ startete 2021. Zu den Projektpartnern gehören die Stadt Ulm und der Landkreis Biberach.",
      ),
    ).toEqual(["Ulm -> Smart Region", "Landkreis Biberach -> Smart Region"]);
  });

  it("as the predicate does", async () => {
    expect(
      await participants(
        "Das Projekt „Smart Region“ startete 2021. Projektpartner sind die Städte Ulm und Kempten.",
      ),
    ).toEqual(["Ulm -> Smart Region", "Kempten (Allgäu) -> Smart Region"]);
  });

  it("not partners of no project", async () => {
    expect(
      await participants(
        "Das Projekt „Smart Region“ startete 2021. Zu den Partnern gehören die Stadt Ulm und der Landkreis Biberach.",
      ),
    ).toEqual([]);
  });
});
