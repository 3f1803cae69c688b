/**
 * What the user does to the graph: open an entity's neighbourhood, select a node or a fact,
 * expand and collapse, hide and undo. Each action updates the view, the details and the address.
 */
import { neighborhood, timeline, type Ref, type Subgraph, type TimelineEntry } from "../data/queries.js";
import type { ViewEdge } from "../graph/graph-view.js";
import { showEntity, showFact, showNothing, showNotFound, type DetailsContext } from "../ui/details-panel.js";
import { clear } from "../ui/dom.js";
import { renderLegend } from "../ui/legend.js";
import { describeError } from "../ui/messages.js";
import {
  $,
  details,
  edits,
  expansions,
  link,
  openRange,
  refOf,
  setStatus,
  state,
  status,
  t,
  updateCounts,
  view,
} from "./context.js";
import { syncAddress } from "./sync-address.js";

/** How the details panel reaches back: picking an entity there is navigation, set by the tabs. */
export const detailsHooks: { onPick(ref: Ref): void } = { onPick: () => undefined };

export const detailsContext = (): DetailsContext => ({
  t: t(),
  lang: state.lang,
  years: openRange(),
  onPick: (ref) => detailsHooks.onPick(ref),
  onFact: (entry: TimelineEntry, owner: string) => selectFact(edgeFromEntry(entry, owner)),
  linkTo: (id) => link(`entity=${encodeURIComponent(id)}`),
});

/** The line of a timeline entry: the drawn one, or one made from the entry when it is not drawn. */
function edgeFromEntry(entry: TimelineEntry, owner: string): ViewEdge {
  const drawn = view.graph.findEdge((_e, a) => a.fact === entry.fact);
  if (drawn) return view.edgeOf(drawn);
  const other = entry.entities.find((e) => e.id !== owner);
  const year = entry.date ? Number(entry.date.slice(0, 4)) : null;
  return {
    source: owner,
    target: other?.id ?? owner,
    type: entry.type,
    fact: entry.fact,
    year,
    summary: entry.summary,
  };
}

/** Draws a subgraph; `apply` changes the graph, then what moved is laid out. */
export async function load(
  task: () => Promise<Subgraph>,
  apply: (graph: Subgraph) => string[] | null,
): Promise<Subgraph | null> {
  setStatus("loading", t().loading);
  try {
    const graph = await task();
    const fresh = apply(graph);
    setStatus(view.graph.order === 0 ? "empty" : "none", t().emptyGraph);
    view.layout(fresh ?? undefined);
    updateCounts();
    return graph;
  } catch (error) {
    setStatus("error", describeError(t(), error));
    return null;
  }
}

/** Makes the graph the neighbourhood (two steps out) of `ref`, then replays `expand`. */
export async function openEntity(ref: Ref, expand: string[] = []): Promise<boolean> {
  state.shownPath = null;
  state.shownFact = null;
  view.highlightPath([], []);
  const graph = await load(
    () => neighborhood(ref.id, 2),
    (found) => {
      view.clear();
      expansions.reset([]);
      if (found.nodes.length === 0) return null;
      expansions.record(ref.id, view.merge(found.nodes, found.edges));
      view.setPinned(expansions.roots);
      return null;
    },
  );
  if (graph && graph.nodes.length === 0) {
    state.root = null;
    state.selected = null;
    setStatus("error", t().notFound(ref.id));
    showNotFound(details, t(), ref.id);
    updateCounts();
    syncAddress();
    return false;
  }
  const root = refOf(ref.id).type ? refOf(ref.id) : ref;
  state.root = root;
  for (const id of expand) if (view.graph.hasNode(id)) await expandBy(id, { quiet: true });
  view.fit(false);
  select(root);
  return true;
}

/** Opens the graph that is open again (after a decision changed it), with its expansions. */
export function reopen(): void {
  const root = state.root;
  if (root)
    void openEntity(
      root,
      [...expansions.order].filter((id) => id !== root.id),
    );
}

export function select(ref: Ref, { focus = false } = {}): void {
  state.selected = ref;
  state.shownFact = null;
  showEntity(details, detailsContext(), ref);
  if (focus) $("details-title")?.focus();
  view.select(ref.id);
  updateCounts();
  syncAddress();
}

export function deselect(): void {
  state.selected = null;
  state.shownFact = null;
  view.select(null);
  showNothing(details, t());
  updateCounts();
  syncAddress();
}

export function selectFact(edge: ViewEdge): void {
  state.shownFact = edge;
  view.selectEdge(edge.source, edge.target, edge.fact);
  showFact(details, detailsContext(), edge, refOf);
  syncAddress();
}

/** Shows a fact named in the address: drawn in the graph, or found in the entity's timeline. */
export async function restoreFact(factId: string): Promise<void> {
  const drawn = view.graph.findEdge((_e, a) => a.fact === factId);
  if (drawn) return selectFact(view.edgeOf(drawn));
  const owner = state.root?.id;
  const entry = owner ? (await timeline(owner)).find((e) => e.fact === factId) : undefined;
  if (entry && owner) selectFact(edgeFromEntry(entry, owner));
}

/** Adds one step around a node; `quiet` when replaying a link (no undo step, no "nothing new"). */
async function expandBy(id: string, { quiet = false } = {}): Promise<void> {
  let added: string[] = [];
  await load(
    () => neighborhood(id, 1),
    (graph) => {
      added = view.merge(graph.nodes, graph.edges, id);
      expansions.record(id, added);
      if (!quiet && added.length > 0) edits.record(() => collapse(id));
      view.setPinned(expansions.roots);
      return added;
    },
  );
  if (!quiet && added.length === 0 && status.hidden) setStatus("info", t().nothingNew(refOf(id).name));
}

export async function expand(id: string): Promise<void> {
  await expandBy(id);
  if (view.graph.hasNode(id)) select(refOf(id));
}

export function collapse(id: string): void {
  view.remove(expansions.collapse(id));
  view.setPinned(expansions.roots);
  updateCounts();
  syncAddress();
}

/** Applies the hidden types and nodes to the view, the legend and the address. */
export function applyEdits(): void {
  view.setHidden(edits.types, edits.nodes);
  clear($("legend-slot"), renderLegend(t(), edits.types, toggleType));
  updateCounts();
  syncAddress();
}

export function toggleType(type: string): void {
  edits.toggleType(type);
  applyEdits();
  $("legend-slot").querySelector<HTMLElement>(`[data-type="${type}"]`)?.focus();
}

export function hideNode(id: string): void {
  edits.hideNode(id);
  if (state.selected?.id === id) deselect();
  applyEdits();
}

export function undo(): void {
  edits.undo();
  applyEdits();
}
