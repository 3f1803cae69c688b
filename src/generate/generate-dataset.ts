/**
 * `generateDataset`: writes a deterministic dataset on top of the real municipal layer: the OZG
 * services, which municipality offers which service since when, office holders of Länder and
 * counties, generated bodies with yearly chairs, and articles citing the facts. Same scale and
 * seed, same data. Idempotent: a complete set is recognised and left alone; an interrupted one
 * is completed with MERGE; a fresh one is written with CREATE, which is faster.
 */
import type { Driver } from "neo4j-driver";
import {
  addStats,
  emptyStats,
  type Progress,
  writeInBatches,
  type WriteStats,
  type WriteTarget,
} from "../bulk/index.js";
import { availabilityOf, serviceWeights, type AvailabilityRow } from "./availability.js";
import { generateArticles } from "./articles.js";
import { planBodies } from "./bodies.js";
import { calendarDays, calendarYears } from "./calendar.js";
import { clearGenerated } from "./clear-generated.js";
import {
  ANY_GENERATED,
  articleStatement,
  availabilityStatement,
  chairStatement,
  MERGE_BODIES,
  MERGE_DAYS,
  MERGE_PERSONS,
  MERGE_SERVICES,
  MERGE_YEARS,
  READ_GENERATED_SET,
  tenureStatement,
  WRITE_GENERATED_SET,
  type WriteMode,
} from "./generate-cypher.js";
import { indexCitations, type CitedBy } from "./index-citations.js";
import { planOffices } from "./offices.js";
import {
  articleRow,
  availabilityRow,
  bodyRow,
  chairRow,
  citationRow,
  dayRow,
  personRow,
  serviceRow,
  tenureRow,
  yearRow,
} from "./row-shapes.js";
import { OZG_SERVICES, type OzgService } from "./ozg-catalogue.js";
import { ensureScope } from "./read-scope.js";
import { SCALE_SPECS, servicesOf, type Scale, type ScaleSpec } from "./scales.js";
import type { Scope } from "./scope.js";
import { GENERATOR_VERSION } from "./version.js";

export { GENERATOR_VERSION } from "./version.js";
export const DEFAULT_SEED = 20_250_207;

export interface GenerateOptions {
  scale: Scale;
  seed?: number;
  /** Remove a previously generated set first. */
  clear?: boolean;
  progress?: Progress;
  batchSize?: number;
  concurrency?: number;
  /** Force a write mode (default: create when nothing generated is present, else merge). */
  mode?: WriteMode;
}

export interface GeneratedCounts {
  municipalities: number;
  services: number;
  bodies: number;
  persons: number;
  tenures: number;
  chairs: number;
  availability: number;
  articles: number;
  citations: number;
}

export interface GenerateResult {
  status: "written" | "already-present";
  scale: Scale;
  seed: number;
  mode: WriteMode | null;
  counts: GeneratedCounts | null;
  /** Per part (days, services, availability, ...), and `total`. */
  stats: Record<string, WriteStats>;
}

export class GeneratedSetConflictError extends Error {
  constructor(
    existing: { scale: string; seed: number; version: number },
    wanted: { scale: string; seed: number },
  ) {
    super(
      `The graph holds a generated set (scale ${existing.scale}, seed ${existing.seed}, version ${existing.version}); ` +
        `generating scale ${wanted.scale} with seed ${wanted.seed} needs --clear first.`,
    );
    this.name = "GeneratedSetConflictError";
  }
}

