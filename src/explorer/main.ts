/** The explorer page: start page, search, graph, time, chairs, path and details, wired together and kept in the address. */
import "./styles.css";
import { countsByType, latestFacts } from "./data/overview.js";
import {
  chairs,
  connection,
  neighborhood,
  timeline,
  type ChairRow,
  type Ref,
  type Subgraph,
  type TimelineEntry,
} from "./data/queries.js";
import { Expansions } from "./graph/expansions.js";
import { GraphView, type ViewEdge } from "./graph/graph-view.js";
import { ViewEdits } from "./graph/view-edits.js";
import { wireCanvasKeys } from "./ui/canvas-keys.js";
import { chairGrid, renderChairsTable } from "./ui/chairs-table.js";
import {
  filterTimeline,
  showEntity,
  showFact,
  showNothing,
  showNotFound,
  type DetailsContext,
} from "./ui/details-panel.js";
import { clear, debounce, h } from "./ui/dom.js";
import { factTypeLabel, initialLang, labels, type Lang } from "./ui/i18n.js";
import { renderLegend } from "./ui/legend.js";
import { describeError } from "./ui/messages.js";
import { createPathPanel, renderPath } from "./ui/path-panel.js";
import { createSearchBox } from "./ui/search-box.js";
import { editorToken, renderReview, type ReviewContext } from "./ui/review-panel.js";
import { renderStartPage, type StartData } from "./ui/start-page.js";
import { readAddress, tabs, writeAddress, type AddressState, type Tab } from "./ui/url-state.js";
import { localizeSummary } from "./ui/wording.js";
import { wireExports } from "./ui/exports.js";
import { renderTimelineView } from "./ui/timeline-view.js";
import { createYearRange } from "./ui/year-range.js";

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const address: AddressState = readAddress();
let lang: Lang = initialLang(address.lang);
const t = () => labels[lang];
const thisYear = new Date().getFullYear();
let bounds: [number, number] = [2018, thisYear];
let chairRows: ChairRow[] = [];
let startData: StartData | null = null;
/** The entity whose neighbourhood the graph shows, the selected node, and the fact on show. */
let root: Ref | null = null;
let selected: Ref | null = null;
let shownFact: ViewEdge | null = null;
/** The path on show (both ends), if the graph is a path. */
let shownPath: { from: Ref; to: Ref; graph: Subgraph | null } | null = null;
const expansions = new Expansions();
const edits = new ViewEdits(address.hidden, address.hiddenTypes);

const status = $("graph-status");
const details = $("details");
const view = new GraphView($("graph"), {
  onNodeClick: (id) => select(refOf(id)),
  onNodeDoubleClick: (id) => void expand(id),
  onEdgeClick: (edge) => selectFact(edge),
  onStageClick: () => deselect(),
  describeEdge: (edge) =>
    `${factTypeLabel(lang, edge.type)}${edge.year ? ` (${edge.year})` : ""}${edge.summary ? `: ${localizeSummary(lang, edge.summary)}` : ""}`,
});
(window as unknown as { govgraph: unknown }).govgraph = view.probe();

function refOf(id: string): Ref {
  if (!view.graph.hasNode(id)) return { id, name: id, type: "" };
  const a = view.graph.getNodeAttributes(id);
  return { id, name: a.label, type: a.entityType };
}

const link = (query: string): string => {
  const params = new URLSearchParams(query);
  if (address.lang) params.set("lang", address.lang);
  return `${window.location.pathname}?${params.toString()}`;
};

const context = (): DetailsContext => ({
  t: t(),
  lang,
  years: openRange(),
  onPick: (ref) => void pickFromDetails(ref),
  onFact: (entry: TimelineEntry, owner: string) => selectFact(edgeFromEntry(entry, owner)),
  linkTo: (id) => link(`entity=${encodeURIComponent(id)}`),
});

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

