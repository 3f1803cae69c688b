/**
 * chairs handed over and chairs named by a chair noun, on sentences written for these tests
 * (parses recorded in tests/fixtures/parses/chair-rules.json).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { extractArticles } from "../../../src/ingest/extract.js";
import { loadReferenceData } from "../../../src/seed/reference-data.js";
import type { ReferenceData } from "../../../src/ingest/types.js";
import { recordedNlp } from "../../helpers/recorded-nlp.js";

const nlp = recordedNlp("chair-rules");
let reference: ReferenceData;
beforeAll(() => {
  reference = loadReferenceData();
}, 60_000);

/** The chairs of an article as "holder -> body @year (review|graph)". */
async function chairs(text: string): Promise<string[]> {
  const [article] = await extractArticles(text, {
    reference,
    nlp,
    format: "text",
    publishedAt: "2024-01-10",
  });
  return article!.facts
    .filter((f) => f.type === "chairs")
    .map(
      (f) =>
        `${f.subject.name} -> ${f.object?.name ?? ""} @${f.year ?? "-"} (${f.confidence >= 0.8 ? "graph" : "review"})`,
    )
    .sort();
}

describe("chairs handed over", () => {
  it("makes the one who hands the chair over its holder, without the new chair's year", async () => {
    expect(
      await chairs(
        "Peter Hoffmann hat im Jahr 2024 den Vorsitz im IT-Planungsrat von Anna Schneider übernommen.",
      ),
    ).toEqual([
      "Anna Schneider -> IT-Planungsrat @- (review)",
      "Peter Hoffmann -> IT-Planungsrat @2024 (graph)",
    ]);
  });

  it("reads a government handing over the chair", async () => {
    expect(await chairs("Hessen übernimmt im Jahr 2024 den Vorsitz im IT-Planungsrat vom Bund.")).toEqual([
      "Bund -> IT-Planungsrat @- (review)",
      "Hessen -> IT-Planungsrat @2024 (graph)",
    ]);
  });
});

describe("chairs named by a chair noun", () => {
  it("reads the person after the chair of a body", async () => {
    expect(
      await chairs(
        "Die Vorsitzende des IT-Planungsrats, Anna Schneider, zeigte sich mit der Sitzung zufrieden.",
      ),
    ).toEqual(["Anna Schneider -> IT-Planungsrat @2024 (graph)"]);
  });

  it("reads the person a conjoined chair noun describes, and an organ as its organisation", async () => {
    expect(
      await chairs(
        "Peter Hoffmann, Chef der Staatskanzlei und Vorsitzender des Verwaltungsrats von Dataport, sprach.",
      ),
    ).toEqual(["Peter Hoffmann -> Dataport @2024 (review)"]);
  });

  it("leaves a chair under which something happens to the other rules", async () => {
    expect(
      await chairs("Unter dem Vorsitz des IT-Planungsrats sprach Anna Schneider über die Strategie."),
    ).not.toContain("Anna Schneider -> IT-Planungsrat @2024 (graph)");
  });
});

describe("chairs of bodies the gazetteer does not know, shared chairs and chairs by year", () => {
  it("reads a passive 'geleitet von' opening the sentence, for a council named like a body", async () => {
    expect(
      await chairs("Geleitet wird der Digitalrat von der früheren Staatssekretärin Anna Keller."),
    ).toEqual(["Anna Keller -> Digitalrat @2024 (review)"]);
  });

  it("makes both who share a chair its holders, of the council the item named last", async () => {
    expect(
      await chairs(
        "Die Ministerin vertritt das Land in der Digitalministerkonferenz. Nun hat die Landesregierung einen Digitalrat ins Leben gerufen. " +
          "Die Professorin Anna Keller teilt sich den Vorsitz mit Ministerin Petra Schmidt.",
      ),
    ).toEqual(["Anna Keller -> Digitalrat @2024 (review)", "Petra Schmidt -> Digitalrat @2024 (review)"]);
  });

  it("takes no unit for a council named before", async () => {
    expect(
      await chairs(
        "Die Ministerin vertritt das Land in der Digitalministerkonferenz. Nun hat das Ministerium ein Referat für Digitalisierung eingerichtet. " +
          "Die Professorin Anna Keller teilt sich den Vorsitz mit Ministerin Petra Schmidt.",
      ),
    ).not.toContain("Anna Keller -> Referat @2024 (review)");
  });

  it("reads each holder with its chair year in parentheses", async () => {
    expect(
      await chairs(
        "Der IT-Planungsrat beschließt den Prozess unter Federführung von Hessen (Vorsitz 2024), von Bayern (Vorsitz 2025) und der FITKO.",
      ),
    ).toEqual(["Bayern -> IT-Planungsrat @2025 (review)", "Hessen -> IT-Planungsrat @2024 (review)"]);
  });

  it("reads the giver where the parser hangs the chair on an adverb, and no government from the giver's role", async () => {
    expect(
      await chairs(
        "Anna Keller ist Vorsitzende des IT-Planungsrats. Sie übernahm den Vorsitz turnusgemäß von Peter Hoffmann, " +
          "Staatssekretär im Bundesministerium des Innern und Beauftragter der Bundesregierung für Informationstechnik.",
      ),
    ).not.toContain("Bund -> IT-Planungsrat @- (review)");
  });
});

