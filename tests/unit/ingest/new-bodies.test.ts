/**
 * Bodies the reference data does not know, named as bodies are: a hyphenated compound
 * ("IT-Kooperationsrat NRW"), a remit ("Lenkungsausschuss für IT und E-Government"), as the body of
 * a chair or a membership; a bare descriptive compound stays the body named before. Sentences
 * written for these tests (parses in tests/fixtures/parses/new-bodies.json).
 */
import { describe, expect, it } from "vitest";
import { destination, pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("new-bodies");

const named = async (text: string, type: "chairs" | "memberOf") =>
  (await facts(text, type)).map((f) => `${pair(f)} (${destination(f)})`);

describe("a body the reference data does not know", () => {
  it("keeps the hyphenated first part and the proper name after it", async () => {
    expect(
      await named("Der Landkreistag hat Harald Vieten in den IT-Lenkungsrat Saar berufen.", "memberOf"),
    ).toContain("Harald Vieten -> IT-Lenkungsrat Saar (review)");
  });

  it("is the body named in full before where a later sentence names it by its noun alone", async () => {
    expect(
      await named(
        "Der Städtetag hat Anna Roth in den IT-Lenkungsrat Saar berufen. Unter Leitung des CIO der Landesregierung, Peter Lenz, sind im Lenkungsrat die Ministerien vertreten.",
        "chairs",
      ),
    ).toEqual(["Peter Lenz -> IT-Lenkungsrat Saar (review)"]);
  });

  it("is the reference data's body where it knows the name", async () => {
    expect(
      await named(
        "Der Städtetag hat Anna Roth in den IT-Kooperationsrat NRW berufen. Unter Leitung des CIO der Landesregierung, Peter Lenz, sind im Kooperationsrat die Ministerien vertreten.",
        "chairs",
      ),
    ).toEqual(["Peter Lenz -> IT-Kooperationsrat Nordrhein-Westfalen (review)"]);
  });

  it("names a committee with its remit, up to an apposition", async () => {
    expect(
      await named(
        "Künftig führt Wilfried Bernhardt den Vorsitz des Lenkungsausschusses für IT und E-Government, dem Gremium für Grundsatzentscheidungen.",
        "chairs",
      ),
    ).toEqual(["Wilfried Bernhardt -> Lenkungsausschuss für IT und E-Government (review)"]);
  });

  it("is the body a chair under someone's chairmanship met in", async () => {
    expect(
      await named(
        "Unter dem Vorsitz von Staatssekretär Fedor Ruhose ist der IT-Kooperationsrat zusammengekommen.",
        "chairs",
      ),
    ).toEqual(["Fedor Ruhose -> IT-Kooperationsrat (review)"]);
  });

  it("is the body 'das Gremium' refers to, for a chair and for members", async () => {
    const text =
      "Die Landesregierung hat einen neuen Digitalrat eingesetzt. Das neue Gremium wird von Anna Roth geleitet. Dem Gremium gehören Jan Lenz und Eva Kühn an.";
    expect(await named(text, "chairs")).toEqual(["Anna Roth -> Digitalrat (graph)"]);
    expect((await named(text, "memberOf")).sort()).toEqual([
      "Eva Kühn -> Digitalrat (review)",
      "Jan Lenz -> Digitalrat (review)",
    ]);
  });

  it("is no member of another body its members' sentence names", async () => {
    expect(
      await named(
        "Die Ministerin hat einen Digitalrat berufen. In der ersten Sitzung des Rats sollen seine Mitglieder Ideen sammeln, welche die Ministerin in die Beratungen der Digitalministerkonferenz einbringen will.",
        "memberOf",
      ),
    ).toEqual([]);
  });

  it("is not made of a bare compound that describes the body named before", async () => {
    expect(
      await named(
        "Der IT-Planungsrat tagte in Berlin. Franz Josef Pschierer übernimmt den Vorsitz im obersten Steuerungsgremium.",
        "chairs",
      ),
    ).toEqual(["Franz Josef Pschierer -> IT-Planungsrat (review)"]);
  });
});
