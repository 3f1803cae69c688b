/**
 * "folgende Kommunen ...: A, B und C": a plural kind noun with "folgende" stands for the names
 * listed after the colon, wherever the parser hangs them; and "hat folgende Städte als
 * Modellkommunen bestimmt: A, B" selects them for the item's programme (sentences written for
 * these tests; parses in tests/fixtures/parses/colon-lists.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("colon-lists");

async function pairs(text: string, type: "funds" | "participatesIn"): Promise<string[]> {
  return (await facts(text, type)).map(pair).sort();
}

describe("the names after a colon", () => {
  it("are the towns 'folgende Kommunen' stands for", async () => {
    expect(
      await pairs(
        "Das Land Hessen fördert das Programm „Digitale Dörfer“ mit fünf Millionen Euro. Folgende Kommunen erhalten eine Förderung: die Stadt Marburg, die Stadt Gießen und die Gemeinde Lahntal.",
        "funds",
      ),
    ).toEqual(["Hessen -> Digitale Dörfer", "Hessen -> Gießen", "Hessen -> Lahntal", "Hessen -> Marburg"]);
  });

  it("are no one's without 'folgende'", async () => {
    expect(
      await pairs(
        "Das Land Hessen fördert das Programm „Digitale Dörfer“ mit fünf Millionen Euro. Die Kommunen erhalten eine Förderung: Das Geld fließt in neue Server.",
        "funds",
      ),
    ).toEqual(["Hessen -> Digitale Dörfer"]);
  });

  it("are the towns chosen as model towns", async () => {
    expect(
      await pairs(
        "Das Programm „Digitale Modellkommunen“ startet. Das Land hat folgende Städte als Modellkommunen bestimmt: Aachen, Wuppertal und Soest.",
        "participatesIn",
      ),
    ).toEqual([
      "Aachen -> Digitale Modellkommunen",
      "Soest -> Digitale Modellkommunen",
      "Wuppertal -> Digitale Modellkommunen",
    ]);
  });
});
