/**
 * An organisation that develops a service takes part in it ("Dataport hat den Online-Dienst X
 * entwickelt", "der von Dataport entwickelte Online-Dienst X"); a Land that develops one still
 * leads it, and a town, a plan or a strategy gives no developer. A task taken on for a service
 * ("übernimmt die Projektleitung für X") is no use of it (sentences written for these tests;
 * parses in tests/fixtures/parses/developers-and-tasks.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("developers-and-tasks");
const parts = async (text: string) => (await facts(text, "participatesIn")).map(pair);

describe("a developer", () => {
  it("takes part in the service it develops, named in an active, a passive or an attribute", async () => {
    expect(await parts("Das Bundesverwaltungsamt entwickelt die Plattform FIT-Connect.")).toEqual([
      "Bundesverwaltungsamt -> Plattform FIT-Connect",
    ]);
    expect(await parts("Die Plattform FIT-Connect wurde von Dataport entwickelt.")).toEqual([
      "Dataport -> Plattform FIT-Connect",
    ]);
    expect(
      await parts("Der IT-Dienstleister ekom21 hat den Online-Dienst „Wohngeld digital“ entwickelt."),
    ).toEqual(["ekom21 -> Wohngeld digital"]);
    expect(
      await parts("Der Online-Dienst „Wohngeld digital“ ging im Mai online. Entwickelt hat ihn die ekom21."),
    ).toEqual(["ekom21 -> Wohngeld digital"]);
  });

  it("takes part in a quoted service after a genitive kind noun, or in the item's for a mere kind", async () => {
    expect(
      await parts(
        "Mithilfe des von Dataport entwickelten neuen Online-Dienstes „elektronische Wohnsitzanmeldung“ sparen Bürger den Weg ins Amt.",
      ),
    ).toEqual(["Dataport -> OZG-Leistung Wohnsitzanmeldung"]);
    expect(
      await parts(
        "Das Projekt Digitale Dörfer startet im Mai. Dazu entwickelt Dataport ein entsprechendes Verfahren.",
      ),
    ).toEqual(["Dataport -> Projekt Digitale Dörfer"]);
  });

  it("leaves a Land leading, and gives nothing for a town, a plan or a strategy", async () => {
    const land = "Das Land Hessen hat die Plattform „Civento“ entwickelt.";
    expect(await parts(land)).toEqual([]);
    expect((await facts(land, "leads")).map(pair)).toEqual(["Hessen -> civento"]);
    expect(await parts("Die Stadt Ulm hat eine App entwickelt.")).toEqual([]);
    expect(await parts("Dataport will bis Ende des Jahres eine Plattform entwickeln.")).toEqual([]);
    expect(await parts("Die FITKO hat eine neue Strategie entwickelt.")).toEqual([]);
  });
});

describe("a task taken on for a service", () => {
  it("is a lead, no use of the service", async () => {
    const text =
      "Mit Unterzeichnung der Vereinbarung übernimmt die Freie Hansestadt Bremen die Projektleitung für das Datenschutzcockpit.";
    expect((await facts(text, "usesService")).map(pair)).toEqual([]);
    expect((await facts(text, "leads")).map(pair)).toEqual(["Bremen -> Datenschutzcockpit"]);
  });
});
