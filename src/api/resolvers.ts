/** Resolvers of the first-class queries: thin wrappers over src/api/queries, sources via DataLoader. */
import type { ApiContext } from "./context.js";
import { ErrorCode, GovGraphError } from "./errors.js";
import { integerArgument } from "./argument-ranges.js";
import { chairs } from "./queries/chairs.js";
import { officeHolders } from "./queries/office-holders.js";
import { search } from "./queries/search.js";
import { connection, neighborhood } from "./queries/subgraph.js";
import { timeline } from "./queries/timeline.js";

type Args = Record<string, unknown>;
const str = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));

function requireText(value: unknown, name: string): string {
  const text = str(value)?.trim();
  if (!text) throw new GovGraphError(ErrorCode.BAD_USER_INPUT, `${name} must not be empty.`);
  return text;
}

function sourcesOfRow(row: { fact: string }, args: Args, context: ApiContext) {
  const first = integerArgument(args.first, "*.sources.first");
  return context.loaders.sources(first).load(row.fact);
}

const sourceCountOfRow = (row: { fact: string }, _args: Args, context: ApiContext) =>
  context.loaders.sourceCounts.load(row.fact);

const withSources = { sources: sourcesOfRow, sourceCount: sourceCountOfRow };

export const firstClassResolvers = {
  Query: {
    chairs: (_: unknown, args: Args, context: ApiContext) =>
      chairs(context.read, {
        year: integerArgument(args.year, "Query.chairs.year"),
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
