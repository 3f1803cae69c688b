/** Stable ids: readable slugs for entities and articles, deterministic ids for facts. */
import { createHash } from "node:crypto";
import type { Fact } from "./fact.js";

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

/** An article is identified by its day and title: "2025-02-07-sachsen-neue-cio-fuer-den-freistaat". */
export function articleId(publishedAt: string, title: string): string {
  return `${publishedAt}-${slugify(title, 60)}`;
}

/** Relations that are one fact however often and whenever they are reported; their dates are merged. */
const TIMELESS = new Set<Fact["type"]>(["holdsOffice", "leads", "memberOf", "participatesIn", "succeeds"]);

/**
 * A fact's id says what it claims, not where it was read, so the same claim from two articles
 * (or from the curated seed and the importer) is one fact with two sources.
 */
export function factId(fact: Fact): string {
  const when = TIMELESS.has(fact.type) ? undefined : (fact.year ?? fact.from ?? fact.date ?? "undated");
  const qualifier =
    fact.role ??
    (fact.text !== undefined && (fact.type === "adopts" || fact.type === "announces")
      ? sha256(fact.text.toLowerCase().replace(/\s+/g, " ").trim()).slice(0, 10)
      : undefined);
  return [fact.type, fact.subject.id, fact.object?.id, qualifier ? slugify(qualifier, 40) : undefined, when]
    .filter((part) => part !== undefined && part !== "")
    .join("/");
}
