/** The explorer's pure pieces: seeded positions, parallel curves, line hit-testing, label placement, edits, links, wording, CSV. */
import { describe, expect, it } from "vitest";
import {
  curvePoint,
  lineAt,
  parallelCurvatures,
  placeLabels,
  seededPosition,
} from "../../../src/explorer/graph/geometry.js";
import { ViewEdits } from "../../../src/explorer/graph/view-edits.js";
import { factsCsv } from "../../../src/explorer/ui/export-csv.js";
import { formatAddress, readAddress, type AddressState } from "../../../src/explorer/ui/url-state.js";
import { kindLabel, localizeSummary, quoted } from "../../../src/explorer/ui/wording.js";

describe("graph geometry", () => {
  it("places a node at the same spot for the same id and parent, and elsewhere for another id", () => {
    const parent = { x: 3, y: -2 };
    expect(seededPosition("DE-SN", parent, 2)).toEqual(seededPosition("DE-SN", parent, 2));
    expect(seededPosition("DE-SN", parent, 2)).not.toEqual(seededPosition("DE-BB", parent, 2));
    const p = seededPosition("DE-SN", parent, 2);
    expect(Math.hypot(p.x - parent.x, p.y - parent.y)).toBeGreaterThan(1);
  });

  it("keeps a single line straight and bends parallel lines apart, in either direction", () => {
    const curves = parallelCurvatures([
      { key: "solo", source: "a", target: "c" },
      { key: "x", source: "a", target: "b" },
      { key: "y", source: "b", target: "a" },
    ]);
    expect(curves.get("solo")).toBe(0);
    // Drawn in opposite directions, the two lines get opposite signs of the same offset's geometry.
    const a = { x: 0, y: 0 };
    const b = { x: 100, y: 0 };
    const midX = curvePoint(a, b, curves.get("x")!, 0.5);
    const midY = curvePoint(b, a, curves.get("y")!, 0.5);
    expect(Math.abs(midX.y - midY.y)).toBeGreaterThan(10);
  });

  it("hits the nearest line within the tolerance and nothing beyond it", () => {
    const lines = [
      { key: "straight", from: { x: 0, y: 0 }, to: { x: 100, y: 0 }, curvature: 0 },
      { key: "curved", from: { x: 0, y: 0 }, to: { x: 100, y: 0 }, curvature: 0.3 },
    ];
    expect(lineAt({ x: 50, y: 5 }, lines, 8)).toBe("straight");
    const bend = curvePoint(lines[1]!.from, lines[1]!.to, 0.3, 0.5);
    expect(lineAt({ x: bend.x, y: bend.y + 6 }, lines, 8)).toBe("curved");
    expect(lineAt({ x: 50, y: 15 }, lines, 8)).toBeNull();
  });

  it("places labels without overlap, flips them left at the right edge, and drops what does not fit", () => {
    const label = (id: string, x: number, y: number, priority: number) => ({
      id,
      x,
      y,
      size: 5,
      width: 60,
      height: 16,
      priority,
    });
    const boxes = placeLabels(
      [label("low", 100, 100, 1), label("high", 110, 104, 9), label("edge", 190, 40, 5)],
      200,
      200,
    );
    expect(boxes.map((b) => b.id).sort()).toEqual(["edge", "high", "low"]);
    const byId = new Map(boxes.map((b) => [b.id, b]));
    expect(byId.get("edge")!.x + 60).toBeLessThanOrEqual(200);
    expect(byId.get("low")!.x).toBeLessThan(100);
    const crowded = placeLabels(
      [label("a", 100, 100, 2), label("b", 100, 102, 1), label("c", 100, 101, 0)],
      200,
      200,
    );
    expect(crowded.map((b) => b.id)).toEqual(["a", "b"]);
  });
});

describe("view edits", () => {
  it("undoes hides, type toggles and recorded expansions in reverse order", () => {
    const edits = new ViewEdits();
    let expanded = true;
    edits.record(() => (expanded = false));
    edits.toggleType("Person");
    edits.hideNode("DE-SN");
    expect([...edits.nodes, ...edits.types]).toEqual(["DE-SN", "Person"]);
    expect(edits.undo()).toBe(true);
    expect(edits.nodes.size).toBe(0);
    edits.undo();
    expect(edits.types.size).toBe(0);
    edits.undo();
    expect(expanded).toBe(false);
    expect(edits.undo()).toBe(false);
  });
});

