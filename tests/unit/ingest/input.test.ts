import { describe, expect, it } from "vitest";
import { decodeInput } from "../../../src/ingest/input/decode.js";
import { htmlToText } from "../../../src/ingest/input/html.js";
import { splitKicker } from "../../../src/ingest/input/kicker.js";
import { normalizeText } from "../../../src/ingest/input/normalize.js";
import { readItems } from "../../../src/ingest/input/read-items.js";
import { splitSentences } from "../../../src/ingest/input/sentences.js";
import { titleFromText } from "../../../src/ingest/input/headline.js";

describe("input decoding", () => {
  it("reads UTF-8 bytes", () => {
    expect(decodeInput(Buffer.from("Thüringen und Sachsen-Anhalt", "utf8"))).toBe(
      "Thüringen und Sachsen-Anhalt",
    );
  });

  it("falls back to Windows-1252 when the bytes are not UTF-8", () => {
    const bytes = Buffer.from([0x84, 0x54, 0x68, 0xfc, 0x72, 0x69, 0x6e, 0x67, 0x65, 0x6e, 0x93, 0x20, 0x80]);
    expect(decodeInput(bytes)).toBe("„Thüringen“ €");
  });

  it("refuses a mix of UTF-8 and another encoding", () => {
    const mixed = Buffer.concat([Buffer.from("Thüringen ", "utf8"), Buffer.from([0xfc, 0x62, 0x65, 0x72])]);
    expect(() => decodeInput(mixed)).toThrow(expect.objectContaining({ code: "INVALID_ENCODING" }));
  });
});

describe("HTML", () => {
  it("keeps block structure and decodes entities", () => {
    const text = htmlToText(
      "<html><head><style>p{}</style></head><body><h2>Sachsen: Neue CIO</h2><p>[07.02.2025] Daniela&nbsp;Dylakiewicz ist neue CIO&nbsp;&amp; mehr</p><script>x()</script></body></html>",
    );
    expect(text.split("\n")).toEqual([
      "Sachsen: Neue CIO",
      "[07.02.2025] Daniela Dylakiewicz ist neue CIO & mehr",
    ]);
  });

  it("turns an HTML portal page into items", () => {
    const items = readItems(
      "<div><h3>Hessen: Plattform</h3><p>[15.01.2025] Das Land Hessen finanziert civento. <a href='#'>mehr...</a></p></div>",
    );
    expect(items).toEqual([
      expect.objectContaining({
        title: "Hessen: Plattform",
        publishedAt: "2025-01-15",
        text: "Das Land Hessen finanziert civento.",
      }),
    ]);
  });
});

describe("normalisation", () => {
  it("unifies quotes, dashes and spaces", () => {
    expect(normalizeText("OZG-Projekt „Aufenthalt“ – ‚kurz‘ «x»\u00a0 y")).toBe(
      'OZG-Projekt "Aufenthalt" – \'kurz\' "x" y',
    );
    expect(normalizeText("a — b ‐ c")).toBe("a – b - c");
  });
});

