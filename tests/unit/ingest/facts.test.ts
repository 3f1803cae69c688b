import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../../src/config/env.js";
import type { ArticleFacts, Fact } from "../../../src/model/fact.js";
import { factSchema } from "../../../src/model/fact.js";
import { extractArticles, REVIEW_THRESHOLD } from "../../../src/ingest/extract.js";
import { loadReferenceData } from "../../../src/seed/reference-data.js";
import type { ReferenceData } from "../../../src/ingest/types.js";
import { recordedNlp } from "../../helpers/recorded-nlp.js";

const nlp = recordedNlp("facts");

const SEED = path.resolve(projectRoot, "..", "shared", "seeds", "000_7d4225e2c13e8c1f.txt");
let reference: ReferenceData;
let seed: ArticleFacts[];
let all: Fact[];

beforeAll(async () => {
  reference = loadReferenceData();
  seed = await extractArticles(readFileSync(SEED), { reference, nlp, publishedAt: "2021-11-18" });
  all = seed.flatMap((a) => a.facts);
}, 60_000);

const find = (type: Fact["type"], subject: string, object?: string) =>
  all.filter(
    (f) => f.type === type && f.subject.id === subject && (object === undefined || f.object?.id === object),
  );

describe("the seed file", () => {
  it("yields the D16 article dated by --published and fifteen dated items", () => {
    expect(seed).toHaveLength(16);
    expect(seed[0]!.article).toMatchObject({
      title: "Deutschland digital resilient machen",
      publishedAt: "2021-11-18",
      id: "2021-11-18-deutschland-digital-resilient-machen",
    });
    expect(seed[1]!.article.publishedAt).toBe("2025-02-07");
    expect(seed.every((a) => a.article.contentHash.length === 64 && a.article.text)).toBe(true);
  });

  it("every fact fits the shared fact schema and quotes a sentence of its article", () => {
    for (const article of seed) {
      for (const fact of article.facts) {
        expect(factSchema.safeParse(fact).success).toBe(true);
        expect(article.article.text).toContain(fact.quote);
      }
    }
  });

  it("Schleswig-Holstein chairs the D16 in 2021 ('Das Land hat in diesem Jahr den Vorsitz ... inne')", () => {
    const [chair] = find("chairs", "DE-SH", "d16");
    expect(chair).toMatchObject({
      year: 2021,
      quote: "Das Land hat in diesem Jahr den Vorsitz des D16-Gremiums inne.",
    });
  });

  it("Mecklenburg-Vorpommern chairs the IT-Planungsrat in 2025", () => {
    expect(find("chairs", "DE-MV", "it-planungsrat")[0]).toMatchObject({
      year: 2025,
      quote: "Im Jahr 2025 führt Mecklenburg-Vorpommern den IT-Planungsrat.",
    });
  });

  it("Daniela Dylakiewicz is CIO of Sachsen from the publication day", () => {
    expect(find("holdsOffice", "daniela-dylakiewicz", "DE-SN")[0]).toMatchObject({
      role: "CIO",
      from: "2025-02-07",
    });
  });

  it("Brandenburg leads 'Aufenthalt', used by over 270 Ausländerbehörden", () => {
    expect(find("leads", "DE-BB", "ozg-aufenthalt")).toHaveLength(1);
    expect(find("usesService", "ozg-aufenthalt")[0]).toMatchObject({
      count: 270,
      countUnit: "Ausländerbehörden",
    });
  });

  it("the Saarland funds with 17 million euro and Hessen keeps funding civento", () => {
    expect(find("funds", "DE-SL")[0]).toMatchObject({ amount: 17e6 });
    expect(find("funds", "DE-HE", "civento")).toHaveLength(1);
  });

  it("DigitalPakt Schule 2.0: five billion split equally between the Bund and the Länder's conference", () => {
    expect(find("funds", "DE", "digitalpakt-schule-2-0")[0]).toMatchObject({ amount: 2.5e9 });
    expect(find("funds", "bildungs-mk", "digitalpakt-schule-2-0")[0]).toMatchObject({ amount: 2.5e9 });
  });

  it("ministers hold offices of their government", () => {
    expect(find("holdsOffice", "jan-philipp-albrecht", "DE-SH")).toEqual([
      expect.objectContaining({ role: "Digitalisierungsminister" }),
    ]);
    expect(find("holdsOffice", "cem-oezdemir", "DE")[0]).toMatchObject({ role: "Bundesbildungsminister" });
    expect(find("holdsOffice", "martin-hagen", "DE-HB")[0]).toMatchObject({
      role: "Staatsrat",
    });
  });

  it("the D16 adopt the motion proposed by Schleswig-Holstein", () => {
    expect(find("adopts", "d16").some((f) => f.proposer?.id === "DE-SH")).toBe(true);
  });

  it("every confidence is in [0, 1] and the required facts pass the review threshold", () => {
    expect(all.every((f) => f.confidence >= 0 && f.confidence <= 1)).toBe(true);
    expect(find("chairs", "DE-MV")[0]!.confidence).toBeGreaterThanOrEqual(REVIEW_THRESHOLD);
  });
});

describe("patterns on unseen wording", () => {
  const extract = async (text: string, publishedAt = "2024-03-01") =>
    (
      await extractArticles(`Meldung\n[${publishedAt.split("-").reverse().join(".")}] ${text}`, {
        reference,
        nlp,
      })
    ).flatMap((a) => a.facts);

  it("chairs with other verbs and word orders", async () => {
    expect(
      await extract("Thüringen übernimmt im kommenden Jahr den Vorsitz der Digitalministerkonferenz."),
    ).toEqual([
      expect.objectContaining({
        type: "chairs",
        subject: expect.objectContaining({ id: "DE-TH" }),
        object: expect.objectContaining({ id: "dmk" }),
        year: 2025,
      }),
    ]);
    expect((await extract("Den Vorsitz im IT-Planungsrat hat 2026 der Freistaat Sachsen."))[0]).toMatchObject(
      {
        type: "chairs",
        subject: { id: "DE-SN" },
        year: 2026,
      },
    );
  });

  it("a new office holder, a successor and an unknown person", async () => {
    const facts = await extract(
      "Erika Mustermann ist neue Staatssekretärin des Landes Berlin. Sie folgt auf Max Beispiel.",
    );
    expect(facts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          type: "holdsOffice",
          subject: expect.objectContaining({ id: "erika-mustermann" }),
          object: expect.objectContaining({ id: "DE-BE" }),
          from: "2024-03-01",
        }),
        expect.objectContaining({
          type: "succeeds",
          subject: expect.objectContaining({ id: "erika-mustermann" }),
          object: expect.objectContaining({ id: "max-beispiel" }),
        }),
      ]),
    );
  });

  it("funding with an explicit funder and amount", async () => {
    expect(
      (await extract("Der Freistaat Bayern fördert die Plattform civento mit 2,5 Mio. Euro."))[0],
    ).toMatchObject({
      type: "funds",
      subject: { id: "DE-BY" },
      object: { id: "civento" },
      amount: 2.5e6,
    });
  });

  it("membership and participation", async () => {
    expect((await extract("Niedersachsen ist Mitglied der Digitalministerkonferenz."))[0]).toMatchObject({
      type: "memberOf",
      subject: { id: "DE-NI" },
      object: { id: "dmk" },
    });
    expect(
      (await extract("Sachsen-Anhalt beteiligt sich an der Föderalen Digitalstrategie."))[0],
    ).toMatchObject({
      type: "participatesIn",
      subject: { id: "DE-ST" },
      object: { id: "foederale-digitalstrategie" },
    });
  });
});
