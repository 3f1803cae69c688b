/**
 * Validation rules that refuse hostile queries before they reach Neo4j: depth, aliases and
 * directives (graphql-armor), and the rows a query may return (row-cost.ts). Each refusal
 * carries its own stable `extensions.code`.
 */
import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesRule } from "@escape.tech/graphql-armor-max-directives";
import type { GraphQLError, ValidationContext, ValidationRule } from "graphql";
import type { Config } from "../../config/env.js";
import { ErrorCode, GovGraphError } from "../errors.js";
import { rowCostRule } from "./row-cost.js";

/** graphql-armor reports "Syntax Error: <message>"; we report our code with the message. */
function reportAs(code: ErrorCode) {
  return {
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError): void => {
        context?.reportError(new GovGraphError(code, error.message.replace(/^Syntax Error: /, "")));
      },
    ],
  };
}

export function limitRules(limits: Config["limits"]): ValidationRule[] {
  const armor = [
    maxDepthRule({ n: limits.maxDepth, ...reportAs(ErrorCode.QUERY_TOO_DEEP) }),
    maxAliasesRule({ n: limits.maxAliases, ...reportAs(ErrorCode.TOO_MANY_ALIASES) }),
    maxDirectivesRule({ n: limits.maxDirectives, ...reportAs(ErrorCode.TOO_MANY_DIRECTIVES) }),
  ] as unknown as ValidationRule[];
  return [...armor, rowCostRule(limits.maxCost)];
}