describe("the explorer's address", () => {
  const state = (over: Partial<AddressState>): AddressState => ({
    ...readAddress(""),
    ...over,
  });

  it("round-trips a graph view with expansions, selection, years, hidden parts and camera", () => {
    const query = formatAddress(
      state({
        entity: "DE-MV",
        expanded: ["it-planungsrat"],
        node: "d16",
        fact: "chairs/DE-MV/it-planungsrat/2025",
        from: 2020,
        to: 2025,
        tab: "graph",
        lang: "en",
        hidden: ["vitako"],
        hiddenTypes: ["Person"],
        camera: { x: 0.5, y: 0.25, ratio: 1.2 },
      }),
    );
    const back = readAddress(`?${query}`);
    expect(back).toMatchObject({
      entity: "DE-MV",
      expanded: ["it-planungsrat"],
      node: "d16",
      from: 2020,
      tab: "graph",
      hidden: ["vitako"],
      hiddenTypes: ["Person"],
      camera: { x: 0.5, y: 0.25, ratio: 1.2 },
    });
    expect(query).not.toMatch(/tab=/);
  });

  it("writes path ends only on the path tab, and no entity beside a path", () => {
    expect(formatAddress(state({ entity: "DE-SN", pathFrom: "vitako", pathTo: "d16", tab: "graph" }))).toBe(
      "entity=DE-SN",
    );
    expect(formatAddress(state({ entity: "DE-SN", pathFrom: "vitako", pathTo: "d16", tab: "path" }))).toBe(
      "pathFrom=vitako&pathTo=d16&tab=path",
    );
    expect(readAddress("?entity=x&tab=nonsense").tab).toBe("graph");
    expect(readAddress("").tab).toBe("start");
    expect(readAddress("?cam=1,2,-3").camera).toBeNull();
  });
});

describe("wording", () => {
  it("says the API's English summaries in German and keeps them in English", () => {
    expect(localizeSummary("de", "Brandenburg leads OZG-Leistung Aufenthalt (2025-02-07)")).toBe(
      "Brandenburg leitet OZG-Leistung Aufenthalt (2025-02-07)",
    );
    expect(localizeSummary("de", "Daniela Dylakiewicz is CIO of Sachsen (from 2025-02-07)")).toBe(
      "Daniela Dylakiewicz ist CIO von Sachsen (ab 2025-02-07)",
    );
    expect(localizeSummary("de", "Bund funds DigitalPakt Schule 2.0 with 5 billion EUR (2025)")).toBe(
      "Bund finanziert DigitalPakt Schule 2.0 mit 5 Mrd. Euro (2025)",
    );
    expect(localizeSummary("en", "Brandenburg leads X")).toBe("Brandenburg leads X");
    expect(kindLabel("de", "body")).toBe("Gremium");
    expect(quoted("de", "Text")).toBe("„Text“");
    expect(quoted("en", "Text")).toBe("“Text”");
  });
});

describe("CSV export", () => {
  it("writes one row per fact and source, quoting commas and quotation marks", () => {
    const csv = factsCsv(
      [
        { source: "a", target: "b", type: "leads", fact: "f1", year: 2025, summary: "A leads B" },
        { source: "a", target: "b", type: "PART_OF", fact: null, year: null, summary: null },
      ],
      (id) => id.toUpperCase(),
      new Map([
        [
          "f1",
          [
            {
              title: "T, one",
              url: "https://example.org/1",
              publishedAt: "2025-01-01",
              quote: 'Er sagte "ja".',
            },
            { title: "T2", url: null, publishedAt: "2025-02-01", quote: "Zwei." },
          ],
        ],
      ]),
    );
    const rows = csv.trimEnd().split("\r\n");
    expect(rows).toHaveLength(3);
    expect(rows[1]).toBe(
      'f1,leads,A,B,2025,A leads B,"T, one",https://example.org/1,2025-01-01,"Er sagte ""ja""."',
    );
    expect(rows[2]).toBe("f1,leads,A,B,2025,A leads B,T2,,2025-02-01,Zwei.");
  });
});
