/**
 * Every stable error code GovGraph reports, in one table: GraphQL `extensions.code` values, the
 * importer's input refusals and the language model's failures. Clients, the CLI and tests match on
 * these codes, never on message text; docs/errors.md is rendered from this table.
 */

/** Who reports a code. A code reported by several parts lists each of them. */
export type ErrorSource =
  /** set by graphql-js, Apollo Server or @neo4j/graphql and passed to clients as it is */
  | "graphql"
  /** a resolver of the API refused the arguments or the caller */
  | "api"
  /** a limit on requests, queries or arguments (docs/security.md) */
  | "limit"
  /** the database behind the API */
  | "database"
  /** the news import refused its input (nothing was written) */
  | "ingest"
  /** the language model did not annotate the text */
  | "nlp"
  /** the review queue */
  | "review"
  /** the seed loader refused the curated files */
  | "seed";

interface ErrorCodeEntry {
  readonly sources: readonly ErrorSource[];
  readonly meaning: string;
}

export const ERROR_CODES = {
  GRAPHQL_PARSE_FAILED: { sources: ["graphql"], meaning: "The query is not valid GraphQL syntax." },
  GRAPHQL_VALIDATION_FAILED: {
    sources: ["graphql"],
    meaning:
      "The query does not fit the schema (unknown field, a Date that is not a calendar day, introspection in production).",
  },
  PERSISTED_QUERY_NOT_FOUND: { sources: ["graphql"], meaning: "The persisted query hash is unknown." },
  PERSISTED_QUERY_NOT_SUPPORTED: { sources: ["graphql"], meaning: "Persisted queries are not enabled." },
  OPERATION_RESOLUTION_FAILURE: {
    sources: ["graphql"],
    meaning: "The document holds several operations and none was named.",
  },
  BAD_REQUEST: {
    sources: ["graphql", "limit"],
    meaning: "The HTTP request could not be read (malformed JSON, a broken compressed body).",
  },
  BAD_USER_INPUT: {
    sources: ["graphql", "api"],
    meaning: "An argument or variable is wrongly typed, empty or out of range.",
  },
  UNAUTHENTICATED: {
    sources: ["graphql", "api"],
    meaning: "The token is missing where one is needed, forged or expired.",
  },
  FORBIDDEN: { sources: ["graphql", "api"], meaning: "The caller's role may not do this (editors only)." },
  NOT_FOUND: { sources: ["api", "review"], meaning: "The named item does not exist." },
  DATABASE_UNAVAILABLE: { sources: ["database"], meaning: "Neo4j is not reachable; try again shortly." },
  DATABASE_BUSY: {
    sources: ["database"],
    meaning: "Every database connection stayed busy; try again shortly.",
  },
  QUERY_TIMEOUT: {
    sources: ["database", "limit"],
    meaning: "The query ran past the query timeout and was stopped.",
  },
  QUERY_TOO_COMPLEX: {
    sources: ["limit"],
    meaning: "The query would read more rows than the row-cost limit.",
  },
  QUERY_TOO_DEEP: { sources: ["limit"], meaning: "The query nests deeper than the depth limit." },
  TOO_MANY_ALIASES: { sources: ["limit"], meaning: "The query uses more aliases than allowed." },
  TOO_MANY_DIRECTIVES: { sources: ["limit"], meaning: "The query uses more directives than allowed." },
  QUERY_TOO_LARGE: { sources: ["limit"], meaning: "The query has more tokens or fields than allowed." },
  REQUEST_TOO_LARGE: {
    sources: ["limit"],
    meaning: "The request body (inflated) is larger than the body limit.",
  },
  ARGUMENT_TOO_DEEP: { sources: ["limit"], meaning: "An argument value nests deeper than allowed." },
  ARGUMENTS_TOO_LARGE: {
    sources: ["limit"],
    meaning: "The argument values together are larger than allowed.",
  },
  ARGUMENT_TOO_LONG: { sources: ["limit"], meaning: "A string argument is longer than allowed." },
  UNSUPPORTED_MEDIA_TYPE: {
    sources: ["limit"],
    meaning: "The body's charset is not UTF-8 or its content encoding is unknown.",
  },
  NOT_ACCEPTABLE: { sources: ["limit"], meaning: "The client accepts no media type the API answers in." },
  RATE_LIMITED: { sources: ["limit"], meaning: "The client sent more requests per minute than allowed." },
  EMPTY_INPUT: { sources: ["ingest"], meaning: "The news input holds no article." },
  BINARY_INPUT: { sources: ["ingest"], meaning: "The news input is a binary file, not text." },
  INPUT_TOO_LARGE: { sources: ["ingest"], meaning: "The news input is larger than 10 MB." },
  INVALID_ENCODING: { sources: ["ingest"], meaning: "The news input mixes or breaks character encodings." },
  MALFORMED_HTML: { sources: ["ingest"], meaning: "The HTML input cannot be read as an article." },
  MALFORMED_JSONL: { sources: ["ingest"], meaning: "A line of the JSON-lines input is not a valid article." },
  INVALID_DATE: { sources: ["ingest"], meaning: "A publication date is not a calendar day." },
  NLP_UNAVAILABLE: { sources: ["nlp"], meaning: "No language model answers at its address." },
  NLP_TIMEOUT: { sources: ["nlp"], meaning: "The language model gave no answer in time." },
  NLP_FAILED: { sources: ["nlp"], meaning: "The language model answered with an error or not with a parse." },
  ALREADY_DECIDED: {
    sources: ["review"],
    meaning:
      "The review item was accepted or rejected before (the API sends it as the `reason` of a `BAD_USER_INPUT`).",
  },
  UNKNOWN_ENTITY: {
    sources: ["review"],
    meaning:
      "A correction names an entity the graph does not hold (the API sends it as the `reason` of a `BAD_USER_INPUT`).",
  },
  NO_OBJECT: {
    sources: ["review"],
    meaning: "A correction sets an object on a proposed fact that has none (sent as a `reason`).",
  },
  SAME_PARTICIPANTS: {
    sources: ["review"],
    meaning: "A correction makes the subject and the object the same entity (sent as a `reason`).",
  },
  SEED_REFERENCE_CONFLICT: {
    sources: ["seed"],
    meaning: "Two reference files give one id another name or type.",
  },
  SEED_ARTICLE_CONFLICT: {
    sources: ["seed"],
    meaning: "One URL is cited twice in the curated files with different titles or dates.",
  },
  INTERNAL_SERVER_ERROR: {
    sources: ["api"],
    meaning: "Anything unexpected; its details are logged, never sent.",
  },
} as const satisfies Record<string, ErrorCodeEntry>;

export type ErrorCode = keyof typeof ERROR_CODES;

/** `ErrorCode.RATE_LIMITED === "RATE_LIMITED"`: the codes as named constants. */
export const ErrorCode = Object.fromEntries(Object.keys(ERROR_CODES).map((code) => [code, code])) as {
  readonly [Code in ErrorCode]: Code;
};

/** The codes one part reports, as a type. */
export type ErrorCodeOf<Source extends ErrorSource> = {
  [Code in ErrorCode]: Source extends (typeof ERROR_CODES)[Code]["sources"][number] ? Code : never;
}[ErrorCode];

/** The codes one part reports, in table order. */
export function codesOf<Source extends ErrorSource>(source: Source): readonly ErrorCodeOf<Source>[] {
  return (Object.keys(ERROR_CODES) as ErrorCode[]).filter((code) =>
    (ERROR_CODES[code].sources as readonly ErrorSource[]).includes(source),
  ) as ErrorCodeOf<Source>[];
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === "string" && Object.hasOwn(ERROR_CODES, value);
}
