/**
 * Starts and stops the embedded Neo4j (neo4j/, a Maven project with one launcher class).
 * The Java process reads nothing from stdin; when the stream closes it shuts down, so it never
 * outlives the Node process that started it, even if that one is killed.
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import readline from "node:readline";
import { projectRoot } from "../config/env.js";
import { raceChildStart, RecentLines, stopChild } from "../jvm/child-process.js";
import { runMavenPackage } from "../jvm/maven.js";

export interface EmbeddedOptions {
  home: string;
  /** 0 picks a free port. */
  port: number;
  heap: string;
  pageCache: string;
  /** Lines of the launcher's output, for progress and diagnosis. */
  log?: (line: string) => void;
}

export interface EmbeddedNeo4j {
  uri: string;
  pid: number;
  stop(): Promise<void>;
}

const neo4jDir = path.join(projectRoot, "neo4j");
const target = path.join(neo4jDir, "target");
const READY = /^GOVGRAPH_NEO4J_READY (bolt:\/\/\S+)$/;
const START_TIMEOUT_MS = 180_000;

export function isLauncherBuilt(): boolean {
  return ["classes/org/govgraph/neo4j/EmbeddedNeo4j.class", "classpath.txt", "plugins"].every((entry) =>
    existsSync(path.join(target, entry)),
  );
}

/** Compiles the launcher and fetches the Neo4j and APOC jars (cached by Maven after the first run). */
export async function buildLauncher(log?: (line: string) => void): Promise<void> {
  if (!isLauncherBuilt()) await runMavenPackage(neo4jDir, "Neo4j", log);
}

const plugins = path.join(target, "plugins");

/** The launcher's classes, the Neo4j jars Maven fetched, and APOC. Also carries `neo4j-admin`. */
export function launcherClasspath(): string {
  return [
    path.join(target, "classes"),
    readFileSync(path.join(target, "classpath.txt"), "utf8").trim(),
    // APOC's extension factories (which register apoc.ApocConfig) are found on the classpath only;
    // its procedures are registered from plugin_dir. The same jars serve both.
    path.join(plugins, "*"),
  ].join(path.delimiter);
}

function javaArguments(options: EmbeddedOptions): string[] {
  const classpath = launcherClasspath();
  return [
    `-Xms${options.heap}`,
    `-Xmx${options.heap}`,
    "-XX:+UseG1GC",
    "-XX:+ExitOnOutOfMemoryError",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--add-opens=java.base/java.lang=ALL-UNNAMED",
    "-cp",
    classpath,
    "org.govgraph.neo4j.EmbeddedNeo4j",
    "--home",
    options.home,
    "--port",
    String(options.port),
    "--pagecache",
    options.pageCache,
    "--plugins",
    plugins,
  ];
}

/** The embedded Neo4j's Bolt port is taken: said in one line (Neo4j itself ends in a stack trace). */
export class PortInUseError extends Error {
  constructor(readonly port: number) {
    super(
      `Bolt port ${port} is in use: is GovGraph (npm start) or another Neo4j running? Stop it, point NEO4J_URI at it, or pick another NEO4J_EMBEDDED_PORT.`,
    );
    this.name = "PortInUseError";
  }
}

/** Whether something already listens on the port (another GovGraph, a Neo4j server). */
function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer()
      .once("error", () => resolve(true))
      .once("listening", () => probe.close(() => resolve(false)))
      .listen(port, "127.0.0.1");
  });
}

export async function startEmbeddedNeo4j(options: EmbeddedOptions): Promise<EmbeddedNeo4j> {
  if (options.port !== 0 && (await portInUse(options.port))) throw new PortInUseError(options.port);
  await buildLauncher(options.log);
  const child = spawn("java", javaArguments(options), { stdio: ["pipe", "pipe", "pipe"] });
  const recent = new RecentLines(40, options.log);
  const ready = new Promise<string>((resolve) => {
    readline.createInterface({ input: child.stdout! }).on("line", (line) => {
      const match = READY.exec(line);
      if (match?.[1]) resolve(match[1]);
      else recent.add(line);
    });
  });
  readline.createInterface({ input: child.stderr! }).on("line", (line) => recent.add(line));
  const uri = await raceChildStart(child, ready, {
    name: "Embedded Neo4j",
    timeoutMs: START_TIMEOUT_MS,
    recent,
  });
  return { uri, pid: child.pid ?? -1, stop: () => stopChild(child) };
}
