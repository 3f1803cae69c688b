/** Turns a failed request into a sentence that says what happened. */
import { ApiError } from "../data/client.js";
import type { Labels } from "./i18n.js";

export function describeError(t: Labels, error: unknown): string {
  if (error instanceof ApiError && error.kind === "unreachable") return t.apiDown;
  if (error instanceof ApiError && error.kind === "http" && /HTTP 5\d\d/.test(error.message))
    return t.apiDown;
  return t.apiError(error instanceof Error ? error.message : String(error));
}
