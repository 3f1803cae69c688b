/**
 * "Zehn Kommunen nehmen teil, darunter A und B": the actors a "darunter" lists after a group take
 * part or use what the group does, and a place where tests run takes part in the item's project
 * (sentences written for these tests; parses in tests/fixtures/parses/examples-among-a-group.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("examples-among-a-group");
const participations = async (text: string) => (await facts(text, "participatesIn")).map(pair);
const uses = async (text: string) => (await facts(text, "usesService")).map(pair);

describe("the examples a group lists", () => {
  it("take part as the group does", async () => {
    expect(
      await participations(
        "Zehn Kommunen nehmen am Projekt „Bauantrag Online“ teil, darunter der Landkreis Görlitz und die Stadt Zittau.",
      ),
    ).toEqual(["Landkreis Görlitz -> Bauantrag Online", "Zittau -> Bauantrag Online"]);
  });

  it("use what the group uses", async () => {
    expect(
      await uses(
        "Zehn Kommunen nutzen die Plattform „Bauantrag Online“, darunter der Landkreis Görlitz und die Stadt Zittau.",
      ),
    ).toEqual(["Bauantrag Online -> Landkreis Görlitz", "Bauantrag Online -> Zittau"]);
  });

  it("take part where the group's tests run", async () => {
    expect(
      await participations(
        "Das Land Sachsen hat die Plattform „Bauantrag Online“ gestartet. In zehn Behörden – darunter der Landkreis Görlitz und die Stadt Zittau – laufen aktuell die Tests.",
      ),
    ).toEqual(["Landkreis Görlitz -> Bauantrag Online", "Zittau -> Bauantrag Online"]);
  });

  it("while a group with no examples is counted, not named", async () => {
    expect(
      await uses("Zehn Kommunen nutzen die Plattform „Bauantrag Online“, darunter fünf Städte."),
    ).toEqual(["Bauantrag Online -> "]);
  });
});
