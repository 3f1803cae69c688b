/**
 * Correcting a queued fact before accepting it: a search field for the subject (and the object,
 * when the fact has one), each picking an entity of the graph; the participants line shows the
 * choice, and "accept corrected" sends the ids with the acceptance.
 */
import type { Corrections, ReviewItem } from "../data/review.js";
import { h } from "./dom.js";
import type { Labels } from "./i18n.js";
import { createSearchBox } from "./search-box.js";

export interface CorrectionForm {
  element: HTMLElement;
}

export function createCorrectionForm(options: {
  item: ReviewItem;
  t: () => Labels;
  /** Redraws the participants line with the corrected (or proposed) entities. */
  onChange(subject: ReviewItem["subject"], object: ReviewItem["object"]): void;
  onAccept(corrections: Corrections): void;
}): CorrectionForm {
  const { item, t } = options;
  let subject = item.subject;
  let object = item.object;
  const corrections: Corrections = {};
  const field = (role: "subject" | "object") => {
    const box = createSearchBox({
      label: (labels) => (role === "subject" ? labels.reviewSubject : labels.reviewObject),
      t,
      name: `review-${role}`,
      id: `review-${role}-${item.id.replace(/[^A-Za-z0-9_-]/g, "_")}`,
      onPick: (hit) => {
        const ref = { id: hit.id, name: hit.name, type: hit.type };
        if (role === "subject") subject = ref;
        else object = ref;
        corrections[role] = hit.id;
        options.onChange(subject, object);
      },
    });
    box.setValue((role === "subject" ? item.subject : item.object)?.name ?? "");
    return box.element;
  };
  const accept = h(
    "button",
    { type: "button", class: "primary accept-corrected" },
    t().reviewAcceptCorrected,
  );
  accept.addEventListener("click", () => options.onAccept({ ...corrections }));
  return {
    element: h(
      "div",
      { class: "review-correction" },
      field("subject"),
      item.object ? field("object") : null,
      accept,
    ),
  };
}
