/** The explorer page: search, graph, time, chairs, details and path, wired together and kept in the address. */
import "./styles.css";
import {
  chairs,
  connection,
  neighborhood,
  type ChairRow,
  type Ref,
  type Subgraph,
  type TimelineEntry,
} from "./data/queries.js";
import { Expansions } from "./graph/expansions.js";
import { GraphView, type ViewEdge } from "./graph/graph-view.js";
import { chairGrid, renderChairsTable } from "./ui/chairs-table.js";
import { showEntity, showFact, showNothing, type DetailsContext } from "./ui/details-panel.js";
import { clear, h } from "./ui/dom.js";
import { initialLang, labels, type Lang } from "./ui/i18n.js";
import { renderLegend } from "./ui/legend.js";
import { describeError } from "./ui/messages.js";
import { createPathPanel, renderPath } from "./ui/path-panel.js";
import { createSearchBox } from "./ui/search-box.js";
import { readAddress, writeAddress, type AddressState, type Tab } from "./ui/url-state.js";
import { createYearRange } from "./ui/year-range.js";

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const address: AddressState = readAddress();
let lang: Lang = initialLang(address.lang);
const t = () => labels[lang];
const thisYear = new Date().getFullYear();
let bounds: [number, number] = [2018, thisYear];
let chairRows: ChairRow[] = [];
let selected: Ref | null = null;
/** For every node the user expanded: the nodes that expansion added (what collapse removes). */
const expansions = new Expansions();

const status = $("graph-status");
const details = $("details");
const view = new GraphView($("graph"), {
  onNodeClick: (id) => select(refOf(id), { reload: false }),
  onNodeDoubleClick: (id) => void expand(id),
  onEdgeClick: (edge) => selectFact(edge),
  onStageClick: () => undefined,
});

function refOf(id: string): Ref {
  if (!view.graph.hasNode(id)) return { id, name: id, type: "" };
  const a = view.graph.getNodeAttributes(id);
  return { id, name: a.label, type: a.entityType };
}

const context = (): DetailsContext => ({
  t: t(),
  lang,
  onPick: (ref) => select(ref, { reload: !view.graph.hasNode(ref.id) }),
  onFact: (entry: TimelineEntry, owner: string) => {
    const other = entry.entities.find((e) => e.id !== owner);
    const edge = view.graph.findEdge((_e, a) => a.fact === entry.fact);
    if (edge) selectFact(edgeOf(edge));
    else if (other)
      selectFact({
        source: owner,
        target: other.id,
        type: entry.type,
        fact: entry.fact,
        year: entry.date ? Number(entry.date.slice(0, 4)) : null,
        summary: entry.summary,
      });
  },
});

function edgeOf(key: string): ViewEdge {
  const a = view.graph.getEdgeAttributes(key);
  return {
    source: view.graph.source(key),
    target: view.graph.target(key),
    type: a.factType,
    fact: a.fact,
    year: a.year,
    summary: a.summary,
  };
}

function setStatus(kind: "loading" | "error" | "empty" | "none", message = ""): void {
  status.className = `graph-status ${kind}`;
  status.hidden = kind === "none";
  status.setAttribute("role", kind === "error" ? "alert" : "status");
  status.textContent = message;
}

function updateCounts(): void {
  const { nodes, edges } = view.visibleCounts();
  $("graph-counts").textContent = view.graph.order > 0 ? t().nodes(nodes, edges) : "";
  for (const id of ["expand", "collapse", "focus"])
    ($(id) as HTMLButtonElement).disabled = !selected || !view.graph.hasNode(selected.id);
}

function syncAddress(): void {
  address.entity = selected?.id ?? null;
  const [from, to] = years.value();
  address.from = from === bounds[0] && to === bounds[1] ? null : from;
  address.to = from === bounds[0] && to === bounds[1] ? null : to;
  address.lang = lang === initialLang(null) ? null : lang;
  writeAddress(address);
}

async function load(task: () => Promise<Subgraph>, apply: (graph: Subgraph) => void): Promise<boolean> {
  setStatus("loading", t().loading);
  try {
    const graph = await task();
    apply(graph);
    setStatus(view.graph.order === 0 ? "empty" : "none", t().emptyGraph);
    await view.layout();
    updateCounts();
    return true;
  } catch (error) {
    setStatus("error", describeError(t(), error));
    return false;
  }
}

/** Selects an entity; with reload, the graph becomes its neighbourhood (two steps out). */
async function select(ref: Ref, { reload }: { reload: boolean }): Promise<void> {
  selected = ref;
  address.fact = null;
  showEntity(details, context(), ref);
  syncAddress();
  if (reload) {
    await load(
      () => neighborhood(ref.id, 2),
      (graph) => {
        view.clear();
        expansions.reset([]);
        expansions.record(ref.id, view.merge(graph.nodes.length > 0 ? graph.nodes : [ref], graph.edges));
        view.setPinned(expansions.roots);
      },
    );
  }
  view.select(ref.id);
  updateCounts();
}

function selectFact(edge: ViewEdge): void {
  address.fact = edge.fact;
  writeAddress(address);
  view.selectEdge(edge.source, edge.target, edge.fact);
  showFact(details, context(), edge, refOf);
}

