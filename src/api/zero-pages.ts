/**
 * `limit: 0` and `first: 0` mean zero rows. @neo4j/graphql reads a zero page size as "no limit"
 * and would fetch every row (past the row-cost limit, which counts the zero). So the generated
 * root fields hand @neo4j/graphql a copy of their selection in which every zero page is 1, and
 * every field with a zero page answers no rows, whatever was fetched for it. The copy is made
 * only for requests that ask for a zero page (marked by the request checks before execution).
 */
import {
  defaultFieldResolver,
  Kind,
  valueFromASTUntyped,
  visit,
  type ASTNode,
  type GraphQLFieldResolver,
  type GraphQLResolveInfo,
  type GraphQLSchema,
} from "graphql";
import { fieldsOf, namedTypeOf } from "./limits/operation-fields.js";

const PAGE_ARGUMENTS = new Set(["limit", "first"]);

const ZERO_PAGES = Symbol("asks for a zero page");

/** Marks a request context whose operation asks for a page of zero rows somewhere. */
export function markZeroPages(context: object): void {
  (context as Record<symbol, unknown>)[ZERO_PAGES] = true;
}

const asksForZeroPages = (context: unknown): boolean =>
  typeof context === "object" &&
  context !== null &&
  (context as Record<symbol, unknown>)[ZERO_PAGES] === true;

type Resolver = GraphQLFieldResolver<unknown, unknown>;
type Connection = { edges?: unknown[]; pageInfo?: Record<string, unknown> };

/** The node with every zero page size replaced by 1. */
function withoutZeroPages<Node extends ASTNode>(node: Node, variables: Record<string, unknown>): Node {
  return visit(node, {
    Argument(argument) {
      if (!PAGE_ARGUMENTS.has(argument.name.value)) return undefined;
      if (valueFromASTUntyped(argument.value, variables) !== 0) return undefined;
      return { ...argument, value: { kind: Kind.INT, value: "1" } };
    },
  });
}

function rewrittenInfo(info: GraphQLResolveInfo): GraphQLResolveInfo {
  const variables = info.variableValues;
  const fragments = Object.fromEntries(
    Object.entries(info.fragments).map(([name, fragment]) => [name, withoutZeroPages(fragment, variables)]),
  );
  const fieldNodes = info.fieldNodes.map((node) => withoutZeroPages(node, variables));
  return { ...info, fieldNodes, fragments };
}

/** A page of zero rows: an empty list, or a connection without edges. */
function emptied(value: unknown): unknown {
  if (Array.isArray(value) || value === null || typeof value !== "object")
    return Array.isArray(value) ? [] : value;
  const connection = value as Connection;
  const had = (connection.edges?.length ?? 0) > 0 || connection.pageInfo?.hasNextPage === true;
  return {
    ...connection,
    edges: [],
    pageInfo: { ...connection.pageInfo, hasNextPage: had, startCursor: null, endCursor: null },
  };
}

function wrap(resolve: Resolver, root: boolean): Resolver {
  return async (source, args, context, info) => {
    const zero = args.limit === 0 || args.first === 0;
    // A root list with a zero page needs no database at all.
    if (root && args.limit === 0) return [];
    const rewrite = root && asksForZeroPages(context);
    const value = await resolve(source, args, context, rewrite ? rewrittenInfo(info) : info);
    return zero ? emptied(value) : value;
  };
}

/** Wraps every field with a page size over a node list or a connection; `maxima` names the node types. */
export function makeZeroPagesEmpty(schema: GraphQLSchema, maxima: Map<string, number>): void {
  const queryType = schema.getQueryType()?.name;
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith("__")) continue;
    for (const field of Object.values(fieldsOf(schema, type.name) ?? {})) {
      if (!field.args?.some((argument) => PAGE_ARGUMENTS.has(argument.name))) continue;
      const returned = namedTypeOf(field);
      if (!maxima.has(returned) && !returned.endsWith("Connection")) continue;
      field.resolve = wrap(field.resolve ?? defaultFieldResolver, type.name === queryType);
    }
  }
}
