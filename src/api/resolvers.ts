/** Resolvers of the first-class queries: thin wrappers over src/api/queries, sources via DataLoader. */
import type { ApiContext } from "./context.js";
import { ErrorCode, GovGraphError } from "./errors.js";
import { integerInRange } from "./input.js";
import { chairs } from "./queries/chairs.js";
import { officeHolders } from "./queries/office-holders.js";
import { LARGEST_SEARCH_PAGE, search } from "./queries/search.js";
import { connection, neighborhood } from "./queries/subgraph.js";
import { timeline } from "./queries/timeline.js";

type Args = Record<string, unknown>;
const str = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));

/** The most sources of one fact a `sources(first:)` page may ask for. */
const LARGEST_SOURCES_PAGE = 200;

function requireText(value: unknown, name: string): string {
  const text = str(value)?.trim();
  if (!text) throw new GovGraphError(ErrorCode.BAD_USER_INPUT, `${name} must not be empty.`);
  return text;
}

function sourcesOfRow(row: { fact: string }, args: Args, context: ApiContext) {
  const first = integerInRange(args.first, "first", 0, LARGEST_SOURCES_PAGE);
  return context.loaders.sources(first).load(row.fact);
}

const sourceCountOfRow = (row: { fact: string }, _args: Args, context: ApiContext) =>
  context.loaders.sourceCounts.load(row.fact);

const withSources = { sources: sourcesOfRow, sourceCount: sourceCountOfRow };

export const firstClassResolvers = {
  Query: {
    chairs: (_: unknown, args: Args, context: ApiContext) =>
      chairs(context.read, {
        year: integerInRange(args.year, "year", 1000, 9999),
        body: str(args.body),
        holder: str(args.holder),
      }),
    officeHolders: (_: unknown, args: Args, context: ApiContext) =>
      officeHolders(context.read, {
        organization: requireText(args.organization, "organization"),
        role: str(args.role),
        at: str(args.at),
      }),
    timeline: (_: unknown, args: Args, context: ApiContext) =>
      timeline(context.read, {
        entity: requireText(args.entity, "entity"),
        from: str(args.from),
        to: str(args.to),
      }),
    search: (_: unknown, args: Args, context: ApiContext) =>
      search(context.read, {
        text: str(args.text) ?? "",
        limit: integerInRange(args.limit, "limit", 1, LARGEST_SEARCH_PAGE, 10),
      }),
    connection: (_: unknown, args: Args, context: ApiContext) =>
      connection(context.read, {
        from: requireText(args.from, "from"),
        to: requireText(args.to, "to"),
        maxHops: integerInRange(args.maxHops, "maxHops", 1, 6, 4),
      }),
    neighborhood: (_: unknown, args: Args, context: ApiContext) =>
      neighborhood(context.read, {
        id: requireText(args.id, "id"),
        depth: integerInRange(args.depth, "depth", 0, 3, 1),
      }),
  },
  ChairRow: withSources,
  OfficeRow: withSources,
  TimelineEntry: withSources,
};
