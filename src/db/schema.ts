/** Applies schema/constraints.cypher: every statement is idempotent (IF NOT EXISTS). */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { projectRoot } from "../config/env.js";

export function constraintStatements(): string[] {
  const text = readFileSync(path.join(projectRoot, "schema", "constraints.cypher"), "utf8");
  return text
    .split("\n")
    .filter((line) => !line.trim().startsWith("//"))
    .join("\n")
    .split(";")
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}

export async function applySchema(driver: Driver, database: string): Promise<void> {
  for (const statement of constraintStatements()) {
    await driver.executeQuery(statement, {}, { database });
  }
  await driver.executeQuery("CALL db.awaitIndexes(300)", {}, { database });
}
