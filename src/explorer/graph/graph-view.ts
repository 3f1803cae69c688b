/**
 * The graph view: a graphology graph drawn by sigma (WebGL) and laid out by ForceAtlas2.
 * It knows nothing of the API: callers merge subgraphs and set filters, and hear about clicks.
 * The benchmark (bench.html) drives this same module with synthetic graphs.
 */
import { createNodeBorderProgram } from "@sigma/node-border";
import { NodeSquareProgram } from "@sigma/node-square";
import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import FA2LayoutSupervisor from "graphology-layout-forceatlas2/worker";
import Sigma from "sigma";
import type { NodeProgramType } from "sigma/rendering";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import { accent, dimmed, edgeColorOf, styleOf } from "./styles.js";

export interface ViewNode {
  id: string;
  name: string;
  type: string;
}

export interface ViewEdge {
  source: string;
  target: string;
  type: string;
  fact: string | null;
  year: number | null;
  summary: string | null;
}

export interface NodeAttributes {
  x: number;
  y: number;
  label: string;
  size: number;
  color: string;
  type: string;
  entityType: string;
  ringFill?: string;
}

export interface EdgeAttributes {
  size: number;
  color: string;
  type: string;
  factType: string;
  fact: string | null;
  year: number | null;
  summary: string | null;
}

export interface GraphViewEvents {
  onNodeClick?(id: string): void;
  onNodeDoubleClick?(id: string): void;
  onEdgeClick?(edge: ViewEdge): void;
  onStageClick?(): void;
}

/** Graphs up to this size are laid out synchronously (a few ms); larger ones in a web worker. */
const syncLayoutLimit = 300;

/** ForceAtlas2 settings: Barnes-Hut (n log n) beyond a few hundred nodes, overlap prevention below. */
function layoutSettings(graph: Graph): ReturnType<typeof forceAtlas2.inferSettings> {
  const order = graph.order;
  return {
    ...forceAtlas2.inferSettings(graph),
    barnesHutOptimize: order > 300,
    adjustSizes: order <= 300,
    gravity: 1.5,
  };
}

export class GraphView {
  readonly graph = new Graph<NodeAttributes, EdgeAttributes>({ multi: true, type: "directed" });
  readonly sigma: Sigma<NodeAttributes, EdgeAttributes>;
  private years: [number, number] | null = null;
  private selected: string | null = null;
  private selectedEdge: string | null = null;
  private hovered: string | null = null;
  private pathNodes = new Set<string>();
  private pathEdges = new Set<string>();
  private pinned = new Set<string>();
  private visibleNodes: Set<string> | null = null;
  private worker: FA2LayoutSupervisor | null = null;
  private workerTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(container: HTMLElement, events: GraphViewEvents = {}) {
    this.sigma = new Sigma<NodeAttributes, EdgeAttributes>(this.graph, container, {
      nodeProgramClasses: {
        square: NodeSquareProgram as unknown as NodeProgramType<NodeAttributes, EdgeAttributes>,
        ring: createNodeBorderProgram<NodeAttributes, EdgeAttributes>({
          borders: [
            { size: { value: 0.32 }, color: { attribute: "color" } },
            { size: { fill: true }, color: { attribute: "ringFill", defaultValue: "#ffffff" } },
          ],
        }),
      },
      defaultEdgeType: "arrow",
      renderEdgeLabels: false,
      enableEdgeEvents: true,
      labelRenderedSizeThreshold: 5,
      labelFont: "Inter, 'Segoe UI', system-ui, sans-serif",
      labelSize: 14,
      labelWeight: "500",
      labelColor: { color: "#1d2433" },
      zIndex: true,
      stagePadding: 40,
      minCameraRatio: 0.05,
      maxCameraRatio: 8,
      nodeReducer: (node, data) => this.reduceNode(node, data),
      edgeReducer: (edge, data) => this.reduceEdge(edge, data),
    });
    this.sigma.on("clickNode", ({ node }) => events.onNodeClick?.(node));
    this.sigma.on("doubleClickNode", (event) => {
      event.preventSigmaDefault();
      events.onNodeDoubleClick?.(event.node);
    });
    this.sigma.on("clickEdge", ({ edge }) => {
      const a = this.graph.getEdgeAttributes(edge);
      events.onEdgeClick?.({
        source: this.graph.source(edge),
        target: this.graph.target(edge),
        type: a.factType,
        fact: a.fact,
        year: a.year,
        summary: a.summary,
      });
    });
    this.sigma.on("clickStage", () => events.onStageClick?.());
    this.sigma.on("enterNode", ({ node }) => {
      this.hovered = node;
      container.style.cursor = "pointer";
      this.sigma.refresh({ skipIndexation: true });
    });
    this.sigma.on("leaveNode", () => {
      this.hovered = null;
      container.style.cursor = "";
      this.sigma.refresh({ skipIndexation: true });
    });
    this.sigma.on("enterEdge", () => (container.style.cursor = "pointer"));
    this.sigma.on("leaveEdge", () => (container.style.cursor = ""));
  }

