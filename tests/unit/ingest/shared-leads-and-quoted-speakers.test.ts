/**
 * A lead shared with partners named between the verb and the lead noun ("Rheinland-Pfalz hat mit
 * Schleswig-Holstein und dem Bundesumweltministerium die Federführung im Themenfeld Umwelt"), a
 * government named only in a speaker's quotation that is not the speaker's ("„Bund, Länder und
 * Kommunen ...“, sagt Staatssekretär X"), and who calls on whom ("forderten die Länder den Bund
 * auf, ...": the Bund is called on, it demands nothing)
 * (sentences written for these tests; parses in tests/fixtures/parses/shared-leads-and-quoted-speakers.json).
 */
import { describe, expect, it } from "vitest";
import { pair, pairOrText, portalItems } from "../../helpers/portal-item.js";

const { facts, offices } = portalItems("shared-leads-and-quoted-speakers");
const leads = async (text: string) => (await facts(text, "leads")).map(pair);

describe("a lead shared with partners", () => {
  it("is held by the subject and each partner", async () => {
    expect(
      await leads(
        "Rheinland-Pfalz hat mit Schleswig-Holstein und dem Bundesumweltministerium die Federführung im Themenfeld Umwelt.",
      ),
    ).toEqual([
      "Rheinland-Pfalz -> OZG-Themenfeld Umwelt",
      "Schleswig-Holstein -> OZG-Themenfeld Umwelt",
      "Bundesministerium für Umwelt, Naturschutz, nukleare Sicherheit und Verbraucherschutz -> OZG-Themenfeld Umwelt",
    ]);
    expect(
      await leads(
        "Rheinland-Pfalz hat gemeinsam mit Schleswig-Holstein die Federführung für das Themenfeld Umwelt.",
      ),
    ).toEqual(["Rheinland-Pfalz -> OZG-Themenfeld Umwelt", "Schleswig-Holstein -> OZG-Themenfeld Umwelt"]);
  });

  it("not by what the 'mit' names that is no one", async () => {
    expect(
      await leads(
        "Rheinland-Pfalz hat mit großem Aufwand die Federführung für das Themenfeld Umwelt übernommen.",
      ),
    ).toEqual(["Rheinland-Pfalz -> OZG-Themenfeld Umwelt"]);
  });
});

describe("a government named in a speaker's quotation", () => {
  it("is not the speaker's", async () => {
    expect(
      await offices(
        "In Rheinland-Pfalz müssen etwa 3500 Verwaltungsleistungen erschlossen werden. „Bund, Länder und Kommunen stellen Nutzerkonten bereit“, sagt Staatssekretär Randolf Stich (SPD).",
      ),
    ).toEqual(["Randolf Stich -> Rheinland-Pfalz (Staatssekretär)"]);
  });

  it("while one named outside it is", async () => {
    expect(
      await offices(
        "„Wir stellen Nutzerkonten bereit“, sagt der rheinland-pfälzische Staatssekretär Randolf Stich.",
      ),
    ).toEqual(["Randolf Stich -> Rheinland-Pfalz (Staatssekretär)"]);
  });
});

describe("who calls on whom", () => {
  it("the one called on demands nothing", async () => {
    expect(
      (
        await facts(
          "Zudem forderten die Länder den Bund auf, die Registermodernisierung voranzutreiben.",
          "announces",
        )
      ).map(pairOrText),
    ).toEqual([]);
  });

  it("while a named caller does", async () => {
    expect(
      (
        await facts(
          "Zudem forderte Hessen den Bund auf, die Registermodernisierung voranzutreiben.",
          "announces",
        )
      ).map(pairOrText),
    ).toEqual(["Hessen -> Forderung an den Bund, die Registermodernisierung vorantreiben"]);
  });

  it("and a warning given is a position", async () => {
    expect(
      (
        await facts(
          "Der Deutsche Städte- und Gemeindebund hat vor einem Scheitern der Regierungspläne gewarnt.",
          "announces",
        )
      ).map(pairOrText),
    ).toEqual(["Deutscher Städte- und Gemeindebund -> Warnung vor Scheitern der Regierungspläne"]);
  });
});
