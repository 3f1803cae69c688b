/**
 * "die Samtgemeinde Jümme", "der Verwaltungsgemeinschaft Marktheidenfeld": a union of
 * municipalities the register does not list is a local government of its own, named as written
 * (sentences written for these tests; parses in tests/fixtures/parses/unions-of-municipalities.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("unions-of-municipalities");
const pairs = async (text: string, type: "usesService" | "funds" | "participatesIn") =>
  (await facts(text, type)).map(pair);

describe("unions of municipalities", () => {
  it("use a service", async () => {
    expect(await pairs("Die Samtgemeinde Sögel nutzt das Portal „Open Rathaus“.", "usesService")).toEqual([
      "Open Rathaus -> Samtgemeinde Sögel",
    ]);
  });

  it("are funded", async () => {
    expect(
      await pairs(
        "Das Land Bayern fördert die Verwaltungsgemeinschaft Marktheidenfeld mit 9.000 Euro.",
        "funds",
      ),
    ).toEqual(["Bayern -> Verwaltungsgemeinschaft Marktheidenfeld"]);
  });

  it("take part, with a name of two words", async () => {
    expect(
      await pairs(
        "Die Samtgemeinde Bad Bentheim hat sich dem Projekt „Open Rathaus“ angeschlossen.",
        "participatesIn",
      ),
    ).toEqual(["Samtgemeinde Bad Bentheim -> Open Rathaus"]);
  });
});
