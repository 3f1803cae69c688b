/**
 * The one place that reads the environment. Everything else receives a validated `Config`.
 * Every problem is reported at once, in one error, before anything starts.
 */
import path from "node:path";
import { z } from "zod";

const byteSize = z.string().regex(/^\d+[kmg]?$/i, "a size such as 512m or 4g");

/** Unset and empty both mean "not given". */
const optionalUrl = z
  .string()
  .optional()
  .transform((value) => value?.trim() || undefined)
  .pipe(z.url().optional());

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    HOST: z.string().default("127.0.0.1"),
    PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    NEO4J_URI: optionalUrl.refine(
      (uri) => uri === undefined || /^(bolt|neo4j)(\+s|\+ssc)?:\/\//.test(uri),
      "must use bolt://, neo4j://, bolt+s:// or neo4j+s://",
    ),
    NEO4J_USER: z.string().default("neo4j"),
    NEO4J_PASSWORD: z.string().default(""),
    NEO4J_DATABASE: z.string().default("neo4j"),
    GOVGRAPH_DATA_DIR: z.string().default("data"),
    NEO4J_EMBEDDED_PORT: z.coerce.number().int().min(0).max(65535).default(7687),
    NEO4J_HEAP: byteSize.default("4g"),
    NEO4J_PAGECACHE: byteSize.default("4g"),
    GOVGRAPH_JWT_SECRET: z.string().min(32, "must be at least 32 characters (HS256)").optional(),
    GOVGRAPH_JWKS_URL: optionalUrl,
    GOVGRAPH_QUERY_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
    GOVGRAPH_MAX_DEPTH: z.coerce.number().int().positive().default(10),
    GOVGRAPH_MAX_COST: z.coerce.number().int().positive().default(50_000),
    GOVGRAPH_MAX_ALIASES: z.coerce.number().int().positive().default(15),
    GOVGRAPH_MAX_DIRECTIVES: z.coerce.number().int().positive().default(20),
    GOVGRAPH_MAX_TOKENS: z.coerce.number().int().positive().default(2_000),
    GOVGRAPH_MAX_BODY: byteSize.default("100k"),
    GOVGRAPH_MAX_EDITOR_BODY: byteSize.default("12m"),
    // Hostile-request limits: argument values, measured after variables are applied.
    GOVGRAPH_MAX_ARGUMENT_DEPTH: z.coerce.number().int().positive().default(8),
    GOVGRAPH_MAX_ARGUMENT_NODES: z.coerce.number().int().positive().default(300),
    GOVGRAPH_MAX_STRING_LENGTH: z.coerce.number().int().positive().default(1_000),
    GOVGRAPH_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(600),
    GOVGRAPH_TRUST_PROXY: z.coerce.number().int().min(0).default(0),
    GOVGRAPH_RESPONSE_CACHE_TTL_MS: z.coerce.number().int().min(0).default(60_000),
    GOVGRAPH_NLP_URL: optionalUrl.refine(
      (uri) => uri === undefined || /^https?:\/\//.test(uri),
      "must be an http:// or https:// URL of a CoreNLP server",
    ),
    GOVGRAPH_NLP_HEAP: byteSize.default("3g"),
    GOVGRAPH_NLP_PORT: z.coerce.number().int().min(0).max(65535).default(0),
    GOVGRAPH_NLP_THREADS: z.coerce.number().int().min(1).max(64).default(2),
    GOVGRAPH_SEED_ON_START: z
      .enum(["true", "false"])
      .default("true")
      .transform((value) => value === "true"),
    GOVGRAPH_SEED_MUNICIPALITIES: z
      .enum(["true", "false"])
      .default("true")
      .transform((value) => value === "true"),
  })
  .refine((env) => !(env.GOVGRAPH_JWT_SECRET && env.GOVGRAPH_JWKS_URL), {
    message: "set either GOVGRAPH_JWT_SECRET or GOVGRAPH_JWKS_URL, not both",
    path: ["GOVGRAPH_JWKS_URL"],
  });

export type Neo4jConnection = { uri: string; user: string; password: string; database: string };

