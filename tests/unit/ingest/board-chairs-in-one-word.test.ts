/**
 * An administrative board's chair written in one word with no owner of its own ("zum
 * Verwaltungsratsvorsitzenden gewählt") chairs the organisation whose board the sentence names
 * ("Auf der Sitzung des Verwaltungsrates der KGSt"); an administrative board's chair chairs the
 * organisation (sentences written for these tests; parses in
 * tests/fixtures/parses/board-chairs-in-one-word.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("board-chairs-in-one-word");
const chairs = async (text: string) => (await facts(text, "chairs")).map(pair).sort();

describe("an administrative board's chair in one word", () => {
  it("chairs the organisation whose board the sentence names", async () => {
    expect(
      await chairs(
        "Auf der Sitzung des Verwaltungsrates der KGSt wurde Memmingens Oberbürgermeister Ivo Holzinger zum Verwaltungsratsvorsitzenden gewählt.",
      ),
    ).toEqual(["Ivo Holzinger -> Kommunale Gemeinschaftsstelle für Verwaltungsmanagement"]);
  });

  it("chairs the organisation it names itself", async () => {
    expect(await chairs("Ivo Holzinger wurde zum Verwaltungsratsvorsitzenden der KGSt gewählt.")).toEqual([
      "Ivo Holzinger -> Kommunale Gemeinschaftsstelle für Verwaltungsmanagement",
    ]);
  });

  it("chairs nothing where the sentence names no board", async () => {
    expect(await chairs("Ivo Holzinger wurde in Memmingen zum Verwaltungsratsvorsitzenden gewählt.")).toEqual(
      [],
    );
  });
});
