import { describe, expect, it } from "vitest";
import { loadConfig } from "../../../src/config/env.js";
import { authorizationHeader, endpointFromUrl } from "../../../src/nlp/endpoint.js";

describe("the language model's endpoint", () => {
  it("takes credentials out of GOVGRAPH_NLP_URL and sends them as basic auth", () => {
    const endpoint = endpointFromUrl("http://govgraph:s%40cret@127.0.0.1:9000/");
    expect(endpoint).toEqual({ url: "http://127.0.0.1:9000/", username: "govgraph", password: "s@cret" });
    expect(authorizationHeader(endpoint)).toEqual({
      authorization: `Basic ${Buffer.from("govgraph:s@cret").toString("base64")}`,
    });
  });

  it("sends no Authorization header to a server without credentials", () => {
    expect(authorizationHeader(endpointFromUrl("http://nlp.example:9000"))).toEqual({});
  });

  it("starts the managed CoreNLP unless GOVGRAPH_NLP_URL is set", () => {
    expect(loadConfig({}).nlp).toEqual({ url: undefined, managed: { heap: "3g", port: 0, threads: 2 } });
    expect(loadConfig({ GOVGRAPH_NLP_URL: "http://10.0.0.5:9000" }).nlp.url).toBe("http://10.0.0.5:9000");
  });

  it("refuses a language model URL that is not http", () => {
    expect(() => loadConfig({ GOVGRAPH_NLP_URL: "bolt://localhost:7687" })).toThrow(/GOVGRAPH_NLP_URL/);
  });
});
