/**
 * The language model: CoreNLP's server as a managed process and its HTTP client.
 */
export {
  createNlpClient,
  type NlpClient,
  nlpClientFromEnvironment,
  nlpClientOf,
  NlpError,
} from "./client.js";
export { fetchCoreNlp, startCoreNlp } from "./corenlp-server.js";
export { createNlpService, type NlpService } from "./nlp-service.js";