/** The chosen years; a slider at its end means "and beyond", so facts older than the slider's range stay. */
function openRange(range = years.value()): [number, number] {
  return [range[0] <= bounds[0] ? -Infinity : range[0], range[1] >= bounds[1] ? Infinity : range[1]];
}

function setStatus(kind: "loading" | "error" | "empty" | "info" | "none", message = ""): void {
  status.className = `graph-status ${kind}`;
  status.hidden = kind === "none";
  status.setAttribute("role", kind === "error" ? "alert" : "status");
  status.textContent = message;
}

function updateCounts(): void {
  const { nodes, edges } = view.visibleCounts();
  $("graph-counts").textContent = view.graph.order > 0 ? t().nodes(nodes, edges) : "";
  for (const id of ["expand", "collapse", "focus", "hide"])
    ($(id) as HTMLButtonElement).disabled = !selected || !view.graph.hasNode(selected.id);
  ($("undo") as HTMLButtonElement).disabled = !edits.canUndo;
}

function applyEdits(): void {
  view.setHidden(edits.types, edits.nodes);
  clear($("legend-slot"), renderLegend(t(), edits.types, toggleType));
  updateCounts();
  syncAddress();
}

function toggleType(type: string): void {
  edits.toggleType(type);
  applyEdits();
  $("legend-slot").querySelector<HTMLElement>(`[data-type="${type}"]`)?.focus();
}

function hideNode(id: string): void {
  edits.hideNode(id);
  if (selected?.id === id) deselect();
  applyEdits();
}

function undo(): void {
  edits.undo();
  applyEdits();
}

function syncAddress(): void {
  address.entity = root?.id ?? null;
  address.expanded = root ? expansions.order.filter((id) => id !== root!.id) : [];
  address.node = selected && selected.id !== root?.id ? selected.id : null;
  address.fact = shownFact?.fact ?? null;
  const [from, to] = years.value();
  const whole = from === bounds[0] && to === bounds[1];
  address.from = whole ? null : from;
  address.to = whole ? null : to;
  address.pathFrom = shownPath?.from.id ?? null;
  address.pathTo = shownPath?.to.id ?? null;
  address.lang = lang === initialLang(null) ? null : lang;
  address.camera = view.graph.order > 0 ? view.camera() : null;
  address.hidden = [...edits.nodes].filter((id) => view.graph.hasNode(id));
  address.hiddenTypes = [...edits.types];
  writeAddress(address);
}
view.sigma.getCamera().on("updated", debounce(syncAddress, 250));

/** Draws a subgraph; `apply` changes the graph, then what moved is laid out. */
async function load(
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
async function openEntity(ref: Ref, expand: string[] = []): Promise<boolean> {
  shownPath = null;
  shownFact = null;
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
    root = null;
    selected = null;
    setStatus("error", t().notFound(ref.id));
    showNotFound(details, t(), ref.id);
    updateCounts();
    syncAddress();
    return false;
  }
  root = refOf(ref.id).type ? refOf(ref.id) : ref;
  for (const id of expand) if (view.graph.hasNode(id)) await expand_(id, { quiet: true });
  view.fit(false);
  select(root);
  return true;
}

function select(ref: Ref, { focus = false } = {}): void {
  selected = ref;
  shownFact = null;
  showEntity(details, context(), ref);
  if (focus) $("details-title")?.focus();
  view.select(ref.id);
  updateCounts();
  syncAddress();
}

function deselect(): void {
  selected = null;
  shownFact = null;
  view.select(null);
  showNothing(details, t());
  updateCounts();
  syncAddress();
}

async function pickFromDetails(ref: Ref): Promise<void> {
  if (view.graph.hasNode(ref.id)) select(refOf(ref.id), { focus: true });
  else {
    showTab("graph");
    if (await openEntity(ref)) $("details-title")?.focus();
  }
}

function selectFact(edge: ViewEdge): void {
  shownFact = edge;
  view.selectEdge(edge.source, edge.target, edge.fact);
  showFact(details, context(), edge, refOf);
  syncAddress();
}

