/** `govgraph neo4j start|stop|build`: the embedded Neo4j on its own, for tools and other clients. */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Command } from "commander";
import { buildLauncher, startEmbeddedNeo4j } from "../../db/index.js";
import { onShutdown, type Runtime } from "../runtime.js";

const pidFile = (home: string): string => path.join(home, "govgraph-neo4j.pid");

export function register(program: Command, runtime: () => Runtime): void {
  const neo4j = program.command("neo4j").description("the embedded Neo4j");
  neo4j
    .command("build")
    .description("fetch the Neo4j and APOC jars with Maven and compile the launcher")
    .action(async () => {
      await buildLauncher((line) => console.error(line));
      console.log("Embedded Neo4j is built.");
    });
  neo4j
    .command("start")
    .description("run the embedded Neo4j in the foreground until Ctrl-C")
    .action(async () => {
      const { embedded } = runtime().config;
      mkdirSync(embedded.home, { recursive: true });
      const server = await startEmbeddedNeo4j(embedded);
      writeFileSync(pidFile(embedded.home), String(process.pid));
      onShutdown(async () => {
        await server.stop();
        rmSync(pidFile(embedded.home), { force: true });
      });
      console.log(`Neo4j is running at ${server.uri} (Ctrl-C stops it)`);
    });
  neo4j
    .command("stop")
    .description("stop an embedded Neo4j started with `govgraph neo4j start`")
    .action(() => {
      const file = pidFile(runtime().config.embedded.home);
      if (!existsSync(file)) {
        console.log("No embedded Neo4j is running.");
        return;
      }
      process.kill(Number(readFileSync(file, "utf8")), "SIGTERM");
      console.log("Sent SIGTERM to the embedded Neo4j.");
    });
}
