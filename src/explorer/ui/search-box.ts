/**
 * A search field with suggestions as you type (the full-text `search` query, debounced).
 * Keyboard: arrows move, Enter picks, Escape closes. An ARIA combobox, so screen readers follow.
 */
import { search, type SearchHit } from "../data/queries.js";
import { styleOf } from "../graph/styles.js";
import { debounce, h } from "./dom.js";
import type { Labels } from "./i18n.js";
import { describeError } from "./messages.js";

export interface SearchBox {
  element: HTMLElement;
  input: HTMLInputElement;
  setValue(text: string): void;
  relabel(t: Labels): void;
}

let counter = 0;

export function createSearchBox(options: {
  label: (t: Labels) => string;
  t: () => Labels;
  onPick(hit: SearchHit): void;
  name: string;
  id?: string;
}): SearchBox {
  const id = options.id ?? `search-${++counter}`;
  const listId = `${id}-list`;
  const label = h("label", { for: id, class: "search-label" }, options.label(options.t()));
  const input = h("input", {
    id,
    type: "search",
    name: options.name,
    autocomplete: "off",
    spellcheck: "false",
    role: "combobox",
    "aria-autocomplete": "list",
    "aria-expanded": "false",
    "aria-controls": listId,
    placeholder: options.t().searchPlaceholder,
  });
  const list = h("ul", { id: listId, role: "listbox", class: "suggestions", hidden: true });
  const status = h("div", { class: "search-status", role: "status", "aria-live": "polite" });
  let hits: SearchHit[] = [];
  let active = -1;
  let generation = 0;

  const close = (): void => {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  };
  const pick = (hit: SearchHit): void => {
    input.value = hit.name;
    close();
    status.textContent = "";
    options.onPick(hit);
  };
  const highlight = (index: number): void => {
    active = index;
    [...list.children].forEach((item, i) => item.setAttribute("aria-selected", String(i === index)));
    if (index >= 0) input.setAttribute("aria-activedescendant", `${listId}-${index}`);
  };
  const render = (): void => {
    const t = options.t();
    list.replaceChildren(
      ...hits.map((hit, i) =>
        h(
          "li",
          {
            id: `${listId}-${i}`,
            role: "option",
            class: "suggestion",
            "aria-selected": "false",
            "data-id": hit.id,
            onmousedown: (event: Event) => {
              event.preventDefault();
              pick(hit);
            },
          },
          h("span", { class: "swatch", style: `background:${styleOf(hit.type).color}` }),
          h("span", { class: "suggestion-name" }, hit.name),
          h("span", { class: "suggestion-type" }, t.types[hit.type] ?? hit.type),
          hit.snippet && hit.snippet !== hit.name
            ? h("span", { class: "suggestion-snippet" }, hit.snippet)
            : null,
        ),
      ),
    );
    list.hidden = hits.length === 0;
    input.setAttribute("aria-expanded", String(hits.length > 0));
    highlight(hits.length > 0 ? 0 : -1);
  };
  const lookup = debounce(async (text: string) => {
    const mine = ++generation;
    const t = options.t();
    status.textContent = t.searching;
    try {
      const found = await search(text);
      if (mine !== generation) return;
      hits = found;
      status.textContent = found.length === 0 ? t.nothingFound(text) : "";
      render();
    } catch (error) {
      if (mine !== generation) return;
      hits = [];
      render();
      status.textContent = describeError(t, error);
      status.classList.add("error");
    }
  }, 200);

  input.addEventListener("input", () => {
    status.classList.remove("error");
    const text = input.value.trim();
    if (text.length < 2) {
      generation++;
      hits = [];
      status.textContent = "";
      close();
      return;
    }
    lookup(text);
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" && hits.length > 0) {
      event.preventDefault();
      list.hidden = false;
      highlight((active + 1) % hits.length);
    } else if (event.key === "ArrowUp" && hits.length > 0) {
      event.preventDefault();
      highlight((active - 1 + hits.length) % hits.length);
    } else if (event.key === "Enter") {
      const hit = hits[active] ?? hits[0];
      if (hit && !list.hidden) {
        event.preventDefault();
        pick(hit);
      }
    } else if (event.key === "Escape") {
      close();
      status.textContent = "";
    }
  });
  input.addEventListener("blur", () => setTimeout(close, 100));
  input.addEventListener("focus", () => {
    if (hits.length > 0 && input.value.trim().length >= 2) render();
  });

  const element = h(
    "div",
    { class: "search-box" },
    label,
    h("div", { class: "search-field" }, input, list),
    status,
  );
  return {
    element,
    input,
    setValue: (text) => (input.value = text),
    relabel: (t) => {
      label.textContent = options.label(t);
      input.placeholder = t.searchPlaceholder;
    },
  };
}
