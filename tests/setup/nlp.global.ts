/**
 * Starts one Stanford CoreNLP server (German models) for the tests that extract facts, and hands
 * its endpoint to them: GOVGRAPH_NLP_URL when set, else the managed server on a free port.
 */
import type { TestProject } from "vitest/node";
import { startCoreNlp } from "../../src/nlp/corenlp-server.js";
import { endpointFromUrl, type NlpEndpoint } from "../../src/nlp/endpoint.js";

declare module "vitest" {
  export interface ProvidedContext {
    nlpEndpoint: NlpEndpoint;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env.GOVGRAPH_NLP_URL;
  if (external) {
    project.provide("nlpEndpoint", endpointFromUrl(external));
    return async () => {};
  }
  const server = await startCoreNlp({ heap: "3g", port: 0, threads: 2 });
  project.provide("nlpEndpoint", server.endpoint);
  return () => server.stop();
}
