/**
 * Which sources an operation asks for on the rows of a first-class query, read from the
 * selection before the rows are fetched, so that the rows query can return them as well
 * (queries/row-sources.ts). A row's `sources` and `sourceCount` resolvers then answer from the
 * row when it holds enough, and from the DataLoader otherwise: an answer never depends on this
 * guess, only the number of queries does.
 */
import { Kind, valueFromASTUntyped, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";
import { INTEGER_RANGES } from "./argument-ranges.js";
import type { ApiContext } from "./context.js";
import type { RowSources, SourcesReadWithRow } from "./queries/row-sources.js";

const FIRST = INTEGER_RANGES["*.sources.first"]!;

/**
 * The largest valid page of `sources(first:)` selected on the rows (fragments included) and
 * whether `sourceCount` is. Pages without `first` (every source) and invalid values are left to
 * the row resolvers, which read or refuse them.
 */
export function rowSourcesSelected(info: GraphQLResolveInfo): RowSources {
  const wanted: RowSources = { first: null, count: false };
  const visited = new Set<string>();
  const visit = (selectionSet: SelectionSetNode | undefined): void => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
      else if (selection.kind === Kind.FRAGMENT_SPREAD) {
        if (visited.has(selection.name.value)) continue;
        visited.add(selection.name.value);
        visit(info.fragments[selection.name.value]?.selectionSet);
      } else if (selection.name.value === "sourceCount") wanted.count = true;
      else if (selection.name.value === "sources") {
        const argument = selection.arguments?.find((a) => a.name.value === "first");
        const first = argument ? valueFromASTUntyped(argument.value, info.variableValues) : undefined;
        if (Number.isInteger(first) && (first as number) >= FIRST.min && (first as number) <= FIRST.max) {
          wanted.first = Math.max(wanted.first ?? 0, first as number);
        }
      }
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet);
  return wanted;
}

type Row = { fact: string } & SourcesReadWithRow;

/** A row's oldest `first` sources (every source when null), from the row if it holds them. */
export function sourcesOfRow(row: Row, first: number | null, context: ApiContext) {
  if (first !== null && row.sourcePage && (row.sourcePageSize ?? 0) >= first) {
    return row.sourcePage.slice(0, first);
  }
  return context.loaders.sources(first).load(row.fact);
}

/** A row's number of sources, from the row if it holds it. */
export function sourceCountOfRow(row: Row, context: ApiContext) {
  return row.sourceCount ?? context.loaders.sourceCounts.load(row.fact);
}