  /** Adds nodes and edges; new nodes start around `anchor` (or the centre) so the layout settles fast. */
  merge(nodes: ViewNode[], edges: ViewEdge[], anchor?: string): string[] {
    const origin =
      anchor && this.graph.hasNode(anchor) ? this.graph.getNodeAttributes(anchor) : { x: 0, y: 0 };
    const added: string[] = [];
    const fresh = nodes.filter((n) => !this.graph.hasNode(n.id));
    fresh.forEach((node, i) => {
      const style = styleOf(node.type);
      const angle = (2 * Math.PI * i) / Math.max(1, fresh.length) + Math.random() * 0.3;
      const radius = this.graph.order === 0 && i === 0 ? 0 : 1 + Math.random();
      this.graph.addNode(node.id, {
        x: origin.x + radius * Math.cos(angle),
        y: origin.y + radius * Math.sin(angle),
        label: node.name,
        size: style.size,
        color: style.color,
        type: style.shape === "ring" ? "ring" : style.shape === "square" ? "square" : "circle",
        entityType: node.type,
      });
      added.push(node.id);
    });
    for (const edge of edges) {
      if (!this.graph.hasNode(edge.source) || !this.graph.hasNode(edge.target)) continue;
      const key = edge.fact ?? `${edge.source}|${edge.type}|${edge.target}`;
      this.graph.mergeEdgeWithKey(key, edge.source, edge.target, {
        size: edge.fact ? 2 : 1,
        color: edgeColorOf(edge.type),
        type: "arrow",
        factType: edge.type,
        fact: edge.fact,
        year: edge.year,
        summary: edge.summary,
      });
    }
    this.updateVisibility();
    return added;
  }

  remove(ids: Iterable<string>): void {
    for (const id of ids) if (this.graph.hasNode(id)) this.graph.dropNode(id);
    this.updateVisibility();
  }

  clear(): void {
    this.stopLayout();
    this.graph.clear();
    this.pathNodes.clear();
    this.pathEdges.clear();
    this.updateVisibility();
  }

  /** Nodes kept visible even when the year filter leaves them without lines (the roots the user chose). */
  setPinned(ids: Iterable<string>): void {
    this.pinned = new Set(ids);
    this.updateVisibility();
  }

  /** Hides lines whose fact year lies outside [from, to]; lines without a year stay. */
  setYearRange(range: [number, number] | null): void {
    this.years = range;
    this.updateVisibility();
  }

  select(id: string | null): void {
    this.selected = id;
    this.selectedEdge = null;
    this.sigma.refresh({ skipIndexation: true });
  }

  selectEdge(source: string, target: string, fact: string | null): void {
    this.selected = null;
    this.selectedEdge =
      this.graph.edges(source, target).find((e) => this.graph.getEdgeAttribute(e, "fact") === fact) ?? null;
    this.sigma.refresh({ skipIndexation: true });
  }

  highlightPath(nodes: string[], edges: ViewEdge[]): void {
    this.pathNodes = new Set(nodes);
    this.pathEdges = new Set(edges.map((e) => e.fact ?? `${e.source}|${e.type}|${e.target}`));
    this.sigma.refresh({ skipIndexation: true });
  }

  isEdgeVisible(edge: string): boolean {
    const year = this.graph.getEdgeAttribute(edge, "year");
    return !this.years || year === null || (year >= this.years[0] && year <= this.years[1]);
  }

  visibleCounts(): { nodes: number; edges: number } {
    const edges = this.graph.filterEdges((e) => this.isEdgeVisible(e)).length;
    return { nodes: this.visibleNodes?.size ?? this.graph.order, edges };
  }