async function expand(id: string): Promise<void> {
  await load(
    () => neighborhood(id, 1),
    (graph) => {
      expansions.record(id, view.merge(graph.nodes, graph.edges, id));
      view.setPinned(expansions.roots);
    },
  );
  selected = refOf(id);
  view.select(id);
  updateCounts();
}

function collapse(id: string): void {
  const drop = expansions.collapse(id);
  view.setPinned(expansions.roots);
  view.remove(drop);
  updateCounts();
}

async function findPath(from: Ref, to: Ref): Promise<void> {
  address.pathFrom = from.id;
  address.pathTo = to.id;
  writeAddress(address);
  clear(path.result, h("p", { class: "loading" }, t().loading));
  let found: Subgraph | null = null;
  const ok = await load(
    () => connection(from.id, to.id),
    (graph) => {
      found = graph;
      expansions.reset(graph.nodes.map((n) => n.id));
      view.clear();
      view.merge(graph.nodes, graph.edges);
      view.setPinned(expansions.roots);
      view.highlightPath(
        graph.nodes.map((n) => n.id),
        graph.edges,
      );
    },
  );
  if (!ok || !found) clear(path.result, h("p", { class: "error" }, status.textContent ?? ""));
  else {
    clear(path.result, renderPath(t(), lang, found, from, to));
    if ((found as Subgraph).nodes.length === 0) setStatus("empty", t().noPath(from.name, to.name));
  }
}

function renderChairs(): void {
  clear(
    $("chairs-view"),
    h("h2", {}, t().chairsTitle),
    renderChairsTable(t(), chairGrid(chairRows, thisYear), years.value(), (ref) => {
      showTab("graph");
      void select(ref, { reload: true });
    }),
  );
}

function showTab(tab: Tab): void {
  address.tab = tab;
  writeAddress(address);
  for (const name of ["graph", "chairs", "path"] as Tab[]) {
    const button = $(`tab-${name}`);
    button.setAttribute("aria-selected", String(name === tab));
  }
  $("chairs-view").hidden = tab !== "chairs";
  $("graph-area").hidden = tab === "chairs";
  $("path-view").hidden = tab !== "path";
  if (tab === "chairs") renderChairs();
  if (tab !== "chairs") view.sigma.resize();
}

// Controls
const search = createSearchBox({
  id: "search",
  name: "q",
  label: (l) => l.searchLabel,
  t,
  onPick: (hit) => {
    if (address.tab === "chairs") showTab("graph");
    view.highlightPath([], []);
    void select({ id: hit.id, name: hit.name, type: hit.type }, { reload: true });
  },
});
$("search-slot").append(search.element);

const years = createYearRange(t(), bounds[0], bounds[1], (range) => {
  view.setYearRange(range);
  updateCounts();
  syncAddress();
  if (address.tab === "chairs") renderChairs();
});
$("years-slot").append(years.element);

const path = createPathPanel(t, (from, to) => void findPath(from, to));
$("path-view").append(path.element);

$("expand").addEventListener("click", () => selected && void expand(selected.id));
$("collapse").addEventListener("click", () => selected && collapse(selected.id));
$("focus").addEventListener("click", () => selected && void select(selected, { reload: true }));
$("fit").addEventListener("click", () => view.fit());
for (const tab of ["graph", "chairs", "path"] as Tab[])
  $(`tab-${tab}`).addEventListener("click", () => showTab(tab));
$("share").addEventListener("click", () => {
  void navigator.clipboard?.writeText(window.location.href).then(() => {
    $("share").textContent = t().copied;
    setTimeout(() => ($("share").textContent = t().share), 1500);
  });
});
$("lang").addEventListener("click", () => {
  lang = lang === "de" ? "en" : "de";
  applyLabels();
  syncAddress();
  if (selected) showEntity(details, context(), selected);
  else showNothing(details, t());
  if (address.tab === "chairs") renderChairs();
});
document.addEventListener("keydown", (event) => {
  if (event.key === "Escape" && document.activeElement === document.body) {
    selected = null;
    view.select(null);
    showNothing(details, t());
    syncAddress();
  }
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
  clear($("legend-slot"), renderLegend(l));
  search.relabel(l);
  years.relabel(l);
  path.relabel(l);
  if (view.graph.order === 0 && !status.hidden) setStatus("empty", l.emptyGraph);
  updateCounts();
}

async function start(): Promise<void> {
  applyLabels();
  showNothing(details, t());
  setStatus("empty", t().emptyGraph);
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
  years.set([address.from ?? bounds[0], address.to ?? bounds[1]]);
  view.setYearRange(years.value());
  showTab(address.tab);
  if (address.pathFrom && address.pathTo) {
    const a = { id: address.pathFrom, name: address.pathFrom, type: "" };
    const b = { id: address.pathTo, name: address.pathTo, type: "" };
    path.setEnds(a, b);
    await findPath(a, b);
  }
  if (address.entity && !(address.pathFrom && address.pathTo)) {
    await select({ id: address.entity, name: address.entity, type: "" }, { reload: true });
    if (view.graph.hasNode(address.entity)) {
      selected = refOf(address.entity);
      showEntity(details, context(), selected);
    }
    const fact = address.fact && view.graph.findEdge((_e, a) => a.fact === address.fact);
    if (fact) selectFact(edgeOf(fact));
  }
  document.body.dataset.ready = "true";
}

void start();
