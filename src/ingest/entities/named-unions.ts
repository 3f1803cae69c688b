/**
 * A Zweckverband the reference data does not know, named by its kind noun and its quoted name:
 * "der Zweckverband „Digitale Kommunen Brandenburg“". It is an association of its member towns
 * and counties, named in the nominative without quotes ("Zweckverband Digitale Kommunen
 * Brandenburg"); a place inside its name is part of it. (Without quotes the name's end is a guess;
 * the member and office rules read "des Zweckverbands 4IT" themselves.)
 */
import { slugify } from "../../model/ids.js";
import type { KnownEntity } from "../types.js";
import type { Mention } from "./mentions.js";
import type { Token } from "./tokenize.js";

const KIND = /^Zweckverband(?:e?s)?$/;
const QUOTE = /^["„“”]$/;
const MAX_NAME_WORDS = 8;

export function namedUnions(sentence: string, tokens: Token[], mentions: Mention[]): Mention[] {
  const found: Mention[] = [];
  tokens.forEach((token, i) => {
    if (!KIND.test(token.text)) return;
    // Known already: "Zweckverband Kommunale Informationsverarbeitung Baden-Franken".
    if (mentions.some((m) => m.first <= i && i < m.last && m.entity.type === "Organization")) return;
    const span = QUOTE.test(tokens[i + 1]?.text ?? "") ? quotedName(tokens, i + 1) : undefined;
    if (!span) return;
    // ("Zweckverband „OWL-IT“": a quoted name the gazetteer knows is that organisation.)
    const known = mentions.some(
      (m) =>
        m.entity.type === "Organization" &&
        m.form !== "partial" &&
        m.first < span.last &&
        m.last > span.first,
    );
    if (known) return;
    const own = sentence.slice(tokens[span.first]!.start, tokens[span.last - 1]!.end);
    if (own.length < 3) return;
    const name = `Zweckverband ${own}`;
    const entity: KnownEntity = {
      id: slugify(name),
      name,
      type: "Organization",
      kind: "association",
      isNew: true,
    };
    const last = span.last + 1;
    const start = token.start;
    const end = tokens[last - 1]!.end;
    found.push({ start, end, first: i, last, text: sentence.slice(start, end), entity, form: "pattern" });
  });
  return found;
}

/** The words between the quotes after the kind noun. */
function quotedName(tokens: Token[], open: number) {
  const close = tokens.findIndex(
    (t, k) => k > open + 1 && k <= open + MAX_NAME_WORDS + 1 && QUOTE.test(t.text),
  );
  return close < 0 ? undefined : { first: open + 1, last: close };
}
