/**
 * Lighthouse-style checks run inside the page: text contrast (WCAG AA) and which controls the Tab
 * key reaches. Written as page scripts (strings), since the test code has no DOM types.
 */
import type { Page } from "playwright-core";

export interface ContrastFailure {
  text: string;
  ratio: number;
  needed: number;
}

/** Every visible text whose contrast with its effective background is below AA (4.5:1, 3:1 for large text). */
export function contrastFailures(page: Page): Promise<ContrastFailure[]> {
  return page.evaluate(`(() => {
    const parse = (c) => { const m = c.match(/[\\d.]+/g) || ["0","0","0","0"]; const k = c.startsWith("color(srgb") ? 255 : 1; return [Number(m[0]) * k, Number(m[1]) * k, Number(m[2]) * k, m[3] === undefined ? 1 : Number(m[3])]; };
    const lum = ([r, g, b]) => { const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }; return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
    const blend = (top, bottom) => { const a = top[3]; return [top[0] * a + bottom[0] * (1 - a), top[1] * a + bottom[1] * (1 - a), top[2] * a + bottom[2] * (1 - a), 1]; };
    const background = (el) => {
      const layers = [];
      for (let e = el; e; e = e.parentElement) { const c = parse(getComputedStyle(e).backgroundColor); if (c[3] > 0) layers.push(c); if (c[3] >= 1) break; }
      let color = [255, 255, 255, 1];
      for (const layer of layers.reverse()) color = blend(layer, color);
      return color;
    };
    const failures = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const seen = new Set();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || seen.has(el) || !node.textContent.trim()) continue;
      seen.add(el);
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      // Disabled controls are exempt (WCAG 1.4.3: inactive user interface components).
      if (box.width === 0 || box.height === 0 || style.visibility === "hidden" || el.closest("[hidden], :disabled")) continue;
      const opacity = Number(style.opacity);
      const fg = blend([...parse(style.color).slice(0, 3), parse(style.color)[3] * opacity], background(el));
      const bg = background(el);
      const [a, b] = [lum(fg), lum(bg)];
      const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      const size = parseFloat(style.fontSize);
      const bold = Number(style.fontWeight) >= 700;
      const needed = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
      if (ratio < needed) failures.push({ text: node.textContent.trim().slice(0, 40), ratio: Math.round(ratio * 100) / 100, needed });
    }
    return failures;
  })()`);
}

/**
 * Presses Tab once per visible control (and a few more) and returns the visible, enabled
 * controls it never reached, described by tag, id and text.
 */
export async function unreachableControls(page: Page): Promise<string[]> {
  const count = await page.evaluate(`(() => {
    const controls = [...document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])')]
      .filter((el) => !el.disabled && el.getClientRects().length > 0 && !el.closest("[hidden]") && getComputedStyle(el).visibility !== "hidden");
    controls.forEach((el, i) => el.setAttribute("data-audit", String(i)));
    window.__reached = new Set();
    document.addEventListener("focusin", (e) => { const a = e.target.getAttribute && e.target.getAttribute("data-audit"); if (a) window.__reached.add(a); });
    document.activeElement && document.activeElement.blur();
    return controls.length;
  })()`);
  for (let i = 0; i < Number(count) + 5; i++) await page.keyboard.press("Tab");
  // A radio group is one tab stop (arrow keys move within it): reaching one radio reaches its group.
  return page.evaluate(`[...document.querySelectorAll("[data-audit]")]
    .filter((el) => !window.__reached.has(el.getAttribute("data-audit")))
    .filter((el) => !(el.type === "radio" && [...document.querySelectorAll('input[type="radio"]')]
      .some((other) => other.name === el.name && window.__reached.has(other.getAttribute("data-audit")))))
    .map((el) => el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") + " " + (el.textContent || el.getAttribute("aria-label") || "").trim().slice(0, 30))`);
}
