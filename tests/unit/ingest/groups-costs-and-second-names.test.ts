/**
 * One of a group a relative clause speaks of ("Der Kreis X ist einer von 17 Kommunen, die am
 * Projekt Y teilgenommen haben"), costs that are the subject ("Die Kosten für X trägt der Bund",
 * "Die Finanzierung des Projekts erfolgte über das Land"), an office named twice ("der
 * Digital-Beauftragte oder CDO der Stadt X") and a body described as Bund's and Länder's
 * ("den Vorsitz im IT-Planungsrat von Bund und Ländern")
 * (sentences written for these tests; parses in tests/fixtures/parses/groups-costs-and-second-names.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts, offices } = portalItems("groups-costs-and-second-names");
const of = async (text: string, type: "participatesIn" | "funds" | "launches" | "chairs") =>
  (await facts(text, type)).map(pair);

describe("one of a group a relative clause speaks of", () => {
  it("takes part in what the group takes part in", async () => {
    expect(
      await of(
        "Der Kreis Dithmarschen ist einer von 17 Kommunen, die am Pilotprojekt „Kommunaler OZG-Rollout“ teilgenommen haben.",
        "participatesIn",
      ),
    ).toEqual(["Kreis Dithmarschen -> Kommunaler OZG-Rollout"]);
    expect(
      await of(
        "Die Stadt Kiel ist eine der Kommunen, die sich am Projekt „Digitale Wache“ beteiligen.",
        "participatesIn",
      ),
    ).toEqual(["Kiel -> Digitale Wache"]);
  });

  it("starts what the group starts (as it did before)", async () => {
    expect(
      await of(
        "Die Stadt Kiel ist eine der Kommunen, die das Projekt „Digitale Wache“ gestartet haben.",
        "launches",
      ),
    ).toEqual(["Kiel -> Digitale Wache"]);
  });
});

describe("costs that are the subject", () => {
  it("are paid by the one beside the verb", async () => {
    expect(await of("Die Kosten für das Projekt „Digitale Wache“ trägt der Bund.", "funds")).toEqual([
      "Bund -> Digitale Wache",
    ]);
    expect(
      await of("Die Finanzierung der Plattform „Digitale Wache“ erfolgt durch den Bund.", "funds"),
    ).toEqual(["Bund -> Digitale Wache"]);
  });

  it("of a project named before", async () => {
    expect(
      await of(
        "Das Projekt „Digitale Wache“ startete 2021. Die Finanzierung des Projekts erfolgte über das Land Schleswig-Holstein.",
        "funds",
      ),
    ).toEqual(["Schleswig-Holstein -> Digitale Wache"]);
  });

  it("not where the payer is denied, nor where something else is done by someone", async () => {
    expect(await of("Die Kosten für das Projekt „Digitale Wache“ trägt nicht der Bund.", "funds")).toEqual(
      [],
    );
    expect(
      await of(
        "Das Projekt „Digitale Wache“ startete 2021. Die Anmeldung erfolgt über das Land Hessen.",
        "funds",
      ),
    ).toEqual([]);
  });
});

describe("an office named twice", () => {
  it("has the owner named after the second name", async () => {
    expect(
      await offices(
        "Das sagt Peter Adelskampf, der Digital-Beauftragte oder „Chief Digital Officer“ (CDO) der Stadt Düsseldorf.",
      ),
    ).toEqual(["Peter Adelskampf -> Düsseldorf (Digital-Beauftragte)"]);
  });
});

describe("a body described as Bund's and Länder's", () => {
  it("names no one who handed the chair over", async () => {
    expect(
      await of(
        "Innenstaatssekretärin Katrin Lange (SPD) hat für das laufende Jahr den Vorsitz im IT-Planungsrat von Bund und Ländern übernommen.",
        "chairs",
      ),
    ).toEqual(["Katrin Lange -> IT-Planungsrat"]);
  });

  it("while one named after the chair handed it over", async () => {
    expect(
      await of(
        "Staatssekretärin Katrin Lange hat den Vorsitz im IT-Planungsrat vom Bund übernommen.",
        "chairs",
      ),
    ).toEqual(["Katrin Lange -> IT-Planungsrat", "Bund -> IT-Planungsrat"]);
  });
});
