/**
 * Visits every field an operation selects, through inline fragments and fragment spreads (each
 * named fragment once), with the name of the type it is selected on and its return type's name.
 * Types are looked up by name: @neo4j/graphql builds its schema with another copy of graphql-js.
 */
import {
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";

export interface VisitedField {
  node: FieldNode;
  /** The type the field is selected on. */
  parentType: string | undefined;
  /** The field's definition, undefined for __typename and unknown fields. */
  definition: GraphQLField<unknown, unknown> | undefined;
  /** The named type the field returns, without list and non-null wrappers. */
  returnType: string | undefined;
}

type Fields = Record<string, GraphQLField<unknown, unknown>>;

export function fieldsOf(schema: GraphQLSchema, typeName: string | undefined): Fields | undefined {
  const type = typeName ? schema.getType(typeName) : undefined;
  return type && "getFields" in type && !("parseValue" in type) ? (type.getFields() as Fields) : undefined;
}

export const namedTypeOf = (field: GraphQLField<unknown, unknown>): string =>
  String(field.type).replace(/[[\]!]/g, "");

export function visitOperationFields(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  visit: (field: VisitedField) => void,
): void {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const seen = new Set<string>();
  const walk = (selectionSet: SelectionSetNode, typeName: string | undefined): void => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const definition = fieldsOf(schema, typeName)?.[selection.name.value];
        const returnType = definition && namedTypeOf(definition);
        visit({ node: selection, parentType: typeName, definition, returnType });
        if (selection.selectionSet) walk(selection.selectionSet, returnType);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet, selection.typeCondition?.name.value ?? typeName);
      } else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        if (fragment) walk(fragment.selectionSet, fragment.typeCondition.name.value);
      }
    }
  };
  walk(operation.selectionSet, schema.getRootType(operation.operation)?.name);
}
