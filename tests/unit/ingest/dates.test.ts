import { describe, expect, it } from "vitest";
import { findTimes, findUnresolvedTimes } from "../../../src/ingest/dates/find-times.js";
import { markUnresolvedTimes } from "../../../src/ingest/dates/mark-unresolved.js";
import type { Fact } from "../../../src/model/fact.js";

const at = (sentence: string, published = "2021-11-18") =>
  findTimes(sentence, published).map(({ kind, start, end, precision, year }) => ({
    kind,
    start,
    end,
    precision,
    year,
  }));

describe("absolute dates", () => {
  it("reads numeric and named days", () => {
    expect(at("Am 07.02.2025 wurde sie ernannt.")).toEqual([
      { kind: "point", start: "2025-02-07", end: "2025-02-07", precision: "day", year: 2025 },
    ]);
    expect(at("Am 7. Februar 2025 wurde sie ernannt.")[0]).toMatchObject({
      start: "2025-02-07",
      precision: "day",
    });
  });

  it("reads a month with its year", () => {
    expect(at("Im Februar 2025 startet das Portal.")).toEqual([
      { kind: "point", start: "2025-02-01", end: "2025-02-28", precision: "month", year: 2025 },
    ]);
  });

  it("reads years alone and with a preposition", () => {
    expect(at("Im Jahr 2025 führt Mecklenburg-Vorpommern den IT-Planungsrat.")[0]).toMatchObject({
      precision: "year",
      year: 2025,
      start: "2025-01-01",
    });
    expect(at("Brandenburg meldet für 2024 Fortschritte.")[0]).toMatchObject({
      precision: "year",
      year: 2024,
    });
    expect(at("Die 2021 gestartete Offensive.")[0]).toMatchObject({ precision: "year", year: 2021 });
  });

  it("does not take versions, amounts or numbers for years", () => {
    expect(at("Bayern 5.0 mit 2,5 Mio. Euro und 30.000 Arbeitsplätzen")).toEqual([]);
  });
});

describe("relative dates", () => {
  it("resolves years relative to the publication day", () => {
    expect(at("Das Land hat in diesem Jahr den Vorsitz inne.")[0]).toMatchObject({
      year: 2021,
      precision: "year",
    });
    expect(at("Im kommenden Jahr folgt Hessen.")[0]).toMatchObject({ year: 2022 });
    expect(at("Im nächsten Jahr folgt Hessen.")[0]).toMatchObject({ year: 2022 });
    expect(at("Im vergangenen Jahr war es Bremen.")[0]).toMatchObject({ year: 2020 });
  });

  it("marks periods opened by 'seit' and closed by 'bis Ende'", () => {
    expect(at("Seit 2019 treffen sich die D16.")[0]).toMatchObject({
      kind: "since",
      year: 2019,
      start: "2019-01-01",
    });
    expect(at("Die Einführung bis Ende 2025 ist geplant.")[0]).toMatchObject({
      kind: "until",
      year: 2025,
      end: "2025-12-31",
    });
    expect(at("Seit dem 1. Januar 2025 hat MV den Vorsitz.")[0]).toMatchObject({
      kind: "since",
      start: "2025-01-01",
      precision: "day",
    });
  });

  it("reads seasons with season precision", () => {
    expect(at("Im Frühjahr startet die neue Phase.", "2025-01-28")[0]).toMatchObject({
      precision: "season",
      start: "2025-03-01",
      end: "2025-05-31",
      year: 2025,
    });
    expect(at("Im Sommer startet es.", "2025-10-01")[0]).toMatchObject({ start: "2026-06-01", year: 2026 });
    expect(at("Im Herbst 2024 kam der Bericht.")[0]).toMatchObject({
      start: "2024-09-01",
      precision: "season",
    });
    expect(at("Im Winter wird gebaut.", "2025-01-10")[0]).toMatchObject({
      start: "2024-12-01",
      end: "2025-02-28",
    });
  });
});

describe("impossible dates", () => {
  it("is an INVALID_DATE error", () => {
    expect(() => findTimes("Am 31.02.2025 tagte das Gremium.", "2025-01-01")).toThrow(
      expect.objectContaining({ code: "INVALID_DATE" }),
    );
    expect(() => findTimes("Am 30. Februar 2025 tagte das Gremium.", "2025-01-01")).toThrow(
      expect.objectContaining({ code: "INVALID_DATE" }),
    );
  });
});

