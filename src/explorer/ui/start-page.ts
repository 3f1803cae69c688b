/**
 * The start page: answers before the first keystroke. This year's chairs, the newest facts with
 * their sources, what the graph holds by type, and three example questions that open the graph,
 * the chairs table and a path.
 */
import type { ChairRow, Ref } from "../data/queries.js";
import type { LatestFact } from "../data/overview.js";
import { styleOf } from "../graph/styles.js";
import { yearsOf } from "./chairs-table.js";
import { formatDate } from "./details-panel.js";
import { h } from "./dom.js";
import type { Labels, Lang } from "./i18n.js";
import { localizeSummary, quoted } from "./wording.js";

export interface StartData {
  year: number;
  chairs: ChairRow[];
  latest: LatestFact[] | null;
  counts: Record<string, number> | null;
}

export interface StartContext {
  t: Labels;
  lang: Lang;
  /** The explorer's address for a view (query string), so examples are plain links. */
  link(query: string): string;
  onPick(ref: Ref): void;
}

function entityLink(ctx: StartContext, ref: Ref): HTMLElement {
  return h(
    "a",
    {
      class: "ref",
      href: ctx.link(`entity=${encodeURIComponent(ref.id)}`),
      onclick: (event: Event) => {
        event.preventDefault();
        ctx.onPick(ref);
      },
    },
    h("span", { class: "swatch", style: `background:${styleOf(ref.type).color}` }),
    ref.name,
  );
}

function card(title: string, className: string, ...content: (Node | null)[]): HTMLElement {
  return h("section", { class: `start-card ${className}` }, h("h3", {}, title), ...content);
}

export function renderStartPage(ctx: StartContext, data: StartData): HTMLElement {
  const { t } = ctx;
  // This year's chairs, or those of the latest year that has any.
  const years = data.chairs.flatMap((row) => yearsOf(row, data.year)).filter((y) => y <= data.year);
  const year = years.includes(data.year) || years.length === 0 ? data.year : Math.max(...years);
  const current = data.chairs.filter((row) => yearsOf(row, data.year).includes(year));
  const chairs = card(
    t.chairsNow(year),
    "start-chairs",
    current.length === 0
      ? h("p", { class: "muted" }, t.noChairsYear)
      : h(
          "ul",
          { class: "start-list" },
          current.map((row) =>
            h(
              "li",
              { class: "start-chair" },
              entityLink(ctx, row.body),
              h("span", { class: "muted" }, "←"),
              entityLink(ctx, row.holder),
            ),
          ),
        ),
  );
  const latest = card(
    t.latestFacts,
    "start-latest",
    !data.latest
      ? h("p", { class: "muted" }, "—")
      : h(
          "ul",
          { class: "start-list" },
          data.latest.map((fact) =>
            h(
              "li",
              { class: "start-fact" },
              h("p", { class: "start-fact-summary" }, localizeSummary(ctx.lang, fact.summary)),
              fact.source
                ? [
                    h("blockquote", { class: "start-quote" }, quoted(ctx.lang, fact.source.quote)),
                    h(
                      "p",
                      { class: "source-meta" },
                      fact.source.url
                        ? h(
                            "a",
                            { href: fact.source.url, target: "_blank", rel: "noopener noreferrer" },
                            fact.source.title,
                          )
                        : entityLink(ctx, { id: fact.source.id, name: fact.source.title, type: "Article" }),
                      ` · ${formatDate(ctx.lang, fact.source.publishedAt)}`,
                    ),
                  ]
                : null,
            ),
          ),
        ),
  );
  const counts = card(
    t.countsTitle,
    "start-counts",
    !data.counts
      ? h("p", { class: "muted" }, "—")
      : h(
          "ul",
          { class: "counts" },
          Object.entries(data.counts).map(([type, count]) =>
            h(
              "li",
              { "data-type": type },
              h("span", { class: "count" }, count.toLocaleString(ctx.lang === "de" ? "de-DE" : "en-GB")),
              h("span", { class: "swatch", style: `background:${styleOf(type).color}` }),
              t.types[type] ?? type,
            ),
          ),
        ),
  );
  const examples = card(
    t.examplesTitle,
    "start-examples",
    h(
      "ul",
      { class: "examples" },
      h("li", {}, h("a", { class: "example", href: ctx.link("entity=DE-MV") }, t.exampleGraph)),
      h("li", {}, h("a", { class: "example", href: ctx.link("tab=chairs") }, t.exampleChairs)),
      h(
        "li",
        {},
        h(
          "a",
          { class: "example", href: ctx.link("tab=path&pathFrom=jan-philipp-albrecht&pathTo=d16") },
          t.examplePath,
        ),
      ),
    ),
  );
  return h(
    "div",
    { class: "start-page" },
    h("header", { class: "start-head" }, h("h2", {}, t.startTitle), h("p", {}, t.startLead)),
    examples,
    h("div", { class: "start-grid" }, chairs, latest, counts),
  );
}
