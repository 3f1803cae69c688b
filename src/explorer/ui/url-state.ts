/**
 * What the address says, so that every view is a link: the graph's entity and its expansions,
 * the selected node or fact, the years, the tab, the path ends, the language, the camera, and
 * what the user hid (nodes, entity types).
 * Only the parts that describe what is on screen are written: a new view replaces stale ones.
 */
import type { Lang } from "./i18n.js";

export type Tab = "start" | "graph" | "chairs" | "path" | "timeline" | "review";

export const tabs: Tab[] = ["start", "graph", "chairs", "path", "timeline", "review"];

export interface Camera {
  x: number;
  y: number;
  ratio: number;
}

export interface AddressState {
  /** The entity whose neighbourhood the graph shows. */
  entity: string | null;
  /** Nodes expanded beyond it, in order. */
  expanded: string[];
  /** The selected node, when it is not `entity`. */
  node: string | null;
  fact: string | null;
  from: number | null;
  to: number | null;
  pathFrom: string | null;
  pathTo: string | null;
  tab: Tab;
  lang: Lang | null;
  camera: Camera | null;
  /** Nodes the user hid, and entity types switched off in the legend. */
  hidden: string[];
  hiddenTypes: string[];
  /** The Timeline tab's facts: those of the graph on show, or all of the database ("all"). */
  timelineScope: TimelineScope;
}

export type TimelineScope = "graph" | "all";

const int = (value: string | null): number | null => (value && /^\d{4}$/.test(value) ? Number(value) : null);

function readCamera(value: string | null): Camera | null {
  const parts = value?.split(",").map(Number) ?? [];
  if (parts.length !== 3 || parts.some((n) => !Number.isFinite(n)) || parts[2]! <= 0) return null;
  return { x: parts[0]!, y: parts[1]!, ratio: parts[2]! };
}

export function readAddress(search = window.location.search): AddressState {
  const params = new URLSearchParams(search);
  const tab = params.get("tab") as Tab | null;
  const lang = params.get("lang");
  const entity = params.get("entity");
  const pathFrom = params.get("pathFrom");
  const pathTo = params.get("pathTo");
  const fallback: Tab = entity ? "graph" : pathFrom && pathTo ? "path" : "start";
  return {
    entity,
    expanded: (params.get("expand") ?? "").split(",").filter(Boolean),
    node: params.get("node"),
    fact: params.get("fact"),
    from: int(params.get("from")),
    to: int(params.get("to")),
    pathFrom,
    pathTo,
    tab: tab && tabs.includes(tab) ? tab : fallback,
    lang: lang === "de" || lang === "en" ? lang : null,
    camera: readCamera(params.get("cam")),
    hidden: (params.get("hide") ?? "").split(",").filter(Boolean),
    hiddenTypes: (params.get("types") ?? "").split(",").filter(Boolean),
    timelineScope: params.get("timeline") === "all" ? "all" : "graph",
  };
}

/** The query string of a state (without "?"); empty parts are left out. */
export function formatAddress(state: AddressState): string {
  const params = new URLSearchParams();
  const set = (key: string, value: string | number | null): void => {
    if (value !== null && value !== "") params.set(key, String(value));
  };
  const onPath = state.tab === "path";
  if (!onPath || !(state.pathFrom && state.pathTo)) {
    set("entity", state.entity);
    if (state.entity) set("expand", state.expanded.join(","));
  }
  if (state.entity || onPath) {
    set("hide", state.hidden.join(","));
    set("types", state.hiddenTypes.join(","));
  }
  set("node", state.node);
  set("fact", state.fact);
  set("from", state.from);
  set("to", state.to);
  if (onPath) {
    set("pathFrom", state.pathFrom);
    set("pathTo", state.pathTo);
  }
  const fallback = state.entity ? "graph" : "start";
  if (state.tab !== fallback) set("tab", state.tab);
  if (state.tab === "timeline" && state.timelineScope === "all") set("timeline", "all");
  set("lang", state.lang);
  if (state.camera && (state.tab === "graph" || state.tab === "path")) {
    const round = (n: number) => Math.round(n * 1000) / 1000;
    set("cam", [round(state.camera.x), round(state.camera.y), round(state.camera.ratio)].join(","));
  }
  return params.toString();
}

export function writeAddress(state: AddressState): void {
  const query = formatAddress(state);
  const next = `${window.location.pathname}${query ? `?${query}` : ""}`;
  if (next !== `${window.location.pathname}${window.location.search}`)
    window.history.replaceState(null, "", next);
}