describe("an article without a publication day", () => {
  it("resolves what the text states absolutely", () => {
    expect(
      findTimes("Der Rat tagte am 14. Mai 2024 in Berlin.").map((t) => [t.kind, t.start, t.precision]),
    ).toEqual([["point", "2024-05-14", "day"]]);
    expect(findTimes("Seit 2019 ist sie CIO.").map((t) => [t.kind, t.year])).toEqual([["since", 2019]]);
  });

  it("leaves relative expressions unresolved and lists them as written", () => {
    const sentence = "Am 14. Mai soll im kommenden Jahr im Herbst und heute alles fertig sein.";
    expect(findTimes(sentence)).toEqual([]);
    expect(findUnresolvedTimes(sentence)).toEqual(["14. Mai", "im kommenden Jahr", "im Herbst", "heute"]);
    expect(findUnresolvedTimes("Im Herbst 2025 und am 3. März 2024.")).toEqual([]);
  });

  it("marks a fact dated only relatively, and only in an undated article", () => {
    const fact: Fact = {
      type: "launches",
      subject: { id: "DE-HE", name: "Hessen", type: "State" },
      quote: "Hessen startet das Portal im kommenden Jahr.",
      confidence: 0.8,
    };
    expect(markUnresolvedTimes([fact], undefined)[0]!.unresolvedTime).toBe("im kommenden Jahr");
    expect(markUnresolvedTimes([fact], "2024-01-01")[0]!.unresolvedTime).toBeUndefined();
    const dated = { ...fact, year: 2025, precision: "year" as const };
    expect(markUnresolvedTimes([dated], undefined)[0]!.unresolvedTime).toBeUndefined();
  });
});

describe("ranges and months without a year", () => {
  it("reads a range of years or months as one period", () => {
    expect(at("Zwischen 2001 und 2005 leitete sie das Referat.")).toEqual([
      { kind: "range", start: "2001-01-01", end: "2005-12-31", precision: "year", year: 2001 },
    ]);
    expect(at("Er leitete von März 2010 bis Ende 2012 die Stabsstelle.")).toEqual([
      { kind: "range", start: "2010-03-01", end: "2012-12-31", precision: "month", year: 2010 },
    ]);
  });

  it("keeps a lone end as the end of a period", () => {
    expect(at("Das Programm läuft bis Ende 2026.")[0]).toMatchObject({ kind: "until", year: 2026 });
  });

  it("reads a month without a year from the publication day, looking back after seit", () => {
    expect(at("Sie ist seit Ende Oktober Staatssekretärin.")[0]).toMatchObject({
      kind: "since",
      start: "2021-10-01",
      precision: "month",
    });
    expect(at("Er ist seit Dezember Staatssekretär.", "2021-03-04")[0]).toMatchObject({
      start: "2020-12-01",
    });
    expect(at("Seit Dezember vergangenen Jahres leitet er das Amt.", "2021-03-04")[0]).toMatchObject({
      kind: "since",
      start: "2020-12-01",
    });
  });

  it("does not read a first name as a month, nor a month of an undated article", () => {
    expect(at("August Meier sprach zuerst.")).toEqual([]);
    expect(findTimes("Sie ist seit Ende Oktober im Amt.")).toEqual([]);
  });

  it("starts a period at an event named before its year", () => {
    expect(at("Er ist seit der Landtagswahl 2016 Staatssekretär.")[0]).toMatchObject({
      kind: "since",
      year: 2016,
    });
  });
});

describe("the new year", () => {
  it("is the year that begins next when written late in a year, the one just begun early in it", () => {
    expect(
      at("Mit Beginn des neuen Jahres wird der Bund den Vorsitz übernehmen.", "2023-12-15")[0],
    ).toMatchObject({
      year: 2024,
      precision: "year",
    });
    expect(at("Im neuen Jahr übernimmt Hessen den Vorsitz.", "2024-01-10")[0]).toMatchObject({ year: 2024 });
  });

  it("is left unresolved in the middle of a year and without a publication day", () => {
    expect(at("Im neuen Jahr übernimmt Hessen den Vorsitz.", "2024-06-10")).toEqual([]);
    expect(findUnresolvedTimes("Mit Beginn des neuen Jahres wird der Bund den Vorsitz übernehmen.")).toEqual([
      "Mit Beginn des neuen Jahres",
    ]);
  });
});
