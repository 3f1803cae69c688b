/**
 * Shapes of announces beyond a verb and its object, on invented sentences: positions in more
 * words and with a "zu" infinitive, positions of organisations the gazetteer does not know,
 * intentions of towns and of several Länder, and plans stated in reported speech (parses
 * recorded in tests/fixtures/parses/announce-shapes.json; GOVGRAPH_RECORD_PARSES=1 re-records).
 */
import { describe, expect, it } from "vitest";
import { shownFacts } from "../../helpers/shown-facts.js";

const facts = shownFacts("announce-shapes");

describe("announces: positions in more words", () => {
  it("a demand, a warning in the perfect, a demand in an object-first clause", async () => {
    expect(
      await facts(
        "announces",
        "Der Deutsche Städtetag verlangt mehr Geld für die Digitalisierung der Schulen.",
      ),
    ).toEqual([
      "Deutscher Städtetag -> Forderung nach mehr Geld für die Digitalisierung der Schulen (review)",
    ]);
    expect(
      await facts("announces", "Der Deutsche Landkreistag hat vor einer Überforderung der Kommunen gewarnt."),
    ).toEqual(["Deutscher Landkreistag -> Warnung vor Überforderung der Kommunen (review)"]);
    expect(
      await facts("announces", "Eine zentrale Bürger-ID fordert der Deutsche Landkreistag seit Jahren."),
    ).toEqual(["Deutscher Landkreistag -> Forderung nach zentrale Bürger-ID (review)"]);
  });

  it("a demand, appeal or recommendation to do something is named with the infinitive", async () => {
    expect(
      await facts(
        "announces",
        "Der Deutsche Landkreistag fordert, die Kommunen an den Kosten der Digitalisierung zu beteiligen.",
      ),
    ).toEqual([
      "Deutscher Landkreistag -> Forderung, die Kommunen an den Kosten der Digitalisierung zu beteiligen (review)",
    ]);
    expect(
      await facts(
        "announces",
        "Der Deutsche Landkreistag appelliert an den Bund, die Finanzierung der Registermodernisierung dauerhaft zu sichern.",
      ),
    ).toEqual([
      "Deutscher Landkreistag -> Appell an den Bund, die Finanzierung der Registermodernisierung zu sichern (review)",
    ]);
    expect(
      await facts(
        "announces",
        "Der Bayerische Gemeindetag empfiehlt den Kommunen, das BayernPortal zu nutzen.",
      ),
    ).toEqual(["Bayerischer Gemeindetag -> Empfehlung, das BayernPortal zu nutzen (review)"]);
  });
});

describe("announces: demands and support in other words", () => {
  it("pressing for and calling for something are demands; pleading for it is support", async () => {
    expect(
      await facts(
        "announces",
        "Der Deutsche Städtetag drängt auf eine schnelle Umsetzung des Onlinezugangsgesetzes.",
      ),
    ).toEqual([
      "Deutscher Städtetag -> Forderung nach schnelle Umsetzung des Onlinezugangsgesetzes (review)",
    ]);
    expect(
      await facts(
        "announces",
        "Der Deutsche Landkreistag hat eine bessere Finanzierung der Kommunen angemahnt.",
      ),
    ).toEqual(["Deutscher Landkreistag -> Forderung nach bessere Finanzierung der Kommunen (review)"]);
    expect(
      await facts("announces", "Der Nationale Normenkontrollrat plädiert für ein zentrales Bürgerkonto."),
    ).toEqual(["Nationaler Normenkontrollrat -> Unterstützung für zentrales Bürgerkonto (review)"]);
  });
});

describe("announces: expectations and commitments", () => {
  it("an expectation of someone to do something is addressed to them; support by 'sich einsetzen für'", async () => {
    expect(
      await facts(
        "announces",
        "Der Deutsche Landkreistag erwartet vom Bund, die Kosten der Registermodernisierung zu übernehmen.",
      ),
    ).toEqual([
      "Deutscher Landkreistag -> Erwartung an den Bund, die Kosten der Registermodernisierung zu übernehmen (review)",
    ]);
    expect(
      await facts("announces", "Der Deutsche Städtetag setzt sich für eine zentrale Bürger-App ein."),
    ).toEqual(["Deutscher Städtetag -> Einsatz für zentrale Bürger-App (review)"]);
  });

  it("expecting guests or setting up a commission states no position", async () => {
    expect(await facts("announces", "Der Deutsche Städtetag erwartet 500 Gäste.")).toEqual([]);
    expect(await facts("announces", "Das Land Hessen setzt eine Expertenkommission ein.")).toEqual([]);
  });
});

describe("announces: positions of organisations the gazetteer does not know", () => {
  it("an institution named by its phrase states a position, for review", async () => {
    expect(
      await facts(
        "announces",
        "Das Wissenschaftsministerium in Magdeburg fordert mehr Tempo bei der Digitalisierung.",
      ),
    ).toEqual([
      "Wissenschaftsministerium in Magdeburg -> Forderung nach mehr Tempo bei der Digitalisierung (review)",
    ]);
    expect(
      await facts("announces", "Der Digitalverband Bitkom begrüßt die Digitalstrategie der Bundesregierung."),
    ).toEqual(["Digitalverband Bitkom -> Unterstützung für Digitalstrategie der Bundesregierung (review)"]);
  });

  it("a class of places or a pronoun states none", async () => {
    expect(await facts("announces", "Die Kommunen fordern mehr Geld.")).toEqual([]);
    expect(await facts("announces", "Er fordert mehr Geld.")).toEqual([]);
  });
});

