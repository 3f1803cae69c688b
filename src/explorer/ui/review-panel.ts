/**
 * The Review tab for editors: a token to sign in with (kept for the browser session), then the
 * queue, newest first, filtered by fact type and confidence, each item with its article, quote,
 * proposed fact and the entities it links; accept, correct the subject or object and accept, or
 * reject, and the graph follows at once.
 */
import {
  claimsEditor,
  decideReview,
  pendingReviews,
  type Corrections,
  type ReviewItem,
} from "../data/review.js";
import type { Ref } from "../data/queries.js";
import { styleOf } from "../graph/styles.js";
import { clear, h } from "./dom.js";
import { factTypeLabel, type Labels, type Lang } from "./i18n.js";
import { describeError } from "./messages.js";
import { createCorrectionForm } from "./review-correction.js";
import { localizeSummary, quoted } from "./wording.js";

const storageKey = "govgraph-editor-token";

export function editorToken(): string | null {
  const token = sessionStorage.getItem(storageKey);
  return token && claimsEditor(token) ? token : null;
}

export interface ReviewContext {
  t: Labels;
  lang: Lang;
  linkTo(id: string): string;
  onSignedIn(): void;
  onDecided(item: ReviewItem, accepted: boolean): void;
}

function entity(ctx: ReviewContext, ref: Ref | null): HTMLElement | string {
  if (!ref) return "—";
  return h(
    "a",
    { class: "ref", href: ctx.linkTo(ref.id) },
    h("span", { class: "swatch", style: `background:${styleOf(ref.type).color}` }),
    ref.name,
  );
}

function signIn(panel: HTMLElement, ctx: ReviewContext): void {
  const { t } = ctx;
  const input = h("input", { id: "editor-token", type: "password", autocomplete: "off", required: true });
  const message = h("p", { class: "error", role: "alert" });
  const form = h(
    "form",
    { class: "token-form" },
    h("label", { for: "editor-token" }, t.reviewToken),
    input,
    h("button", { type: "submit", class: "primary", id: "editor-sign-in" }, t.reviewSignIn),
    message,
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const token = input.value.trim();
    if (!claimsEditor(token)) {
      message.textContent = t.reviewNoEditor;
      return;
    }
    sessionStorage.setItem(storageKey, token);
    ctx.onSignedIn();
  });
  clear(panel, h("h2", {}, t.review), h("p", { class: "muted" }, t.reviewHint), form);
}

export async function renderReview(panel: HTMLElement, ctx: ReviewContext): Promise<void> {
  const token = editorToken();
  if (!token) return signIn(panel, ctx);
  const { t } = ctx;
  clear(panel, h("h2", {}, t.review), h("p", { class: "loading" }, t.loading));
  let items: ReviewItem[];
  try {
    items = await pendingReviews(token);
  } catch (error) {
    clear(panel, h("h2", {}, t.review), h("p", { class: "error", role: "alert" }, describeError(t, error)));
    return;
  }
  const types = [...new Set(items.map((item) => item.type))].sort();
  const typeFilter = h(
    "select",
    { id: "review-type", "aria-label": t.reviewType },
    h("option", { value: "" }, t.reviewAllTypes),
    types.map((type) => h("option", { value: type }, factTypeLabel(ctx.lang, type))),
  );
  const confidence = h("input", {
    id: "review-confidence",
    type: "range",
    min: 0,
    max: 100,
    step: 5,
    value: 0,
    "aria-label": t.reviewMinConfidence,
  });
  const list = h("ol", { class: "review-list" });
  const show = (): void => {
    const min = Number(confidence.value) / 100;
    const shown = items.filter(
      (item) => (!typeFilter.value || item.type === typeFilter.value) && item.confidence >= min,
    );
    clear(
      list,
      shown.length === 0
        ? h("li", { class: "muted" }, t.reviewEmpty)
        : shown.map((item) => {
            const decide =
              (accept: boolean, corrections: Corrections = {}) =>
              async () => {
                try {
                  await decideReview(token, item.id, accept, corrections);
                  items = items.filter((other) => other.id !== item.id);
                  ctx.onDecided(item, accept);
                  show();
                } catch (error) {
                  row.append(h("p", { class: "error", role: "alert" }, describeError(t, error)));
                }
              };
            const participants = h(
              "p",
              { class: "participants" },
              entity(ctx, item.subject),
              " → ",
              entity(ctx, item.object),
            );
            // Correcting opens search fields for the subject and object; the line above follows the choice.
            const correct = h(
              "button",
              { type: "button", class: "correct", "aria-expanded": "false" },
              t.reviewCorrect,
            );
            correct.addEventListener("click", () => {
              const open = row.querySelector(".review-correction");
              correct.setAttribute("aria-expanded", String(!open));
              if (open) {
                // Closing the form drops the corrections: the line shows the proposal again.
                open.remove();
                clear(participants, entity(ctx, item.subject), " → ", entity(ctx, item.object));
                return;
              }
              const form = createCorrectionForm({
                item,
                t: () => ctx.t,
                onChange: (subject, object) =>
                  clear(participants, entity(ctx, subject), " → ", entity(ctx, object)),
                onAccept: (corrections) => void decide(true, corrections)(),
              });
              row.append(form.element);
              form.element.querySelector("input")?.focus();
            });
            const row = h(
              "li",
              { class: "review-item", "data-id": item.id },
              h(
                "div",
                { class: "timeline-head" },
                h("span", { class: "fact-type" }, factTypeLabel(ctx.lang, item.type)),
                h("span", { class: "muted" }, `${Math.round(item.confidence * 100)} %`),
              ),
              h("p", { class: "fact-summary" }, localizeSummary(ctx.lang, item.summary)),
              h("blockquote", { class: "quote" }, h("mark", {}, quoted(ctx.lang, item.quote))),
              participants,
              h(
                "p",
                { class: "source-meta" },
                h("a", { href: ctx.linkTo(item.articleId) }, item.articleTitle),
              ),
              h(
                "div",
                { class: "review-actions" },
                h(
                  "button",
                  { type: "button", class: "primary accept", onclick: decide(true) },
                  t.reviewAccept,
                ),
                h("button", { type: "button", class: "reject", onclick: decide(false) }, t.reviewReject),
                correct,
              ),
            );
            return row;
          }),
    );
  };
  typeFilter.addEventListener("change", show);
  confidence.addEventListener("input", show);
  const signOut = h("button", { type: "button", class: "ghost", id: "editor-sign-out" }, t.reviewSignOut);
  signOut.addEventListener("click", () => {
    sessionStorage.removeItem(storageKey);
    void renderReview(panel, ctx);
  });
  clear(
    panel,
    h("header", { class: "review-head" }, h("h2", {}, t.review), signOut),
    h(
      "div",
      { class: "review-filters" },
      typeFilter,
      h("label", { for: "review-confidence" }, t.reviewMinConfidence),
      confidence,
    ),
    list,
  );
  show();
}
