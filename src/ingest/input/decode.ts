/**
 * Bytes to text: UTF-8 when the bytes are valid UTF-8, Windows-1252 when they hold no UTF-8
 * multi-byte sequence at all (a legacy export), an error when both kinds are mixed.
 */
import { IngestError } from "../errors.js";

export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

const utf8 = new TextDecoder("utf-8", { fatal: true });
/** Windows-1252 differs from Latin-1 in 0x80-0x9F (€, „, “, ”, –, —, ...); Node's decoder treats the label as Latin-1. */
const CP1252_HIGH =
  "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F" +
  "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

function decodeWindows1252(bytes: Buffer): string {
  let text = "";
  for (const byte of bytes)
    text += byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
  return text;
}

/** A valid UTF-8 multi-byte sequence (two to four bytes). */
const UTF8_MULTIBYTE = /[\xC2-\xDF][\x80-\xBF]|[\xE0-\xEF][\x80-\xBF]{2}|[\xF0-\xF4][\x80-\xBF]{3}/;

export function decodeInput(input: string | Buffer): string {
  const bytes = typeof input === "string" ? undefined : input;
  const size = bytes ? bytes.length : Buffer.byteLength(input as string, "utf8");
  if (size > MAX_INPUT_BYTES) {
    throw new IngestError(
      "INPUT_TOO_LARGE",
      `Input is ${size} bytes; the limit is ${MAX_INPUT_BYTES} bytes (10 MB).`,
    );
  }
  let text: string;
  if (bytes === undefined) {
    text = input as string;
  } else {
    assertNotBinary(bytes);
    text = decodeBytes(bytes);
  }
  text = text.replace(/^\uFEFF/, "");
  if (text.trim() === "") throw new IngestError("EMPTY_INPUT", "Input is empty.");
  assertTextLike(text);
  return text;
}

function decodeBytes(bytes: Buffer): string {
  try {
    return utf8.decode(bytes);
  } catch {
    const latin = bytes.toString("latin1");
    if (UTF8_MULTIBYTE.test(latin)) {
      throw new IngestError(
        "INVALID_ENCODING",
        "Input mixes UTF-8 with another encoding; save it as UTF-8 (or entirely as Windows-1252).",
      );
    }
    return decodeWindows1252(bytes);
  }
}

function assertNotBinary(bytes: Buffer): void {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) throw new IngestError("BINARY_INPUT", "Input contains NUL bytes: it is not text.");
    if (byte < 9 || (byte > 13 && byte < 32)) control += 1;
  }
  if (sample.length > 0 && control / sample.length > 0.05) {
    throw new IngestError("BINARY_INPUT", "Input is mostly control characters: it is not text.");
  }
}

function assertTextLike(text: string): void {
  const sample = text.slice(0, 8192);
  let control = 0;
  for (let i = 0; i < sample.length; i += 1) {
    const code = sample.charCodeAt(i);
    if (code < 9 || (code > 13 && code < 32) || code === 0xfffd) control += 1;
  }
  if (sample.includes("\u0000") || control / sample.length > 0.05) {
    throw new IngestError("BINARY_INPUT", "Input is mostly control characters: it is not text.");
  }
}