describe("announces: intentions of towns and of several actors", () => {
  it("a town's intention with a target time, each of several Länder, a future the parser took for a passive", async () => {
    expect(
      await facts("announces", "Die Stadt Leipzig will bis 2025 alle Dienstleistungen online anbieten."),
    ).toEqual(["Leipzig -> bis 2025 alle Dienstleistungen online anbieten (review)"]);
    expect(
      await facts("announces", "Thüringen und Bremen wollen bis Ende 2025 das Bürgerkonto einführen."),
    ).toEqual([
      "Bremen -> bis Ende 2025 das Bürgerkonto einführen (review)",
      "Thüringen -> bis Ende 2025 das Bürgerkonto einführen (review)",
    ]);
    expect(
      await facts("announces", "Bis Ende 2025 wird die Stadt Köln die E-Akte in allen Ämtern einführen."),
    ).toEqual(["Köln -> Bis Ende 2025 die E-Akte in allen Ämtern einführen (review)"]);
  });

  it("an intention that names nothing to be done, no time, or an election announces nothing", async () => {
    expect(await facts("announces", "Bis Ende des Jahres wollen Thüringen und Bremen nachziehen.")).toEqual(
      [],
    );
    expect(await facts("announces", "Die Stadt Leipzig will alle Dienstleistungen online anbieten.")).toEqual(
      [],
    );
    expect(await facts("announces", "Die Stadt Köln will im Mai ihren neuen Bürgermeister wählen.")).toEqual(
      [],
    );
  });
});

describe("announces: a plan stated in reported speech is the speaker's", () => {
  it("the speaker of a quoted plan announces it, whoever the quote names as doing it", async () => {
    expect(
      await facts(
        "announces",
        "„Wir werden bis 2025 alle Verwaltungsleistungen online anbieten“, sagte die hessische Digitalministerin Kristina Sinemus.",
      ),
    ).toEqual(["Kristina Sinemus -> bis 2025 alle Verwaltungsleistungen online anbieten (review)"]);
    expect(
      await facts(
        "announces",
        "Der IT-Planungsrat wird die Registermodernisierung konsequent vorantreiben, betonte Markus Richter.",
      ),
    ).toEqual(["Markus Richter -> die Registermodernisierung konsequent vorantreiben (review)"]);
    expect(
      await facts(
        "announces",
        "„Wir wollen die Zahl der Formulare halbieren“, versprach Thüringens Finanzministerin Heike Taubert.",
      ),
    ).toEqual(["Heike Taubert -> die Zahl der Formulare halbieren (review)"]);
  });

  it("a speaker named before a colon announces the quote after it", async () => {
    expect(
      await facts(
        "announces",
        "Digitalministerin Kristina Sinemus betonte: „Wir werden bis 2025 alle Leistungen online anbieten.“",
      ),
    ).toEqual(["Kristina Sinemus -> bis 2025 alle Leistungen online anbieten (review)"]);
    expect(
      await facts(
        "announces",
        "Markus Richter sagte: „Wir wollen die Registermodernisierung beschleunigen.“",
      ),
    ).toEqual(["Markus Richter -> die Registermodernisierung beschleunigen (review)"]);
    expect(await facts("announces", "Markus Richter sagte, die Registermodernisierung werde teuer.")).toEqual(
      [],
    );
  });

  it("a prediction, a plan without an object or a pronoun speaker announces nothing", async () => {
    expect(
      await facts(
        "announces",
        "Die Digitalisierung wird die Verwaltung grundlegend verändern, sagte Kristina Sinemus.",
      ),
    ).toEqual([]);
    expect(await facts("announces", "„Wir werden das prüfen“, sagte Kristina Sinemus.")).toEqual([]);
    expect(await facts("announces", "Die Stadt Köln wird die Verwaltung modernisieren, sagte sie.")).toEqual(
      [],
    );
  });
});

describe("announces: a plan reported in a 'dass' clause is the reporter's", () => {
  it("what the clause says will be done, without its actor, for review", async () => {
    expect(
      await facts(
        "announces",
        "Kristina Sinemus erklärte, dass Hessen die E-Akte bis Ende 2024 einführen werde.",
      ),
    ).toEqual(["Kristina Sinemus -> die E-Akte bis Ende 2024 einführen (review)"]);
    expect(
      await facts(
        "announces",
        "Das Innenministerium teilte mit, dass die Anträge künftig vollständig digital bearbeitet werden.",
      ),
    ).toEqual(["Innenministerium -> die Anträge vollständig digital bearbeitet (review)"]);
  });

  it("a clause of what has happened reports no plan", async () => {
    expect(
      await facts("announces", "Kristina Sinemus erklärte, dass Hessen die E-Akte 2023 eingeführt habe."),
    ).toEqual([]);
  });
});
