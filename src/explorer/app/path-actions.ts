/** The Path tab: two ends, the chain of facts between them drawn and highlighted, and its list. */
import { connection, type Ref } from "../data/queries.js";
import { showNothing } from "../ui/details-panel.js";
import { clear, h } from "../ui/dom.js";
import { createPathPanel, renderPath } from "../ui/path-panel.js";
import { $, details, expansions, setStatus, state, status, t, view } from "./context.js";
import { load } from "./graph-actions.js";
import { syncAddress } from "./sync-address.js";

export const path = createPathPanel(t, (from, to) => void findPath(from, to));
$("path-view").append(path.element);

export async function findPath(from: Ref, to: Ref): Promise<void> {
  state.root = null;
  state.selected = null;
  state.shownFact = null;
  state.shownPath = { from, to, graph: null };
  clear(path.result, h("p", { class: "loading" }, t().loading));
  const found = await load(
    () => connection(from.id, to.id),
    (graph) => {
      expansions.reset(graph.nodes.map((n) => n.id));
      view.clear();
      view.merge(graph.nodes, graph.edges);
      view.setPinned(expansions.roots);
      view.highlightPath(
        graph.nodes.map((n) => n.id),
        graph.edges,
      );
      return null;
    },
  );
  view.fit(false);
  if (!found) clear(path.result, h("p", { class: "error" }, status.textContent ?? ""));
  else {
    const named = (end: Ref) => found.nodes.find((n) => n.id === end.id) ?? end;
    state.shownPath = { from: named(from), to: named(to), graph: found };
    path.setEnds(state.shownPath.from, state.shownPath.to);
    renderPathResult();
  }
  showNothing(details, t());
  syncAddress();
}

/** The chain as a list, in the interface's language (again after a change of language). */
export function renderPathResult(): void {
  if (!state.shownPath?.graph) return;
  const { from, to, graph } = state.shownPath;
  clear(path.result, renderPath(t(), state.lang, graph, from, to));
  if (graph.nodes.length === 0) setStatus("empty", t().noPath(from.name, to.name));
}
