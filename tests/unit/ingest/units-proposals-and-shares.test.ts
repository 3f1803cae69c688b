/**
 * Five readings of ordinary news German: an attributive participle read as its verb ("das vom
 * Land Berlin geleitete Projekt"), a unit named by its remit ("die Leitung des Amts für
 * Digitalisierung der Stadt Ulm") or by the town it belongs to ("des Ordnungsamts der Stadt
 * Ulm"), a person put forward "als" a role ("schlägt dem Stadtrat X als Leiterin vor"), and the
 * users of a service counted as a share ("40 Prozent der Kommunen") or named by a bare kind
 * ("nutzt Apps") (sentences written for these tests; parses in
 * tests/fixtures/parses/units-proposals-and-shares.json).
 */
import { describe, expect, it } from "vitest";
import { pair, pairOrText, portalItems } from "../../helpers/portal-item.js";
import type { Fact } from "../../../src/model/fact.js";

const { facts, offices } = portalItems("units-proposals-and-shares");
const uses = async (text: string) =>
  (await facts(text, "usesService")).map(
    (f: Fact) => `${f.subject.name} <- ${f.object?.name ?? f.text ?? ""}`,
  );

describe("an attributive participle", () => {
  it("is read as its verb", async () => {
    expect(
      (await facts("Das vom Land Berlin geleitete Projekt ELFE legte seinen Bericht vor.", "leads")).map(
        pair,
      ),
    ).toEqual(["Berlin -> ELFE – Einfach Leistungen für Eltern"]);
    expect(await uses("Die von der Stadt Ulm eingesetzte Lösung civento überzeugt.")).toEqual([
      "civento <- Ulm",
    ]);
  });

  it("that is an adjective reads no verb", async () => {
    expect(
      (await facts("Das vom Land Berlin bekannte Projekt ELFE legte seinen Bericht vor.", "leads")).map(pair),
    ).toEqual([]);
  });
});

describe("a unit named by its remit", () => {
  it("is the organisation led", async () => {
    expect(
      await offices("Jörg Röber übernimmt die Leitung des Amts für Digitalisierung der Stadt Ulm."),
    ).toEqual(["Jörg Röber -> Amt für Digitalisierung der Stadt Ulm (Leitung)"]);
    expect(
      await offices("Jörg Röber wird Leiter des Amts für Digitalisierung der Stadt Villingen-Schwenningen."),
    ).toEqual(["Jörg Röber -> Amt für Digitalisierung der Stadt Villingen-Schwenningen (Leiter)"]);
  });
});

describe("an unnamed unit of a town", () => {
  it("is an office of the town", async () => {
    expect(await offices("Jörg Röber übernimmt die Leitung des Ordnungsamts der Stadt Ulm.")).toEqual([
      "Jörg Röber -> Ulm (Leitung)",
    ]);
  });

  it("of no one named is no office", async () => {
    expect(await offices("Jörg Röber übernimmt die Leitung des Ordnungsamts.")).toEqual([]);
  });
});

describe("a person put forward as a role", () => {
  it("takes the role, not the one who puts them forward", async () => {
    expect(
      await offices(
        "Burkhard Jung schlägt dem Stadtrat Dr. Beate Ginzel als neue Leiterin des Referates Digitale Stadt vor.",
      ),
    ).toEqual(["Beate Ginzel -> Referat Digitale Stadt (Leiterin)"]);
  });

  it("is introduced, and a role is never launched", async () => {
    const text = "Der Minister stellte Dr. Beate Ginzel als neue Leiterin des Referates Digitale Stadt vor.";
    expect((await facts(text, "launches")).map(pairOrText)).toEqual([]);
    expect(await offices(text)).toEqual(["Beate Ginzel -> Referat Digitale Stadt (Leiterin)"]);
  });
});

describe("users counted as a share", () => {
  it("are the group, with no count", async () => {
    const [use] = await facts("Rund 40 Prozent der Kommunen nutzen das Portal Maerker.", "usesService");
    expect(use?.text).toBe("Kommunen");
    expect(use?.count).toBeUndefined();
    const [third] = await facts("Rund zwei Drittel der Gemeinden nutzen das Portal Maerker.", "usesService");
    expect(third?.count).toBeUndefined();
  });

  it("counted as a number keep their count", async () => {
    const [use] = await facts("Rund 400 Kommunen nutzen das Portal Maerker.", "usesService");
    expect(use?.count).toBe(400);
  });
});

describe("a bare kind in the plural", () => {
  it("names no service", async () => {
    expect(await uses("Ulm nutzt Apps für Müllabfuhrinformationen.")).toEqual([]);
  });

  it("with examples names them", async () => {
    expect(await uses("Ulm nutzt Online-Dienste wie civento.")).toEqual(["civento <- Ulm"]);
  });
});
