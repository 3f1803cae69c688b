/**
 * The tabs: which view is on show, and drawing the Overview, Chairs, Review and Timeline views
 * (again after a change of language or years). Picking an entity in any of them opens its graph.
 */
import { allFacts } from "../data/all-facts.js";
import type { Ref } from "../data/queries.js";
import { chairGrid, renderChairsTable } from "../ui/chairs-table.js";
import { clear, h } from "../ui/dom.js";
import { describeError } from "../ui/messages.js";
import { editorToken, renderReview, type ReviewContext } from "../ui/review-panel.js";
import { renderStartPage } from "../ui/start-page.js";
import { renderTimelineView } from "../ui/timeline-view.js";
import { $, address, link, refOf, state, t, thisYear, view, years } from "./context.js";
import { detailsHooks, openEntity, reopen, select, selectFact } from "./graph-actions.js";
import { syncAddress } from "./sync-address.js";
import { tabs, type Tab } from "../ui/url-state.js";

export function showTab(tab: Tab): void {
  address.tab = tab;
  for (const name of tabs) $(`tab-${name}`)?.setAttribute("aria-selected", String(name === tab));
  $("start-view").hidden = tab !== "start";
  $("chairs-view").hidden = tab !== "chairs";
  $("review-view").hidden = tab !== "review";
  $("timeline-view").hidden = tab !== "timeline";
  $("tab-review").hidden = !editorToken() && tab !== "review";
  $("graph-area").hidden = tab !== "graph" && tab !== "path";
  $("path-view").hidden = tab !== "path";
  renderTab(tab);
  if (tab === "graph" || tab === "path") {
    view.sigma.resize();
    view.sigma.refresh();
  }
  if (tab !== "path" && state.shownPath) {
    state.shownPath = null;
    view.highlightPath([], []);
  }
  syncAddress();
}

/** Draws the tab's view if it is one drawn from data (Overview, Chairs, Review, Timeline). */
export function renderTab(tab: Tab = address.tab): void {
  if (tab === "chairs") renderChairs();
  if (tab === "start") renderStart();
  if (tab === "review") void renderReview($("review-view"), reviewContext());
  if (tab === "timeline") renderTimeline();
}

/** Switches to the graph and opens an entity's neighbourhood. */
export async function openInGraph(ref: Ref): Promise<boolean> {
  showTab("graph");
  return openEntity(ref);
}

// An entity picked in the details: selected when drawn, else its graph is opened.
detailsHooks.onPick = (ref) => {
  if (view.graph.hasNode(ref.id)) select(refOf(ref.id), { focus: true });
  else
    void openInGraph(ref).then((opened) => {
      if (opened) $("details-title")?.focus();
    });
};

function renderChairs(): void {
  clear(
    $("chairs-view"),
    h("h2", {}, t().chairsTitle),
    renderChairsTable(
      t(),
      chairGrid(state.chairRows, thisYear),
      years.value(),
      (ref) => void openInGraph(ref),
    ),
  );
}

function renderStart(): void {
  if (!state.startData) return;
  clear(
    $("start-view"),
    renderStartPage(
      { t: t(), lang: state.lang, link, onPick: (ref) => void openInGraph(ref) },
      state.startData,
    ),
  );
}

const reviewContext = (): ReviewContext => ({
  t: t(),
  lang: state.lang,
  linkTo: (id) => link(`entity=${encodeURIComponent(id)}`),
  onSignedIn: () => showTab("review"),
  // A decision changes the graph: redraw what is open so it shows at once.
  onDecided: () => reopen(),
});

function renderTimeline(): void {
  const whole = address.timelineScope === "all";
  const loaded = state.allFacts?.type === state.timelineType ? state.allFacts : null;
  clear(
    $("timeline-view"),
    renderTimelineView(
      {
        t: t(),
        lang: state.lang,
        type: state.timelineType,
        scope: address.timelineScope,
        onType: (type) => {
          state.timelineType = type;
          renderTimeline();
        },
        onScope: (scope) => {
          address.timelineScope = scope;
          // Picked afresh, the whole graph is fetched afresh: decisions may have changed it.
          state.allFacts = null;
          syncAddress();
          renderTimeline();
        },
        onPick: (edge) => selectFact(edge),
      },
      whole ? { edges: loaded?.facts ?? [], total: loaded?.total ?? null } : { edges: view.visibleEdges() },
    ),
  );
  if (whole && !loaded) void loadAllFacts(state.timelineType);
}

/** Fetches the whole graph's facts of a type once, then draws the tab again if it still wants them. */
async function loadAllFacts(type: string): Promise<void> {
  try {
    state.allFacts = { type, ...(await allFacts(type)) };
  } catch (error) {
    clear($("timeline-view"), h("p", { class: "error", role: "alert" }, describeError(t(), error)));
    return;
  }
  if (address.tab === "timeline" && address.timelineScope === "all" && state.timelineType === type)
    renderTimeline();
}
