/** The key to the node colours and shapes; each type is a toggle that shows or hides its nodes. */
import { legendTypes, styleOf } from "../graph/styles.js";
import { h } from "./dom.js";
import type { Labels } from "./i18n.js";

export function renderLegend(
  t: Labels,
  hidden: ReadonlySet<string>,
  onToggle: (type: string) => void,
): HTMLElement {
  return h(
    "ul",
    { class: "legend", "aria-label": t.legend },
    legendTypes.map((type) => {
      const style = styleOf(type);
      const name = t.types[type] ?? type;
      return h(
        "li",
        {},
        h(
          "button",
          {
            type: "button",
            class: "legend-toggle",
            "data-type": type,
            "aria-pressed": String(!hidden.has(type)),
            title: t.showType(name),
            onclick: () => onToggle(type),
          },
          h("span", { class: `legend-mark shape-${style.shape}`, style: `--c:${style.color}` }),
          name,
        ),
      );
    }),
  );
}
