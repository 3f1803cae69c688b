/**
 * Who uses, develops and joins a service where the news names it indirectly:
 *   - an office of a place stands for the place ("die Ausländerbehörde des Landkreises X");
 *   - who decided for a service ("haben sich für das Portal X entschieden"), takes it into service
 *     ("die Inbetriebnahme von X durch A") or is a plural "Sie" after a list of towns, uses it;
 *   - one of many ("Lübeck ist eine von zehn Kommunen, die X nutzen") is a user itself;
 *   - "produktiv im Einsatz", with the adverb as the parse's predicate;
 *   - "der EfA-Dienst" and "Er" stand for the service named before, not for a law named since
 *     (a law's short name in parentheses is a law too: "Bauordnung (NBauO)");
 *   - places of an online application hung on the application ("ihren Antrag in den Kommunen A
 *     und B online stellen"), where "ihren Antrag" names no service;
 *   - towns that "starten mit dem Online-Dienst" take it up (a Land that starts one launches it);
 *   - a programme "aufgelegt" is launched;
 *   - representatives who "nehmen teil" with nothing named take part in the body named before,
 *     those represented named as deep as the parse hangs them;
 *   - a name with a particle is one person's, however many words it has
 * (sentences written for these tests; parses in tests/fixtures/parses/service-users.json).
 */
import { describe, expect, it } from "vitest";
import type { FactType } from "../../../src/model/vocabulary.js";
import { pairOrText, portalItems } from "../../helpers/portal-item.js";

const { facts, offices } = portalItems("service-users");

async function pairs(type: FactType, text: string): Promise<string[]> {
  return (await facts(text, type)).map(pairOrText).sort();
}

describe("an office of a place", () => {
  it("uses a service for its county", async () => {
    expect(
      await pairs(
        "usesService",
        "Die Ausländerbehörde des Landkreises Cham nutzt den Online-Dienst Aufenthaltstitel.",
      ),
    ).toEqual(["Online-Dienst Aufenthaltstitel -> Landkreis Cham"]);
  });

  it("names each place of a list of offices", async () => {
    expect(
      await pairs(
        "usesService",
        "Der Online-Dienst Gewerbeanzeige ist in den Gewerbeämtern der Stadt Görlitz und des Landkreises Bautzen im Einsatz.",
      ),
    ).toEqual([
      "Online-Dienst Gewerbeanzeige -> Görlitz",
      "Online-Dienst Gewerbeanzeige -> Landkreis Bautzen",
    ]);
  });

  it("is attached for its town", async () => {
    expect(
      await pairs("usesService", "Das Bürgeramt der Stadt Wismar ist an die Plattform Civento angebunden."),
    ).toEqual(["civento -> Wismar"]);
  });
});

describe("one of many users", () => {
  it('is the subject of "ist eine von N", beside the ones counted', async () => {
    expect(
      await pairs(
        "usesService",
        "Die Stadt Husum ist eine von zwölf Kommunen, die den Online-Dienst Hundesteuer nutzen.",
      ),
    ).toEqual(["Online-Dienst Hundesteuer -> Husum", "Online-Dienst Hundesteuer -> zwölf Kommunen"]);
  });

  it("is the subject where the relative clause follows a place, in a town named with abbreviations", async () => {
    expect(
      await pairs(
        "usesService",
        "Das Bürgerbüro in Pullach i. Isartal ist eine von 40 in Bayern, die seit Mai den Online-Dienst Hundesteuer einsetzt.",
      ),
    ).toEqual(["Online-Dienst Hundesteuer -> Pullach i.Isartal"]);
  });
});

describe("choosing a service", () => {
  it("uses what one has decided for, the name set after its noun included", async () => {
    expect(
      await pairs(
        "usesService",
        "Die Stadt Aurich und die Gemeinde Ihlow haben sich gemeinsam für das Portal OpenR@thaus entschieden.",
      ),
    ).toEqual(["OpenR@thaus -> Aurich", "OpenR@thaus -> Ihlow"]);
    expect(
      await pairs("usesService", "Der Rat der Stadt Aurich entschied über das Portal OpenR@thaus."),
    ).toEqual([]);
  });

  it('reads a plural "Sie" opening a sentence as the towns the sentence before listed', async () => {
    const text =
      "Zum Verbund gehören die Städte Aurich, Norden und Wiesmoor sowie der Landkreis Aurich. Sie nutzen seit Mai das Portal OpenR@thaus.";
    expect(await pairs("usesService", text)).toEqual([
      "OpenR@thaus -> Aurich",
      "OpenR@thaus -> Landkreis Aurich",
      "OpenR@thaus -> Norden",
      "OpenR@thaus -> Wiesmoor",
    ]);
  });

  it("reads the taking into service by someone as their use", async () => {
    expect(
      await pairs(
        "usesService",
        "Mit der Inbetriebnahme der Plattform Civento durch den Landkreis Emsland ist ein Schritt getan.",
      ),
    ).toEqual(["civento -> Landkreis Emsland"]);
  });
});

