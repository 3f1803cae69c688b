/**
 * Joint projects and role lists between dashes:
 *   - "ein gemeinsames Projekt der Städte A und B": A and B take part in it; with no project
 *     named before, in the one the next sentence names with the same noun ("Ihr Projekt „X“");
 *   - "mit den Pilotkommunen – den Städten A und B – entwickelt": the towns between the dashes
 *     take part in the item's project
 * (sentences written for these tests; parses in tests/fixtures/parses/joint-projects.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("joint-projects");

async function participants(text: string): Promise<string[]> {
  return (await facts(text, "participatesIn")).map(pair).sort();
}

describe("a joint project", () => {
  it("is the one the next sentence names with the same noun", async () => {
    expect(
      await participants(
        "Das ist das Ziel eines gemeinsamen Projekts der Städte Marburg, Gießen und Wetzlar. Ihr Projekt „Mittelhessen vernetzt“ wird vom Land Hessen gefördert.",
      ),
    ).toEqual([
      "Gießen -> Mittelhessen vernetzt",
      "Marburg -> Mittelhessen vernetzt",
      "Wetzlar -> Mittelhessen vernetzt",
    ]);
  });

  it("is not a project the next sentence names with another noun", async () => {
    expect(
      await participants(
        "Das ist das Ziel eines gemeinsamen Projekts der Städte Marburg und Gießen. Die Plattform „Hessen vernetzt“ geht bald online.",
      ),
    ).toEqual([]);
  });
});

describe("a role's holders between dashes", () => {
  it("take part in the item's project", async () => {
    expect(
      await participants(
        "Das Programm „Smarte Dörfer“ ist gestartet. Gespräche mit den Pilotkommunen – den Städten Jena und Gera – laufen bereits.",
      ),
    ).toEqual(["Gera -> Smarte Dörfer", "Jena -> Smarte Dörfer"]);
  });
});
