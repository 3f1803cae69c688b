/**
 * One spelling for typographic variants, so that patterns and quotes see the same text:
 * double quotes („ “ ” « » ″) become ", single quotes (‚ ‘ ’ ‹ ›) become ', dashes
 * (– — ― ‒ −) become – (en dash), hyphen look-alikes (‐ ‑) become -, no-break and thin spaces
 * become spaces, soft hyphens and zero-width characters disappear, runs of spaces collapse.
 * Line breaks are kept (they separate headlines, dates and paragraphs).
 */
export function normalizeText(text: string): string {
  return text
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, "")
    .replace(/[„“”«»″‟]/g, '"')
    .replace(/[‚‘’‹›‛]/g, "'")
    .replace(/[‐‑]/g, "-")
    .replace(/[‒–—―−]/g, "–")
    .replace(/…/g, "...")
    .replace(/[\t\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, " ")
    .replace(/ {2,}/g, " ")
    .replace(/ *\n */g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** Whitespace of one line or sentence: single spaces, no line breaks. */
export function squash(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
