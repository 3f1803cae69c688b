/**
 * What the explorer's parts share: the address it was opened with, what is on show (entity,
 * selection, fact, path, language, years), the graph view and the page's fixed elements.
 * No behaviour beyond reading that state; the view's and the year sliders' events are routed to
 * `handlers`, which main.ts fills once every part is loaded.
 */
import type { AllFacts } from "../data/all-facts.js";
import type { ChairRow, Ref, Subgraph } from "../data/queries.js";
import { Expansions } from "../graph/expansions.js";
import { GraphView, type GraphViewEvents, type ViewEdge } from "../graph/graph-view.js";
import { ViewEdits } from "../graph/view-edits.js";
import { initialLang, labels, type Lang } from "../ui/i18n.js";
import type { StartData } from "../ui/start-page.js";
import { readAddress, type AddressState } from "../ui/url-state.js";
import { createYearRange } from "../ui/year-range.js";

export const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

export const address: AddressState = readAddress();
export const thisYear = new Date().getFullYear();

export const state = {
  lang: initialLang(address.lang) as Lang,
  /** The years the sliders span. */
  bounds: [2018, thisYear] as [number, number],
  chairRows: [] as ChairRow[],
  startData: null as StartData | null,
  /** The entity whose neighbourhood the graph shows, the selected node, and the fact on show. */
  root: null as Ref | null,
  selected: null as Ref | null,
  shownFact: null as ViewEdge | null,
  /** The path on show (both ends), if the graph is a path. */
  shownPath: null as { from: Ref; to: Ref; graph: Subgraph | null } | null,
  /** The fact type the Timeline tab is filtered to ("" for all). */
  timelineType: "",
  /** The whole graph's newest facts of one type ("" for all), once fetched for the Timeline tab. */
  allFacts: null as (AllFacts & { type: string }) | null,
};

export const t = () => labels[state.lang];

export const expansions = new Expansions();
export const edits = new ViewEdits(address.hidden, address.hiddenTypes);

export const status = $("graph-status");
export const details = $("details");

/** Where the view's and the sliders' events go; filled by main.ts. */
export const handlers: GraphViewEvents & { onYears?(range: [number, number]): void } = {};

export const view = new GraphView($("graph"), handlers);
(window as unknown as { govgraph: unknown }).govgraph = view.probe();

export const years = createYearRange(t(), state.bounds[0], state.bounds[1], (range) =>
  handlers.onYears?.(range),
);

/** The node as drawn (name and type), or a bare reference when it is not in the graph. */
export function refOf(id: string): Ref {
  if (!view.graph.hasNode(id)) return { id, name: id, type: "" };
  const a = view.graph.getNodeAttributes(id);
  return { id, name: a.label, type: a.entityType };
}

/** A link within the explorer, keeping the language the address names. */
export const link = (query: string): string => {
  const params = new URLSearchParams(query);
  if (address.lang) params.set("lang", address.lang);
  return `${window.location.pathname}?${params.toString()}`;
};

/** The chosen years; a slider at its end means "and beyond", so facts older than the slider's range stay. */
export function openRange(range = years.value()): [number, number] {
  const [first, last] = state.bounds;
  return [range[0] <= first ? -Infinity : range[0], range[1] >= last ? Infinity : range[1]];
}

export function setStatus(kind: "loading" | "error" | "empty" | "info" | "none", message = ""): void {
  status.className = `graph-status ${kind}`;
  status.hidden = kind === "none";
  status.setAttribute("role", kind === "error" ? "alert" : "status");
  status.textContent = message;
}

/** The footer's counts, and which graph buttons apply to the selection. */
export function updateCounts(): void {
  const { nodes, edges } = view.visibleCounts();
  $("graph-counts").textContent = view.graph.order > 0 ? t().nodes(nodes, edges) : "";
  for (const id of ["expand", "collapse", "focus", "hide"])
    ($(id) as HTMLButtonElement).disabled = !state.selected || !view.graph.hasNode(state.selected.id);
  ($("undo") as HTMLButtonElement).disabled = !edits.canUndo;
}
