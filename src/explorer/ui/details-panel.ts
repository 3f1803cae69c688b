/** The details of the selected node or fact: properties, offices, timeline and every source with its quote. */
import { entityProperties, type PropertyValue } from "../data/properties.js";
import { officeHolders, timeline, type Ref, type Source, type TimelineEntry } from "../data/queries.js";
import type { ViewEdge } from "../graph/graph-view.js";
import { styleOf } from "../graph/styles.js";
import { clear, h } from "./dom.js";
import { factTypeLabel, type Labels, type Lang } from "./i18n.js";
import { describeError } from "./messages.js";
import { kindLabel, localizeSummary, quoted } from "./wording.js";

export interface DetailsContext {
  t: Labels;
  lang: Lang;
  /** The years the user chose: the timeline hides facts outside them. */
  years: [number, number];
  onPick(ref: Ref): void;
  onFact(entry: TimelineEntry, owner: string): void;
  /** The explorer's own address of an entity (for links that open in a new tab too). */
  linkTo(id: string): string;
}

const officeTypes = new Set(["State", "Federation", "Organization", "County", "Municipality"]);

export function formatDate(lang: Lang, iso: string | null, precision: string | null = "day"): string {
  if (!iso) return "";
  const date = new Date(`${iso}T00:00:00Z`);
  const locale = lang === "de" ? "de-DE" : "en-GB";
  if (precision === "year") return iso.slice(0, 4);
  if (precision === "month" || precision === "season")
    return date.toLocaleDateString(locale, { month: "long", year: "numeric", timeZone: "UTC" });
  return date.toLocaleDateString(locale, {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });
}

function refButton(ctx: DetailsContext, ref: Ref): HTMLElement {
  return h(
    "button",
    {
      type: "button",
      class: "ref",
      onclick: () => ctx.onPick(ref),
      title: ctx.t.types[ref.type] ?? ref.type,
    },
    h("span", { class: "swatch", style: `background:${styleOf(ref.type).color}` }),
    ref.name,
  );
}

export function renderSources(ctx: DetailsContext, sources: Source[]): HTMLElement {
  const openArticle = (source: Source) =>
    h(
      "a",
      {
        class: "open-article",
        href: ctx.linkTo(source.articleId),
        onclick: (event: Event) => {
          const mouse = event as MouseEvent;
          if (mouse.ctrlKey || mouse.metaKey || mouse.shiftKey) return;
          event.preventDefault();
          ctx.onPick({ id: source.articleId, name: source.title, type: "Article" });
        },
      },
      ctx.t.openArticle,
    );
  return h(
    "ul",
    { class: "sources" },
    sources.map((source) =>
      h(
        "li",
        { class: "source" },
        h(
          "blockquote",
          { class: "quote", cite: source.url ?? null },
          source.url
            ? h(
                "a",
                { href: source.url, target: "_blank", rel: "noopener noreferrer", title: ctx.t.openSource },
                quoted(ctx.lang, source.quote),
              )
            : quoted(ctx.lang, source.quote),
        ),
        h(
          "div",
          { class: "source-meta" },
          source.url
            ? h("a", { href: source.url, target: "_blank", rel: "noopener noreferrer" }, source.title)
            : h("span", { class: "source-title" }, source.title),
          " · ",
          source.publishedAt
            ? h("time", { datetime: source.publishedAt }, formatDate(ctx.lang, source.publishedAt))
            : ctx.t.undated,
          source.outlet ? ` · ${source.outlet}` : null,
          " · ",
          openArticle(source),
          source.curated ? h("span", { class: "tag" }, ctx.t.curatedQuote) : null,
        ),
      ),
    ),
  );
}