describe("a service in use", () => {
  it('reads an adverb before "im Einsatz" as no predicate of its own', async () => {
    expect(
      await pairs("usesService", "Die Software Formcycle ist in der Stadt Jena produktiv im Einsatz."),
    ).toEqual(["Software Formcycle -> Jena"]);
  });

  it('reads "der EfA-Dienst" as the service named before, past a law named since', async () => {
    const text =
      "Der Online-Dienst Gewerbeanzeige basiert auf einem EfA-Verfahren. Er wurde an die Niedersächsische " +
      "Bauordnung (NBauO) angepasst. Inzwischen ist der EfA-Dienst im Landkreis Harburg im Einsatz.";
    expect(await pairs("usesService", text)).toEqual(["Online-Dienst Gewerbeanzeige -> Landkreis Harburg"]);
  });

  it("reads towns that start with the service named before as its users, not a Land", async () => {
    const text =
      "Der Online-Dienst Gewerbeanzeige ist ein gemeinsames Projekt. In Thüringen starten die Stadt Gotha, die " +
      "Stadt Sömmerda sowie Ilmenau mit dem Online-Dienst.";
    expect(await pairs("usesService", text)).toEqual([
      "Online-Dienst Gewerbeanzeige -> Gotha",
      "Online-Dienst Gewerbeanzeige -> Ilmenau",
      "Online-Dienst Gewerbeanzeige -> Sömmerda",
    ]);
    expect(await pairs("usesService", "Hessen startet mit dem Online-Dienst Gewerbeanzeige.")).toEqual([]);
  });
});

describe("applying online", () => {
  it("reads the places the parser hangs deep in the application", async () => {
    const text =
      "Ab sofort können Unternehmen einen Antrag auf Erteilung einer Gaststättenerlaubnis in den Landkreisen " +
      "Prignitz und Uckermark auch online stellen.";
    const users = (await facts(text, "usesService")).map((f) => f.object?.name).sort();
    expect(users).toEqual(["Landkreis Prignitz", "Landkreis Uckermark"]);
  });

  it('reads "ihren Antrag" as no service: what is applied for is the item\'s service', async () => {
    const text =
      "Der Online-Dienst Elterngeld ist gestartet. Seit Juni können Eltern ihren Antrag in den drei Kommunen " +
      "Stadt Kassel, dem Landkreis Fulda und der Stadt Gießen komplett online stellen.";
    expect(await pairs("usesService", text)).toEqual([
      "Online-Dienst Elterngeld -> Gießen",
      "Online-Dienst Elterngeld -> Kassel",
      "Online-Dienst Elterngeld -> Landkreis Fulda",
    ]);
  });
});

describe("a pronoun for the service", () => {
  it("is what a Land developed", async () => {
    const text =
      "Das Verfahren beruht auf dem Online-Dienst „Digitale Gewerbeanzeige“. Er wurde vom Land Sachsen-Anhalt entwickelt.";
    expect(await pairs("leads", text)).toEqual(["Sachsen-Anhalt -> Digitale Gewerbeanzeige"]);
  });
});

describe("a programme", () => {
  it('is launched when it is "aufgelegt"', async () => {
    expect(
      await pairs(
        "launches",
        "Sachsen hat ein Förderprogramm für die Digitalisierung der Schulen aufgelegt.",
      ),
    ).toEqual(["Sachsen -> Förderprogramm für die Digitalisierung der Schulen"]);
  });
});

describe("taking part in a body", () => {
  it("reads representatives who take part with nothing named as members of the body named before", async () => {
    const text =
      "Der IT-Lenkungsrat Saar tagt viermal im Jahr. Mit beratender Stimme nehmen Vertreter des Verbands der " +
      "kommunalen Rechenzentren (Vitako) und des Landesbetriebs IT.NRW teil.";
    expect(await pairs("participatesIn", text)).toEqual([
      "IT.NRW -> IT-Lenkungsrat Saar",
      "Vitako -> IT-Lenkungsrat Saar",
    ]);
  });

  it("reads a bare body noun after the body named in full as that body", async () => {
    const text =
      "Der IT-Lenkungsrat Saar tagt viermal im Jahr. Im Lenkungsrat sind die Ministerien des Landes vertreten. " +
      "Mit beratender Stimme nehmen Vertreter des Landesbetriebs IT.NRW teil.";
    expect(await pairs("participatesIn", text)).toEqual(["IT.NRW -> IT-Lenkungsrat Saar"]);
  });
});

describe("a name with a particle", () => {
  it("is one person's", async () => {
    expect(
      await offices(
        "„Der Dienst spart Wege“, sagt Dr. Anna von Hohenfeld Berger, Bürgermeisterin der Stadt Wismar.",
      ),
    ).toEqual(["Anna von Hohenfeld Berger -> Wismar (Bürgermeisterin)"]);
  });
});
