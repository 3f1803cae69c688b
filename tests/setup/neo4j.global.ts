/**
 * Starts one real Neo4j for the integration and e2e tests and hands its URI to them:
 * NEO4J_URI when set; else a testcontainers Neo4j when a Docker engine answers; else the
 * embedded launcher on a free port with a temporary data folder.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedNeo4j } from "../../src/db/embedded-neo4j.js";
import { dockerEngineAnswers } from "./docker.js";

declare module "vitest" {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jUser: string;
    neo4jPassword: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env.NEO4J_URI;
  if (external) {
    project.provide("neo4jUri", external);
    project.provide("neo4jUser", process.env.NEO4J_USER ?? "neo4j");
    project.provide("neo4jPassword", process.env.NEO4J_PASSWORD ?? "");
    return async () => {};
  }
  if (await dockerEngineAnswers()) {
    const { Neo4jContainer } = await import("@testcontainers/neo4j");
    const container = await new Neo4jContainer("neo4j:5.26-community").withApoc().start();
    project.provide("neo4jUri", container.getBoltUri());
    project.provide("neo4jUser", container.getUsername());
    project.provide("neo4jPassword", container.getPassword());
    return async () => {
      await container.stop();
    };
  }
  const home = mkdtempSync(path.join(os.tmpdir(), "govgraph-test-neo4j-"));
  const server = await startEmbeddedNeo4j({ home, port: 0, heap: "1g", pageCache: "256m" });
  project.provide("neo4jUri", server.uri);
  project.provide("neo4jUser", "neo4j");
  project.provide("neo4jPassword", "");
  return async () => {
    await server.stop();
    rmSync(home, { recursive: true, force: true });
  };
}
