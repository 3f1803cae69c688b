/**
 * HTTP client for a Stanford CoreNLP server with the German models: one request annotates a
 * whole article (tokenize, ssplit, mwt, pos, ner, depparse) and returns the typed document.
 * The server's address comes from the caller. Failures carry a stable `NlpError.code`:
 * `NLP_UNAVAILABLE` (nothing answers at the address), `NLP_TIMEOUT` (no answer in time),
 * `NLP_FAILED` (the server answered with an error or with something that is not a parse).
 */
import { codesOf, type ErrorCodeOf } from "../errors/codes.js";
import { authorizationHeader, endpointFromUrl, type NlpEndpoint } from "./endpoint.js";
import type { NlpService } from "./nlp-service.js";
import type { NlpDependency, NlpDocument, NlpSentence, NlpToken } from "./types.js";

export const NLP_ERROR_CODES = codesOf("nlp");
export type NlpErrorCode = ErrorCodeOf<"nlp">;

export class NlpError extends Error {
  constructor(
    readonly code: NlpErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "NlpError";
  }
}

export const ANNOTATORS = "tokenize,ssplit,mwt,pos,ner,depparse";
/** Enough for a long article on a busy 2-core machine; the server's own limit is 60 s. */
export const DEFAULT_TIMEOUT_MS = 60_000;
/** CoreNLP's server refuses texts over 100,000 characters; longer ones go in pieces cut at line ends. */
export const MAX_REQUEST_CHARS = 50_000;

export interface NlpClient {
  /** Annotates one text (a whole article) in one request. */
  annotate(text: string): Promise<NlpDocument>;
}

/** The server's base address (e.g. http://127.0.0.1:9011) and its credentials, if it asks for them. */
export interface NlpClientOptions extends NlpEndpoint {
  timeoutMs?: number;
}

export function createNlpClient(options: NlpClientOptions): NlpClient {
  // A line is a paragraph (or a heading): no sentence runs on over its end.
  const properties = JSON.stringify({
    annotators: ANNOTATORS,
    outputFormat: "json",
    "ssplit.newlineIsSentenceBreak": "always",
  });
  const endpoint = new URL(options.url);
  endpoint.searchParams.set("properties", properties);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const headers = { "content-type": "text/plain; charset=utf-8", ...authorizationHeader(options) };
  return {
    async annotate(text: string): Promise<NlpDocument> {
      const sentences: NlpSentence[] = [];
      for (const piece of pieces(text)) {
        if (piece.text.trim() === "") continue;
        const document = toDocument(await post(endpoint, headers, piece.text, timeoutMs));
        sentences.push(...document.sentences.map((sentence) => shifted(sentence, piece.offset)));
      }
      return { sentences };
    },
  };
}

async function post(
  endpoint: URL,
  headers: Record<string, string>,
  text: string,
  timeoutMs: number,
): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: "POST",
      headers,
      body: text,
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const name = error instanceof Error ? error.name : "";
    if (name === "TimeoutError" || name === "AbortError")
      throw new NlpError(
        "NLP_TIMEOUT",
        `no answer from the NLP service at ${endpoint.origin} in ${timeoutMs} ms`,
      );
    throw new NlpError("NLP_UNAVAILABLE", `the NLP service at ${endpoint.origin} is not reachable`);
  }
  const payload = await response.text();
  if (!response.ok)
    throw new NlpError("NLP_FAILED", `the NLP service answered ${response.status}: ${payload.slice(0, 200)}`);
  try {
    return JSON.parse(payload) as unknown;
  } catch {
    throw new NlpError("NLP_FAILED", "the NLP service answered with something that is not JSON");
  }
}

/** The text in pieces of at most MAX_REQUEST_CHARS, cut after a line end (or a space) where possible. */
export function pieces(text: string): { text: string; offset: number }[] {
  const out: { text: string; offset: number }[] = [];
  let offset = 0;
  while (text.length - offset > MAX_REQUEST_CHARS) {
    const window = text.slice(offset, offset + MAX_REQUEST_CHARS);
    const cut = Math.max(window.lastIndexOf("\n"), window.lastIndexOf(". "));
    const end = offset + (cut > MAX_REQUEST_CHARS / 2 ? cut + 1 : Math.max(window.lastIndexOf(" "), 1));
    out.push({ text: text.slice(offset, end), offset });
    offset = end;
  }
  out.push({ text: text.slice(offset), offset });
  return out;
}

function shifted(sentence: NlpSentence, offset: number): NlpSentence {
  if (offset === 0) return sentence;
  return {
    ...sentence,
    tokens: sentence.tokens.map((token) => ({
      ...token,
      characterOffsetBegin: token.characterOffsetBegin + offset,
      characterOffsetEnd: token.characterOffsetEnd + offset,
    })),
  };
}

/** Keeps the fields the extraction reads, checking their shape (CoreNLP sends much more). */
export function toDocument(body: unknown): NlpDocument {
  const sentences = (body as { sentences?: unknown }).sentences;
  if (!Array.isArray(sentences)) throw new NlpError("NLP_FAILED", "the NLP answer has no sentences");
  return { sentences: sentences.map(toSentence) };
}

function toSentence(raw: unknown): NlpSentence {
  const sentence = raw as {
    index?: number;
    tokens?: Partial<NlpToken>[];
    basicDependencies?: Partial<NlpDependency>[];
  };
  if (!Array.isArray(sentence.tokens) || !Array.isArray(sentence.basicDependencies))
    throw new NlpError("NLP_FAILED", "an NLP sentence lacks tokens or dependencies (annotators missing?)");
  return {
    index: sentence.index ?? 0,
    tokens: sentence.tokens.map((token) => ({
      index: Number(token.index),
      word: String(token.word),
      originalText: String(token.originalText ?? token.word),
      characterOffsetBegin: Number(token.characterOffsetBegin),
      characterOffsetEnd: Number(token.characterOffsetEnd),
      pos: String(token.pos ?? "X"),
      ner: String(token.ner ?? "O"),
    })),
    basicDependencies: sentence.basicDependencies.map((dep) => ({
      dep: String(dep.dep),
      governor: Number(dep.governor),
      dependent: Number(dep.dependent),
    })),
  };
}

/** The client for the server at GOVGRAPH_NLP_URL (credentials in the URL are sent as basic auth). */
export function nlpClientFromEnvironment(env: NodeJS.ProcessEnv = process.env): NlpClient {
  const url = env.GOVGRAPH_NLP_URL?.trim();
  if (!url) throw new NlpError("NLP_UNAVAILABLE", "no NLP service: set GOVGRAPH_NLP_URL to a CoreNLP server");
  return createNlpClient(endpointFromUrl(url));
}

/** A client for GovGraph's language model service: the managed server starts on the first text. */
export function nlpClientOf(service: NlpService): NlpClient {
  let client: Promise<NlpClient> | undefined;
  return {
    async annotate(text: string): Promise<NlpDocument> {
      client ??= service.endpoint().then(
        (endpoint) => createNlpClient(endpoint),
        (error: unknown) => {
          client = undefined;
          throw new NlpError("NLP_UNAVAILABLE", `the language model did not start: ${String(error)}`);
        },
      );
      return (await client).annotate(text);
    },
  };
}
