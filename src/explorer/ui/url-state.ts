/** What the address says: the selected entity, the fact, the years, the path ends, the tab, the language. */
import type { Lang } from "./i18n.js";

export type Tab = "graph" | "chairs" | "path";

export interface AddressState {
  entity: string | null;
  fact: string | null;
  from: number | null;
  to: number | null;
  pathFrom: string | null;
  pathTo: string | null;
  tab: Tab;
  lang: Lang | null;
}

const int = (value: string | null): number | null => (value && /^\d{4}$/.test(value) ? Number(value) : null);

export function readAddress(search = window.location.search): AddressState {
  const params = new URLSearchParams(search);
  const tab = params.get("tab");
  const lang = params.get("lang");
  return {
    entity: params.get("entity"),
    fact: params.get("fact"),
    from: int(params.get("from")),
    to: int(params.get("to")),
    pathFrom: params.get("pathFrom"),
    pathTo: params.get("pathTo"),
    tab: tab === "chairs" || tab === "path" ? tab : "graph",
    lang: lang === "de" || lang === "en" ? lang : null,
  };
}

export function writeAddress(state: AddressState): void {
  const params = new URLSearchParams();
  const set = (key: string, value: string | number | null): void => {
    if (value !== null && value !== "") params.set(key, String(value));
  };
  set("entity", state.entity);
  set("fact", state.fact);
  set("from", state.from);
  set("to", state.to);
  set("pathFrom", state.pathFrom);
  set("pathTo", state.pathTo);
  if (state.tab !== "graph") set("tab", state.tab);
  set("lang", state.lang);
  const query = params.toString();
  const next = `${window.location.pathname}${query ? `?${query}` : ""}`;
  if (next !== `${window.location.pathname}${window.location.search}`)
    window.history.replaceState(null, "", next);
}
