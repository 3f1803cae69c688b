/**
 * The language model for a script: the CoreNLP server at GOVGRAPH_NLP_URL, or GovGraph's managed
 * one (started here, stopped by `close`). `readyMs` is how long it took to answer (model loading).
 */
import { loadConfig } from "../../src/config/env.js";
import { createNlpClient, createNlpService, type NlpClient } from "../../src/nlp/index.js";

export async function openNlp(): Promise<{ client: NlpClient; readyMs: number; close: () => Promise<void> }> {
  const service = createNlpService(loadConfig().nlp, (line) => console.error(line));
  const started = performance.now();
  const client = createNlpClient(await service.endpoint());
  await client.annotate("Der IT-Planungsrat tagt.");
  return { client, readyMs: performance.now() - started, close: () => service.close() };
}