describe("chair nouns of new bodies and co-chairs", () => {
  it("reads the chair of a council the gazetteer does not know, in apposition or as the predicate's subject", async () => {
    expect(await chairs("Peter Hoffmann, Vorsitzender des Digitalrats, sprach.")).toEqual([
      "Peter Hoffmann -> Digitalrat @2024 (review)",
    ]);
    expect(await chairs("Vorsitzender des Digitalrats ist Peter Hoffmann.")).toEqual([
      "Peter Hoffmann -> Digitalrat @2024 (review)",
    ]);
  });

  it("reads a co-chair, and no deputy", async () => {
    expect(await chairs("Anna Keller ist Co-Vorsitzende des IT-Planungsrats.")).toEqual([
      "Anna Keller -> IT-Planungsrat @2024 (review)",
    ]);
    expect(await chairs("Peter Hoffmann ist stellvertretender Vorsitzender des Digitalrats.")).toEqual([]);
  });

  it("makes both who share the chair its holders where the parser reads the chair as a dative", async () => {
    expect(
      await chairs(
        "Der Nationale Normenkontrollrat tagte. Den Vorsitz teilen sich Anna Keller und Peter Hoffmann.",
      ),
    ).toEqual([
      "Anna Keller -> Nationaler Normenkontrollrat @2024 (review)",
      "Peter Hoffmann -> Nationaler Normenkontrollrat @2024 (review)",
    ]);
  });

  it("reads a chair to be held where the parser takes the future's 'werden' for a passive's", async () => {
    expect(
      await chairs(
        "Sachsen und Thüringen werden ab 1. Juli 2025 für 18 Monate gemeinsam den Vorsitz über die D16-Treffen innehaben.",
      ),
    ).toEqual(["Sachsen -> D16 @2025 (graph)", "Thüringen -> D16 @2025 (graph)"]);
  });
});

describe("a chair held by the Länder a group noun names", () => {
  it("gives it to each of them", async () => {
    expect(
      await chairs(
        "Die Sitzung der Digitalministerkonferenz fand im April 2024 unter dem gemeinsamen Vorsitz der Länder Berlin und Brandenburg in Potsdam statt.",
      ),
    ).toEqual([
      "Berlin -> Digitalministerkonferenz @2024 (graph)",
      "Brandenburg -> Digitalministerkonferenz @2024 (graph)",
    ]);
  });
});

describe("the body a bare chair refers to", () => {
  it("is the one the sentence before is about, not one it names in passing", async () => {
    expect(
      await chairs(
        "Die Digitalministerkonferenz trat zusammen. Das neue Gremium soll bestehende Gremien wie den IT-Planungsrat ergänzen. Den Vorsitz teilen sich in diesem Jahr die Länder Brandenburg und Berlin.",
      ),
    ).toEqual([
      "Berlin -> Digitalministerkonferenz @2024 (review)",
      "Brandenburg -> Digitalministerkonferenz @2024 (review)",
    ]);
  });
});

