/**
 * An Apollo plugin that checks every operation after its document is validated and its variables
 * are known, before any resolver (and so before @neo4j/graphql translates anything): argument
 * values within the size limits, paging arguments within range.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import { valueFromASTUntyped } from "graphql";
import { rangeOf } from "../argument-ranges.js";
import { GovGraphError } from "../errors.js";
import { integerInRange } from "../input.js";
import { markZeroPages } from "../zero-pages.js";
import { ArgumentMeter, type ArgumentLimits } from "./argument-values.js";
import { visitOperationFields, type VisitedField } from "./operation-fields.js";
import { createPagingCheck } from "./paging-arguments.js";

/** Arguments whose strings only the request body limit bounds: the text of a news import. */
const LONG_TEXT_ARGUMENTS = new Set(["Mutation.importNews.text"]);

/** The integer arguments of the first-class queries, in their ranges (src/api/argument-ranges.ts). */
function checkRanges(field: VisitedField, variables: Readonly<Record<string, unknown>>): void {
  if (!field.parentType) return;
  for (const argument of field.node.arguments ?? []) {
    const range = rangeOf(field.parentType, field.node.name.value, argument.name.value);
    if (!range) continue;
    const value: unknown = valueFromASTUntyped(argument.value, variables);
    integerInRange(value, argument.name.value, range.min, range.max);
  }
}

export function requestChecksPlugin<Context extends object>(
  limits: ArgumentLimits,
  pageMaxima: Map<string, number>,
): ApolloServerPlugin<Context> {
  let pagingFor: { schema: unknown; check: ReturnType<typeof createPagingCheck> } | undefined;
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request, contextValue }) {
          if (!operation) return;
          if (pagingFor?.schema !== schema)
            pagingFor = { schema, check: createPagingCheck(schema, pageMaxima) };
          const { check } = pagingFor;
          const variables = request.variables ?? {};
          const meter = new ArgumentMeter(limits, variables);
          try {
            visitOperationFields(schema, document, operation, (field) => {
              for (const argument of field.node.arguments ?? []) {
                const key = `${field.parentType}.${field.node.name.value}.${argument.name.value}`;
                meter.measure(argument.name.value, argument.value, LONG_TEXT_ARGUMENTS.has(key));
              }
              if (check(field, variables)) markZeroPages(contextValue);
              checkRanges(field, variables);
            });
          } catch (error) {
            // Refused before execution, like a document over the limits: HTTP 400.
            if (error instanceof GovGraphError) error.extensions.http = { status: 400 };
            throw error;
          }
        },
      };
    },
  };
}
