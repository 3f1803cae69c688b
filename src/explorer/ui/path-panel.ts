/** Path view: two search fields, a button, and the chain `connection` returns (or "no path found"). */
import type { Ref, SearchHit, Subgraph } from "../data/queries.js";
import { styleOf } from "../graph/styles.js";
import { clear, h } from "./dom.js";
import { factTypeLabel, type Labels, type Lang } from "./i18n.js";
import { createSearchBox, type SearchBox } from "./search-box.js";

export interface PathPanel {
  element: HTMLElement;
  result: HTMLElement;
  from: SearchBox;
  to: SearchBox;
  ends(): [Ref | null, Ref | null];
  setEnds(from: Ref | null, to: Ref | null): void;
  relabel(t: Labels): void;
}

export function createPathPanel(t: () => Labels, onFind: (from: Ref, to: Ref) => void): PathPanel {
  let a: Ref | null = null;
  let b: Ref | null = null;
  const toRef = (hit: SearchHit): Ref => ({ id: hit.id, name: hit.name, type: hit.type });
  const from = createSearchBox({
    id: "path-from",
    name: "path-from",
    label: (l) => l.pathFrom,
    t,
    onPick: (hit) => (a = toRef(hit)),
  });
  const to = createSearchBox({
    id: "path-to",
    name: "path-to",
    label: (l) => l.pathTo,
    t,
    onPick: (hit) => (b = toRef(hit)),
  });
  const result = h("div", { class: "path-result", role: "status", "aria-live": "polite" });
  const title = h("h2", {}, t().pathTitle);
  const button = h("button", { type: "submit", class: "primary", id: "find-path" }, t().findPath);
  const form = h("form", { class: "path-form" }, from.element, to.element, button);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (!a || !b || from.input.value !== a.name || to.input.value !== b.name) {
      clear(result, h("p", { class: "error" }, t().pickBoth));
      return;
    }
    onFind(a, b);
  });
  return {
    element: h("section", { class: "path-panel", "aria-labelledby": "path-title" }, title, form, result),
    result,
    from,
    to,
    ends: () => [a, b],
    setEnds: (x, y) => {
      a = x;
      b = y;
      from.setValue(x?.name ?? "");
      to.setValue(y?.name ?? "");
    },
    relabel: (next) => {
      title.textContent = next.pathTitle;
      button.textContent = next.findPath;
      from.relabel(next);
      to.relabel(next);
    },
  };
}

/** Orders the path's edges from `from` to `to` and renders the chain. */
export function renderPath(t: Labels, lang: Lang, graph: Subgraph, from: Ref, to: Ref): HTMLElement {
  if (graph.nodes.length === 0) return h("p", { class: "empty no-path" }, t.noPath(from.name, to.name));
  const names = new Map(graph.nodes.map((n) => [n.id, n]));
  const chain: HTMLElement[] = [];
  let current = from.id;
  const used = new Set<number>();
  const node = (id: string): HTMLElement => {
    const ref = names.get(id);
    return h(
      "span",
      { class: "path-node" },
      h("span", { class: "swatch", style: `background:${styleOf(ref?.type ?? "").color}` }),
      ref?.name ?? id,
    );
  };
  chain.push(node(current));
  for (let step = 0; step < graph.edges.length; step++) {
    const index = graph.edges.findIndex(
      (e, i) => !used.has(i) && (e.source === current || e.target === current),
    );
    const edge = graph.edges[index];
    if (!edge) break;
    used.add(index);
    const forward = edge.source === current;
    current = forward ? edge.target : edge.source;
    chain.push(
      h(
        "span",
        { class: "path-edge" },
        `${forward ? "" : "← "}${factTypeLabel(lang, edge.type)}${edge.year ? ` (${edge.year})` : ""}${forward ? " →" : ""}`,
      ),
    );
    chain.push(node(current));
  }
  return h(
    "div",
    { class: "path-found" },
    h("p", {}, t.pathFound(used.size)),
    h("p", { class: "path-chain" }, chain),
  );
}
