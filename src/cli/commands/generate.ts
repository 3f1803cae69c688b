/**
 * `govgraph generate --scale small|de [--seed N] [--clear] [--offline [--replace]]`: a
 * deterministic dataset on top of the municipal layer.
 */
import { InvalidArgumentError, type Command } from "commander";
import { describeStats, terminalProgress } from "../../bulk/index.js";
import {
  clearGenerated,
  DEFAULT_SEED,
  generateDataset,
  GeneratedSetConflictError,
  isScale,
  type Scale,
  SCALES,
} from "../../generate/index.js";
import { exitWith } from "../exit-codes.js";
import type { Runtime } from "../runtime.js";
import { generateOffline } from "./generate-offline.js";

function parseScale(value: string): Scale {
  if (!isScale(value)) throw new InvalidArgumentError(`one of ${SCALES.join(", ")}`);
  return value;
}

function parseSeed(value: string): number {
  const seed = Number(value);
  if (!Number.isSafeInteger(seed)) throw new InvalidArgumentError("an integer");
  return seed;
}

export function register(program: Command, runtime: () => Runtime): void {
  program
    .command("generate")
    .description(
      "write a generated, deterministic dataset (OZG services, availability, offices, chairs, articles)",
    )
    .option("--scale <scale>", `${SCALES.join(" | ")}`, parseScale, "small" as Scale)
    .option("--seed <n>", "seed of the generator", parseSeed, DEFAULT_SEED)
    .option("--clear", "remove the generated data first (alone: remove it and stop)")
    .option("--concurrency <n>", "batches in flight", parseSeed, 1)
    .option("--offline", "load register and set with neo4j-admin import into a new embedded store (fast)")
    .option("--replace", "with --offline: replace an existing embedded store")
    .action(
      async (
        options: {
          scale: Scale;
          seed: number;
          clear?: boolean;
          concurrency: number;
          offline?: boolean;
          replace?: boolean;
        },
        command: Command,
      ) => {
        if (options.offline) return generateOffline(runtime(), options);
        const db = await runtime().openDb();
        try {
          const scaleGiven = command.getOptionValueSource("scale") === "cli";
          if (options.clear && !scaleGiven) {
            const deleted = await clearGenerated(db.driver, db.database);
            console.log(`Removed ${deleted} generated nodes.`);
            return;
          }
          const result = await generateDataset(db.driver, db.database, {
            scale: options.scale,
            seed: options.seed,
            clear: options.clear,
            concurrency: options.concurrency,
            progress: terminalProgress(),
          }).catch((error: unknown) => {
            if (!(error instanceof GeneratedSetConflictError)) throw error;
            console.error(error.message);
            exitWith("CONFLICT");
            return undefined;
          });
          if (!result) return;
          if (result.status === "already-present") {
            console.log(
              `The generated set (scale ${result.scale}, seed ${result.seed}) is already present; nothing to do.`,
            );
            return;
          }
          console.log(
            `Generated scale ${result.scale} with seed ${result.seed} (${result.mode}): ${JSON.stringify(result.counts)}`,
          );
          for (const [part, stats] of Object.entries(result.stats))
            console.log(`  ${part.padEnd(13)} ${describeStats(stats)}`);
        } finally {
          await db.close();
        }
      },
    );
}