describe("splitting", () => {
  const page = [
    "# Quelle: https://example.org",
    "DigitalisierungDeutschland digital resilient machen",
    "Erster Absatz des Artikels.",
    "Zweiter Absatz.",
    "OZG: Aufenthalt erreicht alle Milestones",
    "[07.02.2025] Das Projekt hat alle Vorgaben erfüllt. mehr...",
    "Sachsen: Neue CIO für den Freistaat",
    "[06.02.2025] Text zwei. mehr...",
  ].join("\n");

  it("splits a lead article and dated portal items, dropping comments and 'mehr...'", () => {
    const items = readItems(page, { publishedAt: "2021-11-18" });
    expect(items.map((i) => [i.title, i.publishedAt, i.text])).toEqual([
      ["Deutschland digital resilient machen", "2021-11-18", "Erster Absatz des Artikels.\nZweiter Absatz."],
      ["OZG: Aufenthalt erreicht alle Milestones", "2025-02-07", "Das Projekt hat alle Vorgaben erfüllt."],
      ["Sachsen: Neue CIO für den Freistaat", "2025-02-06", "Text zwei."],
    ]);
    expect(items[0]!.kicker).toBe("Digitalisierung");
  });

  it("takes the date of an undated article from a header line", () => {
    const items = readItems("Datum: 18.11.2021\nURL: https://example.org/a\nTitel hier\nText.");
    expect(items[0]).toMatchObject({
      title: "Titel hier",
      publishedAt: "2021-11-18",
      url: "https://example.org/a",
    });
  });

  it("reads JSON lines", () => {
    const input = [
      JSON.stringify({
        url: "https://e.org/1",
        title: "Bayern: Neu",
        publishedAt: "2025-01-28",
        text: "<p>Text &amp; mehr.</p>",
      }),
      JSON.stringify({ title: "Zwei", publishedAt: "2025-01-29T10:00:00Z", text: "Noch ein Text." }),
    ].join("\n");
    const items = readItems(input);
    expect(items.map((i) => [i.title, i.publishedAt, i.text, i.url])).toEqual([
      ["Bayern: Neu", "2025-01-28", "Text & mehr.", "https://e.org/1"],
      ["Zwei", "2025-01-29", "Noch ein Text.", undefined],
    ]);
  });

  it("splits sentences but not at abbreviations or ordinal days", () => {
    const sentences = splitSentences(
      'Dr. Martin Hagen sprach am 7. Februar 2025 über 2,5 Mio. Euro. "Das ist gut." Danach ging es weiter.',
    );
    expect(sentences.map((s) => s.text)).toEqual([
      "Dr. Martin Hagen sprach am 7. Februar 2025 über 2,5 Mio. Euro.",
      '"Das ist gut."',
      "Danach ging es weiter.",
    ]);
  });

  it("a three-digit ordinal after an article ends no sentence, a number after a preposition does", () => {
    const sentences = splitSentences(
      "Der Kreis ist das 100. Mitglied der KITU. Die Zahl stieg auf 150. Der Kreis tagte in seiner 125. Sitzung.",
    );
    expect(sentences.map((s) => s.text)).toEqual([
      "Der Kreis ist das 100. Mitglied der KITU.",
      "Die Zahl stieg auf 150.",
      "Der Kreis tagte in seiner 125. Sitzung.",
    ]);
  });

  it("a dash bullet after a full stop opens a new sentence", () => {
    const sentences = splitSentences("Der Rat tagte. - Er beschließt den Plan. - Er stimmt dem Bericht zu.");
    expect(sentences.map((s) => s.text)).toEqual([
      "Der Rat tagte.",
      "- Er beschließt den Plan.",
      "- Er stimmt dem Bericht zu.",
    ]);
  });

  it("an initial, a degree or a company's form ends no sentence", () => {
    const sentences = splitSentences(
      "Es sprach Prof. Dr. rer. nat. Anna Keller. Franz J. Meyer ist Staatssekretär a. D. und Gesellschafter der Muster GmbH & Co. KG. Danach ging es weiter.",
    );
    expect(sentences.map((s) => s.text)).toEqual([
      "Es sprach Prof. Dr. rer. nat. Anna Keller.",
      "Franz J. Meyer ist Staatssekretär a. D. und Gesellschafter der Muster GmbH & Co. KG.",
      "Danach ging es weiter.",
    ]);
  });
});

describe("kicker", () => {
  it("splits a known kicker glued to the title", () => {
    expect(splitKicker("DigitalisierungDeutschland digital resilient machen")).toEqual({
      kicker: "Digitalisierung",
      title: "Deutschland digital resilient machen",
    });
  });

  it("splits a known name glued to the title", () => {
    expect(splitKicker("SachsenNeue CIO", (w) => w === "Sachsen")).toEqual({
      kicker: "Sachsen",
      title: "Neue CIO",
    });
  });

  it("leaves brand spellings alone", () => {
    for (const title of [
      "DigitalPakt Schule 2.0 kommt",
      "eGovernment-Monitor erschienen",
      "GovTech Campus eröffnet",
      "OpenCode wächst",
    ]) {
      expect(splitKicker(title)).toEqual({ title });
    }
  });
});

