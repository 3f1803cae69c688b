/**
 * A name after a month with a role word before it: "An der Spitze des Deutschen Landkreistags
 * steht seit Januar Landrat Reinhard Sager" (the parser hangs role and name on the month) (sentences
 * written for these tests; parses in tests/fixtures/parses/holders-after-a-month.json).
 */
import { describe, expect, it } from "vitest";
import { office, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("holders-after-a-month");
const offices = async (text: string) => (await facts(text, "holdsOffice")).map(office).sort();

describe("a role and a name after a month", () => {
  it("name the holder of the post the clause names", async () => {
    expect(
      await offices("An der Spitze des Deutschen Landkreistags steht seit Januar Landrat Reinhard Sager."),
    ).toEqual(["Reinhard Sager -> Deutscher Landkreistag (Leitung)"]);
    expect(await offices("Die Leitung der FITKO übernimmt ab April Staatssekretärin Anna Keller.")).toEqual([
      "Anna Keller -> FITKO (Leitung)",
    ]);
  });

  it("keep a name alone after the month the holder", async () => {
    expect(
      await offices("An der Spitze des Deutschen Landkreistags steht seit Januar Reinhard Sager."),
    ).toEqual(["Reinhard Sager -> Deutscher Landkreistag (Leitung)"]);
  });
});
