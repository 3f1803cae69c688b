/** What one benchmark run reports: shared by the page (bench.ts) and the scripts that drive it. */
export interface BenchResult {
  nodes: number;
  edges: number;
  /** Adding the nodes and lines to the view (seeded positions, parallel curves, visibility). */
  mergeMs: number;
  /** The view's own layout (what the app runs on a new graph) and sigma's draw of the result. */
  layoutMs: number;
  /** From the end of the layout until the browser has shown the frame (rasterisation). */
  frameMs: number;
  /** Everything together: from the data in hand to the laid-out graph on screen. */
  totalMs: number;
  /** Redrawing after the year filter changes (reducers run for every node and line). */
  filterMs: number;
  /** A digest of the laid-out positions: equal across runs when the layout is reproducible. */
  positions: string;
}
