/**
 * The HTTP server: GraphQL at /graphql (an offline GraphiQL when a browser asks for it),
 * /health, and the explorer at /. Stateless, so several can run behind a load balancer.
 */
import type { NlpClient } from "../nlp/index.js";
import { existsSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import express, { type Express } from "express";
import type { GraphQLSchema } from "graphql";
import type { Driver } from "neo4j-driver";
import { projectRoot, type Config } from "../config/env.js";
import { createTokenVerifier, hasRole, type Viewer } from "./auth.js";
import { wholeResponseCachePlugins } from "./cache/whole-responses.js";
import { createContext, type ApiContext } from "./context.js";
import { createErrorFormatter } from "./errors.js";
import { graphqlHandler } from "./graphql-handler.js";
import { plainGraphqlPosts } from "./plain-graphql-posts.js";
import { healthHandler } from "./health.js";
import { httpErrors, jsonBody } from "./limits/body-size.js";
import { pageMaxima } from "./limits/paging-arguments.js";
import { createRateLimiter } from "./limits/rate-limit.js";
import { requestChecksPlugin } from "./limits/request-checks.js";
import {
  API_TRANSACTION_METADATA,
  createTransactionReaper,
  transactionReaperPlugin,
} from "./limits/transaction-reaper.js";
import { limitRules } from "./limits/validation-rules.js";
import { createReader } from "./queries/reader.js";
import { readTypeDefs } from "./schema.js";
import { securityHeaders } from "./security-headers.js";

export const explorerDir = path.join(projectRoot, "dist", "explorer");

export interface ApiOptions {
  config: Config;
  driver: Driver;
  database: string;
  source: string;
  schema: GraphQLSchema;
  log?: (message: string, error?: unknown) => void;
  /** The language model for importNews (without it the mutation answers NLP_UNAVAILABLE). */
  nlp?: NlpClient;
}

export interface Api {
  app: Express;
  apollo: ApolloServer<ApiContext>;
  /** Builds a context as a request would get it, for in-process execution (tests, benchmarks). */
  contextFor(authorization?: string): Promise<ApiContext>;
  listen(): Promise<{ url: string; close(): Promise<void> }>;
}

export async function createApi(options: ApiOptions): Promise<Api> {
  const { config, driver, database } = options;
  const log = options.log ?? ((message, error) => console.error(message, error ?? ""));
  const read = createReader(driver, database, config.limits.queryTimeoutMs);
  const verify = createTokenVerifier(config.auth);
  const contextOf = (viewer: Viewer, authorization?: string): ApiContext =>
    Object.assign(createContext({ driver, database, read, viewer, authorization }), {
      // @neo4j/graphql passes this to the transactions of its generated queries.
      transaction: { timeout: config.limits.queryTimeoutMs, metadata: API_TRANSACTION_METADATA },
      ...(options.nlp ? { nlp: options.nlp } : {}),
    });
  const contextFor = async (authorization?: string): Promise<ApiContext> =>
    contextOf(await verify(authorization), authorization);
  /** The viewer of an HTTP request, verified once before its body is read. */
  const viewerOf = (response: express.Response): Viewer => response.locals.viewer as Viewer;

  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", config.limits.trustProxy);
  const httpServer = http.createServer();
  const apollo = new ApolloServer<ApiContext>({
    schema: options.schema,
    introspection: config.env !== "production",
    // Without introspection, "Did you mean ...?" must not reveal the schema either.
    hideSchemaDetailsFromClientErrors: config.env === "production",
    includeStacktraceInErrorResponses: false,
    formatError: createErrorFormatter(log),
    validationRules: limitRules(config.limits),
    parseOptions: { maxTokens: config.limits.maxTokens },
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      requestChecksPlugin<ApiContext>(config.limits, pageMaxima(readTypeDefs())),
      transactionReaperPlugin<ApiContext>(
        createTransactionReaper(driver, database, config.limits.queryTimeoutMs),
        config.limits.queryTimeoutMs,
        log,
      ),
      // Only where answers may be cached at all: the cache-control plugin looks at every field.
      // Apollo installs it by itself unless told not to, and then wraps every resolver call.
      ...(config.responseCacheTtlMs > 0
        ? wholeResponseCachePlugins(config.responseCacheTtlMs)
        : [ApolloServerPluginCacheControlDisabled()]),
      // On stop, finish the requests in flight before closing connections.
      ApolloServerPluginDrainHttpServer({ httpServer }),
    ],
  });
  await apollo.start();

  const headers = securityHeaders();
  const rateLimiter = createRateLimiter(config.limits.rateLimitPerMinute);
  // Plain anonymous GraphQL POSTs skip express; everything else is routed by it.
  const plainPost = plainGraphqlPosts({
    apollo,
    maxBody: config.limits.maxBody,
    trustedHops: config.limits.trustProxy,
    securityHeaders: headers,
    rateLimiter,
    context: () => contextFor(undefined),
    log,
  });
  httpServer.on("request", (request: http.IncomingMessage, response: http.ServerResponse) => {
    if (!plainPost(request, response)) app(request, response);
  });

  app.use(headers);
  app.get("/health", healthHandler(driver, options.source, verify));
  app.use("/graphql", rateLimiter.middleware);
  app.get("/graphql", (request, response, next) => {
    if (!request.accepts("html") || request.query.query) return next();
    const ide = path.join(explorerDir, "graphiql.html");
    if (existsSync(ide)) return response.sendFile(ide);
    response.status(503).type("text").send("The GraphQL IDE is not built; run `npm run build`.");
  });
  app.use(
    "/graphql",
    async (request, response, next) => {
      response.locals.viewer = await verify(request.headers.authorization);
      next();
    },
    jsonBody(config.limits, (response) => hasRole(viewerOf(response), "editor")),
    graphqlHandler(apollo, async (request, response) =>
      contextOf(viewerOf(response), request.headers.authorization),
    ),
  );
  app.use(express.static(explorerDir, { index: "index.html", maxAge: "1h" }));
  app.use(httpErrors(log));

  return {
    app,
    apollo,
    contextFor,
    listen: () =>
      new Promise((resolve, reject) => {
        httpServer.once("error", reject);
        httpServer.listen(config.port, config.host, () => {
          const address = httpServer.address();
          const port = typeof address === "object" && address ? address.port : config.port;
          const host = config.host === "0.0.0.0" || config.host === "127.0.0.1" ? "localhost" : config.host;
          resolve({
            url: `http://${host}:${port}/`,
            close: () => apollo.stop(),
          });
        });
      }),
  };
}