async function expand_(id: string, { quiet = false } = {}): Promise<void> {
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

async function expand(id: string): Promise<void> {
  await expand_(id);
  if (view.graph.hasNode(id)) select(refOf(id));
}

function collapse(id: string): void {
  view.remove(expansions.collapse(id));
  view.setPinned(expansions.roots);
  updateCounts();
  syncAddress();
}

async function findPath(from: Ref, to: Ref): Promise<void> {
  root = null;
  selected = null;
  shownFact = null;
  shownPath = { from, to, graph: null };
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
    shownPath = { from: named(from), to: named(to), graph: found };
    path.setEnds(shownPath.from, shownPath.to);
    renderPathResult();
  }
  showNothing(details, t());
  syncAddress();
}

function renderPathResult(): void {
  if (!shownPath?.graph) return;
  const { from, to, graph } = shownPath;
  clear(path.result, renderPath(t(), lang, graph, from, to));
  if (graph.nodes.length === 0) setStatus("empty", t().noPath(from.name, to.name));
}

function renderChairs(): void {
  clear(
    $("chairs-view"),
    h("h2", {}, t().chairsTitle),
    renderChairsTable(t(), chairGrid(chairRows, thisYear), years.value(), (ref) => {
      showTab("graph");
      void openEntity(ref);
    }),
  );
}

const reviewContext = (): ReviewContext => ({
  t: t(),
  lang,
  linkTo: (id) => link(`entity=${encodeURIComponent(id)}`),
  onSignedIn: () => showTab("review"),
  // A decision changes the graph: redraw what is open so it shows at once.
  onDecided: () => {
    if (root)
      void openEntity(
        root,
        [...expansions.order].filter((id) => id !== root!.id),
      );
  },
});

let timelineType = "";

function renderTimeline(): void {
  clear(
    $("timeline-view"),
    renderTimelineView(
      {
        t: t(),
        lang,
        type: timelineType,
        onType: (type) => {
          timelineType = type;
          renderTimeline();
        },
        onPick: (edge) => selectFact(edge),
      },
      view.visibleEdges(),
    ),
  );
}

function renderStart(): void {
  if (!startData) return;
  clear(
    $("start-view"),
    renderStartPage({ t: t(), lang, link, onPick: (ref) => void pickFromStart(ref) }, startData),
  );
}

async function pickFromStart(ref: Ref): Promise<void> {
  showTab("graph");
  await openEntity(ref);
}

function showTab(tab: Tab): void {
  address.tab = tab;
  for (const name of tabs) $(`tab-${name}`)?.setAttribute("aria-selected", String(name === tab));
  $("start-view").hidden = tab !== "start";
  $("chairs-view").hidden = tab !== "chairs";
  $("review-view").hidden = tab !== "review";
  $("timeline-view").hidden = tab !== "timeline";
  $("tab-review").hidden = !editorToken() && tab !== "review";
  $("graph-area").hidden = tab !== "graph" && tab !== "path";
  $("path-view").hidden = tab !== "path";
  if (tab === "chairs") renderChairs();
  if (tab === "start") renderStart();
  if (tab === "review") void renderReview($("review-view"), reviewContext());
  if (tab === "timeline") renderTimeline();
  if (tab === "graph" || tab === "path") {
    view.sigma.resize();
    view.sigma.refresh();
  }
  if (tab !== "path" && shownPath) {
    shownPath = null;
    view.highlightPath([], []);
  }
  syncAddress();
}

// Controls
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
$("search-slot").append(search.element);

const years = createYearRange(t(), bounds[0], bounds[1], (range) => {
  view.setYearRange(openRange(range));
  filterTimeline(details, t(), openRange(range));
  updateCounts();
  syncAddress();
  if (address.tab === "chairs") renderChairs();
  if (address.tab === "timeline") renderTimeline();
});
$("years-slot").append(years.element);

const path = createPathPanel(t, (from, to) => void findPath(from, to));
$("path-view").append(path.element);

