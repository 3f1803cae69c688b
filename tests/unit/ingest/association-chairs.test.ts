/**
 * The president or chair of an association chairs it (the kommunale Spitzenverbände, Vitako,
 * Bitkom, a Zweckverband); a vice president and an executive board's chair keep their office
 * (sentences written for these tests; parses in tests/fixtures/parses/association-chairs.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts, offices } = portalItems("association-chairs");

async function chairs(text: string): Promise<string[]> {
  return (await facts(text, "chairs")).map(pair);
}

describe("the head of an association", () => {
  it("chairs it as its president", async () => {
    const text = "Der Präsident des Deutschen Landkreistages, Landrat Peter Lenz, kritisierte den Entwurf.";
    expect(await chairs(text)).toEqual(["Peter Lenz -> Deutscher Landkreistag"]);
    expect((await offices(text)).filter((o) => o.includes("Landkreistag"))).toEqual([]);
  });

  it("chairs it as its Vorsitzender", async () => {
    expect(
      await chairs(
        "Der Vorsitzende des Landkreistags Rheinland-Pfalz, Landrat Jan Roth, begrüßte den Beschluss.",
      ),
    ).toEqual(["Jan Roth -> Landkreistag Rheinland-Pfalz"]);
  });
});

describe("a vice president", () => {
  it("holds an office, chairing nothing", async () => {
    const text = "Die Vizepräsidentin des Deutschen Städtetages, Anna Keller, kritisierte den Entwurf.";
    expect(await chairs(text)).toEqual([]);
    expect((await offices(text)).filter((o) => o.includes("Städtetag"))).toEqual([
      "Anna Keller -> Deutscher Städtetag (Vizepräsidentin)",
    ]);
  });
});
