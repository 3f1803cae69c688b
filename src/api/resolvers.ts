/**
 * Resolvers of the first-class queries: thin wrappers over src/api/queries. A row's sources are
 * read with the rows when the operation asks for them, via DataLoader otherwise.
 */
import type { GraphQLResolveInfo } from "graphql";
import type { ApiContext } from "./context.js";
import type * as Schema from "./queries/generated/first-class.js";
import { ErrorCode, GovGraphError } from "./errors.js";
import { integerArgument } from "./argument-ranges.js";
import { chairs } from "./queries/chairs.js";
import { officeHolders } from "./queries/office-holders.js";
import { search } from "./queries/search.js";
import { connection, neighborhood } from "./queries/subgraph.js";
import { timeline } from "./queries/timeline.js";
import { rowSourcesSelected, sourceCountOfRow, sourcesOfRow } from "./row-source-selection.js";

/** The arguments of a row's `sources` field (the same on every row type). */
type SourcesArgs = Schema.ChairRowSourcesArgs & Schema.OfficeRowSourcesArgs & Schema.TimelineEntrySourcesArgs;

function requireText(value: string | null | undefined, name: string): string {
  const text = value?.trim();
  if (!text) throw new GovGraphError(ErrorCode.BAD_USER_INPUT, `${name} must not be empty.`);
  return text;
}

type Row = Parameters<typeof sourcesOfRow>[0];

/**
 * The resolver of a query whose rows may carry their sources: its arguments checked by `argsOf`,
 * read with the sources when the operation selects them.
 */
function rowsResolver<Args, QueryArgs, Result>(
  query: (
    read: ApiContext["read"],
    args: QueryArgs,
    include: ReturnType<typeof rowSourcesSelected>,
  ) => Result,
  argsOf: (args: Args) => QueryArgs,
) {
  return (_: unknown, args: Args, context: ApiContext, info: GraphQLResolveInfo): Result =>
    query(context.read, argsOf(args), rowSourcesSelected(info));
}

const withSources = {
  sources: (row: Row, args: SourcesArgs, context: ApiContext) =>
    sourcesOfRow(row, integerArgument(args.first, "*.sources.first"), context),
  sourceCount: (row: Row, _args: unknown, context: ApiContext) => sourceCountOfRow(row, context),
};

export const firstClassResolvers = {
  Query: {
    chairs: rowsResolver(chairs, (args: Schema.QueryChairsArgs) => ({
      year: integerArgument(args.year, "Query.chairs.year"),
      body: args.body ?? null,
      holder: args.holder ?? null,
    })),
    officeHolders: rowsResolver(officeHolders, (args: Schema.QueryOfficeHoldersArgs) => ({
      organization: requireText(args.organization, "organization"),
      role: args.role ?? null,
      at: args.at ?? null,
    })),
    timeline: rowsResolver(timeline, (args: Schema.QueryTimelineArgs) => ({
      entity: requireText(args.entity, "entity"),
      from: args.from ?? null,
      to: args.to ?? null,
    })),
    search: (_: unknown, args: Schema.QuerySearchArgs, context: ApiContext) =>
      search(context.read, {
        text: args.text,
        limit: integerArgument(args.limit, "Query.search.limit"),
      }),
    connection: (_: unknown, args: Schema.QueryConnectionArgs, context: ApiContext) =>
      connection(context.read, {
        from: requireText(args.from, "from"),
        to: requireText(args.to, "to"),
        maxHops: integerArgument(args.maxHops, "Query.connection.maxHops"),
      }),
    neighborhood: (_: unknown, args: Schema.QueryNeighborhoodArgs, context: ApiContext) =>
      neighborhood(context.read, {
        id: requireText(args.id, "id"),
        depth: integerArgument(args.depth, "Query.neighborhood.depth"),
      }),
  },
  ChairRow: withSources,
  OfficeRow: withSources,
  TimelineEntry: withSources,
};
