/** Builds the executable schema: @neo4j/graphql's generated API plus the first-class queries. */
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { Neo4jGraphQL } from "@neo4j/graphql";
import type { GraphQLSchema } from "graphql";
import type { Driver } from "neo4j-driver";
import { projectRoot, type Config } from "../config/env.js";
import { loadReferenceData, type ReferenceData } from "../importer/index.js";
import { cacheable } from "./cache/response-cache.js";
import { importerResolvers } from "./importer-resolvers.js";
import { pageMaxima } from "./limits/paging-arguments.js";
import { ozgResolvers } from "./ozg-resolvers.js";
import { makeDatesStrict } from "./strict-dates.js";
import { makeZeroPagesEmpty } from "./zero-pages.js";
import { firstClassResolvers } from "./resolvers.js";

export const SCHEMA_FILES = ["typeDefs.graphql", "first-class.graphql", "ozg.graphql", "importer.graphql"];

export function readTypeDefs(): string {
  return SCHEMA_FILES.map((file) => readFileSync(path.join(projectRoot, "schema", file), "utf8")).join("\n");
}

export async function buildSchema(
  driver: Driver,
  auth: Config["auth"],
  extra: { typeDefs?: string; resolvers?: Record<string, Record<string, unknown>> } = {},
): Promise<GraphQLSchema> {
  let reference: ReferenceData | undefined;
  // The gazetteer's input (reference files and the municipal register) is read on the first import.
  const importer = importerResolvers(() => (reference ??= loadReferenceData()));
  const resolvers: Record<string, Record<string, unknown>> = {};
  for (const part of [
    cacheable(firstClassResolvers),
    cacheable(ozgResolvers),
    importer,
    extra.resolvers ?? {},
  ]) {
    for (const [type, fields] of Object.entries(part)) resolvers[type] = { ...resolvers[type], ...fields };
  }
  const typeDefs = [readTypeDefs(), extra.typeDefs ?? ""].join("\n");
  const neoSchema = new Neo4jGraphQL({
    typeDefs,
    driver,
    resolvers,
    features: {
      authorization: {
        // Without a configured secret no token can pass: a random key nobody knows.
        key: auth.secret ?? (auth.jwksUrl ? { url: auth.jwksUrl } : randomBytes(32).toString("hex")),
      },
    },
  });
  const schema = await neoSchema.getSchema();
  makeDatesStrict(schema);
  makeZeroPagesEmpty(schema, pageMaxima(typeDefs));
  return schema;
}
