/** The per-request context: who asks, how to read, and fresh DataLoaders. */
import type { Driver } from "neo4j-driver";
import type { Viewer } from "./auth.js";
import { createLoaders, type Loaders } from "./loaders.js";
import type { Reader } from "./queries/reader.js";
import type { NlpClient } from "../nlp/index.js";

export interface ApiContext {
  /** For @neo4j/graphql's generated resolvers. */
  executionContext: Driver;
  sessionConfig: { database: string };
  token?: string;
  /** For the first-class resolvers. */
  read: Reader;
  loaders: Loaders;
  viewer: Viewer;
  driver: Driver;
  database: string;
  /** The language model the importNews mutation parses articles with; absent: imports are refused. */
  nlp?: NlpClient;
}

export function createContext(options: {
  driver: Driver;
  database: string;
  read: Reader;
  viewer: Viewer;
  authorization?: string;
}): ApiContext {
  return {
    executionContext: options.driver,
    sessionConfig: { database: options.database },
    ...(options.authorization && options.viewer.jwt
      ? { token: options.authorization.replace(/^Bearer\s+/i, "") }
      : {}),
    read: options.read,
    loaders: createLoaders(options.read),
    viewer: options.viewer,
    driver: options.driver,
    database: options.database,
  };
}
