/**
 * Members of an organisation named in the dative of "angehören", which the parser hangs on the
 * subject as its genitive ("Seit Januar gehört auch die Stadt Kassel der govdigital eG an")
 * (sentences written for these tests; parses in tests/fixtures/parses/members-dative-on-the-subject.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("members-dative-on-the-subject");
const members = async (text: string) => (await facts(text, "memberOf")).map(pair).sort();

describe("a dative read as the subject's genitive", () => {
  it("is the body the subject belongs to", async () => {
    expect(await members("Seit Januar gehört auch die Stadt Kassel der govdigital eG an.")).toEqual([
      "Kassel -> govdigital eG",
    ]);
  });

  it("is no body where it names no organisation", async () => {
    expect(await members("Seit 2020 gehört die Stadt Kassel der Region Nordhessen an.")).toEqual([]);
  });
});
