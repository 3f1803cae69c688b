/**
 * "Im IT-Planungsrat sind A, B und C vertreten": the parser may hang the members on the body as
 * its apposition and conjuncts; they are its members all the same (sentences written for these
 * tests; parses in tests/fixtures/parses/members-represented-in-a-body.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("members-represented-in-a-body");
const members = async (text: string) => (await facts(text, "memberOf")).map(pair);

describe("members represented in a body", () => {
  it("are its members wherever the parser hangs them", async () => {
    expect(
      await members("Im IT-Planungsrat sind Hessen, Bremen und der Deutsche Landkreistag vertreten."),
    ).toEqual([
      "Hessen -> IT-Planungsrat",
      "Bremen -> IT-Planungsrat",
      "Deutscher Landkreistag -> IT-Planungsrat",
    ]);
  });

  it("not where they are no longer represented", async () => {
    expect(await members("Im IT-Planungsrat sind Hessen und Bremen nicht mehr vertreten.")).toEqual([]);
  });
});