export interface Config {
  env: "development" | "production" | "test";
  host: string;
  port: number;
  /** Set when the user points GovGraph at their own Neo4j; otherwise the embedded one starts. */
  neo4j: Neo4jConnection | undefined;
  neo4jDatabase: string;
  embedded: { home: string; port: number; heap: string; pageCache: string };
  auth: { secret: string | undefined; jwksUrl: string | undefined };
  limits: {
    queryTimeoutMs: number;
    maxDepth: number;
    maxCost: number;
    maxAliases: number;
    maxDirectives: number;
    maxTokens: number;
    /** Request body limit for anonymous requests, and for requests with a token (news imports). */
    maxBody: string;
    maxEditorBody: string;
    /** Nesting of input objects and lists in one argument value (variables applied). */
    maxArgumentDepth: number;
    /** List items and input object fields over all argument values of an operation. */
    maxArgumentNodes: number;
    /** Characters of one string argument (the text of a news import excepted). */
    maxStringLength: number;
    /** Requests per client IP and minute; 0 switches the rate limit off. */
    rateLimitPerMinute: number;
    /** How many proxies in front of the API to trust for the client IP (X-Forwarded-For). */
    trustProxy: number;
  };
  /**
   * The language model: the user's own CoreNLP server (`url`), or the one GovGraph starts
   * (`managed`) when no URL is given.
   */
  nlp: { url: string | undefined; managed: { heap: string; port: number; threads: number } };
  seedOnStart: boolean;
  /** Whether `npm start` and `govgraph seed` load the municipal register (400 counties, 10,773 municipalities). */
  seedMunicipalities: boolean;
  /** How long anonymous first-class answers are cached (0: no cache); every write in this process empties it. */
  responseCacheTtlMs: number;
  projectRoot: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/** The repository root: dist/config or src/config are two levels below it. */
export const projectRoot = path.resolve(import.meta.dirname, "..", "..");

export function loadConfig(environment: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(environment);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join(".") || "environment"}: ${issue.message}`),
    );
  }
  const env = parsed.data;
  const dataDir = path.resolve(projectRoot, env.GOVGRAPH_DATA_DIR);
  return {
    env: env.NODE_ENV,
    host: env.HOST,
    port: env.PORT,
    neo4j: env.NEO4J_URI
      ? {
          uri: env.NEO4J_URI,
          user: env.NEO4J_USER,
          password: env.NEO4J_PASSWORD,
          database: env.NEO4J_DATABASE,
        }
      : undefined,
    neo4jDatabase: env.NEO4J_DATABASE,
    embedded: {
      home: path.join(dataDir, "neo4j"),
      port: env.NEO4J_EMBEDDED_PORT,
      heap: env.NEO4J_HEAP,
      pageCache: env.NEO4J_PAGECACHE,
    },
    auth: { secret: env.GOVGRAPH_JWT_SECRET, jwksUrl: env.GOVGRAPH_JWKS_URL },
    limits: {
      queryTimeoutMs: env.GOVGRAPH_QUERY_TIMEOUT_MS,
      maxDepth: env.GOVGRAPH_MAX_DEPTH,
      maxCost: env.GOVGRAPH_MAX_COST,
      maxAliases: env.GOVGRAPH_MAX_ALIASES,
      maxDirectives: env.GOVGRAPH_MAX_DIRECTIVES,
      maxTokens: env.GOVGRAPH_MAX_TOKENS,
      maxBody: env.GOVGRAPH_MAX_BODY.toLowerCase(),
      maxEditorBody: env.GOVGRAPH_MAX_EDITOR_BODY.toLowerCase(),
      maxArgumentDepth: env.GOVGRAPH_MAX_ARGUMENT_DEPTH,
      maxArgumentNodes: env.GOVGRAPH_MAX_ARGUMENT_NODES,
      maxStringLength: env.GOVGRAPH_MAX_STRING_LENGTH,
      rateLimitPerMinute: env.GOVGRAPH_RATE_LIMIT_PER_MINUTE,
      trustProxy: env.GOVGRAPH_TRUST_PROXY,
    },
    nlp: {
      url: env.GOVGRAPH_NLP_URL,
      managed: {
        heap: env.GOVGRAPH_NLP_HEAP,
        port: env.GOVGRAPH_NLP_PORT,
        threads: env.GOVGRAPH_NLP_THREADS,
      },
    },
    seedOnStart: env.GOVGRAPH_SEED_ON_START,
    seedMunicipalities: env.GOVGRAPH_SEED_MUNICIPALITIES,
    responseCacheTtlMs: env.GOVGRAPH_RESPONSE_CACHE_TTL_MS,
    projectRoot,
  };
}
