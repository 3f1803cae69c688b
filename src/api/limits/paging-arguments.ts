/**
 * The paging arguments of the generated queries, checked before @neo4j/graphql sees them:
 * `limit`, `first` from 0 to the type's @limit maximum, `offset` not negative, `after` a cursor
 * the API gave out. @neo4j/graphql would cut a larger page silently and fail on a negative one.
 */
import { Kind, parse, valueFromASTUntyped, type GraphQLSchema } from "graphql";
import { checkCursor, integerInRange } from "../input.js";
import { fieldsOf, namedTypeOf, type VisitedField } from "./operation-fields.js";
import { LARGEST_PAGE } from "./row-cost.js";

const LARGEST_OFFSET = 2 ** 31 - 1;

/** The largest page of each node type and interface of the type definitions. */
export function pageMaxima(typeDefs: string): Map<string, number> {
  const maxima = new Map<string, number>();
  for (const definition of parse(typeDefs).definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.INTERFACE_TYPE_DEFINITION)
      continue;
    const directives = definition.directives ?? [];
    const limit = directives.find((directive) => directive.name.value === "limit");
    const max = limit?.arguments?.find((argument) => argument.name.value === "max")?.value;
    if (max?.kind === Kind.INT) maxima.set(definition.name.value, Number(max.value));
    else if (directives.some((directive) => directive.name.value === "node"))
      maxima.set(definition.name.value, LARGEST_PAGE);
  }
  return maxima;
}

/** The node type a generated connection pages over (edges.node), if `typeName` is one. */
function connectionNode(schema: GraphQLSchema, typeName: string): string | undefined {
  if (!typeName.endsWith("Connection")) return undefined;
  const edges = fieldsOf(schema, typeName)?.edges;
  const node = edges && fieldsOf(schema, namedTypeOf(edges))?.node;
  return node && namedTypeOf(node);
}

export function createPagingCheck(schema: GraphQLSchema, maxima: Map<string, number>) {
  const connections = new Map<string, string | undefined>();
  const nodeOfConnection = (typeName: string): string | undefined => {
    if (!connections.has(typeName)) connections.set(typeName, connectionNode(schema, typeName));
    return connections.get(typeName);
  };
  /** Checks the field's paging arguments; true when it asks for a page of zero rows. */
  return (field: VisitedField, variables: Readonly<Record<string, unknown>>): boolean => {
    const { node, returnType } = field;
    if (!returnType || !node.arguments?.length) return false;
    const listMax = maxima.get(returnType);
    const pagedNode = listMax === undefined ? nodeOfConnection(returnType) : undefined;
    const connectionMax = pagedNode === undefined ? undefined : maxima.get(pagedNode);
    if (listMax === undefined && connectionMax === undefined) return false;
    let zero = false;
    for (const argument of node.arguments) {
      const name = argument.name.value;
      const value: unknown = valueFromASTUntyped(argument.value, variables);
      if (listMax !== undefined && name === "limit")
        zero ||= integerInRange(value, "limit", 0, listMax) === 0;
      else if (listMax !== undefined && name === "offset") integerInRange(value, "offset", 0, LARGEST_OFFSET);
      else if (connectionMax !== undefined && name === "first")
        zero ||= integerInRange(value, "first", 0, connectionMax) === 0;
      else if (connectionMax !== undefined && name === "after") checkCursor(value, "after");
    }
    return zero;
  };
}
