/**
 * The curated seed under seed/: every file matches the seed format, ids are unique and resolve,
 * the Länder agree with the municipal register, the facts DESIGN.md "The seed" promises are
 * written down, every article has its URL, and the quotes taken from the seed news are its own
 * sentences, verbatim.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../src/config/env.js";
import {
  curatedFileSchema,
  referenceFileSchema,
  type CuratedFile,
  type ReferenceFile,
} from "../../src/seed/format.js";
import { factId } from "../../src/model/ids.js";
import { curatedArticles, groupByUrl } from "../../src/seed/load-curated.js";
import { mergeReferenceFiles } from "../../src/seed/merge-reference.js";

const seedDir = path.join(projectRoot, "seed");
// The repository's copy of the municipal register, or the shared one beside the checkout.
const registerDir = existsSync(path.join(seedDir, "data", "counties.csv"))
  ? path.join(seedDir, "data")
  : path.resolve(projectRoot, "..", "shared", "data");
const seedNewsDir = path.resolve(projectRoot, "..", "shared", "seeds");

function jsonFiles(folder: string): { name: string; data: unknown }[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => ({ name, data: JSON.parse(readFileSync(path.join(folder, name), "utf8")) as unknown }));
}

function readCsv(file: string): Record<string, string>[] {
  return parse(readFileSync(path.join(registerDir, file), "utf8"), { columns: true, skip_empty_lines: true });
}

const referenceJson = jsonFiles(path.join(seedDir, "reference"));
const curatedJson = jsonFiles(path.join(seedDir, "curated"));
const reference: ReferenceFile[] = referenceJson.map(({ data }) => referenceFileSchema.parse(data));
const curated: CuratedFile[] = curatedJson.map(({ data }) => curatedFileSchema.parse(data));

const merged = mergeReferenceFiles(referenceJson.map(({ name }, i) => ({ file: name, data: reference[i]! })));
const states = merged.states;
const entities = [
  ...merged.states,
  ...merged.federation,
  ...merged.organizations,
  ...merged.people,
  ...merged.projects,
];
const entityIds = new Set(entities.map((entity) => entity.id));
const registerKeys = new Set([
  ...readCsv("counties.csv").map((row) => row.county_key!),
  ...readCsv("municipalities.csv").map((row) => row.ags!),
]);

const articles = curated.flatMap((file) => file.articles);
const facts = articles.flatMap((article) => article.facts);
type CuratedFact = (typeof facts)[number];

const seedNews = readdirSync(seedNewsDir)
  .filter((name) => name.endsWith(".txt"))
  .map((name) => readFileSync(path.join(seedNewsDir, name), "utf8"))
  .join("\n");

function findFact(match: Partial<CuratedFact>): CuratedFact | undefined {
  return facts.find((fact) =>
    Object.entries(match).every(([key, value]) => fact[key as keyof CuratedFact] === value),
  );
}

describe("seed files", () => {
  it.each(referenceJson.map(({ name, data }) => [name, data] as const))(
    "reference file %s matches the reference format",
    (_name, data) => {
      expect(referenceFileSchema.safeParse(data).error).toBeUndefined();
    },
  );

  it.each(curatedJson.map(({ name, data }) => [name, data] as const))(
    "curated file %s matches the curated format",
    (_name, data) => {
      expect(curatedFileSchema.safeParse(data).error).toBeUndefined();
    },
  );

  it("gives one entity one id: files that share an id agree on its name, and no id is a register key", () => {
    // mergeReferenceFiles (above) throws when two files give one id two names or types.
    expect(entities.length).toBe(entityIds.size);
    expect([...entityIds].filter((id) => registerKeys.has(id))).toEqual([]);
  });

  it("never lets one name or alias stand for two entities", () => {
    const owners = new Map<string, Set<string>>();
    for (const entity of entities) {
      for (const label of [entity.name, ...entity.aliases]) {
        const key = label.toLowerCase();
        owners.set(key, (owners.get(key) ?? new Set()).add(entity.id));
      }
    }
    expect([...owners].filter(([, ids]) => ids.size > 1).map(([label]) => label)).toEqual([]);
  });

  it("points partOf at a reference entity", () => {
    const parts = reference.flatMap((file) => file.organizations).filter((org) => org.partOf !== undefined);
    expect(parts.length).toBeGreaterThan(0);
    expect(parts.filter((org) => !entityIds.has(org.partOf!)).map((org) => org.id)).toEqual([]);
  });

  it("has the 16 Länder, each with the AGS prefix the municipal register gives its name", () => {
    const register = new Map(readCsv("states.csv").map((row) => [row.state_key!, row.name!]));
    expect(states).toHaveLength(16);
    expect(new Set(states.map((state) => state.agsPrefix))).toEqual(new Set(register.keys()));
    for (const state of states)
      expect([state.id, register.get(state.agsPrefix)]).toEqual([state.id, state.name]);
  });

  it("names in curated facts only ids of the reference files or keys of the municipal register", () => {
    const named = facts.flatMap((fact) => [fact.subject, fact.object, fact.proposer]);
    const unknown = named.filter(
      (id): id is string => id !== undefined && !entityIds.has(id) && !registerKeys.has(id),
    );
    expect(unknown).toEqual([]);
    expect(named).toContain("05562");
    expect(named).toContain("03103000");
  });

  it("keeps the dates of a fact consistent with its precision", () => {
    for (const fact of facts) {
      const where = `${fact.type} ${fact.subject}: ${fact.quote}`;
      const day = fact.date ?? fact.from;
      if (day !== undefined && fact.year !== undefined)
        expect(Number(day.slice(0, 4)), where).toBe(fact.year);
      if (fact.precision === "year")
        expect([fact.year, fact.date], where).toEqual([expect.any(Number), undefined]);
      if (fact.precision === "day") expect(day, where).toBeDefined();
      // A period (from/to) is given to the day; a date or a year says how precise it is.
      if (fact.date !== undefined || fact.year !== undefined) expect(fact.precision, where).toBeDefined();
    }
  });

  it("gives each fact type the fields it needs", () => {
    const missing = facts.filter(
      (fact) =>
        (fact.type === "holdsOffice" && (fact.role === undefined || fact.object === undefined)) ||
        (fact.type === "funds" && fact.object === undefined) ||
        (fact.type === "usesService" && (fact.count === undefined || fact.countUnit === undefined)) ||
        (fact.type === "adopts" && fact.text === undefined) ||
        (fact.type === "announces" && fact.text === undefined) ||
        (fact.type === "chairs" && fact.object === undefined),
    );
    expect(missing).toEqual([]);
  });

  it("has a curated article for the D16 article and every dated item of the seed news", () => {
    const lines = seedNews.split(/\r?\n/);
    const dated = lines.flatMap((line, index) => {
      const match = /^\[(\d{2})\.(\d{2})\.(\d{4})\]/.exec(line);
      return match
        ? [{ title: lines[index - 1]!.trim(), publishedAt: `${match[3]}-${match[2]}-${match[1]}` }]
        : [];
    });
    expect(dated).toHaveLength(15);
    const cited = articles.map(({ title, publishedAt }) => ({ title, publishedAt }));
    expect(cited).toEqual(expect.arrayContaining(dated));
    expect(cited).toContainEqual({
      title: "Deutschland digital resilient machen",
      publishedAt: "2021-11-18",
    });
  });

  it("gives every article its URL and a title, and cites one URL with one title and date", () => {
    expect(articles.filter((article) => !/^https?:\/\/\S+$/.test(article.url))).toEqual([]);
    expect(() => groupByUrl(curated)).not.toThrow();
  });

  it("states each claim once per article, so that every citation is one statement", () => {
    const asRef = (id: string) => ({ id, name: id, type: "Person" as const });
    const twice = curatedArticles(curated, asRef).flatMap(({ article, facts: stated }) => {
      const ids = stated.map(factId);
      return ids.filter((id, index) => ids.indexOf(id) !== index).map((id) => `${article.id}: ${id}`);
    });
    expect(twice).toEqual([]);
  });

  it("gives every fact a non-empty quote and keeps notes out of quotes", () => {
    expect(facts.filter((fact) => fact.quote.trim().length === 0)).toEqual([]);
    expect(facts.filter((fact) => fact.note !== undefined && fact.note === fact.quote)).toEqual([]);
  });

  it("quotes the seed news verbatim: every quote of the seed news file is a sentence of the news", () => {
    const seedFile = curated[curatedJson.findIndex(({ name }) => name === "kommune21-2021-2025.json")]!;
    expect(seedFile.articles).toHaveLength(16);
    const missing = seedFile.articles.flatMap((article) =>
      article.facts.filter((fact) => !seedNews.includes(fact.quote)).map((fact) => fact.quote),
    );
    expect(missing).toEqual([]);
  });
});

describe("the facts DESIGN.md promises from the seed", () => {
  it("has Schleswig-Holstein chairing the D16 in 2021", () => {
    expect(findFact({ type: "chairs", subject: "DE-SH", object: "d16", year: 2021 })).toBeDefined();
  });

  it("has Mecklenburg-Vorpommern chairing the IT-Planungsrat in 2025", () => {
    expect(
      findFact({ type: "chairs", subject: "DE-MV", object: "it-planungsrat", year: 2025 }),
    ).toBeDefined();
  });

  it("has Daniela Dylakiewicz as CIO of Sachsen from 2025-02-07", () => {
    expect(
      findFact({
        type: "holdsOffice",
        subject: "daniela-dylakiewicz",
        object: "DE-SN",
        role: "CIO",
        from: "2025-02-07",
      }),
    ).toBeDefined();
  });

  it("has Brandenburg leading Aufenthalt, used by 270 Ausländerbehörden", () => {
    expect(findFact({ type: "leads", subject: "DE-BB", object: "ozg-aufenthalt" })).toBeDefined();
    expect(
      findFact({
        type: "usesService",
        subject: "ozg-aufenthalt",
        count: 270,
        countUnit: "Ausländerbehörden",
      }),
    ).toMatchObject({ date: "2025-02-07" });
  });

  it("has Hessen funding civento in 2025", () => {
    expect(findFact({ type: "funds", subject: "DE-HE", object: "civento", year: 2025 })).toBeDefined();
  });

  it("has Bund and Länder funding DigitalPakt Schule 2.0 with five billion euros in all", () => {
    // The seed news item's claim; later pages add the second agreement of 2025 with its own money.
    const seedFile = curated[curatedJson.findIndex(({ name }) => name === "kommune21-2021-2025.json")]!;
    const funding = seedFile.articles
      .flatMap((article) => article.facts)
      .filter((fact) => fact.type === "funds" && fact.object === "digitalpakt-schule-2-0");
    expect(funding.map((fact) => fact.subject)).toContain("DE");
    expect(funding.reduce((sum, fact) => sum + (fact.amount ?? 0), 0)).toBe(5_000_000_000);
  });

  it("has Jan Philipp Albrecht as Schleswig-Holstein's Digitalisierungsminister on 2021-11-18", () => {
    expect(
      findFact({
        type: "holdsOffice",
        subject: "jan-philipp-albrecht",
        object: "DE-SH",
        role: "Digitalisierungsminister",
        date: "2021-11-18",
        precision: "day",
      }),
    ).toBeDefined();
  });

  it("has Cem Özdemir as Bundesbildungsminister on 2024-12-17", () => {
    expect(
      findFact({
        type: "holdsOffice",
        subject: "cem-oezdemir",
        object: "DE",
        role: "Bundesbildungsminister",
        date: "2024-12-17",
      }),
    ).toBeDefined();
  });
});
