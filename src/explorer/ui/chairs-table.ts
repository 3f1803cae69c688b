/** "Chairs by year": a row per body, a column per year, the holder in each cell. Built from `chairs`. */
import type { ChairRow, Ref } from "../data/queries.js";
import { h } from "./dom.js";
import type { Labels } from "./i18n.js";

/** The years a chair row covers: its year, or its period (open periods run to `now`). */
export function yearsOf(row: ChairRow, now: number): number[] {
  if (row.year !== null) return [row.year];
  const start = row.from ? Number(row.from.slice(0, 4)) : null;
  if (start === null) return [];
  const end = row.to ? Number(row.to.slice(0, 4)) : now;
  const years: number[] = [];
  for (let y = start; y <= end; y++) years.push(y);
  return years;
}

export interface ChairGrid {
  years: number[];
  bodies: { body: Ref; cells: Map<number, Ref[]> }[];
}

export function chairGrid(rows: ChairRow[], now: number): ChairGrid {
  const byBody = new Map<string, { body: Ref; cells: Map<number, Ref[]> }>();
  let min = Infinity;
  let max = -Infinity;
  for (const row of rows) {
    const entry = byBody.get(row.body.id) ?? { body: row.body, cells: new Map<number, Ref[]>() };
    byBody.set(row.body.id, entry);
    for (const year of yearsOf(row, now)) {
      min = Math.min(min, year);
      max = Math.max(max, year);
      const holders = entry.cells.get(year) ?? [];
      if (!holders.some((h) => h.id === row.holder.id)) holders.push(row.holder);
      entry.cells.set(year, holders);
    }
  }
  const years: number[] = [];
  for (let y = min; y <= max; y++) years.push(y);
  const bodies = [...byBody.values()].sort((a, b) => a.body.name.localeCompare(b.body.name, "de"));
  return { years, bodies };
}

export function renderChairsTable(
  t: Labels,
  grid: ChairGrid,
  range: [number, number],
  onPick: (ref: Ref) => void,
): HTMLElement {
  if (grid.bodies.length === 0) return h("p", { class: "empty" }, t.noChairs);
  const inRange = (year: number): boolean => year >= range[0] && year <= range[1];
  return h(
    "div",
    { class: "table-scroll", tabindex: 0, role: "region", "aria-label": t.chairsTitle },
    h(
      "table",
      { class: "chairs-table" },
      h("caption", {}, t.chairsHint),
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          h("th", { scope: "col" }, t.body),
          grid.years.map((year) =>
            h("th", { scope: "col", class: inRange(year) ? "in-range" : null, "data-year": year }, year),
          ),
        ),
      ),
      h(
        "tbody",
        {},
        grid.bodies.map(({ body, cells }) =>
          h(
            "tr",
            { "data-body": body.id },
            h(
              "th",
              { scope: "row" },
              h("button", { class: "link", type: "button", onclick: () => onPick(body) }, body.name),
            ),
            grid.years.map((year) =>
              h(
                "td",
                { class: inRange(year) ? "in-range" : null, "data-year": year },
                (cells.get(year) ?? []).map((holder) =>
                  h("button", { class: "chip", type: "button", onclick: () => onPick(holder) }, holder.name),
                ),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}
