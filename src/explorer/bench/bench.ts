/** The benchmark page: lays out and draws synthetic graphs with the explorer's own GraphView. */
import { GraphView } from "../graph/graph-view.js";
import { syntheticGraph } from "./synthetic.js";

export interface BenchResult {
  nodes: number;
  edges: number;
  /** Building the graph and drawing the first frame (random positions). */
  firstDrawMs: number;
  /** ForceAtlas2, `iterations` synchronous steps (what graphs up to 300 nodes get on the main thread). */
  layoutMs: number;
  iterations: number;
  /** Drawing the laid-out graph: sigma's own work (programs, labels) ... */
  drawCpuMs: number;
  /** ... and until the browser has shown the frame (rasterisation, on the GPU or SwiftShader). */
  drawMs: number;
  /** Redrawing after the year filter changes (reducers run for every node and line). */
  filterMs: number;
}

const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

async function runBench(order: number, iterations = 100): Promise<BenchResult> {
  const container = document.getElementById("graph")!;
  const view = new GraphView(container);
  const { nodes, edges } = syntheticGraph(order);
  let t = performance.now();
  view.merge(nodes, edges);
  view.sigma.refresh();
  await frame();
  const firstDrawMs = performance.now() - t;
  t = performance.now();
  view.layoutSync(iterations);
  const layoutMs = performance.now() - t;
  t = performance.now();
  view.sigma.refresh();
  const drawCpuMs = performance.now() - t;
  await frame();
  const drawMs = performance.now() - t;
  t = performance.now();
  view.setYearRange([2020, 2022]);
  await frame();
  const filterMs = performance.now() - t;
  const result = {
    nodes: view.graph.order,
    edges: view.graph.size,
    firstDrawMs,
    layoutMs,
    iterations,
    drawCpuMs,
    drawMs,
    filterMs,
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
