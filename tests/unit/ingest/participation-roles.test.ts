/**
 * Towns named by their role in a programme take part in it:
 *   - the names beside a role noun ("der Leitkommunen A, B und C");
 *   - "Unter den Gewinnern sind die Städte A und B" (some of the role's holders);
 *   - "A und B wurden als Gewinner ausgewählt";
 * with the programme named in the phrase, else the one the item named last; a negated sentence
 * states nothing (sentences written for these tests; parses in
 * tests/fixtures/parses/participation-roles.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("participation-roles");

async function participants(text: string): Promise<string[]> {
  return (await facts(text, "participatesIn")).map(pair).sort();
}

describe("towns named beside a role", () => {
  it("take part in the programme the item named", async () => {
    expect(
      await participants(
        "Das Land fördert das Programm „Digitale Dörfer“. Die Ministerin traf die Bürgermeister der Leitkommunen Dresden, Leipzig und Chemnitz.",
      ),
    ).toEqual(["Chemnitz -> Digitale Dörfer", "Dresden -> Digitale Dörfer", "Leipzig -> Digitale Dörfer"]);
  });
});

describe("among the winners", () => {
  it("are the towns the predicate names", async () => {
    expect(
      await participants(
        "Der Wettbewerb „Digitale Orte“ ist entschieden. Unter den Gewinnern sind die Städte Jena, Erfurt und Gera.",
      ),
    ).toEqual(["Erfurt -> Digitale Orte", "Gera -> Digitale Orte", "Jena -> Digitale Orte"]);
  });

  it("is no one where the sentence denies it", async () => {
    expect(
      await participants(
        "Der Wettbewerb „Digitale Orte“ ist entschieden. Unter den Gewinnern ist Weimar nicht.",
      ),
    ).toEqual([]);
  });

  it("are those chosen as winners", async () => {
    expect(
      await participants(
        "Der Wettbewerb „Digitale Orte“ ist entschieden. Zudem wurden die Landkreise Gotha und Sömmerda als Gewinner ausgewählt.",
      ),
    ).toEqual(["Landkreis Gotha -> Digitale Orte", "Landkreis Sömmerda -> Digitale Orte"]);
  });
});
