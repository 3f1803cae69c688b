/**
 * The Timeline tab: the facts of the graph on show along the years (one column per year, undated
 * last), or the newest dated facts of the whole graph (newest year first, with how many there are
 * in all), filtered by fact type; each fact opens its details.
 */
import type { Edge } from "../data/edge.js";
import { edgeColorOf } from "../graph/styles.js";
import { FACT_DEFINITIONS } from "../../model/fact-types/index.js";
import { h } from "./dom.js";
import { factTypeLabel, type Labels, type Lang } from "./i18n.js";
import type { TimelineScope } from "./url-state.js";
import { localizeSummary } from "./wording.js";

export interface TimelineViewContext {
  t: Labels;
  lang: Lang;
  type: string;
  scope: TimelineScope;
  onType(type: string): void;
  onScope(scope: TimelineScope): void;
  onPick(edge: Edge): void;
}

/** What the tab shows: the facts, and in the whole-graph scope how many match in all (null while loading). */
export interface TimelineFacts {
  edges: Edge[];
  total?: number | null;
}

function renderScope(ctx: TimelineViewContext): HTMLElement {
  const option = (scope: TimelineScope, label: string) =>
    h(
      "label",
      {},
      h("input", {
        type: "radio",
        name: "timeline-scope",
        value: scope,
        checked: ctx.scope === scope,
        onchange: () => ctx.onScope(scope),
      }),
      ` ${label}`,
    );
  return h(
    "fieldset",
    { id: "timeline-scope", class: "timeline-scope" },
    h("legend", {}, ctx.t.timelineScope),
    option("graph", ctx.t.timelineScopeGraph),
    option("all", ctx.t.timelineScopeAll),
  );
}

export function renderTimelineView(ctx: TimelineViewContext, { edges, total }: TimelineFacts): HTMLElement {
  const { t } = ctx;
  const whole = ctx.scope === "all";
  const facts = new Map<string, Edge>();
  for (const edge of edges) if (edge.fact && !facts.has(edge.fact)) facts.set(edge.fact, edge);
  const types = whole
    ? FACT_DEFINITIONS.map((d) => d.type)
    : [...new Set([...facts.values()].map((e) => e.type))].sort();
  const shown = [...facts.values()].filter((e) => !ctx.type || e.type === ctx.type);
  const byYear = new Map<number | null, Edge[]>();
  for (const edge of shown) byYear.set(edge.year, [...(byYear.get(edge.year) ?? []), edge]);
  const order = (year: number | null) => (year ?? Infinity) * (whole ? -1 : 1);
  const years = [...byYear.keys()].sort((a, b) => order(a) - order(b));
  const note =
    whole && total === null
      ? h("p", { class: "timeline-note muted", role: "status" }, t.loading)
      : whole && typeof total === "number"
        ? h("p", { class: "timeline-note muted", role: "status" }, t.timelineShowing(shown.length, total))
        : null;
  const filter = h(
    "select",
    { id: "timeline-type", "aria-label": t.reviewType },
    h("option", { value: "" }, t.reviewAllTypes),
    types.map((type) =>
      h("option", { value: type, selected: type === ctx.type }, factTypeLabel(ctx.lang, type)),
    ),
  );
  filter.addEventListener("change", () => ctx.onType(filter.value));
  return h(
    "section",
    { class: "timeline-view", "aria-labelledby": "timeline-view-title" },
    h("header", { class: "review-head" }, h("h2", { id: "timeline-view-title" }, t.timelineTab), filter),
    renderScope(ctx),
    note,
    shown.length === 0 && total === null
      ? null
      : shown.length === 0
        ? h("p", { class: "empty" }, t.noTimeline)
        : h(
            "ol",
            { class: "timeline-axis" },
            years.map((year) =>
              h(
                "li",
                { class: "timeline-year", "data-year": year ?? "" },
                h("h3", {}, year === null ? t.undated : String(year)),
                h(
                  "ul",
                  {},
                  (byYear.get(year) ?? []).map((edge) =>
                    h(
                      "li",
                      {},
                      h(
                        "button",
                        {
                          type: "button",
                          class: "timeline-fact",
                          "data-fact": edge.fact ?? "",
                          "data-type": edge.type,
                          style: `--c:${edgeColorOf(edge.type)}`,
                          onclick: () => ctx.onPick(edge),
                        },
                        h("span", { class: "fact-type" }, factTypeLabel(ctx.lang, edge.type)),
                        localizeSummary(ctx.lang, edge.summary ?? ""),
                      ),
                    ),
                  ),
                ),
              ),
            ),
          ),
  );
}
