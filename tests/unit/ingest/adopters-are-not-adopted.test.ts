/**
 * No one adopts itself: a decision's header ("Beschluss 2021/05 - Der IT-Planungsrat beschließt
 * ...") may be parsed with the body as an object of its own verb (sentences written for these
 * tests, after the IT-Planungsrat's published decisions; parses in
 * tests/fixtures/parses/adopters-are-not-adopted.json).
 */
import { describe, expect, it } from "vitest";
import { pairOrText, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("adopters-are-not-adopted");
const adoptions = async (text: string) => (await facts(text, "adopts")).map(pairOrText);

describe("an adopter read as an object", () => {
  it("is not what it adopts", async () => {
    const adopted = await adoptions(
      "Registermodernisierung IT-Planungsrat | 17.03.2021 | 34. Sitzung | Beschluss 2021/05 - Der IT-Planungsrat beschließt das im Koordinierungsprojekt Registermodernisierung erarbeitete Zielbild einer modernisierten Registerlandschaft.",
    );
    expect(adopted).toContain("IT-Planungsrat -> Zielbild einer modernisierten Registerlandschaft");
    expect(adopted.filter((a) => /-> .*IT-Planungsrat/.test(a))).toEqual([]);
  });
});