describe("real input shapes", () => {
  it("gives a headline the text opens with its own line, every offset kept", () => {
    const line = JSON.stringify({
      url: "https://e.org/popp",
      title: "Herr Popp ist CIO",
      text: "Herr Popp ist CIO Dresden - Das Land hat einen CIO. Er heißt Popp.",
    });
    const [item] = readItems(line, { format: "jsonl" });
    expect(item!.text).toBe("Herr Popp ist CIO\nDresden - Das Land hat einen CIO. Er heißt Popp.");
    expect(splitSentences(item!.text.split("\n")[1]!)[0]!.text).toBe("Dresden - Das Land hat einen CIO.");
  });

  it("leaves a text alone that repeats a headline ending like a sentence, or does not open with it", () => {
    const read = (title: string, text: string) =>
      readItems(JSON.stringify({ url: "https://e.org/x", title, text }), { format: "jsonl" })[0]!.text;
    expect(read("Der Rat tagte.", "Der Rat tagte. Er beschloss viel.")).toBe(
      "Der Rat tagte. Er beschloss viel.",
    );
    expect(read("Rat tagt", "Heute: Rat tagt in Berlin.")).toBe("Heute: Rat tagt in Berlin.");
  });

  const paragraph =
    "Der IT-Planungsrat hat in seiner Sitzung am 14. Mai 2024 die Föderale Digitalstrategie beschlossen. " +
    "Den Vorsitz hat seit Januar das Land Hessen.";

  it("reads a one-paragraph plain text as the body of one undated article, titled by its first sentence", () => {
    const items = readItems(paragraph);
    expect(items).toHaveLength(1);
    expect(items[0]!.text).toBe(paragraph);
    expect(items[0]!.title).toBe("Der IT-Planungsrat hat in seiner Sitzung am 14. Mai 2024 die Föderale ...");
    expect(items[0]!.publishedAt).toBeUndefined();
  });

  it("takes a short first line before a blank line as the headline", () => {
    const items = readItems(`Neue Digitalstrategie beschlossen.\n\n${paragraph}`, {
      publishedAt: "2024-05-15",
    });
    expect(items[0]).toMatchObject({ title: "Neue Digitalstrategie beschlossen.", text: paragraph });
    expect(items[0]!.publishedAt).toBe("2024-05-15");
  });

  it("keeps a first paragraph that is a sentence in the body", () => {
    const items = readItems(`Der Rat tagte in Berlin.\n${paragraph}`);
    expect(items[0]!.text).toBe(`Der Rat tagte in Berlin.\n${paragraph}`);
  });

  it("imports a plain-text article without a date as undated instead of refusing it", () => {
    const items = readItems("Titel\nText ohne Datum.");
    expect(items[0]).toMatchObject({ title: "Titel", text: "Text ohne Datum." });
    expect(items[0]!.publishedAt).toBeUndefined();
  });

  it("reads a JSON line with neither title nor publication date", () => {
    const items = readItems(JSON.stringify({ url: "https://e.org/x", text: paragraph }), { format: "jsonl" });
    expect(items[0]).toMatchObject({
      url: "https://e.org/x",
      text: paragraph,
      title: titleFromText(paragraph),
    });
    expect(items[0]!.publishedAt).toBeUndefined();
    const nulls = readItems(
      JSON.stringify({ url: "https://e.org/y", title: null, publishedAt: null, text: "Kurz." }),
    );
    expect(nulls[0]).toMatchObject({ title: "Kurz.", text: "Kurz." });
  });

  it("reads an undated HTML article in Windows-1252", () => {
    const html = "<html><body><p>Th\u00fcringen schlie\u00dft das Portal Amt24.</p></body></html>";
    const items = readItems(Buffer.from(html, "latin1"));
    expect(items).toEqual([
      {
        title: "Thüringen schließt das Portal Amt24.",
        text: "Thüringen schließt das Portal Amt24.",
        line: 1,
      },
    ]);
  });
});
