/**
 * A county's or town's head named where its administration sits: "Bei ihrem Besuch im Landratsamt
 * Würzburg sprach die Ministerin mit Landrat Thomas Eberth" is the county's Landrat, as the
 * place one visits is no other's (sentences written for these tests; parses in
 * tests/fixtures/parses/heads-at-their-seat.json).
 */
import { describe, expect, it } from "vitest";
import { portalItems } from "../../helpers/portal-item.js";

const { offices } = portalItems("heads-at-their-seat");

describe("a head named at the seat of its administration", () => {
  it("holds the office of the county or town that seat is of", async () => {
    expect(
      await offices(
        "Bei ihrem Besuch im Landratsamt Würzburg sprach die Ministerin mit Landrat Thomas Eberth.",
      ),
    ).toEqual(["Thomas Eberth -> Landkreis Würzburg (Landrat)"]);
    expect(
      await offices("Die Ministerin sprach im Rathaus Ulm mit Oberbürgermeister Martin Ansbacher."),
    ).toEqual(["Martin Ansbacher -> Ulm (Oberbürgermeister)"]);
  });

  it("not of a place where something only happens", async () => {
    expect(await offices("Die Ministerin sprach in Ulm mit Oberbürgermeister Martin Ansbacher.")).toEqual([]);
    expect(await offices("Bei der Tagung in Hannover sprach Oberbürgermeister Martin Ansbacher.")).toEqual(
      [],
    );
  });
});
