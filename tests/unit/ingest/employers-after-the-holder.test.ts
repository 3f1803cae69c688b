/**
 * An organisation named with "aus" right after a role's holder, which the parser hangs on the verb
 * ("Er wird von Unterabteilungsleiterin X aus dem Bundesinnenministerium vertreten"), is the
 * office's owner; a town named so is not
 * (sentences written for these tests; parses in tests/fixtures/parses/employers-after-the-holder.json).
 */
import { describe, expect, it } from "vitest";
import { portalItems } from "../../helpers/portal-item.js";

const { offices } = portalItems("employers-after-the-holder");

describe("an organisation named with 'aus' after the holder", () => {
  it("owns the office though the parser hangs it on the verb", async () => {
    expect(
      await offices(
        "Er wird von Unterabteilungsleiterin Cordula Kießling aus dem Bundesinnenministerium vertreten.",
      ),
    ).toEqual(["Cordula Kießling -> Bundesministerium des Innern (Unterabteilungsleiterin)"]);
  });

  it("as it does where the parser hangs it on the role", async () => {
    expect(await offices("Das sagte Abteilungsleiter Ernst Bürger aus dem Bundesinnenministerium.")).toEqual([
      "Ernst Bürger -> Bundesministerium des Innern (Abteilungsleiter)",
    ]);
  });

  it("not a town the holder comes from", async () => {
    expect(await offices("Er wird von Abteilungsleiter Ernst Bürger aus Kassel vertreten.")).toEqual([]);
  });
});
