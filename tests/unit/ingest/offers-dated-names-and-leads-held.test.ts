/**
 * Four more readings: a service offered with its name first ("Den digitalen Bauantrag bieten 64
 * Städte an": the fronted noun is what is offered, not a dative recipient), a name right after a
 * date in a sentence with a noun predicate ("Neuer Präsident der FITKO ist seit dem 1. Juli Peter
 * Hoffmann"), a lead held ("hat die Federführung für X inne", the parser making "inne" the head)
 * and a thing in someone's responsibility ("liegt in der Verantwortung der FITKO") (sentences
 * written for these tests; parses in tests/fixtures/parses/offers-dated-names-and-leads-held.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts, offices } = portalItems("offers-dated-names-and-leads-held");

describe("a service offered with its name first", () => {
  it("is used by those who offer it", async () => {
    const uses = await facts(
      "Den digitalen Bauantrag bieten bereits 64 Städte und Landratsämter an.",
      "usesService",
    );
    expect(uses.map((f) => `${f.subject.name} <- ${f.text ?? ""} (${f.count ?? ""})`)).toEqual([
      "OZG-Leistung Bauantrag <- Städte (64)",
    ]);
  });

  it("offered to others beside a service is no use", async () => {
    expect(await facts("Sachsen bietet den anderen Ländern die Plattform Amt24 an.", "usesService")).toEqual(
      [],
    );
  });
});

describe("a name right after a date", () => {
  it("is the subject of a noun predicate", async () => {
    expect(await offices("Neuer Präsident der FITKO ist seit dem 1. Juli Peter Hoffmann.")).toEqual([
      "Peter Hoffmann -> FITKO (Präsident)",
    ]);
  });

  it("is one name, without the month", async () => {
    expect(await offices("Neue Präsidentin der FITKO ist seit dem 1. Mai Anna Keller.")).toEqual([
      "Anna Keller -> FITKO (Präsidentin)",
    ]);
  });
});

describe("a lead held", () => {
  it("with 'inne' leads what it is for", async () => {
    expect(
      (await facts("Hamburg hat die Federführung für das Projekt ELFE inne.", "leads")).map(pair),
    ).toEqual(["Hamburg -> ELFE – Einfach Leistungen für Eltern"]);
  });
});

describe("a thing that lies in someone's responsibility", () => {
  it("is led by them", async () => {
    expect(
      (await facts("Die Plattform FIT-Connect liegt in der Verantwortung der FITKO.", "leads")).map(pair),
    ).toEqual(["FITKO -> Plattform FIT-Connect"]);
    expect(
      (await facts("Das Projekt ELFE liegt in der Zuständigkeit des Landes Bremen.", "leads")).map(pair),
    ).toEqual(["Bremen -> ELFE – Einfach Leistungen für Eltern"]);
  });

  it("that names no project leads nothing", async () => {
    expect(await facts("Die Entscheidung liegt in der Verantwortung der Länder.", "leads")).toEqual([]);
  });
});
