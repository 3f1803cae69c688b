/**
 * The Timeline tab: the facts of the graph on show along the years (one column per year, undated
 * last), filtered by fact type; each fact opens its details.
 */
import type { Edge } from "../data/edge.js";
import { edgeColorOf } from "../graph/styles.js";
import { h } from "./dom.js";
import { factTypeLabel, type Labels, type Lang } from "./i18n.js";
import { localizeSummary } from "./wording.js";

export interface TimelineViewContext {
  t: Labels;
  lang: Lang;
  type: string;
  onType(type: string): void;
  onPick(edge: Edge): void;
}

export function renderTimelineView(ctx: TimelineViewContext, edges: Edge[]): HTMLElement {
  const { t } = ctx;
  const facts = new Map<string, Edge>();
  for (const edge of edges) if (edge.fact && !facts.has(edge.fact)) facts.set(edge.fact, edge);
  const types = [...new Set([...facts.values()].map((e) => e.type))].sort();
  const shown = [...facts.values()].filter((e) => !ctx.type || e.type === ctx.type);
  const byYear = new Map<number | null, Edge[]>();
  for (const edge of shown) byYear.set(edge.year, [...(byYear.get(edge.year) ?? []), edge]);
  const years = [...byYear.keys()].sort((a, b) => (a ?? Infinity) - (b ?? Infinity));
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
    shown.length === 0
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
