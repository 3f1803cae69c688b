/** `govgraph seed`: loads the curated reference data and facts; running it twice changes nothing. */
import type { Command } from "commander";
import { seedDatabase } from "../../seed/index.js";
import type { Runtime } from "../runtime.js";

export function register(program: Command, runtime: () => Runtime): void {
  program
    .command("seed")
    .description(
      "load the municipal register (unless GOVGRAPH_SEED_MUNICIPALITIES=false), the curated reference data and facts (idempotent)",
    )
    .action(async () => {
      const { config, openDb } = runtime();
      const db = await openDb();
      try {
        const result = await seedDatabase(db.driver, db.database, {
          municipalities: config.seedMunicipalities,
        });
        if (result.register)
          console.log(
            `Register: ${result.register.counties} counties, ${result.register.municipalities} municipalities.`,
          );
        console.log(
          `Entities: ${result.entities}. Articles: ${result.articles.created} created, ${result.articles.updated} updated, ` +
            `${result.articles.unchanged} unchanged. Facts: ${result.facts.created} created, ${result.facts.merged} merged.`,
        );
      } finally {
        await db.close();
      }
    });
}