function renderValue(ctx: DetailsContext, key: string, value: PropertyValue): Node | string {
  if (Array.isArray(value)) return value.join(" · ");
  if (key === "kind" && typeof value === "string") return kindLabel(ctx.lang, value);
  if (key === "publishedAt" && typeof value === "string") return formatDate(ctx.lang, value);
  if (typeof value === "number") return value.toLocaleString(ctx.lang === "de" ? "de-DE" : "en-GB");
  if (typeof value === "string" && /^Q\d+$/.test(value))
    return h(
      "a",
      { href: `https://www.wikidata.org/wiki/${value}`, target: "_blank", rel: "noopener noreferrer" },
      value,
    );
  if (typeof value === "string" && /^https?:\/\//.test(value))
    return h("a", { href: value, target: "_blank", rel: "noopener noreferrer" }, value);
  return String(value);
}

const yearOf = (entry: TimelineEntry): number | null => (entry.date ? Number(entry.date.slice(0, 4)) : null);

function renderEntry(ctx: DetailsContext, entry: TimelineEntry, owner: string): HTMLElement {
  return h(
    "li",
    { class: "timeline-entry", "data-fact": entry.fact, "data-year": yearOf(entry) ?? "" },
    h(
      "div",
      { class: "timeline-head" },
      h(
        "time",
        { datetime: entry.date ?? "" },
        entry.date ? formatDate(ctx.lang, entry.date, entry.precision) : ctx.t.undated,
      ),
      h("span", { class: "fact-type" }, factTypeLabel(ctx.lang, entry.type)),
    ),
    h(
      "button",
      { type: "button", class: "summary link", onclick: () => ctx.onFact(entry, owner) },
      localizeSummary(ctx.lang, entry.summary),
    ),
    h(
      "div",
      { class: "participants" },
      entry.entities.filter((e) => e.id !== owner).map((e) => refButton(ctx, e)),
    ),
    renderSources(ctx, entry.sources),
  );
}

function section(title: string, ...content: (Node | null)[]): HTMLElement {
  return h("section", { class: "detail-section" }, h("h3", {}, title), ...content);
}

const loadingLine = (t: Labels): HTMLElement => h("p", { class: "loading" }, t.loading);

/** Fills `panel` with an entity's details; sections load in parallel and fail on their own. */
export function showEntity(panel: HTMLElement, ctx: DetailsContext, ref: Ref): void {
  const { t } = ctx;
  const style = styleOf(ref.type);
  const props = h("div", {}, loadingLine(t));
  const offices = h("div", {}, loadingLine(t));
  const events = h("div", {}, loadingLine(t));
  clear(
    panel,
    h(
      "header",
      { class: "detail-header" },
      h("span", { class: `legend-mark shape-${style.shape}`, style: `--c:${style.color}` }),
      h(
        "div",
        {},
        h("h2", { id: "details-title", tabindex: -1 }, ref.name),
        h("p", { class: "muted" }, `${t.types[ref.type] ?? ref.type} · ${ref.id}`),
      ),
    ),
    section(t.properties, props),
    officeTypes.has(ref.type) ? section(t.offices, offices) : null,
    section(t.timeline, events),
  );
  const fail = (target: HTMLElement) => (error: unknown) =>
    clear(target, h("p", { class: "error", role: "alert" }, describeError(t, error)));

  entityProperties(ref.id, ref.type)
    .then((rows) =>
      clear(
        props,
        rows.length === 0
          ? h("p", { class: "muted" }, "—")
          : h(
              "dl",
              { class: "properties" },
              rows.flatMap(([key, value]) => [
                h("dt", {}, t.fields[key] ?? key),
                h("dd", { class: key }, renderValue(ctx, key, value)),
              ]),
            ),
      ),
    )
    .catch(fail(props));

  if (officeTypes.has(ref.type)) {
    officeHolders(ref.id)
      .then((rows) =>
        clear(
          offices,
          rows.length === 0
            ? h("p", { class: "muted" }, "—")
            : h(
                "ul",
                { class: "offices" },
                rows.map((row) =>
                  h(
                    "li",
                    { class: "office" },
                    h("span", { class: "role" }, row.role ?? "—"),
                    refButton(ctx, row.person),
                    h(
                      "span",
                      { class: "muted" },
                      [
                        row.from ? `${t.since} ${formatDate(ctx.lang, row.from)}` : "",
                        row.to ? `${t.until} ${formatDate(ctx.lang, row.to)}` : "",
                        !row.from && row.observed ? formatDate(ctx.lang, row.observed) : "",
                      ]
                        .filter(Boolean)
                        .join(" "),
                    ),
                  ),
                ),
              ),
        ),
      )
      .catch(fail(offices));
  }

  timeline(ref.id)
    .then((entries) => {
      clear(
        events,
        entries.length === 0
          ? h("p", { class: "muted" }, t.noTimeline)
          : [
              h(
                "ol",
                { class: "timeline" },
                entries.map((entry) => renderEntry(ctx, entry, ref.id)),
              ),
              h("p", { class: "timeline-outside muted", hidden: true }),
            ],
      );
      filterTimeline(panel, t, ctx.years);
    })
    .catch(fail(events));
}

/** Hides the timeline's facts outside the years and says how many are hidden. */
export function filterTimeline(panel: HTMLElement, t: Labels, [from, to]: [number, number]): void {
  let outside = 0;
  for (const entry of panel.querySelectorAll<HTMLElement>(".timeline-entry[data-year]")) {
    const year = Number(entry.dataset.year);
    entry.hidden = entry.dataset.year !== "" && (year < from || year > to);
    if (entry.hidden) outside++;
  }
  const note = panel.querySelector<HTMLElement>(".timeline-outside");
  if (note) {
    note.hidden = outside === 0;
    note.textContent = outside > 0 ? t.timelineOutside(outside) : "";
  }
}

export function showNotFound(panel: HTMLElement, t: Labels, id: string): void {
  clear(panel, h("p", { class: "empty not-found", role: "alert" }, t.notFound(id)));
}

/** Fills `panel` with one fact: its summary, participants and sources (from its subject's timeline). */
export function showFact(
  panel: HTMLElement,
  ctx: DetailsContext,
  edge: ViewEdge,
  names: (id: string) => Ref,
): void {
  const { t } = ctx;
  const body = h("div", {}, loadingLine(t));
  clear(
    panel,
    h(
      "header",
      { class: "detail-header" },
      h("span", { class: "fact-mark" }),
      h(
        "div",
        {},
        h("h2", { id: "details-title", tabindex: -1 }, `${t.fact}: ${factTypeLabel(ctx.lang, edge.type)}`),
        h("p", { class: "muted" }, edge.year ? String(edge.year) : t.undated),
      ),
    ),
    h(
      "div",
      { class: "participants" },
      refButton(ctx, names(edge.source)),
      " → ",
      refButton(ctx, names(edge.target)),
    ),
    edge.summary ? h("p", { class: "fact-summary" }, localizeSummary(ctx.lang, edge.summary)) : null,
    section(t.sources, body),
  );
  if (!edge.fact) {
    clear(body, h("p", { class: "muted" }, t.structural));
    return;
  }
  const find = async (): Promise<TimelineEntry | undefined> => {
    for (const owner of [edge.source, edge.target]) {
      const hit = (await timeline(owner)).find((entry) => entry.fact === edge.fact);
      if (hit) return hit;
    }
    return undefined;
  };
  find()
    .then((entry) =>
      clear(
        body,
        entry && entry.sources.length > 0
          ? [
              h(
                "p",
                { class: "fact-date" },
                entry.date ? formatDate(ctx.lang, entry.date, entry.precision) : t.undated,
              ),
              renderSources(ctx, entry.sources),
            ]
          : h("p", { class: "muted" }, t.factNotFound),
      ),
    )
    .catch((error: unknown) =>
      clear(body, h("p", { class: "error", role: "alert" }, describeError(t, error))),
    );
}

export function showNothing(panel: HTMLElement, t: Labels): void {
  clear(panel, h("p", { class: "empty" }, t.noSelection));
}
