/**
 * The cost of a query as the rows it may return: every list field multiplies what is below it by
 * its page size (the `limit` argument, or the @limit default of 50 when none is given; a limit
 * from a variable counts as the largest page). A query over the cost never reaches Neo4j.
 */
import {
  Kind,
  type FieldNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from "graphql";
import { ErrorCode, GovGraphError } from "../errors.js";

export const DEFAULT_PAGE = 50;
export const LARGEST_PAGE = 500;

// Types are inspected by shape, not with graphql's isListType & co.: test runners may load
// graphql twice (ESM and CJS), and @neo4j/graphql builds its schema with the CJS copy.
type Fields = Record<string, GraphQLField<unknown, unknown>>;
const fieldsOf = (type: GraphQLNamedType | undefined): Fields | undefined =>
  type && "getFields" in type && !("parseValue" in type) ? (type.getFields() as Fields) : undefined;
const isList = (field: GraphQLField<unknown, unknown>): boolean =>
  String(field.type).replace(/!$/, "").startsWith("[");
const namedType = (
  schema: GraphQLSchema,
  field: GraphQLField<unknown, unknown>,
): GraphQLNamedType | undefined => schema.getType(String(field.type).replace(/[[\]!]/g, ""));

function pageSize(field: GraphQLField<unknown, unknown>, node: FieldNode): number {
  if (!isList(field)) return 1;
  const limit = node.arguments?.find((arg) => arg.name.value === "limit" || arg.name.value === "first");
  if (!limit) return DEFAULT_PAGE;
  if (limit.value.kind === Kind.INT) return Math.min(Math.max(Number(limit.value.value), 1), LARGEST_PAGE);
  return LARGEST_PAGE;
}

export function rowCostRule(maxCost: number): ValidationRule {
  return (context: ValidationContext) => {
    const schema = context.getSchema();
    const cost = (
      selectionSet: SelectionSetNode,
      type: GraphQLNamedType,
      rows: number,
      seen: Set<string>,
    ): number => {
      let total = 0;
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) {
          const field = fieldsOf(type)?.[selection.name.value];
          const named = field && namedType(schema, field);
          if (!field || !named || !selection.selectionSet) continue;
          const below = rows * pageSize(field, selection);
          total += below + cost(selection.selectionSet, named, below, seen);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          const on = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
          total += cost(selection.selectionSet, on ?? type, rows, seen);
        } else {
          const fragment = context.getFragment(selection.name.value);
          if (!fragment || seen.has(fragment.name.value)) continue;
          const on = schema.getType(fragment.typeCondition.name.value) ?? type;
          total += cost(fragment.selectionSet, on, rows, new Set([...seen, fragment.name.value]));
        }
      }
      return total;
    };

    return {
      OperationDefinition(operation) {
        const root = schema.getRootType(operation.operation);
        if (!root) return;
        const total = cost(operation.selectionSet, root, 1, new Set());
        if (total > maxCost) {
          context.reportError(
            new GovGraphError(
              ErrorCode.QUERY_TOO_COMPLEX,
              `The query may return about ${Math.round(total)} rows; the limit is ${maxCost}. Ask for smaller pages or fewer nested lists.`,
              { cost: Math.round(total), maxCost },
            ),
          );
        }
      },
    };
  };
}
