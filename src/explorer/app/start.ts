/** Opening the page: the years the chairs span, then the view the address describes, then the start page's data. */
import { countsByType, latestFacts } from "../data/overview.js";
import { chairs } from "../data/queries.js";
import { showNothing } from "../ui/details-panel.js";
import { describeError } from "../ui/messages.js";
import {
  address,
  details,
  edits,
  openRange,
  refOf,
  setStatus,
  state,
  t,
  thisYear,
  view,
  years,
} from "./context.js";
import { applyLabels } from "./controls.js";
import { openEntity, restoreFact, select } from "./graph-actions.js";
import { findPath } from "./path-actions.js";
import { syncAddress } from "./sync-address.js";
import { renderTab, showTab } from "./tabs.js";

async function loadStartData(): Promise<void> {
  const [latest, counts] = await Promise.all([
    latestFacts(4).catch(() => null),
    countsByType().catch(() => null),
  ]);
  state.startData = { year: thisYear, chairs: state.chairRows, latest, counts };
  if (address.tab === "start") renderTab();
}

/** The years of the slider: from the earliest to the latest year any chair names (at least 2018 to now). */
async function loadBounds(): Promise<void> {
  try {
    state.chairRows = await chairs();
    const seen = state.chairRows
      .flatMap((row) => [row.year, row.from && Number(row.from.slice(0, 4))])
      .filter((y): y is number => typeof y === "number" && y > 1900);
    state.bounds = [Math.min(state.bounds[0], ...seen), Math.max(state.bounds[1], ...seen)];
  } catch (error) {
    setStatus("error", describeError(t(), error));
  }
}

export async function start(): Promise<void> {
  applyLabels();
  showNothing(details, t());
  setStatus("empty", t().emptyGraph);
  const wanted = { ...address, expanded: [...address.expanded] };
  await loadBounds();
  const [first, last] = state.bounds;
  years.setBounds(first, last);
  years.set([wanted.from ?? first, wanted.to ?? last]);
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
  if (address.tab === "timeline") renderTab();
  await startPage;
  syncAddress();
  document.body.dataset.ready = "true";
}