describe("a chair passed on", () => {
  it("makes who gets the chair its holder, with the year, and who passes it on its holder before", async () => {
    expect(await chairs("Der Vorsitz des IT-Planungsrats wechselt 2025 von Bayern zu Hessen.")).toEqual([
      "Bayern -> IT-Planungsrat @- (review)",
      "Hessen -> IT-Planungsrat @2025 (review)",
    ]);
    expect(await chairs("Bayern gibt den Vorsitz der Digitalministerkonferenz an Hessen ab.")).toEqual([
      "Bayern -> Digitalministerkonferenz @- (review)",
      "Hessen -> Digitalministerkonferenz @2024 (review)",
    ]);
  });

  it("names no holder for a rotation between Bund and Länder", async () => {
    expect(
      await chairs("Der Vorsitz im IT-Planungsrat wechselt jährlich zwischen Bund und Ländern."),
    ).toEqual([]);
  });

  it("reads the subject of a future the parser took for a passive's", async () => {
    expect(
      await chairs(
        "Der Vorsitz des IT-Planungsrates ist an die Länder gegangen. Nachfolger von Bundes-CIO Peter Hoffmann ist der Hamburger Staatsrat und Chef der Senatskanzlei, Jan Pörksen, der das Gremium in diesem Jahr leiten wird.",
      ),
    ).toContain("Jan Pörksen -> IT-Planungsrat @2024 (graph)");
  });

  it("keeps the holder of a clause beside the rotation, and gives the one it passes to its own clause's year", async () => {
    expect(
      await chairs(
        "Der IT-Planungsrat tagte in Berlin. Gastgeber war Peter Hoffmann, der das Gremium in diesem Jahr leiten wird, bevor der Vorsitz im Jahr 2025 wieder an den Bund wechselt.",
      ),
    ).toEqual(["Bund -> IT-Planungsrat @2025 (review)", "Peter Hoffmann -> IT-Planungsrat @2024 (graph)"]);
  });
});

describe("who the chair lies with", () => {
  it("reads 'Der Vorsitz liegt bei X' with its year, and nothing else that lies with someone", async () => {
    expect(await chairs("Der Vorsitz im IT-Planungsrat lag 2023 beim Bund.")).toEqual([
      "Bund -> IT-Planungsrat @2023 (review)",
    ]);
    expect(await chairs("Im IT-Planungsrat liegt der Schwerpunkt beim Bund.")).toEqual([]);
  });
});

describe("a body led by someone named in its attribute", () => {
  it("reads 'der von X geleitete Rat' and 'der Rat, der von X geleitet wird', not a session led", async () => {
    expect(
      await chairs("Der von Anna Keller geleitete Nationale Normenkontrollrat legte den Bericht vor."),
    ).toEqual(["Anna Keller -> Nationaler Normenkontrollrat @2024 (review)"]);
    expect(await chairs("Der Digitalrat, der von Anna Keller geleitet wird, legte den Bericht vor.")).toEqual(
      ["Anna Keller -> Digitalrat @2024 (review)"],
    );
    expect(await chairs("Die von Hessen geleitete Sitzung des IT-Planungsrats endete.")).toEqual([]);
  });
});

describe("a body someone presides over", () => {
  it("reads 'sitzt dem Rat vor' and 'die dem Rat vorsitzt', with a person named before as 'der IT-Verantwortliche'", async () => {
    expect(await chairs("Anna Keller sitzt dem IT-Planungsrat vor.")).toEqual([
      "Anna Keller -> IT-Planungsrat @2024 (graph)",
    ]);
    expect(await chairs("Anna Keller, die dem Digitalrat vorsitzt, sprach in Berlin.")).toEqual([
      "Anna Keller -> Digitalrat @2024 (review)",
    ]);
    expect(
      await chairs(
        "Sachsen hat einen neuen CIO: Peter Brandt. Der neue IT-Verantwortliche sitzt dem Lenkungsausschuss für IT und E-Government vor.",
      ),
    ).toEqual(["Peter Brandt -> Lenkungsausschuss für IT und E-Government @2024 (review)"]);
    expect(await chairs("Anna Keller sitzt nicht mehr dem IT-Planungsrat vor.")).toEqual([]);
  });
});

describe("a chair elected", () => {
  it("reads the one elected chair of a council the gazetteer does not know, by its genitive or 'seiner'", async () => {
    expect(
      await chairs("Anna Keller wurde einstimmig zur neuen Vorsitzenden des Digitalrats gewählt."),
    ).toEqual(["Anna Keller -> Digitalrat @2024 (review)"]);
    expect(await chairs("Der Digitalrat wählte Anna Keller zu seiner Vorsitzenden.")).toEqual([
      "Anna Keller -> Digitalrat @2024 (review)",
    ]);
    expect(
      await chairs("Anna Keller wurde zur stellvertretenden Vorsitzenden des Digitalrats gewählt."),
    ).toEqual([]);
  });
});
