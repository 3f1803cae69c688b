/**
 * The language model as the rest of GovGraph sees it: an endpoint that is ready when asked for.
 * With GOVGRAPH_NLP_URL it is the user's own CoreNLP server; otherwise GovGraph starts CoreNLP
 * itself, once, on first use (or at once with `start()`, as the API server does in the background
 * so the first import does not wait for the models to load), and stops it on close.
 */
import type { Config } from "../config/env.js";
import { startCoreNlp, type CoreNlpServer } from "./corenlp-server.js";
import { endpointFromUrl, type NlpEndpoint } from "./endpoint.js";

export interface NlpService {
  /** "external" (GOVGRAPH_NLP_URL) or "managed" (started by GovGraph). */
  source: "external" | "managed";
  /** Starts the managed server if it is not running yet; resolves when it annotates. */
  endpoint(): Promise<NlpEndpoint>;
  /** Starts the managed server now without waiting; a failure is reported to `log` and retried on the next endpoint(). */
  start(): void;
  close(): Promise<void>;
}

export function createNlpService(config: Config["nlp"], log: (line: string) => void = () => {}): NlpService {
  if (config.url) {
    const endpoint = endpointFromUrl(config.url);
    return {
      source: "external",
      endpoint: () => Promise.resolve(endpoint),
      start: () => {},
      close: async () => {},
    };
  }
  let server: Promise<CoreNlpServer> | undefined;
  const launch = (): Promise<CoreNlpServer> => {
    if (!server) {
      const started = performance.now();
      log("Starting Stanford CoreNLP (German models)...");
      server = startCoreNlp(config.managed).then(
        (running) => {
          log(`Stanford CoreNLP ready after ${((performance.now() - started) / 1000).toFixed(1)} s`);
          return running;
        },
        (error: unknown) => {
          server = undefined;
          throw error;
        },
      );
    }
    return server;
  };
  return {
    source: "managed",
    endpoint: async () => (await launch()).endpoint,
    start: () => {
      launch().catch((error: unknown) => log(`Stanford CoreNLP did not start: ${String(error)}`));
    },
    close: async () => {
      const running = server;
      server = undefined;
      if (running) await (await running.catch(() => undefined))?.stop();
    },
  };
}