export async function generateDataset(
  driver: Driver,
  database: string,
  options: GenerateOptions,
): Promise<GenerateResult> {
  const seed = options.seed ?? DEFAULT_SEED;
  const spec = SCALE_SPECS[options.scale];
  if (options.clear) await clearGenerated(driver, database);

  const existing = await driver.executeQuery(READ_GENERATED_SET, {}, { database });
  const set = existing.records[0]?.toObject() as { scale: string; seed: number; version: number } | undefined;
  if (set) {
    if (set.scale === options.scale && set.seed === seed && set.version === GENERATOR_VERSION) {
      return { status: "already-present", scale: options.scale, seed, mode: null, counts: null, stats: {} };
    }
    throw new GeneratedSetConflictError(set, { scale: options.scale, seed });
  }
  const present =
    (await driver.executeQuery(ANY_GENERATED, {}, { database })).records[0]?.get("present") === true;
  const mode: WriteMode = options.mode ?? (present ? "merge" : "create");

  const scope = await ensureScope(driver, database, spec, options.progress);
  const target: WriteTarget = { driver, database, progress: options.progress };
  const plan = planDataset(seed, scope, spec);
  const batch = { batchSize: options.batchSize ?? 5_000, concurrency: options.concurrency ?? 1 };
  const stats: Record<string, WriteStats> = {};
  const counts = plannedCounts(scope, plan, spec);
  const cited = citationsOf(seed, scope, plan, spec, options.progress);

  stats.years = await writeInBatches(target, {
    task: "years",
    cypher: MERGE_YEARS,
    rows: calendarYears().map(yearRow),
  });
  stats.days = await writeInBatches(target, {
    task: "days",
    cypher: MERGE_DAYS,
    rows: mapRows(calendarDays(), dayRow),
    ...batch,
  });
  stats.services = await writeInBatches(target, {
    task: "OZG services",
    cypher: MERGE_SERVICES,
    rows: plan.services.map(serviceRow),
  });
  stats.bodies = await writeInBatches(target, {
    task: "bodies",
    cypher: MERGE_BODIES,
    rows: plan.bodies.map(bodyRow),
  });
  stats.persons = await writeInBatches(target, {
    task: "persons",
    cypher: MERGE_PERSONS,
    rows: plan.persons.map(personRow),
    ...batch,
  });
  stats.tenures = await writeInBatches(target, {
    task: "tenures",
    cypher: tenureStatement(mode),
    rows: plan.tenures.map((t) => tenureRow(cited, t)),
    total: plan.tenures.length,
    ...batch,
  });
  stats.chairs = await writeInBatches(target, {
    task: "chairs",
    cypher: chairStatement(mode),
    rows: plan.chairs.map((c) => chairRow(cited, c)),
    total: plan.chairs.length,
    ...batch,
  });
  stats.availability = await writeInBatches(target, {
    task: "availability",
    cypher: availabilityStatement(mode),
    rows: countingRows(
      mapRows(allAvailability(seed, scope, plan.services, plan.weights), (a) => availabilityRow(cited, a)),
      () => counts.availability++,
    ),
    total: estimatedAvailability(scope, plan),
    ...batch,
  });
  const articles = plannedArticles(seed, scope, plan, spec);
  stats.articles = await writeInBatches(target, {
    task: "articles",
    cypher: articleStatement(mode),
    rows: countingRows(
      (function* () {
        for (const { article, citations } of articles) {
          yield { ...articleRow(article), citations: citations.map((c) => citationRow(c, article)) };
        }
      })(),
      (row) => (counts.citations += row.citations.length),
    ),
    total: spec.articles,
    batchSize: Math.max(1, Math.floor(batch.batchSize / 5)),
    concurrency: batch.concurrency,
  });

  await driver.executeQuery(
    WRITE_GENERATED_SET,
    { properties: { scale: options.scale, seed, version: GENERATOR_VERSION, ...counts } },
    { database },
  );
  stats.total = Object.values(stats).reduce(addStats, emptyStats());
  return { status: "written", scale: options.scale, seed, mode, counts, stats };
}

/** Everything that is small enough to plan in memory; availability and articles are streamed. */
export function planDataset(seed: number, scope: Scope, spec: ScaleSpec) {
  const services = servicesOf(spec, OZG_SERVICES);
  return {
    services,
    weights: serviceWeights(seed, services),
    ...planOffices(seed, scope),
    ...planBodies(seed, scope),
  };
}

/** What the manifest counts; availability and citations are counted while they are written. */
export function plannedCounts(
  scope: Scope,
  plan: ReturnType<typeof planDataset>,
  spec: ScaleSpec,
): GeneratedCounts {
  return {
    municipalities: scope.municipalities.length,
    services: plan.services.length,
    bodies: plan.bodies.length,
    persons: plan.persons.length,
    tenures: plan.tenures.length,
    chairs: plan.chairs.length,
    availability: 0,
    articles: spec.articles,
    citations: 0,
  };
}

/** The articles, streamed: each with the facts it cites. */
export function plannedArticles(
  seed: number,
  scope: Scope,
  plan: ReturnType<typeof planDataset>,
  spec: ScaleSpec,
) {
  const { services, weights, tenures, chairs } = plan;
  return generateArticles({ seed, scope, services, weights, tenures, chairs }, spec.articles);
}

/** Each cited fact's first and last citation and oldest sources, from a first pass over the articles. */
export function citationsOf(
  seed: number,
  scope: Scope,
  plan: ReturnType<typeof planDataset>,
  spec: ScaleSpec,
  progress?: Progress,
): Map<string, CitedBy> {
  progress?.start("citations", spec.articles);
  const index = indexCitations(
    mapRows(plannedArticles(seed, scope, plan, spec), (entry) => {
      progress?.advance(1);
      return entry;
    }),
  );
  progress?.stop();
  return index;
}

/** For progress bars: municipalities offer 20-60% of the services, ~30% on average. */
export function estimatedAvailability(scope: Scope, plan: ReturnType<typeof planDataset>): number {
  return Math.round(scope.municipalities.length * plan.services.length * 0.3);
}

export function* allAvailability(
  seed: number,
  scope: Scope,
  services: readonly OzgService[],
  weights: readonly number[],
): Generator<AvailabilityRow> {
  for (const municipality of scope.municipalities)
    yield* availabilityOf(seed, municipality, services, weights);
}

function* mapRows<T, U>(rows: Iterable<T>, map: (row: T) => U): Generator<U> {
  for (const row of rows) yield map(row);
}

function* countingRows<T>(rows: Iterable<T>, onRow: (row: T) => void): Generator<T> {
  for (const row of rows) {
    onRow(row);
    yield row;
  }
}
