/**
 * An Apollo plugin that checks every operation after its document is validated and its variables
 * are known, before any resolver (and so before @neo4j/graphql translates anything): argument
 * values within the size limits, paging arguments within range.
 *
 * The walk over the document (fields, their types, which arguments have ranges) depends on the
 * document alone, so it is planned once per operation: Apollo keeps one parsed and validated
 * document per distinct query text, and the plan is kept on its operation node. A request then
 * checks only its arguments' values; an operation without variables, once passed, is not
 * checked again (its values are all in the document).
 */
import type { ApolloServerPlugin } from "@apollo/server";
import {
  valueFromASTUntyped,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from "graphql";
import { rangeOf, type IntegerRange } from "../argument-ranges.js";
import { GovGraphError } from "../errors.js";
import { integerInRange } from "../input.js";
import { markZeroPages } from "../zero-pages.js";
import { ArgumentMeter, type ArgumentLimits } from "./argument-values.js";
import { visitOperationFields, type VisitedField } from "./operation-fields.js";
import { createPagingCheck } from "./paging-arguments.js";

/** Arguments whose strings only the request body limit bounds: the text of a news import. */
const LONG_TEXT_ARGUMENTS = new Set(["Mutation.importNews.text"]);

type Variables = Readonly<Record<string, unknown>>;

interface PlannedArgument {
  name: string;
  node: NonNullable<VisitedField["node"]["arguments"]>[number];
  longText: boolean;
  /** The integer range of a first-class argument (src/api/argument-ranges.ts). */
  range: IntegerRange | undefined;
}

interface PlannedField {
  field: VisitedField;
  arguments: PlannedArgument[];
}

interface Plan {
  fields: PlannedField[];
  /** Set once an operation without variables has passed: whether it asks for a zero page. */
  passedWithoutVariables?: { zero: boolean };
}

/** The fields of an operation that take arguments, with what each argument is checked for. */
function planOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
): Plan {
  const fields: PlannedField[] = [];
  visitOperationFields(schema, document, operation, (field) => {
    const nodes = field.node.arguments ?? [];
    if (nodes.length === 0) return;
    const name = field.node.name.value;
    fields.push({
      field,
      arguments: nodes.map((node) => ({
        name: node.name.value,
        node,
        longText: LONG_TEXT_ARGUMENTS.has(`${field.parentType}.${name}.${node.name.value}`),
        range: field.parentType ? rangeOf(field.parentType, name, node.name.value) : undefined,
      })),
    });
  });
  return { fields };
}

/** Checks the values of a planned operation; true when it asks for a page of zero rows. */
function checkValues(
  plan: Plan,
  limits: ArgumentLimits,
  pagingCheck: ReturnType<typeof createPagingCheck>,
  variables: Variables,
): boolean {
  const meter = new ArgumentMeter(limits, variables);
  let zero = false;
  for (const { field, arguments: planned } of plan.fields) {
    for (const argument of planned) meter.measure(argument.name, argument.node.value, argument.longText);
    if (pagingCheck(field, variables)) zero = true;
    for (const { name, node, range } of planned) {
      if (range) integerInRange(valueFromASTUntyped(node.value, variables), name, range.min, range.max);
    }
  }
  return zero;
}

export function requestChecksPlugin<Context extends object>(
  limits: ArgumentLimits,
  pageMaxima: Map<string, number>,
): ApolloServerPlugin<Context> {
  let forSchema:
    | { schema: GraphQLSchema; check: ReturnType<typeof createPagingCheck>; plans: WeakMap<object, Plan> }
    | undefined;
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request, contextValue }) {
          if (!operation) return;
          if (forSchema?.schema !== schema)
            forSchema = { schema, check: createPagingCheck(schema, pageMaxima), plans: new WeakMap() };
          const { check, plans } = forSchema;
          let plan = plans.get(operation);
          if (!plan) plans.set(operation, (plan = planOperation(schema, document, operation)));
          if (plan.passedWithoutVariables) {
            if (plan.passedWithoutVariables.zero) markZeroPages(contextValue);
            return;
          }
          try {
            const zero = checkValues(plan, limits, check, request.variables ?? {});
            if (zero) markZeroPages(contextValue);
            if (!operation.variableDefinitions?.length) plan.passedWithoutVariables = { zero };
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
