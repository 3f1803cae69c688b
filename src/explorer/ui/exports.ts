/** The export buttons: the view as SVG or PNG, its facts (with their sources) as CSV. */
import { factSources } from "../data/fact-sources.js";
import { download, svgToPng, toSvg } from "../graph/export-image.js";
import type { GraphView } from "../graph/graph-view.js";
import { factsCsv } from "./export-csv.js";

export function wireExports(
  view: GraphView,
  fileName: () => string,
  onError: (error: unknown) => void,
): void {
  const button = (id: string, run: () => Promise<void>) =>
    document.getElementById(id)?.addEventListener("click", () => void run().catch(onError));
  const svg = () => toSvg(view.snapshot(), fileName());
  button("export-svg", async () =>
    download(new Blob([svg()], { type: "image/svg+xml" }), `${fileName()}.svg`),
  );
  button("export-png", async () => {
    const { width, height } = view.sigma.getDimensions();
    download(await svgToPng(svg(), width, height), `${fileName()}.png`);
  });
  button("export-csv", async () => {
    const edges = view.visibleEdges();
    const ids = [...new Set(edges.map((e) => e.fact).filter((f): f is string => f !== null))];
    const name = (id: string) => (view.graph.hasNode(id) ? view.graph.getNodeAttribute(id, "label") : id);
    const csv = factsCsv(edges, name, await factSources(ids));
    download(new Blob([csv], { type: "text/csv;charset=utf-8" }), `${fileName()}.csv`);
  });
}
