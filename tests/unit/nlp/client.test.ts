import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createNlpClient, MAX_REQUEST_CHARS, NlpError } from "../../../src/nlp/client.js";

// A small HTTP server in the shape of CoreNLP's: it answers each text with one sentence whose one
// token spans the whole text, so offsets and pieces can be checked; some paths misbehave.
let server: Server;
let base: string;
const received: string[] = [];
const asked: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    request.on("end", () => {
      received.push(body);
      const path = request.url ?? "";
      asked.push(new URL(path, "http://localhost").searchParams.get("properties") ?? "");
      if (path.startsWith("/slow")) return void setTimeout(() => response.end("{}"), 2_000);
      if (path.startsWith("/broken")) return void response.writeHead(500).end("out of memory");
      if (path.startsWith("/nonsense")) return void response.end("<html>");
      const token = { index: 1, word: "x", originalText: "x", pos: "NOUN", ner: "O" };
      response.setHeader("content-type", "application/json");
      response.end(
        JSON.stringify({
          sentences: [
            {
              index: 0,
              tokens: [{ ...token, characterOffsetBegin: 0, characterOffsetEnd: body.length }],
              basicDependencies: [{ dep: "ROOT", governor: 0, dependent: 1 }],
            },
          ],
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const codeOf = async (promise: Promise<unknown>) => {
  try {
    await promise;
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(NlpError);
    return (error as NlpError).code;
  }
};

describe("the CoreNLP client", () => {
  it("asks for the German pipeline in JSON and returns typed sentences, tokens and dependencies", async () => {
    const document = await createNlpClient({ url: base }).annotate("Hessen übernimmt den Vorsitz.");
    expect(document.sentences[0]).toEqual({
      index: 0,
      tokens: [expect.objectContaining({ word: "x", pos: "NOUN", ner: "O", characterOffsetEnd: 29 })],
      basicDependencies: [{ dep: "ROOT", governor: 0, dependent: 1 }],
    });
  });

  it("asks for a sentence break at every line end: a heading never runs into the paragraph after it", async () => {
    asked.length = 0;
    await createNlpClient({ url: base }).annotate("Neue Leitung\nAnna Keller übernimmt das Amt.");
    expect(JSON.parse(asked[0]!)).toMatchObject({ "ssplit.newlineIsSentenceBreak": "always" });
  });

  it("sends a text longer than the server accepts in pieces and keeps the offsets of the whole", async () => {
    received.length = 0;
    const line = `${"Wort ".repeat(999)}Ende.\n`;
    const text = line.repeat(Math.ceil((MAX_REQUEST_CHARS * 2.5) / line.length));
    const document = await createNlpClient({ url: base }).annotate(text);
    expect(received.length).toBe(3);
    expect(received.join("")).toBe(text);
    const spans = document.sentences.map((s) => [
      s.tokens[0]!.characterOffsetBegin,
      s.tokens[0]!.characterOffsetEnd,
    ]);
    expect(spans[0]![0]).toBe(0);
    expect(spans.at(-1)![1]).toBe(text.length);
    for (let i = 1; i < spans.length; i += 1) expect(spans[i]![0]).toBe(spans[i - 1]![1]);
  });

  it("names an unreachable service, a slow one and a broken answer by stable codes", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    expect(await codeOf(createNlpClient({ url: `http://127.0.0.1:${port}` }).annotate("Text."))).toBe(
      "NLP_UNAVAILABLE",
    );
    expect(await codeOf(createNlpClient({ url: `${base}/slow`, timeoutMs: 200 }).annotate("Text."))).toBe(
      "NLP_TIMEOUT",
    );
    expect(await codeOf(createNlpClient({ url: `${base}/broken` }).annotate("Text."))).toBe("NLP_FAILED");
    expect(await codeOf(createNlpClient({ url: `${base}/nonsense` }).annotate("Text."))).toBe("NLP_FAILED");
  });

  it("does not ask the service about an empty text", async () => {
    received.length = 0;
    expect(await createNlpClient({ url: base }).annotate("  \n ")).toEqual({ sentences: [] });
    expect(received).toEqual([]);
  });
});
