/** The input phase as one call: bytes or text in, normalised news items out. */
import { decodeInput } from "./decode.js";
import { htmlToText, looksLikeHtml } from "./html.js";
import { looksLikeJsonLines, parseJsonLines } from "./jsonl.js";
import { normalizeText } from "./normalize.js";
import { splitItems } from "./split.js";
import { subheadingsOnTheirOwnLines } from "./subheadings.js";
import type { RawItem } from "../types.js";

export type InputFormat = "auto" | "text" | "html" | "jsonl";

export interface ReadOptions {
  format?: InputFormat;
  publishedAt?: string;
  url?: string;
  isKnownName?: (word: string) => boolean;
}

export function readItems(input: string | Buffer, options: ReadOptions = {}): RawItem[] {
  return readRawItems(input, options).map((item) => ({
    ...item,
    text: subheadingsOnTheirOwnLines(item.text),
  }));
}

function readRawItems(input: string | Buffer, options: ReadOptions): RawItem[] {
  const decoded = decodeInput(input);
  const format = options.format ?? "auto";
  const split = { publishedAt: options.publishedAt, url: options.url, isKnownName: options.isKnownName };
  if (format === "jsonl" || (format === "auto" && looksLikeJsonLines(decoded))) {
    return parseJsonLines(decoded, split);
  }
  const plain =
    format === "html" || (format === "auto" && looksLikeHtml(decoded)) ? htmlToText(decoded) : decoded;
  return splitItems(normalizeText(plain), split);
}
