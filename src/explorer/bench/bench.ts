/** The benchmark page: lays out and draws synthetic graphs with the explorer's own GraphView. */
import { GraphView } from "../graph/graph-view.js";
import type { BenchResult } from "./result.js";
import { syntheticGraph } from "./synthetic.js";

const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

function digest(view: GraphView): string {
  let hash = 0;
  view.graph.forEachNode((node, a) => {
    for (const c of `${node}:${a.x.toFixed(3)},${a.y.toFixed(3)};`)
      hash = (Math.imul(hash, 31) + c.charCodeAt(0)) | 0;
  });
  return (hash >>> 0).toString(16);
}

async function runBench(order: number): Promise<BenchResult> {
  const container = document.getElementById("graph")!;
  const view = new GraphView(container);
  const { nodes, edges } = syntheticGraph(order);
  await frame();
  const start = performance.now();
  view.merge(nodes, edges);
  const merged = performance.now();
  view.layout();
  const laidOut = performance.now();
  await frame();
  const shown = performance.now();
  view.setYearRange([2020, 2022]);
  await frame();
  const filterMs = performance.now() - shown;
  const result = {
    nodes: view.graph.order,
    edges: view.graph.size,
    mergeMs: merged - start,
    layoutMs: laidOut - merged,
    frameMs: shown - laidOut,
    totalMs: shown - start,
    filterMs,
    positions: digest(view),
  };
  view.destroy();
  return result;
}

declare global {
  interface Window {
    runBench: typeof runBench;
    webglRenderer?: string;
  }
}

window.runBench = runBench;
const gl = document.createElement("canvas").getContext("webgl2");
const info = gl?.getExtension("WEBGL_debug_renderer_info");
window.webglRenderer = gl
  ? String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER))
  : "no WebGL";
document.body.dataset.ready = "true";
