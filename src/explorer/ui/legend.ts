/** The key to the node colours and shapes. */
import { legendTypes, styleOf } from "../graph/styles.js";
import { h } from "./dom.js";
import type { Labels } from "./i18n.js";

export function renderLegend(t: Labels): HTMLElement {
  return h(
    "ul",
    { class: "legend", "aria-label": t.legend },
    legendTypes.map((type) => {
      const style = styleOf(type);
      return h(
        "li",
        {},
        h("span", { class: `legend-mark shape-${style.shape}`, style: `--c:${style.color}` }),
        t.types[type] ?? type,
      );
    }),
  );
}
