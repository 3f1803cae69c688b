/**
 * Small towns' bare names are no mentions on their own, but a list of them in one Land names them:
 * three or more ("Laubach, Lich, Linden und Pohlheim"), or two where the sentence also names a
 * county or the Land ("Laubach und Pohlheim aus dem Landkreis Gießen") (sentences written for these
 * tests; parses in tests/fixtures/parses/towns-listed-in-one-land.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("towns-listed-in-one-land");
const participants = async (text: string) => (await facts(text, "participatesIn")).map(pair).sort();

describe("a list of small towns of one Land", () => {
  it("names the towns when three or more are listed", async () => {
    expect(
      await participants("Am Projekt „Team OZG“ nehmen Laubach, Lich, Linden und Pohlheim teil."),
    ).toEqual(["Laubach -> Team OZG", "Lich -> Team OZG", "Linden -> Team OZG", "Pohlheim -> Team OZG"]);
  });

  it("names two towns where the sentence names their county", async () => {
    expect(
      await participants("Am Projekt „Team OZG“ nehmen Laubach und Pohlheim aus dem Landkreis Gießen teil."),
    ).toEqual(["Laubach -> Team OZG", "Pohlheim -> Team OZG"]);
    expect(
      await participants(
        "Neben dem Landkreis Gießen nehmen Biebertal, Buseck und Fernwald am Projekt „Team OZG“ teil.",
      ),
    ).toEqual([
      "Biebertal -> Team OZG",
      "Buseck -> Team OZG",
      "Fernwald -> Team OZG",
      "Landkreis Gießen -> Team OZG",
    ]);
  });

  it("names no town where two stand alone or the towns lie in different Länder", async () => {
    expect(await participants("Am Projekt „Team OZG“ nehmen Laubach und Pohlheim teil.")).toEqual([]);
    expect(await participants("Am Projekt „Team OZG“ nehmen Laubach, Pohlheim und Buxtehude teil.")).toEqual(
      [],
    );
  });
});
