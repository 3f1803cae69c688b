/**
 * A place and a colon or a spaced dash opening the body: "Ansbach: Mit dem Programm ... unterstützt
 * das Staatsministerium ...", "Cottbus – Mit dem Programm ... fördert das Land Brandenburg ...": the
 * sentence after the dateline is read as it is without one (sentences written for these tests;
 * parses in tests/fixtures/parses/place-datelines.json).
 */
import { describe, expect, it } from "vitest";
import { pairOrText, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("place-datelines");
/** Each funding as "funder -> funded", with the confidence its rule gives it. */
const funding = async (text: string) =>
  (await facts(text, "funds")).map((f) => `${pairOrText(f)} ${f.confidence.toFixed(2)}`).sort();

describe("a place's dateline", () => {
  it("with a colon leaves the sentence's funder and programme as they are without it", async () => {
    const sentence =
      "Mit dem Programm „Digitales Rathaus“ unterstützt das Staatsministerium für Digitales die Gemeinden beim Aufbau ihrer Online-Dienste.";
    const undated = await funding(sentence);
    expect(undated.map((f) => f.replace(/ [\d.]+$/, ""))).toEqual([
      "Bayerisches Staatsministerium für Digitales -> Digitales Rathaus",
    ]);
    expect(await funding(`Ansbach: ${sentence}`)).toEqual(undated);
    const other =
      "Mit dem Förderprogramm „Digitale Dörfer“ unterstützt das Land Schleswig-Holstein die Gemeinden.";
    expect(await funding(`Husum / Kiel: ${other}`)).toEqual(await funding(other));
    expect(await funding(other)).toHaveLength(1);
  });

  it("with a spaced dash names no funder: the Land after it funds", async () => {
    expect(
      await funding(
        "Cottbus – Mit dem Programm „Digitale Verwaltung“ fördert das Land Brandenburg die Landkreise.",
      ),
    ).toEqual(
      await funding("Mit dem Programm „Digitale Verwaltung“ fördert das Land Brandenburg die Landkreise."),
    );
    expect(
      (
        await funding(
          "Cottbus – Mit dem Programm „Digitale Verwaltung“ fördert das Land Brandenburg die Landkreise.",
        )
      ).map((f) => f.replace(/ [\d.]+$/, "")),
    ).toEqual(["Brandenburg -> Digitale Verwaltung", "Brandenburg -> Landkreise"]);
  });
});
