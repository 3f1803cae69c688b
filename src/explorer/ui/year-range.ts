/** Two sliders, from-year and to-year, that never cross. */
import { h } from "./dom.js";
import type { Labels } from "./i18n.js";

export interface YearRange {
  element: HTMLElement;
  value(): [number, number];
  set(range: [number, number]): void;
  setBounds(min: number, max: number): void;
  relabel(t: Labels): void;
}

export function createYearRange(
  t: Labels,
  min: number,
  max: number,
  onChange: (range: [number, number]) => void,
): YearRange {
  const from = h("input", {
    type: "range",
    id: "year-from",
    min,
    max,
    step: 1,
    value: min,
    "aria-label": t.yearFrom,
  });
  const to = h("input", {
    type: "range",
    id: "year-to",
    min,
    max,
    step: 1,
    value: max,
    "aria-label": t.yearTo,
  });
  const output = h("output", { class: "year-output", for: "year-from year-to", "aria-live": "polite" });
  const title = h("span", { class: "year-title" }, t.years);
  const show = (): void => {
    output.textContent = from.value === to.value ? from.value : `${from.value} – ${to.value}`;
  };
  const value = (): [number, number] => [Number(from.value), Number(to.value)];
  from.addEventListener("input", () => {
    if (Number(from.value) > Number(to.value)) to.value = from.value;
    show();
    onChange(value());
  });
  to.addEventListener("input", () => {
    if (Number(to.value) < Number(from.value)) from.value = to.value;
    show();
    onChange(value());
  });
  show();
  return {
    element: h("div", { class: "year-range" }, title, h("div", { class: "year-sliders" }, from, to), output),
    value,
    set: ([a, b]) => {
      from.value = String(a);
      to.value = String(b);
      show();
    },
    setBounds: (lo, hi) => {
      for (const input of [from, to]) {
        input.min = String(lo);
        input.max = String(hi);
      }
      show();
    },
    relabel: (next) => {
      title.textContent = next.years;
      from.setAttribute("aria-label", next.yearFrom);
      to.setAttribute("aria-label", next.yearTo);
    },
  };
}
