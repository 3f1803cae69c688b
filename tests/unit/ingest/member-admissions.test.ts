/**
 * Memberships from news of admissions and founding members (member-admissions.ts), on sentences
 * written for these tests (parses in tests/fixtures/parses/member-admissions.json).
 */
import { describe, expect, it } from "vitest";
import { destination, pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("member-admissions");

/** The memberships of an article as "member -> organisation (review|graph)". */
async function memberships(text: string): Promise<string[]> {
  return (await facts(text, "memberOf")).map((f) => `${pair(f)} (${destination(f)})`);
}

describe("an admission", () => {
  it("makes members of everyone a passive admits into the organisation named after 'in'", async () => {
    expect(
      await memberships(
        "Die AKDB und die ekom21 aus Darmstadt werden in die Genossenschaft govdigital aufgenommen.",
      ),
    ).toEqual(["AKDB -> govdigital eG (review)", "ekom21 -> govdigital eG (review)"]);
  });

  it("makes no town a member where it only names an organisation ('Stadtwerke Ulm')", async () => {
    expect(
      await memberships(
        "Die Mitglieder stimmten zu, die „Spitalstiftung Konstanz“ und die Stadt Giengen an der Brenz in den Zweckverband 4IT aufzunehmen.",
      ),
    ).toEqual(["Giengen an der Brenz -> Zweckverband 4IT (review)"]);
    expect(
      await memberships(
        "Die Stadtwerke Ulm und die Stadt Biberach werden in den Zweckverband 4IT aufgenommen.",
      ),
    ).toEqual(["Biberach an der Riß -> Zweckverband 4IT (review)"]);
  });

  it("reads a decision to admit, over an ordinal's full stop, of the organisation that decided", async () => {
    expect(
      await memberships(
        "Die Generalversammlung der govdigital eG hat beschlossen, das Land Bremen als nunmehr 18. Mitglied in die Genossenschaft aufzunehmen.",
      ),
    ).toEqual(["Bremen -> govdigital eG (review)"]);
  });

  it("reads members who joined 'als neue Mitglieder', past an apposition between them and the verb", async () => {
    expect(
      await memberships(
        "Dataport und die AKDB, zwei große IT-Dienstleister, sind als neue Mitglieder zu der Genossenschaft govdigital hinzugestoßen.",
      ),
    ).toEqual(["Dataport -> govdigital eG (review)", "AKDB -> govdigital eG (review)"]);
  });

  it("states nothing for a programme, an intention or a service taken into operation", async () => {
    for (const text of [
      "Die Stadt Köln wurde in das Förderprogramm des Landes aufgenommen.",
      "Bremen will in die Genossenschaft govdigital aufgenommen werden.",
      "Der Dienst wurde im Mai in den Regelbetrieb der AKDB aufgenommen.",
    ])
      expect(await memberships(text)).toEqual([]);
  });
});

describe("a list of founding members", () => {
  it("makes each listed organisation a member of the organisation named before", async () => {
    expect(
      await memberships(
        "Die govdigital eG wurde 2019 in Berlin gegründet. Die Gründungsmitglieder sind die AKDB, Dataport, ekom21 und die Stadt Köln.",
      ),
    ).toEqual([
      "AKDB -> govdigital eG (review)",
      "Dataport -> govdigital eG (review)",
      "ekom21 -> govdigital eG (review)",
      "Köln -> govdigital eG (review)",
    ]);
  });
});

describe("a membership stated by a copula with 'von'", () => {
  it("reads 'Mitglied von' like 'Mitglied des'", async () => {
    expect(await memberships("Die Stadt Freiburg ist neues Mitglied von Vitako.")).toEqual([
      "Freiburg im Breisgau -> Vitako (graph)",
    ]);
  });

  it("makes every owner of a known organisation its member, not the holder of a prize", async () => {
    expect(await memberships("Hamburg und Schleswig-Holstein sind Träger von Dataport.")).toEqual([
      "Hamburg -> Dataport (graph)",
      "Schleswig-Holstein -> Dataport (graph)",
    ]);
    expect(await memberships("Die Stadt Köln ist Träger des Deutschen Verwaltungspreises.")).toEqual([]);
  });
});

describe("members counted, listed and joining", () => {
  it("makes the organisation that has members the body, and the names after the noun its members", async () => {
    expect(
      await memberships("govdigital hat damit nun zwölf Mitglieder, darunter die Bundesdruckerei."),
    ).toEqual(["Bundesdruckerei -> govdigital eG (review)"]);
  });

  it("makes every organisation listed before the noun a member, not only the first", async () => {
    expect(
      await memberships(
        "Wir freuen uns, dass wir mit vote iT, nextgov iT und IT-Verbund Landsberg drei neue Mitglieder bei Vitako begrüßen dürfen.",
      ),
    ).toEqual([
      "vote iT -> Vitako (review)",
      "nextgov iT -> Vitako (review)",
      "IT-Verbund Landsberg -> Vitako (review)",
    ]);
  });

  it("reads the body of an accession where the parser hangs it on the verb", async () => {
    expect(
      await memberships(
        'Die Landesregierung hat dem Entwurf eines Staatsvertrages zum Beitritt des Landes Sachsen-Anhalt zu "Dataport" zugestimmt.',
      ),
    ).toEqual(["Sachsen-Anhalt -> Dataport (review)"]);
  });

  it("makes no member of the one who welcomes an accession", async () => {
    expect(
      await memberships(
        'Der Minister sagte, Niedersachsen freue sich über den Beitritt eines weiteren Landes als Träger von "Dataport".',
      ),
    ).toEqual([]);
  });

  it("makes the organisation right before the member noun the body of the names listed after it", async () => {
    expect(
      await memberships(
        "Gastgeber waren dieses Mal die beiden Vitako Mitglieder Lecos und Zweckverband Kommunale Datenverarbeitung Sachsen (KISA).",
      ),
    ).toEqual(["Lecos -> Vitako (review)", "KISA -> Vitako (review)"]);
  });

  it("makes no member of the town a meeting takes place in", async () => {
    const found = await memberships(
      "Auf unserer Mitgliederversammlung in Leipzig konnten wir mit vote iT und nextgov iT zwei neue Mitglieder bei Vitako begrüßen.",
    );
    expect(found.filter((f) => f.startsWith("Leipzig"))).toEqual([]);
  });
});

describe("new members as press releases greet them", () => {
  it("makes members of those 'Neu im' a body", async () => {
    expect(await memberships("Neu im Nationalen Normenkontrollrat ist Anna Keller.")).toEqual([
      "Anna Keller -> Nationaler Normenkontrollrat (review)",
    ]);
  });

  it("makes a member of the one an organisation welcomes 'als neues Mitglied', in either order", async () => {
    expect(await memberships("Vitako begrüßt die Stadt München als neues Mitglied.")).toEqual([
      "München -> Vitako (review)",
    ]);
    expect(await memberships("Als neues Mitglied begrüßt Vitako die Stadt München.")).toEqual([
      "München -> Vitako (review)",
    ]);
  });

  it("makes a member of the one an organisation bids welcome 'als neues Mitglied'", async () => {
    expect(
      await memberships(
        "Vitako hat auf ihrer Versammlung die Stadt Freiburg als neues Mitglied willkommen geheißen.",
      ),
    ).toEqual(["Freiburg im Breisgau -> Vitako (review)"]);
  });

  it("reads the organisation named after a kind noun as the one joined", async () => {
    expect(await memberships("Die Stadt Köln ist dem Verein Vitako beigetreten.")).toEqual([
      "Köln -> Vitako (review)",
    ]);
  });

  it("makes members of everyone listed after 'darunter' in a body's composition", async () => {
    expect(
      await memberships(
        "Der Digitalrat besteht aus zwölf Mitgliedern, darunter Anna Keller und Peter Hoffmann.",
      ),
    ).toEqual(["Anna Keller -> Digitalrat (review)", "Peter Hoffmann -> Digitalrat (review)"]);
  });
});

describe("a list of members that names people", () => {
  it("makes members of the people, not of the organisations they work for", async () => {
    expect(
      await memberships(
        "Der Nationale Normenkontrollrat tagte. Weitere Mitglieder sind Andreas Berger, Präsidiumsmitglied beim Verband der Sächsischen Wirtschaft, und Jana Lorenz, Präsidialmitglied des Sächsischen Landkreistages.",
      ),
    ).toEqual([
      "Andreas Berger -> Nationaler Normenkontrollrat (review)",
      "Jana Lorenz -> Nationaler Normenkontrollrat (review)",
    ]);
  });
});

describe("a board named without its organisation", () => {
  it("is no body of its own where the article names no association or agency", async () => {
    expect(
      await memberships("Neu im Aufsichtsrat sitzt Staatssekretär Peter Kern für das Land Hessen."),
    ).toEqual([]);
  });

  it("is the board of the association the article is about", async () => {
    expect(
      await memberships(
        "Die Mitgliederversammlung der Vitako tagte in Hannover. Dabei wurde Anna Keller in den Vorstand gewählt.",
      ),
    ).toEqual(["Anna Keller -> Vitako (review)"]);
  });
});

describe("a list of founding members", () => {
  it("names the organisations the gazetteer does not know by their own words, but no kind of thing", async () => {
    expect(
      await memberships(
        "Die Genossenschaft govdigital wurde in Berlin gegründet. Die Gründungsmitglieder sind die AKDB, Dataport, Governikus, Civitec, weitere Partner und SIT.",
      ),
    ).toEqual([
      "AKDB -> govdigital eG (review)",
      "Dataport -> govdigital eG (review)",
      "Governikus -> govdigital eG (review)",
      "Civitec -> govdigital eG (review)",
      "SIT -> govdigital eG (review)",
    ]);
  });
});

describe("a list of new members after sentences that name affiliations", () => {
  it("makes no organisation a person's parenthesis names the body, nor a board of no named organisation", async () => {
    const found = await memberships(
      "Markus Pannermayr wurde als Vorsitzender des Verwaltungsrates wiedergewählt. Landrat Thomas Bold (Bad Kissingen, Bayerischer Landkreistag) wurde als Vorsitzender bestätigt. Neue Mitglieder sind der Erste Bürgermeister Armin Holderried (Mauerstetten) und die Erste Bürgermeisterin Susanna Tausendfreund (Pullach i. Isartal).",
    );
    expect(found).toEqual([]);
  });
});

describe("founding members of a Zweckverband", () => {
  it("are the towns a plural noun lists, members of the Zweckverband by its full name", async () => {
    expect(
      await memberships(
        "Gründungsmitglieder des Zweckverbands Digitale Kommunen Brandenburg sind die Städte Angermünde, Bad Belzig und Cottbus sowie die Gemeinden Eichwalde und Fehrbellin.",
      ),
    ).toEqual([
      "Angermünde -> Zweckverband Digitale Kommunen Brandenburg (review)",
      "Bad Belzig -> Zweckverband Digitale Kommunen Brandenburg (review)",
      "Cottbus/Chóśebuz -> Zweckverband Digitale Kommunen Brandenburg (review)",
      "Eichwalde -> Zweckverband Digitale Kommunen Brandenburg (review)",
      "Fehrbellin -> Zweckverband Digitale Kommunen Brandenburg (review)",
    ]);
  });
});
