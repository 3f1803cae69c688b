import { beforeAll, describe, expect, it } from "vitest";
import { extractArticles, IngestError } from "../../../src/ingest/extract.js";
import { loadReferenceData } from "../../../src/seed/reference-data.js";
import type { ReferenceData } from "../../../src/ingest/types.js";
import { emptyNlp } from "../../helpers/recorded-nlp.js";

let reference: ReferenceData;
beforeAll(() => {
  reference = loadReferenceData();
}, 60_000);

async function codeOf(
  input: string | Buffer,
  options: { publishedAt?: string; format?: "auto" | "text" | "html" | "jsonl" } = {},
): Promise<string | undefined> {
  try {
    await extractArticles(input, { reference, nlp: emptyNlp, ...options });
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(IngestError);
    return (error as IngestError).code;
  }
}

describe("bad input gets a stable code", () => {
  it("empty", async () => {
    expect(await codeOf("")).toBe("EMPTY_INPUT");
    expect(await codeOf(Buffer.from("  \n\t "))).toBe("EMPTY_INPUT");
    expect(await codeOf("# Quelle: nur ein Kommentar")).toBe("EMPTY_INPUT");
  });

  it("binary", async () => {
    expect(await codeOf(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]))).toBe("BINARY_INPUT");
  });

  it("over 10 MB", async () => {
    expect(await codeOf(Buffer.alloc(10 * 1024 * 1024 + 1, 0x61))).toBe("INPUT_TOO_LARGE");
  });

  it("mixed encodings", async () => {
    expect(
      await codeOf(
        Buffer.concat([Buffer.from("Titel\n[01.02.2025] Thüringen ", "utf8"), Buffer.from([0xfc])]),
      ),
    ).toBe("INVALID_ENCODING");
  });

  it("broken HTML without text", async () => {
    expect(await codeOf("<html><body><div><script>x</script></div>", { format: "html" })).toBe(
      "MALFORMED_HTML",
    );
  });

  it("impossible dates in an item header and in the text", async () => {
    expect(await codeOf("Titel\n[31.02.2025] Text.")).toBe("INVALID_DATE");
    expect(await codeOf("Titel\n[01.02.2025] Am 31.02.2025 tagte das Gremium.")).toBe("INVALID_DATE");
    expect(await codeOf("Titel\nText.", { publishedAt: "2025-02-30" })).toBe("INVALID_DATE");
  });

  it("malformed JSON lines", async () => {
    expect(
      await codeOf('{"title":"a","text":"b","publishedAt":"2025-01-01"}\n{"title": broken', {
        format: "jsonl",
      }),
    ).toBe("MALFORMED_JSONL");
    expect(await codeOf('{"title":"a","publishedAt":"2025-01-01"}', { format: "jsonl" })).toBe(
      "MALFORMED_JSONL",
    );
  });
});
