/**
 * Resolvers of the first-class queries: thin wrappers over src/api/queries. A row's sources are
 * read with the rows when the operation asks for them, via DataLoader otherwise.
 */
import type { GraphQLResolveInfo } from "graphql";
import type { ApiContext } from "./context.js";
import { ErrorCode, GovGraphError } from "./errors.js";
import { integerArgument } from "./argument-ranges.js";
import { chairs } from "./queries/chairs.js";
import { officeHolders } from "./queries/office-holders.js";
import { search } from "./queries/search.js";
import { connection, neighborhood } from "./queries/subgraph.js";
import { timeline } from "./queries/timeline.js";
import { rowSourcesSelected, sourceCountOfRow, sourcesOfRow } from "./row-source-selection.js";

type Args = Record<string, unknown>;
const str = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));

function requireText(value: unknown, name: string): string {
  const text = str(value)?.trim();
  if (!text) throw new GovGraphError(ErrorCode.BAD_USER_INPUT, `${name} must not be empty.`);
  return text;
}

type Row = Parameters<typeof sourcesOfRow>[0];

const withSources = {
  sources: (row: Row, args: Args, context: ApiContext) =>
    sourcesOfRow(row, integerArgument(args.first, "*.sources.first"), context),
  sourceCount: (row: Row, _args: Args, context: ApiContext) => sourceCountOfRow(row, context),
};

export const firstClassResolvers = {
  Query: {
    chairs: (_: unknown, args: Args, context: ApiContext, info: GraphQLResolveInfo) =>
      chairs(
        context.read,
        {
          year: integerArgument(args.year, "Query.chairs.year"),
          body: str(args.body),
          holder: str(args.holder),
        },
        rowSourcesSelected(info),
      ),
    officeHolders: (_: unknown, args: Args, context: ApiContext, info: GraphQLResolveInfo) =>
      officeHolders(
        context.read,
        {
          organization: requireText(args.organization, "organization"),
          role: str(args.role),
          at: str(args.at),
        },
        rowSourcesSelected(info),
      ),
    timeline: (_: unknown, args: Args, context: ApiContext, info: GraphQLResolveInfo) =>
      timeline(
        context.read,
        {
          entity: requireText(args.entity, "entity"),
          from: str(args.from),
          to: str(args.to),
        },
        rowSourcesSelected(info),
      ),
    search: (_: unknown, args: Args, context: ApiContext) =>
      search(context.read, {
        text: str(args.text) ?? "",
        limit: integerArgument(args.limit, "Query.search.limit"),
      }),
    connection: (_: unknown, args: Args, context: ApiContext) =>
      connection(context.read, {
        from: requireText(args.from, "from"),
        to: requireText(args.to, "to"),
        maxHops: integerArgument(args.maxHops, "Query.connection.maxHops"),
      }),
    neighborhood: (_: unknown, args: Args, context: ApiContext) =>
      neighborhood(context.read, {
        id: requireText(args.id, "id"),
        depth: integerArgument(args.depth, "Query.neighborhood.depth"),
      }),
  },
  ChairRow: withSources,
  OfficeRow: withSources,
  TimelineEntry: withSources,
};
