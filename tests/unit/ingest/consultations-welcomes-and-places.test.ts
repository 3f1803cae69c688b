/**
 * One consulted on a project takes part in it ("in Abstimmung mit"), members welcomed "als neue
 * Mitglieder" state no position, and a place is no project taken part in (sentences written for
 * these tests; parses in tests/fixtures/parses/consultations-welcomes-and-places.json).
 */
import { describe, expect, it } from "vitest";
import { pair, pairOrText, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("consultations-welcomes-and-places");

describe("a project made in consultation with someone", () => {
  it("has the one consulted take part", async () => {
    expect(
      (
        await facts("Bremen entwickelte ELFE in Abstimmung mit dem Bundesinnenministerium.", "participatesIn")
      ).map(pair),
    ).toEqual(["Bundesministerium des Innern -> ELFE – Einfach Leistungen für Eltern"]);
  });

  it("not where the consultation is only before the deed", async () => {
    expect(
      await facts(
        "Nach der Abstimmung mit dem Bundesinnenministerium startete Bremen ELFE.",
        "participatesIn",
      ),
    ).toEqual([]);
  });
});

describe("members welcomed", () => {
  it("state no position; what is welcomed as a step is one", async () => {
    expect(
      await facts("VITAKO begrüßt die KDG Wittenberg und eGo-Saar als neue Mitglieder.", "announces"),
    ).toEqual([]);
    expect(
      (await facts("VITAKO begrüßt die neue Agenda als wichtigen Schritt.", "announces")).map(pairOrText),
    ).toEqual(["Vitako -> Unterstützung für neue Agenda"]);
  });
});

describe("a place after 'an dem'", () => {
  it("is no project one takes part in", async () => {
    const text =
      'Erprobt hat das digitale Projekt ein "Pilotlabor", an dem Bremen, Brandenburg und das Bundesinnenministerium beteiligt waren.';
    const targets = (await facts(text, "participatesIn")).map((f) => f.object?.name ?? "");
    expect(targets.filter((name) => /^(Bremen|Brandenburg)$/.test(name))).toEqual([]);
  });
});
