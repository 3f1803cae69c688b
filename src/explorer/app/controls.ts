/**
 * The page's controls wired to the actions: search, years, graph buttons, exports, tabs, share,
 * editor, language, keyboard on the canvas; and the labels of the interface's language.
 */
import { filterTimeline, showEntity, showFact, showNothing } from "../ui/details-panel.js";
import { clear, debounce } from "../ui/dom.js";
import { wireCanvasKeys } from "../ui/canvas-keys.js";
import { wireExports } from "../ui/exports.js";
import { localizeSummary } from "../ui/wording.js";
import { factTypeLabel } from "../ui/i18n.js";
import { renderLegend } from "../ui/legend.js";
import { describeError } from "../ui/messages.js";
import { createSearchBox } from "../ui/search-box.js";
import { tabs } from "../ui/url-state.js";
import {
  $,
  address,
  details,
  edits,
  handlers,
  openRange,
  refOf,
  setStatus,
  state,
  status,
  t,
  updateCounts,
  view,
  years,
} from "./context.js";
import {
  collapse,
  deselect,
  detailsContext,
  expand,
  hideNode,
  openEntity,
  select,
  selectFact,
  toggleType,
  undo,
} from "./graph-actions.js";
import { path, renderPathResult } from "./path-actions.js";
import { syncAddress } from "./sync-address.js";
import { renderTab, showTab } from "./tabs.js";

const search = createSearchBox({
  id: "search",
  name: "q",
  label: (l) => l.searchLabel,
  t,
  onPick: (hit) => {
    path.setEnds(null, null);
    clear(path.result);
    showTab("graph");
    void openEntity({ id: hit.id, name: hit.name, type: hit.type });
  },
});

/** Routes the graph's and the sliders' events, and wires every control of the page. */
export function wireControls(): void {
  Object.assign(handlers, {
    onNodeClick: (id: string) => select(refOf(id)),
    onNodeDoubleClick: (id: string) => void expand(id),
    onEdgeClick: selectFact,
    onStageClick: deselect,
    describeEdge: (edge) =>
      `${factTypeLabel(state.lang, edge.type)}${edge.year ? ` (${edge.year})` : ""}${edge.summary ? `: ${localizeSummary(state.lang, edge.summary)}` : ""}`,
    onYears: (range) => {
      view.setYearRange(openRange(range));
      filterTimeline(details, t(), openRange(range));
      updateCounts();
      syncAddress();
      if (address.tab === "chairs" || address.tab === "timeline") renderTab();
    },
  } satisfies typeof handlers);
  // The camera moves many times a second; the address follows a quarter second after it stops.
  view.sigma.getCamera().on("updated", debounce(syncAddress, 250));
  $("search-slot").append(search.element);
  $("years-slot").append(years.element);

  const selected = () => state.selected;
  $("expand").addEventListener("click", () => selected() && void expand(selected()!.id));
  $("collapse").addEventListener("click", () => selected() && collapse(selected()!.id));
  $("focus").addEventListener("click", () => selected() && void openEntity(selected()!));
  $("fit").addEventListener("click", () => view.fit());
  $("hide").addEventListener("click", () => selected() && hideNode(selected()!.id));
  $("undo").addEventListener("click", () => undo());
  wireExports(
    view,
    () =>
      `govgraph-${state.root?.id ?? (state.shownPath ? `${state.shownPath.from.id}-${state.shownPath.to.id}` : "view")}`,
    (error) => setStatus("error", describeError(t(), error)),
  );
  for (const tab of tabs) $(`tab-${tab}`)?.addEventListener("click", () => showTab(tab));
  $("share").addEventListener("click", () => {
    syncAddress();
    void navigator.clipboard?.writeText(window.location.href).then(() => {
      $("share").textContent = t().copied;
      setTimeout(() => ($("share").textContent = t().share), 1500);
    });
  });
  $("editor").addEventListener("click", () => showTab("review"));
  $("lang").addEventListener("click", switchLanguage);
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && document.activeElement === document.body) deselect();
  });
  wireCanvasKeys($("graph"), {
    order: () => view.readingOrder(),
    selected: () => state.selected?.id ?? null,
    choose: (id) => {
      select(refOf(id));
      view.centerOn(id);
    },
    expand: (id) => void expand(id),
    hide: hideNode,
    deselect,
  });
}

function switchLanguage(): void {
  state.lang = state.lang === "de" ? "en" : "de";
  applyLabels();
  if (state.shownFact) showFact(details, detailsContext(), state.shownFact, refOf);
  else if (state.selected) showEntity(details, detailsContext(), state.selected);
  else if (!details.querySelector(".not-found")) showNothing(details, t());
  renderTab();
  renderPathResult();
  syncAddress();
}

/** Puts every label of the page in the interface's language. */
export function applyLabels(): void {
  const l = t();
  document.documentElement.lang = state.lang;
  for (const element of document.querySelectorAll<HTMLElement>("[data-label]")) {
    const text = l[element.dataset.label as keyof typeof l];
    if (typeof text === "string") element.textContent = text;
  }
  $("lang").textContent = l.languageCode;
  $("lang").setAttribute("aria-label", l.language);
  $("graph").setAttribute("aria-label", l.canvas);
  clear($("legend-slot"), renderLegend(l, edits.types, toggleType));
  search.relabel(l);
  years.relabel(l);
  path.relabel(l);
  if (view.graph.order === 0 && status.classList.contains("empty")) setStatus("empty", l.emptyGraph);
  updateCounts();
}
