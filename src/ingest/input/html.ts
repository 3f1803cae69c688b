/**
 * HTML to plain text with htmlparser2 (a maintained, streaming, forgiving parser that decodes
 * entities). Block elements end a line, so headlines, date lines and paragraphs of a portal
 * page keep their line structure; script, style and head content is dropped.
 */
import { Parser } from "htmlparser2";
import { IngestError } from "../errors.js";

const BLOCK = new Set([
  "p",
  "div",
  "br",
  "li",
  "ul",
  "ol",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "tr",
  "table",
  "section",
  "article",
  "header",
  "footer",
  "blockquote",
  "pre",
  "hr",
  "dd",
  "dt",
  "main",
  "aside",
  "nav",
]);
const SKIP = new Set(["script", "style", "head", "noscript", "template", "svg"]);

export function looksLikeHtml(text: string): boolean {
  const start = text.slice(0, 2048).toLowerCase();
  return (
    /^\s*<(!doctype|html|head|body|div|p|article|section|h[1-6]|ul|table|span|a)\b/.test(start) ||
    /<(p|div|br|h[1-6]|article)\b[^>]*>/.test(start)
  );
}

export function htmlToText(html: string): string {
  const out: string[] = [];
  let skipDepth = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIP.has(name)) skipDepth += 1;
        else if (BLOCK.has(name)) out.push("\n");
      },
      onclosetag(name) {
        if (SKIP.has(name)) skipDepth = Math.max(0, skipDepth - 1);
        else if (BLOCK.has(name)) out.push("\n");
      },
      ontext(text) {
        if (skipDepth === 0) out.push(text.replace(/\s+/g, " "));
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  const text = out
    .join("")
    .replace(/ *\n */g, "\n")
    .replace(/\n{2,}/g, "\n")
    .trim();
  if (text === "") {
    throw new IngestError("MALFORMED_HTML", "The HTML holds no readable text (broken or empty markup).");
  }
  if (/<[a-z!/][^>]*$/i.test(html.trimEnd()) && text.length < 20) {
    throw new IngestError("MALFORMED_HTML", "The HTML ends inside a tag and holds almost no text.");
  }
  return text;
}