  /** Lays the graph out: synchronously when small, otherwise in a web worker for a time budget. */
  layout(): Promise<void> {
    this.stopLayout();
    const order = this.graph.order;
    if (order < 2) {
      this.sigma.refresh();
      this.fit();
      return Promise.resolve();
    }
    const settings = layoutSettings(this.graph);
    if (order <= syncLayoutLimit) {
      forceAtlas2.assign(this.graph, { iterations: 150, settings });
      this.sigma.refresh();
      this.fit();
      return Promise.resolve();
    }
    const worker = new FA2LayoutSupervisor(this.graph, { settings });
    this.worker = worker;
    worker.start();
    const budget = Math.min(4000, 800 + order);
    return new Promise((resolve) => {
      this.workerTimer = setTimeout(() => {
        this.stopLayout();
        this.fit();
        resolve();
      }, budget);
    });
  }

  /** The synchronous layout alone, for the benchmark: `iterations` ForceAtlas2 steps. */
  layoutSync(iterations: number): void {
    forceAtlas2.assign(this.graph, { iterations, settings: layoutSettings(this.graph) });
  }

  stopLayout(): void {
    if (this.workerTimer) clearTimeout(this.workerTimer);
    this.workerTimer = null;
    this.worker?.kill();
    this.worker = null;
  }

  /** Shows the whole graph; a handful of nodes is not stretched over the full screen. */
  fit(): void {
    const order = this.visibleCounts().nodes;
    const ratio = order <= 2 ? 2.4 : order <= 5 ? 1.8 : order <= 12 ? 1.35 : 1.05;
    void this.sigma.getCamera().animate({ x: 0.5, y: 0.5, angle: 0, ratio }, { duration: 300 });
  }

  centerOn(id: string): void {
    const display = this.sigma.getNodeDisplayData(id);
    if (display)
      void this.sigma.getCamera().animate({ x: display.x, y: display.y, ratio: 0.8 }, { duration: 400 });
  }

  destroy(): void {
    this.stopLayout();
    this.sigma.kill();
  }

  private updateVisibility(): void {
    if (!this.years) {
      this.visibleNodes = null;
    } else {
      const visible = new Set<string>(this.pinned);
      this.graph.forEachNode((node) => {
        if (this.graph.degree(node) === 0) visible.add(node);
      });
      this.graph.forEachEdge((edge, _a, source, target) => {
        if (this.isEdgeVisible(edge)) {
          visible.add(source);
          visible.add(target);
        }
      });
      this.visibleNodes = visible;
    }
    this.sigma?.refresh();
  }

  private reduceNode(node: string, data: NodeAttributes): Partial<NodeDisplayData> {
    const out: Partial<NodeDisplayData> & { ringFill?: string } = { ...data };
    if (this.visibleNodes && !this.visibleNodes.has(node)) return { ...out, hidden: true };
    const focus = this.hovered ?? this.selected;
    if (this.pathNodes.size > 0) {
      if (this.pathNodes.has(node)) {
        out.highlighted = true;
        out.forceLabel = true;
        out.zIndex = 2;
      } else {
        out.color = dimmed;
        out.label = "";
      }
    } else if (focus && node !== focus && !this.graph.areNeighbors(node, focus)) {
      out.color = dimmed;
      out.zIndex = 0;
    } else if (focus) {
      out.forceLabel = true;
      out.zIndex = 1;
    }
    if (node === this.selected) {
      out.highlighted = true;
      out.size = (data.size ?? 8) * 1.3;
      out.zIndex = 3;
      if (data.type === "ring") out.ringFill = "#dff5ee";
    }
    return out;
  }

  private reduceEdge(edge: string, data: EdgeAttributes): Partial<EdgeDisplayData> {
    if (!this.isEdgeVisible(edge)) return { ...data, hidden: true };
    const out: Partial<EdgeDisplayData> = { ...data };
    const [source, target] = this.graph.extremities(edge);
    const focus = this.hovered ?? this.selected;
    if (edge === this.selectedEdge) {
      out.color = accent;
      out.size = 4;
      out.zIndex = 3;
    } else if (this.pathEdges.size > 0) {
      if (this.pathEdges.has(edge)) {
        out.color = accent;
        out.size = 3;
      } else out.color = dimmed;
    } else if (focus && source !== focus && target !== focus) {
      out.color = dimmed;
    } else if (focus) {
      out.size = (data.size ?? 1) + 1;
      out.zIndex = 2;
    }
    return out;
  }
}
