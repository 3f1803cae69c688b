import { inject } from "vitest";
import { describe, expect, it } from "vitest";
import { ANNOTATORS } from "../../src/nlp/corenlp-server.js";
import { authorizationHeader, type NlpEndpoint } from "../../src/nlp/endpoint.js";

const properties = encodeURIComponent(JSON.stringify({ annotators: ANNOTATORS, outputFormat: "json" }));

function annotate(endpoint: NlpEndpoint, text: string, withCredentials = true): Promise<Response> {
  return fetch(`${endpoint.url}?properties=${properties}`, {
    method: "POST",
    headers: withCredentials ? authorizationHeader(endpoint) : {},
    body: text,
  });
}

interface Annotated {
  sentences: { tokens: { word: string; pos: string; ner: string }[]; basicDependencies: { dep: string }[] }[];
}

describe("the Stanford CoreNLP server", () => {
  const endpoint = inject("nlpEndpoint");

  it("answers German text with part-of-speech tags, named entities and a dependency parse", async () => {
    const response = await annotate(endpoint, "Daniela Dylakiewicz ist neue CIO des Freistaates Sachsen.");
    expect(response.status).toBe(200);
    const body = (await response.json()) as Annotated;
    const tokens = body.sentences[0]!.tokens;
    expect(tokens.map((token) => token.word)).toContain("Dylakiewicz");
    expect(tokens.find((token) => token.word === "Dylakiewicz")?.ner).toBe("PERSON");
    expect(tokens.find((token) => token.word === "ist")?.pos).toBe("AUX");
    expect(body.sentences[0]!.basicDependencies.map((edge) => edge.dep)).toContain("nsubj");
  });

  it.runIf(!process.env.GOVGRAPH_NLP_URL)(
    "refuses a request without the credentials it was started with",
    async () => {
      const response = await annotate(endpoint, "Ein Satz.", false);
      expect(response.status).toBe(401);
    },
  );
});
