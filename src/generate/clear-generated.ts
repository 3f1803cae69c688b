/**
 * Removes everything the generator wrote (nodes with `generated: true`), in batches. Day and
 * Year nodes it created stay when real facts hang on them.
 */
import type { Driver } from "neo4j-driver";
import { AVAILABILITY_LABEL } from "./availability.js";

const GENERATED_LABELS = [
  "GeneratedSet",
  AVAILABILITY_LABEL,
  "Article",
  "Tenure",
  "Chairmanship",
  "Person",
  "Project",
  "Organization",
];

export async function clearGenerated(driver: Driver, database: string): Promise<number> {
  const session = driver.session({ database });
  let deleted = 0;
  try {
    const run = async (cypher: string): Promise<void> => {
      // CALL ... IN TRANSACTIONS needs an auto-commit transaction, hence session.run.
      const result = await session.run(cypher);
      deleted += result.summary.counters.updates().nodesDeleted;
    };
    for (const label of GENERATED_LABELS) {
      await run(
        `MATCH (n:${label}) WHERE n.generated = true CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS`,
      );
    }
    await run(
      "MATCH (d:Day) WHERE d.generated = true AND NOT EXISTS { (d)<--() } CALL (d) { DETACH DELETE d } IN TRANSACTIONS OF 10000 ROWS",
    );
    await run(
      "MATCH (y:Year) WHERE y.generated = true AND NOT EXISTS { (y)<--() } CALL (y) { DETACH DELETE y } IN TRANSACTIONS OF 10000 ROWS",
    );
  } finally {
    await session.close();
  }
  return deleted;
}
