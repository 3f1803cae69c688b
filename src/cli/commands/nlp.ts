/** `govgraph nlp fetch|start`: Stanford CoreNLP with the German models on its own, for other tools. */
import type { Command } from "commander";
import { fetchCoreNlp, startCoreNlp } from "../../nlp/index.js";
import { onShutdown, type Runtime } from "../runtime.js";

export function register(program: Command, runtime: () => Runtime): void {
  const nlp = program.command("nlp").description("the language model (Stanford CoreNLP, German)");
  nlp
    .command("fetch")
    .description("fetch Stanford CoreNLP and its German models from Maven Central")
    .action(async () => {
      await fetchCoreNlp((line) => console.error(line));
      console.log("Stanford CoreNLP is fetched.");
    });
  nlp
    .command("start")
    .description("run the CoreNLP server in the foreground until Ctrl-C (prints its URL with credentials)")
    .action(async () => {
      const server = await startCoreNlp(runtime().config.nlp.managed);
      onShutdown(() => server.stop());
      const url = new URL(server.endpoint.url);
      url.username = server.endpoint.username ?? "";
      url.password = server.endpoint.password ?? "";
      console.log(`Stanford CoreNLP is running; GOVGRAPH_NLP_URL=${url.toString()} (Ctrl-C stops it)`);
    });
}
