/**
 * The bulk writer: one Cypher statement that starts with `UNWIND $rows AS row`, run once per
 * batch, each batch its own managed write transaction (retried by the driver on transient
 * errors). With `concurrency` > 1 the next batches are sent while earlier ones are committing,
 * which keeps the server busy while Node prepares rows.
 */
import type { Driver } from "neo4j-driver";
import { inBatches } from "./batches.js";
import { silentProgress, type Progress } from "./progress.js";
import { emptyStats, type WriteStats } from "./write-stats.js";

export interface BatchWrite<Row> {
  /** Shown on the progress bar. */
  task: string;
  /** A statement reading `$rows`. Idempotent statements (MERGE on ids) make the whole write idempotent. */
  cypher: string;
  rows: Iterable<Row>;
  /** Known or estimated row count, for the progress bar. */
  total?: number;
  batchSize?: number;
  concurrency?: number;
  /** Extra parameters passed along with every batch. */
  parameters?: Record<string, unknown>;
}

export interface WriteTarget {
  driver: Driver;
  database: string;
  progress?: Progress;
}

export const DEFAULT_BATCH_SIZE = 5_000;

export async function writeInBatches<Row>(target: WriteTarget, write: BatchWrite<Row>): Promise<WriteStats> {
  const progress = target.progress ?? silentProgress;
  const stats = emptyStats();
  const startedAt = performance.now();
  const inFlight = new Set<Promise<void>>();
  const concurrency = Math.max(1, write.concurrency ?? 1);
  progress.start(write.task, write.total ?? 0);
  try {
    for (const batch of inBatches(write.rows, write.batchSize ?? DEFAULT_BATCH_SIZE)) {
      const pending: Promise<void> = runBatch(target, write, batch, stats).finally(() =>
        inFlight.delete(pending),
      );
      inFlight.add(pending);
      if (inFlight.size >= concurrency) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
  } finally {
    // A failed batch must not leave the others running unobserved.
    await Promise.allSettled(inFlight);
    progress.stop();
  }
  stats.seconds = (performance.now() - startedAt) / 1000;
  return stats;

  async function runBatch(t: WriteTarget, w: BatchWrite<Row>, rows: Row[], into: WriteStats): Promise<void> {
    const { summary } = await t.driver.executeQuery(
      w.cypher,
      { ...w.parameters, rows },
      { database: t.database, routing: "WRITE" },
    );
    const counters = summary.counters.updates();
    into.rows += rows.length;
    into.nodesCreated += counters.nodesCreated;
    into.relationshipsCreated += counters.relationshipsCreated;
    into.propertiesSet += counters.propertiesSet;
    progress.advance(rows.length);
  }
}
