/** Writes what is on screen into the address (history.replaceState), and only that. */
import { initialLang } from "../ui/i18n.js";
import { writeAddress } from "../ui/url-state.js";
import { address, edits, expansions, state, view, years } from "./context.js";

export function syncAddress(): void {
  const { root, selected, shownFact, shownPath, bounds } = state;
  address.entity = root?.id ?? null;
  address.expanded = root ? expansions.order.filter((id) => id !== root.id) : [];
  address.node = selected && selected.id !== root?.id ? selected.id : null;
  address.fact = shownFact?.fact ?? null;
  const [from, to] = years.value();
  const whole = from === bounds[0] && to === bounds[1];
  address.from = whole ? null : from;
  address.to = whole ? null : to;
  address.pathFrom = shownPath?.from.id ?? null;
  address.pathTo = shownPath?.to.id ?? null;
  address.lang = state.lang === initialLang(null) ? null : state.lang;
  address.camera = view.graph.order > 0 ? view.camera() : null;
  address.hidden = [...edits.nodes].filter((id) => view.graph.hasNode(id));
  address.hiddenTypes = [...edits.types];
  writeAddress(address);
}
