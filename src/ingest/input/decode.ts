/**
 * Bytes to text: UTF-8 when the bytes are valid UTF-8, Windows-1252 when they hold no UTF-8
 * multi-byte sequence at all (a legacy export), an error when both kinds are mixed.
 */
import { IngestError } from "../errors.js";

export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

const utf8 = new TextDecoder("utf-8", { fatal: true });
const windows1252 = new TextDecoder("windows-1252");

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
    return windows1252.decode(bytes);
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
  const control = sample.match(/[\u0000-\u0008\u000E-\u001F\uFFFD]/g)?.length ?? 0;
  if (sample.includes("\u0000") || control / sample.length > 0.05) {
    throw new IngestError("BINARY_INPUT", "Input is mostly control characters: it is not text.");
  }
}