$("expand").addEventListener("click", () => selected && void expand(selected.id));
$("collapse").addEventListener("click", () => selected && collapse(selected.id));
$("focus").addEventListener("click", () => selected && void openEntity(selected));
$("fit").addEventListener("click", () => view.fit());
$("hide").addEventListener("click", () => selected && hideNode(selected.id));
$("undo").addEventListener("click", () => undo());
wireExports(
  view,
  () => `govgraph-${root?.id ?? (shownPath ? `${shownPath.from.id}-${shownPath.to.id}` : "view")}`,
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
$("lang").addEventListener("click", () => {
  lang = lang === "de" ? "en" : "de";
  applyLabels();
  if (shownFact) showFact(details, context(), shownFact, refOf);
  else if (selected) showEntity(details, context(), selected);
  else if (!details.querySelector(".not-found")) showNothing(details, t());
  if (address.tab === "chairs") renderChairs();
  if (address.tab === "start") renderStart();
  if (address.tab === "review") void renderReview($("review-view"), reviewContext());
  if (address.tab === "timeline") renderTimeline();
  renderPathResult();
  syncAddress();
});
document.addEventListener("keydown", (event) => {
  if (event.key === "Escape" && document.activeElement === document.body) deselect();
});

wireCanvasKeys($("graph"), {
  order: () => view.readingOrder(),
  selected: () => selected?.id ?? null,
  choose: (id) => {
    select(refOf(id));
    view.centerOn(id);
  },
  expand: (id) => void expand(id),
  hide: hideNode,
  deselect,
});

function applyLabels(): void {
  const l = t();
  document.documentElement.lang = lang;
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

async function loadStartData(): Promise<void> {
  const [latest, counts] = await Promise.all([
    latestFacts(4).catch(() => null),
    countsByType().catch(() => null),
  ]);
  startData = { year: thisYear, chairs: chairRows, latest, counts };
  if (address.tab === "start") renderStart();
}

async function restoreFact(factId: string): Promise<void> {
  const drawn = view.graph.findEdge((_e, a) => a.fact === factId);
  if (drawn) return selectFact(view.edgeOf(drawn));
  const owner = root?.id;
  const entry = owner ? (await timeline(owner)).find((e) => e.fact === factId) : undefined;
  if (entry && owner) selectFact(edgeFromEntry(entry, owner));
}

async function start(): Promise<void> {
  applyLabels();
  showNothing(details, t());
  setStatus("empty", t().emptyGraph);
  const wanted = { ...address, expanded: [...address.expanded] };
  try {
    chairRows = await chairs();
    const seen = chairRows
      .flatMap((row) => [row.year, row.from && Number(row.from.slice(0, 4))])
      .filter((y): y is number => typeof y === "number" && y > 1900);
    bounds = [Math.min(bounds[0], ...seen), Math.max(bounds[1], ...seen)];
  } catch (error) {
    setStatus("error", describeError(t(), error));
  }
  years.setBounds(bounds[0], bounds[1]);
  years.set([wanted.from ?? bounds[0], wanted.to ?? bounds[1]]);
  view.setYearRange(openRange());
  view.setHidden(edits.types, edits.nodes);
  showTab(wanted.tab);
  const startPage = loadStartData();
  if (wanted.tab === "path" && wanted.pathFrom && wanted.pathTo) {
    await findPath(
      { id: wanted.pathFrom, name: wanted.pathFrom, type: "" },
      { id: wanted.pathTo, name: wanted.pathTo, type: "" },
    );
  } else if (
    wanted.entity &&
    (await openEntity({ id: wanted.entity, name: wanted.entity, type: "" }, wanted.expanded))
  ) {
    if (wanted.node && view.graph.hasNode(wanted.node)) select(refOf(wanted.node));
    if (wanted.fact) await restoreFact(wanted.fact);
  }
  if (wanted.camera && view.graph.order > 0) view.setCamera(wanted.camera);
  if (address.tab === "timeline") renderTimeline();
  await startPage;
  syncAddress();
  document.body.dataset.ready = "true";
}

void start();
