/**
 * Offices told by the post held and by a plural role after its names:
 *   - "..., Guido Kahlen, der das Amt des Verbandsvorstehers beim KDN bekleidet": the person the
 *     relative clause of holding follows holds the post, also after the verb the clause is
 *     extraposed from; the employer the parser hangs on the verb of holding owns it;
 *   - "A, B und C, Referenten im Innenministerium X": each name before the plural role holds it
 * (sentences written for these tests; parses in tests/fixtures/parses/office-posts-and-plural-lists.json).
 */
import { describe, expect, it } from "vitest";
import { portalItems } from "../../helpers/portal-item.js";

const { offices } = portalItems("office-posts-and-plural-lists");

describe("a post held", () => {
  it("is held by the person a relative clause of holding follows, for the employer named with it", async () => {
    expect(
      await offices(
        "Einstimmig wurde Peter Lanz zum Stellvertreter von Guido Kahlen gewählt, der das Amt des Verbandsvorstehers beim KDN bekleidet.",
      ),
    ).toContain("Guido Kahlen -> KDN (Verbandsvorsteher)");
  });

  it("is owned by the employer named beside the post", async () => {
    expect(await offices("Anna Berg bekleidet das Amt der Geschäftsführerin bei der ekom21.")).toEqual([
      "Anna Berg -> ekom21 (Geschäftsführerin)",
    ]);
  });
});

describe("a plural role after its names", () => {
  it("is held by every name listed before it", async () => {
    expect(
      (
        await offices(
          "Anna Fautz, Adrian Hardt und Marius Kolb, Referenten im Innenministerium Baden-Württemberg, hatten die Idee.",
        )
      ).sort(),
    ).toEqual([
      "Adrian Hardt -> Baden-Württemberg (Referent)",
      "Anna Fautz -> Baden-Württemberg (Referentin)",
      "Marius Kolb -> Baden-Württemberg (Referent)",
    ]);
  });

  it("is not read from names the role does not follow", async () => {
    expect(
      await offices(
        "Anna Fautz und Adrian Hardt trafen die Referenten des Innenministeriums Baden-Württemberg.",
      ),
    ).toEqual([]);
  });
});
