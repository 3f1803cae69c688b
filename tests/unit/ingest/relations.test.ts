import { beforeAll, describe, expect, it } from "vitest";
import { extractArticles } from "../../../src/ingest/extract.js";
import { loadReferenceData } from "../../../src/seed/reference-data.js";
import type { ReferenceData } from "../../../src/ingest/types.js";
import type { Fact } from "../../../src/model/fact.js";
import { recordedNlp } from "../../helpers/recorded-nlp.js";

// Parse-based rules on the project's own example sentences, parsed once by CoreNLP and recorded
// in tests/fixtures/parses/relations.json (GOVGRAPH_RECORD_PARSES=1 re-records).
const nlp = recordedNlp("relations");
let reference: ReferenceData;
beforeAll(() => {
  reference = loadReferenceData();
}, 60_000);

async function facts(text: string): Promise<Fact[]> {
  const line = JSON.stringify({ title: "Meldung", publishedAt: "2024-03-01", text });
  return (await extractArticles(line, { reference, nlp, format: "jsonl" })).flatMap((a) => a.facts);
}

const pairs = (all: Fact[], type: Fact["type"]) =>
  all.filter((f) => f.type === type).map((f) => `${f.subject.id} -> ${f.object?.id ?? "-"}`);

describe("offices from the parse", () => {
  it("a Land in the genitive or as an adjective before the role is the office's government", async () => {
    const all = await facts(
      "Bayerns Digitalministerin Erika Musterfrau eröffnete die Messe. Der hessische CIO Max Beispielmann sprach danach.",
    );
    expect(pairs(all, "holdsOffice")).toEqual(
      expect.arrayContaining(["erika-musterfrau -> DE-BY", "max-beispielmann -> DE-HE"]),
    );
  });

  it("an apposition after the name and a copula with the Land in the genitive", async () => {
    const all = await facts(
      "Anna Probst, Staatssekretärin im Sächsischen Staatsministerium des Innern, stellte den Plan vor. Jonas Vorbild ist neuer CIO des Landes Brandenburg.",
    );
    expect(pairs(all, "holdsOffice")).toEqual(
      expect.arrayContaining(["anna-probst -> DE-SN", "jonas-vorbild -> DE-BB"]),
    );
    expect(all.find((f) => f.subject.id === "jonas-vorbild")).toMatchObject({
      role: "CIO",
      from: "2024-03-01",
    });
  });

  it("two people named side by side stay two people, and a surname later is the same person", async () => {
    const all = await facts(
      "Vertreten wird er von den Abteilungsleitern Clara Beispiel und Bernd Muster. Muster ist seit 2020 Staatssekretär des Landes Berlin.",
    );
    const people = new Set(
      all
        .flatMap((f) => [f.subject, f.object])
        .filter((e) => e?.type === "Person")
        .map((e) => e!.id),
    );
    expect(people).not.toContain("clara-beispiel-bernd-muster");
    expect(pairs(all, "holdsOffice")).toContain("bernd-muster -> DE-BE");
  });

  it("a pronoun and a role noun refer to the person named before", async () => {
    const all = await facts(
      "Lena Beispiel ist neue Staatssekretärin des Landes Hessen. Sie folgt auf Karl Vorgänger. Die gelernte Juristin ist zudem Mitglied des IT-Planungsrats.",
    );
    expect(pairs(all, "succeeds")).toEqual(["lena-beispiel -> karl-vorgaenger"]);
    expect(pairs(all, "memberOf")).toEqual(["lena-beispiel -> it-planungsrat"]);
  });
});

describe("successions", () => {
  it("'löst ab' and 'Nachfolger von' name successor and predecessor", async () => {
    const all = await facts(
      "Erika Neumann löst Stefan Altmann als CIO des Landes Bremen ab. Tom Jünger wird Nachfolger von Petra Älter.",
    );
    expect(pairs(all, "succeeds")).toEqual(
      expect.arrayContaining(["erika-neumann -> stefan-altmann", "tom-juenger -> petra-aelter"]),
    );
  });
});

describe("chairs", () => {
  it("'übernimmt den Vorsitz' and 'unter dem Vorsitz von' name the holder; the meeting place never holds it", async () => {
    const all = await facts(
      "Thüringen übernimmt im kommenden Jahr den Vorsitz im IT-Planungsrat. Unter dem Vorsitz von Hessen tagte die Digitalministerkonferenz in Wiesbaden.",
    );
    expect(pairs(all, "chairs")).toEqual(expect.arrayContaining(["DE-TH -> it-planungsrat", "DE-HE -> dmk"]));
    expect(all.filter((f) => f.type === "chairs" && f.subject.type === "Municipality")).toEqual([]);
  });

  it("a rotation between Bund and Länder names no holder", async () => {
    expect(
      pairs(
        await facts(
          "Den Vorsitz im IT-Planungsrat übernehmen im jährlichen Wechsel der Bund und die Länder.",
        ),
        "chairs",
      ),
    ).toEqual([]);
  });
});

describe("decisions, memberships and participation", () => {
  it("active and passive adoption, and a negated one adopts nothing", async () => {
    const all = await facts(
      "Der IT-Planungsrat hat die Föderale Digitalstrategie beschlossen. Die Vereinbarung zum Portalverbund wurde von der Digitalministerkonferenz verabschiedet. Der Bundesrat hat das Gesetz nicht beschlossen.",
    );
    expect(pairs(all, "adopts")).toEqual(expect.arrayContaining(["it-planungsrat -> -", "dmk -> -"]));
    expect(all.filter((f) => f.type === "adopts" && f.subject.id === "bundesrat")).toEqual([]);
  });

  it("coordinated actors each take part and each belong", async () => {
    const all = await facts(
      "An der Föderalen Digitalstrategie beteiligen sich Hamburg und Berlin. Zur Digitalministerkonferenz gehören Sachsen, Bremen und das Saarland.",
    );
    expect(pairs(all, "participatesIn").sort()).toEqual([
      "DE-BE -> foederale-digitalstrategie",
      "DE-HH -> foederale-digitalstrategie",
    ]);
    expect(pairs(all, "memberOf").sort()).toEqual(["DE-HB -> dmk", "DE-SL -> dmk", "DE-SN -> dmk"]);
  });
});

describe("the subjects of a relation, listed", () => {
  it("are every government of a list the parser breaks up ('der Bund und die Länder A, B und C')", async () => {
    const members = (
      await facts("Der Bund und die Länder Bayern, Hessen und Sachsen sind Mitglieder der Govdigital eG.")
    )
      .filter((f) => f.type === "memberOf")
      .map((f) => f.subject.name);
    expect(members).toEqual(["Bund", "Bayern", "Hessen", "Sachsen"]);
  });
});
