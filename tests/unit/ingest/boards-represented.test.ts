/**
 * Members of a board named by its kind and its organisation, where the parser hangs "Im Beirat
 * der FITKO" on the first member rather than on "vertreten" (sentences written for these tests;
 * parses in tests/fixtures/parses/boards-represented.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("boards-represented");
const members = async (text: string) => (await facts(text, "memberOf")).map(pair).sort();

describe("a board its members are represented in", () => {
  it("has the ones named beside the verb as members", async () => {
    expect(
      await members("Im Beirat der FITKO sind der Bund und der Deutsche Landkreistag vertreten."),
    ).toEqual(["Bund -> FITKO", "Deutscher Landkreistag -> FITKO"]);
  });

  it("leaves a body known by name as it was", async () => {
    expect(
      await members("Im IT-Planungsrat sind der Bund und die Länder Hessen und Bayern vertreten."),
    ).toEqual(["Bayern -> IT-Planungsrat", "Bund -> IT-Planungsrat", "Hessen -> IT-Planungsrat"]);
  });
});
