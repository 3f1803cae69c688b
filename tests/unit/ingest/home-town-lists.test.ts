/**
 * People listed with their home towns ("Eva Weber aus Augsburg und Belit Onay aus Hannover"),
 * where the parser hangs the second person on the first one's town: each person is still one of
 * the list (sentences written for these tests; parses in tests/fixtures/parses/home-town-lists.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts, offices } = portalItems("home-town-lists");

describe("a list of people with their home towns", () => {
  const text =
    "Der Deutsche Städtetag hat gewählt. In das Präsidium des Verbandes wurden die Oberbürgermeisterin Eva Weber aus Augsburg und Belit Onay aus Hannover gewählt.";

  it("elects each person of the list", async () => {
    expect((await facts(text, "memberOf")).map(pair).sort()).toEqual([
      "Belit Onay -> Deutscher Städtetag",
      "Eva Weber -> Deutscher Städtetag",
    ]);
  });

  it("gives each person their own town", async () => {
    expect((await offices(text)).sort()).toEqual([
      "Belit Onay -> Hannover (Oberbürgermeisterin)",
      "Eva Weber -> Augsburg (Oberbürgermeisterin)",
    ]);
  });
});
