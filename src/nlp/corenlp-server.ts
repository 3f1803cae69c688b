/**
 * Starts and stops Stanford CoreNLP's own HTTP server (edu.stanford.nlp.pipeline.StanfordCoreNLPServer)
 * with the German models, from the jars Maven fetched into nlp/. CoreNLP is GPL-3.0-or-later:
 * GovGraph runs it as a separate program and speaks to it over HTTP only.
 *
 * CoreNLP's server listens on every interface and has no option to bind loopback only, so each
 * start gets random basic-auth credentials (only this process knows them) and a block list of
 * every IPv4 subnet but 127.0.0.0/8. A small shell wrapper ends the JVM when its stdin closes,
 * so the server never outlives the Node process that started it, even when that one is killed.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { projectRoot } from "../config/env.js";
import { raceChildStart, RecentLines, stopChild } from "../jvm/child-process.js";
import { runMavenPackage } from "../jvm/maven.js";
import { authorizationHeader, type NlpEndpoint } from "./endpoint.js";

export interface CoreNlpOptions {
  /** JVM heap, e.g. "3g": the German models need about 2.5 GB. */
  heap: string;
  /** 0 picks a free port. */
  port: number;
  /** Requests annotated at once. */
  threads: number;
  log?: (line: string) => void;
}

export interface CoreNlpServer {
  endpoint: NlpEndpoint;
  pid: number;
  stop(): Promise<void>;
}

/** What the importer asks for: tokens, sentences, UD tags, named entities and the UD dependency parse. */
export const ANNOTATORS = "tokenize,ssplit,mwt,pos,ner,depparse";
const nlpDir = path.join(projectRoot, "nlp");
const classpathFile = path.join(nlpDir, "target", "classpath.txt");
const START_TIMEOUT_MS = 240_000;

/** Every IPv4 address except 127.0.0.0/8, as CoreNLP's -blockList expects them. */
const NON_LOOPBACK_SUBNETS = [
  "0.0.0.0/2",
  "64.0.0.0/3",
  "96.0.0.0/4",
  "112.0.0.0/5",
  "120.0.0.0/6",
  "124.0.0.0/7",
  "126.0.0.0/8",
  "128.0.0.0/1",
];

export function isCoreNlpFetched(): boolean {
  return existsSync(classpathFile);
}

/** Fetches CoreNLP and its German models from Maven Central (cached in ~/.m2 after the first run). */
export async function fetchCoreNlp(log?: (line: string) => void): Promise<void> {
  if (!isCoreNlpFetched()) await runMavenPackage(nlpDir, "Stanford CoreNLP", log);
}

export async function startCoreNlp(options: CoreNlpOptions): Promise<CoreNlpServer> {
  await fetchCoreNlp(options.log);
  const port = options.port || (await freePort());
  const username = "govgraph";
  const password = randomBytes(24).toString("hex");
  const workDir = mkdtempSync(path.join(os.tmpdir(), "govgraph-corenlp-"));
  const blockList = path.join(workDir, "blocklist.txt");
  writeFileSync(blockList, `${NON_LOOPBACK_SUBNETS.join("\n")}\n`);
  const java = [
    `-Xmx${options.heap}`,
    "-XX:+UseG1GC",
    "-XX:+ExitOnOutOfMemoryError",
    "-cp",
    readFileSync(classpathFile, "utf8").trim(),
    "edu.stanford.nlp.pipeline.StanfordCoreNLPServer",
    ...["-port", String(port), "-serverProperties", "StanfordCoreNLP-german.properties"],
    ...["-preload", ANNOTATORS, "-timeout", "60000", "-threads", String(options.threads)],
    ...["-maxCharLength", "200000", "-quiet", "true", "-blockList", blockList],
    ...["-username", username, "-password", password],
  ];
  // The JVM runs in the background of a shell that waits for its own stdin to close, then ends it.
  const wrapper =
    "java \"$@\" & pid=$!; trap 'kill $pid; wait $pid; exit 0' TERM; cat >/dev/null; kill $pid; wait $pid";
  const child = spawn("sh", ["-c", wrapper, "corenlp", ...java], {
    cwd: workDir,
    stdio: ["pipe", "pipe", "pipe"],
  });
  const recent = new RecentLines(40, options.log);
  recent.follow(child);
  const endpoint: NlpEndpoint = { url: `http://127.0.0.1:${port}/`, username, password };
  const cleanUp = (): void => rmSync(workDir, { recursive: true, force: true });
  try {
    await raceChildStart(child, waitUntilAnnotating(endpoint), {
      name: "Stanford CoreNLP",
      timeoutMs: START_TIMEOUT_MS,
      recent,
    });
  } catch (error) {
    await stopChild(child);
    cleanUp();
    throw error;
  }
  return {
    endpoint,
    pid: child.pid ?? -1,
    stop: async () => {
      await stopChild(child);
      cleanUp();
    },
  };
}

/** Polls until the server annotates a sentence: the models are loaded and the credentials work. */
async function waitUntilAnnotating(endpoint: NlpEndpoint): Promise<void> {
  const properties = encodeURIComponent(JSON.stringify({ annotators: ANNOTATORS, outputFormat: "json" }));
  for (;;) {
    try {
      const response = await fetch(`${endpoint.url}?properties=${properties}`, {
        method: "POST",
        headers: { ...authorizationHeader(endpoint), "content-type": "text/plain; charset=utf-8" },
        body: "Der IT-Planungsrat tagt in Berlin.",
        signal: AbortSignal.timeout(60_000),
      });
      await response.arrayBuffer();
      if (response.ok) return;
      if (response.status === 401) throw new Error("CoreNLP refused the credentials it was started with");
    } catch (error) {
      if (error instanceof Error && error.message.includes("credentials")) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
