/** Stable ids: readable slugs for entities and articles, deterministic ids for facts. */
import { createHash } from "node:crypto";
import type { Fact } from "./fact.js";
import { FACT_REGISTRY, type FactTypeDefinition } from "./fact-types/index.js";

const GERMAN_LETTERS: Record<string, string> = {
  ä: "ae",
  ö: "oe",
  ü: "ue",
  ß: "ss",
  Ä: "ae",
  Ö: "oe",
  Ü: "ue",
};

/** "Daniela Dylakiewicz" -> "daniela-dylakiewicz", "Bildungs-MK" -> "bildungs-mk", "Ländern" -> "laendern". */
export function slugify(text: string, maxLength = 80): string {
  const slug = text
    .replace(/[äöüßÄÖÜ]/g, (letter) => GERMAN_LETTERS[letter] ?? letter)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug.slice(0, maxLength).replace(/-+$/, "");
}

export function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** Query parameters that say how a reader came to a page, not which page it is. */
const TRACKING_PARAMETER =
  /^(utm_.*|fbclid|gclid|gclsrc|dclid|gbraid|wbraid|msclkid|yclid|igshid|twclid|li_fat_id|mc_cid|mc_eid|_ga|_gl|_hs(enc|mi)|mkt_tok|wt_mc|wt\.mc_id|wt_zmc|pk_.*|piwik_.*|mtm_.*|matomo_.*|at_.*|ref_src|cmpid|ecid|s_cid|icid|oly_(anon|enc)_id|vero_(conv|id)|__twitter_impression)$/i;
/** Query parameters that carry a server session. */
const SESSION_PARAMETER = /^(jsessionid|phpsessid|aspsessionid\w*|sessionid|session_id|cfid|cftoken)$/i;

/**
 * The canonical form of an article URL, or undefined when it is not an http(s) URL: scheme and
 * host lower-cased, default port, fragment, tracking parameters (utm_*, fbclid, gclid, ...) and
 * session ids (";jsessionid=..." and session parameters) removed, the remaining parameters
 * sorted, a trailing slash dropped.
 * "HTTPS://Www.Example.org/a/b/;jsessionid=42?utm_source=x&id=7#top" -> "https://www.example.org/a/b?id=7"
 */
export function canonicalUrl(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return undefined;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return undefined;
  parsed.hash = "";
  parsed.username = "";
  parsed.password = "";
  parsed.pathname =
    parsed.pathname.replace(/;(jsessionid|phpsessid)=[^/?]*/gi, "").replace(/\/+$/, "") || "/";
  const kept = [...parsed.searchParams].filter(
    ([key]) => !TRACKING_PARAMETER.test(key) && !SESSION_PARAMETER.test(key),
  );
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  parsed.search = new URLSearchParams(kept).toString();
  const text = parsed.toString();
  return parsed.pathname === "/" && parsed.search === "" ? text.replace(/\/$/, "") : text;
}

/**
 * An article's id. With a URL it is the canonical URL's: host and path as a readable slug plus
 * a hash of the whole canonical URL ("www-example-org-news-neue-cio-3f2a9c1b7e0d"), so the same
 * page under tracking parameters is one article and two pages with the same headline on the same
 * day are two. Without a URL: day and title ("2025-02-07-sachsen-neue-cio-fuer-den-freistaat"),
 * "undated-..." when the source shows no date.
 */
export function articleId(publishedAt: string | undefined, title: string, url?: string): string {
  const canonical = url === undefined ? undefined : canonicalUrl(url);
  if (canonical) {
    const { host, pathname } = new URL(canonical);
    return `${slugify(`${host}${pathname}`, 60)}-${sha256(canonical).slice(0, 12)}`;
  }
  return `${publishedAt ?? "undated"}-${slugify(title, 60)}`;
}

/**
 * A fact's id says what it claims, not where it was read, so the same claim from two articles
 * (or from the curated seed and the importer) is one fact with two sources.
 */
export function factId(fact: Fact): string {
  const identity: FactTypeDefinition["identity"] = FACT_REGISTRY[fact.type].identity;
  // A timeless relation (an office, a membership) is one fact whenever it is reported.
  const when = identity.timeless ? undefined : (fact.year ?? fact.from ?? fact.date ?? "undated");
  // Who uses a service is part of the claim: "270 Ausländerbehörden" and "40 Kommunen" are two facts.
  const qualifier =
    fact.role ??
    (identity.qualifier === "text" && fact.text !== undefined
      ? sha256(fact.text.toLowerCase().replace(/\s+/g, " ").trim()).slice(0, 10)
      : identity.qualifier === "countUnit"
        ? fact.countUnit
        : undefined);
  return [fact.type, fact.subject.id, fact.object?.id, qualifier ? slugify(qualifier, 40) : undefined, when]
    .filter((part) => part !== undefined && part !== "")
    .join("/");
}
