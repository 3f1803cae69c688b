/**
 * The graph view: a graphology graph drawn by sigma (WebGL) and laid out by ForceAtlas2.
 * It knows nothing of the API: callers merge subgraphs and set filters, and hear about clicks.
 * Same graph, same picture: new nodes start at seeded positions near their parent and the nodes
 * already placed stay where they are. Parallel facts are separate curves; lines are hit within a
 * few pixels and named in a tooltip; labels never cover each other or leave the canvas.
 * The benchmark (bench.html) drives this same module with synthetic graphs.
 */
import { EdgeCurvedArrowProgram } from "@sigma/edge-curve";
import { createNodeBorderProgram } from "@sigma/node-border";
import { NodeSquareProgram } from "@sigma/node-square";
import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import Sigma from "sigma";
import type { Edge } from "../data/edge.js";
import type { EdgeProgramType, NodeLabelDrawingFunction, NodeProgramType } from "sigma/rendering";
import type { CameraState, EdgeDisplayData, NodeDisplayData } from "sigma/types";
import {
  curvePoint,
  distanceToLine,
  lineAt,
  parallelCurvatures,
  placeLabels,
  seededPosition,
  type LabelBox,
  type LabelCandidate,
  type Point,
  type ScreenLine,
} from "./geometry.js";
import { accent, dimmed, edgeColorOf, styleOf } from "./styles.js";

export interface ViewNode {
  id: string;
  name: string;
  type: string;
}

export type ViewEdge = Edge;

export interface NodeAttributes {
  x: number;
  y: number;
  label: string;
  size: number;
  color: string;
  type: string;
  entityType: string;
  ringFill?: string;
  fixed?: boolean;
}

export interface EdgeAttributes {
  size: number;
  color: string;
  type: string;
  factType: string;
  fact: string | null;
  year: number | null;
  summary: string | null;
  curvature: number;
}

export interface Snapshot {
  width: number;
  height: number;
  nodes: { id: string; x: number; y: number; r: number; color: string; shape: string }[];
  lines: (ScreenLine & { color: string; size: number })[];
  labels: (LabelBox & { text: string })[];
}

export interface GraphViewEvents {
  onNodeClick?(id: string): void;
  onNodeDoubleClick?(id: string): void;
  onEdgeClick?(edge: ViewEdge): void;
  onStageClick?(): void;
  /** The tooltip text of a line. */
  describeEdge?(edge: ViewEdge): string;
}

/** Up to this size, overlap prevention and the full iteration count; larger graphs get Barnes-Hut. */
const smallGraphLimit = 300;
/** How far from a line (in pixels) a pointer still hits it. */
const hitTolerance = 8;
/** Longer names are cut in the canvas (the details panel shows them whole). */
const maxLabelLength = 32;

/**
 * ForceAtlas2 settings: overlap prevention up to a few hundred nodes; beyond, Barnes-Hut (n log n)
 * with a coarser approximation (theta 1) and larger steps (slowDown 3 instead of 1 + ln n), which
 * settle a 2,000-node graph in 40 iterations to the picture 300 default ones give.
 */
function layoutSettings(graph: Graph): ReturnType<typeof forceAtlas2.inferSettings> {
  const small = graph.order <= smallGraphLimit;
  return {
    ...forceAtlas2.inferSettings(graph),
    barnesHutOptimize: !small,
    adjustSizes: small,
    gravity: 1.5,
    ...(small ? {} : { barnesHutTheta: 1, slowDown: 3 }),
  };
}

/** ForceAtlas2 iterations: a fresh layout or an expansion (only the new nodes move), small or large. */
function iterationsFor(order: number, expansion: boolean): number {
  if (order <= smallGraphLimit) return expansion ? 60 : 150;
  return expansion ? 30 : 40;
}

const shortLabel = (name: string): string =>
  name.length > maxLabelLength ? `${name.slice(0, maxLabelLength - 1).trimEnd()}…` : name;

export class GraphView {
  readonly graph = new Graph<NodeAttributes, EdgeAttributes>({ multi: true, type: "directed" });
  readonly sigma: Sigma<NodeAttributes, EdgeAttributes>;
  private years: [number, number] | null = null;
  private selected: string | null = null;
  private selectedEdge: string | null = null;
  private hovered: string | null = null;
  private hoveredEdge: string | null = null;
  private pathNodes = new Set<string>();
  private pathEdges = new Set<string>();
  private pinned = new Set<string>();
  private hiddenTypes = new Set<string>();
  private hiddenNodes = new Set<string>();
  private visibleNodes: Set<string> | null = null;
  private labelCandidates: (LabelCandidate & { text: string; color: string })[] = [];
  private labelBoxes: LabelBox[] = [];
  private readonly tooltip: HTMLElement;

  constructor(
    private readonly container: HTMLElement,
    private readonly events: GraphViewEvents = {},
  ) {
    this.tooltip = document.createElement("div");
    this.tooltip.id = "edge-tooltip";
    this.tooltip.className = "edge-tooltip";
    this.tooltip.setAttribute("role", "tooltip");
    this.tooltip.hidden = true;
    container.after(this.tooltip);
    // Every node program hands its label to the view, which places all labels at once.
    const collect: NodeLabelDrawingFunction<NodeAttributes, EdgeAttributes> = (_context, data) =>
      this.collectLabel(data as typeof data & { key: string });
    class SquareProgram extends NodeSquareProgram {
      override drawLabel = collect as unknown as NodeSquareProgram["drawLabel"];
    }
    this.sigma = new Sigma<NodeAttributes, EdgeAttributes>(this.graph, container, {
      nodeProgramClasses: {
        square: SquareProgram as unknown as NodeProgramType<NodeAttributes, EdgeAttributes>,
        ring: createNodeBorderProgram<NodeAttributes, EdgeAttributes>({
          borders: [
            { size: { value: 0.32 }, color: { attribute: "color" } },
            { size: { fill: true }, color: { attribute: "ringFill", defaultValue: "#ffffff" } },
          ],
          drawLabel: collect,
        }),
      },
      edgeProgramClasses: {
        curved: EdgeCurvedArrowProgram as unknown as EdgeProgramType<NodeAttributes, EdgeAttributes>,
      },
      // The explorer hides the canvas behind other tabs; sigma must not throw there.
      allowInvalidContainer: true,
      defaultEdgeType: "arrow",
      renderEdgeLabels: false,
      enableEdgeEvents: false,
      labelRenderedSizeThreshold: 5,
      labelFont: "Inter, 'Segoe UI', system-ui, sans-serif",
      labelSize: 14,
      labelWeight: "500",
      labelColor: { color: "#1d2433" },
      zIndex: true,
      stagePadding: 40,
      minCameraRatio: 0.05,
      maxCameraRatio: 8,
      defaultDrawNodeLabel: collect,
      nodeReducer: (node, data) => this.reduceNode(node, data),
      edgeReducer: (edge, data) => this.reduceEdge(edge, data),
    });
    this.sigma.on("beforeRender", () => (this.labelCandidates = []));
    this.sigma.on("afterRender", () => this.drawLabels());
    this.sigma.on("clickNode", ({ node }) => events.onNodeClick?.(node));
    this.sigma.on("doubleClickNode", (event) => {
      event.preventSigmaDefault();
      events.onNodeDoubleClick?.(event.node);
    });
    this.sigma.on("clickStage", ({ event }) => {
      const edge = this.edgeAt(event);
      if (edge) events.onEdgeClick?.(this.edgeOf(edge));
      else events.onStageClick?.();
    });
    // A second click on a line soon after the first is still a click on the line, not a zoom.
    this.sigma.on("doubleClickStage", (event) => {
      const edge = this.edgeAt(event.event);
      if (!edge) return;
      event.preventSigmaDefault();
      events.onEdgeClick?.(this.edgeOf(edge));
    });
    this.sigma.on("moveBody", ({ event }) => this.hoverEdge(this.hovered ? null : this.edgeAt(event), event));
    this.sigma.on("enterNode", ({ node }) => {
      this.hovered = node;
      this.hoverEdge(null);
      container.style.cursor = "pointer";
      this.sigma.refresh();
    });
    this.sigma.on("leaveNode", () => {
      this.hovered = null;
      container.style.cursor = "";
      this.sigma.refresh();
    });
    container.addEventListener("mouseleave", () => this.hoverEdge(null));
  }

  /** The line behind a graph edge key, as callers know it. */
  edgeOf(key: string): ViewEdge {
    const a = this.graph.getEdgeAttributes(key);
    return {
      source: this.graph.source(key),
      target: this.graph.target(key),
      type: a.factType,
      fact: a.fact,
      year: a.year,
      summary: a.summary,
    };
  }

  /**
   * Adds nodes and edges. A new node starts at a seeded position near `anchor` (or near a
   * neighbour already placed, or the centre); nodes already in the graph keep their position.
   */
  merge(nodes: ViewNode[], edges: ViewEdge[], anchor?: string): string[] {
    const added: string[] = [];
    const known = new Map(nodes.map((n) => [n.id, n]));
    const placed = (id: string): Point | null =>
      this.graph.hasNode(id) ? this.graph.getNodeAttributes(id) : null;
    // Each node's neighbours in this batch, in the order of `edges`: one pass, not one per node.
    const neighbours = new Map<string, string[]>();
    const link = (from: string, to: string): void => {
      const list = neighbours.get(from);
      if (list) list.push(to);
      else neighbours.set(from, [to]);
    };
    for (const edge of edges) {
      link(edge.source, edge.target);
      link(edge.target, edge.source);
    }
    const parentOf = (id: string): Point => {
      if (anchor && placed(anchor)) return placed(anchor)!;
      for (const other of neighbours.get(id) ?? []) if (placed(other)) return placed(other)!;
      return { x: 0, y: 0 };
    };
    for (const node of known.values()) {
      if (this.graph.hasNode(node.id)) continue;
      const style = styleOf(node.type);
      const first = this.graph.order === 0;
      const position = first ? { x: 0, y: 0 } : seededPosition(node.id, parentOf(node.id), 2);
      this.graph.addNode(node.id, {
        ...position,
        label: shortLabel(node.name),
        size: style.size,
        color: style.color,
        type: style.shape === "ring" ? "ring" : style.shape === "square" ? "square" : "circle",
        entityType: node.type,
      });
      added.push(node.id);
    }
    for (const edge of edges) {
      if (!this.graph.hasNode(edge.source) || !this.graph.hasNode(edge.target)) continue;
      const key = edge.fact ? `${edge.fact}|${edge.type}` : `${edge.source}|${edge.type}|${edge.target}`;
      this.graph.mergeEdgeWithKey(key, edge.source, edge.target, {
        size: edge.fact ? 2 : 1,
        color: edgeColorOf(edge.type),
        type: "arrow",
        factType: edge.type,
        fact: edge.fact,
        year: edge.year,
        summary: edge.summary,
        curvature: 0,
      });
    }
    this.curveParallels();
    // Drawn at the next frame, or by the layout that usually follows: not at seeded positions first.
    this.updateVisibility({ schedule: true });
    return added;
  }

  remove(ids: Iterable<string>): void {
    for (const id of ids) if (this.graph.hasNode(id)) this.graph.dropNode(id);
    // A removed node can no longer be hovered or selected.
    if (this.hovered && !this.graph.hasNode(this.hovered)) this.hovered = null;
    if (this.selected && !this.graph.hasNode(this.selected)) this.selected = null;
    if (this.selectedEdge && !this.graph.hasEdge(this.selectedEdge)) this.selectedEdge = null;
    this.curveParallels();
    this.updateVisibility();
  }

  clear(): void {
    this.graph.clear();
    this.hovered = null;
    this.selected = null;
    this.selectedEdge = null;
    this.pathNodes.clear();
    this.pathEdges.clear();
    this.hoverEdge(null);
    this.updateVisibility();
  }

  /** Nodes kept visible even when the year filter leaves them without lines (the roots the user chose). */
  setPinned(ids: Iterable<string>): void {
    this.pinned = new Set(ids);
    this.updateVisibility({ schedule: true });
  }

  /** Hides lines whose fact year lies outside [from, to]; lines without a year stay. */
  setYearRange(range: [number, number] | null): void {
    this.years = range;
    this.updateVisibility();
  }

  /** Hides every node of these entity types, and these nodes. */
  setHidden(types: Iterable<string>, nodes: Iterable<string>): void {
    this.hiddenTypes = new Set(types);
    this.hiddenNodes = new Set(nodes);
    this.updateVisibility();
  }

  select(id: string | null): void {
    this.selected = id;
    this.selectedEdge = null;
    this.sigma.refresh();
  }

  selectEdge(source: string, target: string, fact: string | null): void {
    this.selected = null;
    // A fact of the whole graph may name nodes that are not drawn (graphology throws on those).
    const drawn = this.graph.hasNode(source) && this.graph.hasNode(target);
    this.selectedEdge =
      (drawn ? this.graph.edges(source, target) : []).find(
        (e) => this.graph.getEdgeAttribute(e, "fact") === fact,
      ) ?? null;
    this.sigma.refresh();
  }

  highlightPath(nodes: string[], edges: ViewEdge[]): void {
    this.pathNodes = new Set(nodes);
    this.pathEdges = new Set(
      edges.map((e) => (e.fact ? `${e.fact}|${e.type}` : `${e.source}|${e.type}|${e.target}`)),
    );
    this.sigma.refresh();
  }

  isEdgeVisible(edge: string): boolean {
    const [source, target] = this.graph.extremities(edge);
    if (!this.isNodeShown(source) || !this.isNodeShown(target)) return false;
    const year = this.graph.getEdgeAttribute(edge, "year");
    return !this.years || year === null || (year >= this.years[0] && year <= this.years[1]);
  }

  /** The lines on show, one per fact or structural link. */
  visibleEdges(): ViewEdge[] {
    return this.graph.filterEdges((e) => this.isEdgeVisible(e)).map((e) => this.edgeOf(e));
  }

  isNodeVisible(node: string): boolean {
    return this.isNodeShown(node) && (!this.visibleNodes || this.visibleNodes.has(node));
  }

  visibleCounts(): { nodes: number; edges: number } {
    const edges = this.graph.filterEdges((e) => this.isEdgeVisible(e)).length;
    const nodes = this.graph.filterNodes((n) => this.isNodeVisible(n)).length;
    return { nodes, edges };
  }

  /**
   * Lays the graph out and draws it. With `fresh`, only those nodes move (the rest are held in
   * place); otherwise all. A fixed number of ForceAtlas2 iterations from seeded positions, at every
   * size: the same graph gives the same picture.
   */
  layout(fresh?: Iterable<string>): void {
    const moving = fresh ? new Set(fresh) : null;
    if (this.graph.order >= 2 && (!moving || moving.size > 0)) {
      const settings = layoutSettings(this.graph);
      // One bulk update each way: per-node updates would each run sigma's reducers.
      if (moving) this.setFixed((n) => !moving.has(n));
      forceAtlas2.assign(this.graph, {
        iterations: iterationsFor(this.graph.order, moving !== null),
        settings,
      });
      if (moving) this.setFixed(() => false);
    }
    this.sigma.refresh();
  }

  /** Shows the whole graph; a handful of nodes is not stretched over the full screen. */
  fit(animate = true): void {
    const order = this.visibleCounts().nodes;
    const ratio = order <= 2 ? 2.4 : order <= 5 ? 1.8 : order <= 12 ? 1.35 : 1.05;
    const state = { x: 0.5, y: 0.5, angle: 0, ratio };
    if (animate) void this.sigma.getCamera().animate(state, { duration: 300 });
    else this.sigma.getCamera().setState(state);
  }

  camera(): CameraState {
    return this.sigma.getCamera().getState();
  }

  setCamera(state: Pick<CameraState, "x" | "y" | "ratio">): void {
    this.sigma.getCamera().setState({ ...state, angle: 0 });
  }

  centerOn(id: string): void {
    const display = this.sigma.getNodeDisplayData(id);
    if (display) void this.sigma.getCamera().animate({ x: display.x, y: display.y }, { duration: 300 });
  }

  /** Visible nodes in reading order (top to bottom, left to right): the keyboard's path through the canvas. */
  readingOrder(): string[] {
    return this.graph
      .filterNodes((n) => this.isNodeVisible(n))
      .map((n) => ({ n, a: this.graph.getNodeAttributes(n) }))
      .sort((p, q) => q.a.y - p.a.y || p.a.x - q.a.x)
      .map((p) => p.n);
  }

  /** What is drawn, in container pixels: nodes, lines and placed labels, for export. */
  snapshot(): Snapshot {
    const { width, height } = this.sigma.getDimensions();
    const nodes: Snapshot["nodes"] = [];
    this.graph.forEachNode((id, a) => {
      const display = this.sigma.getNodeDisplayData(id);
      if (!display || display.hidden || !this.isNodeVisible(id)) return;
      const p = this.sigma.framedGraphToViewport(display);
      nodes.push({
        id,
        x: p.x,
        y: p.y,
        r: this.sigma.scaleSize(display.size),
        color: display.color,
        shape: a.type,
      });
    });
    const lines = this.screenLines().map((line) => {
      const display = this.sigma.getEdgeDisplayData(line.key);
      return { ...line, color: display?.color ?? "#b9c0cb", size: this.sigma.scaleSize(display?.size ?? 1) };
    });
    const byId = new Map(this.labelCandidates.map((c) => [c.id, c.text]));
    const labels = this.labelBoxes.map((box) => ({ ...box, text: byId.get(box.id) ?? "" }));
    return { width, height, nodes, lines, labels };
  }

  /** A read-only view of what is drawn, in container pixels: for the browser tests and the console. */
  probe(): Record<string, unknown> {
    const rect = () => this.container.getBoundingClientRect();
    return {
      positions: () =>
        Object.fromEntries(
          this.graph.mapNodes((n, a) => [n, [Math.round(a.x * 1000) / 1000, Math.round(a.y * 1000) / 1000]]),
        ),
      edges: () =>
        this.graph
          .filterEdges((e) => this.isEdgeVisible(e))
          .map((e) => ({
            fact: this.graph.getEdgeAttribute(e, "fact"),
            source: this.graph.source(e),
            target: this.graph.target(e),
            curvature: this.graph.getEdgeAttribute(e, "curvature"),
          })),
      // The point of a fact's line farthest from every other line: where only it can be hit.
      edgePoint: (fact: string) => {
        const lines = this.screenLines();
        const line = lines.find((l) => this.graph.getEdgeAttribute(l.key, "fact") === fact);
        if (!line) return null;
        const others = lines.filter((l) => l !== line);
        const clearance = (p: Point) => Math.min(Infinity, ...others.map((l) => distanceToLine(p, l)));
        const candidates = Array.from({ length: 15 }, (_, i) => 0.15 + i * 0.05).map((t) =>
          curvePoint(line.from, line.to, line.curvature, t),
        );
        const p = candidates.reduce((a, b) => (clearance(b) > clearance(a) ? b : a));
        return { x: rect().left + p.x, y: rect().top + p.y };
      },
      labels: () => this.labelBoxes.map((box) => ({ ...box })),
      camera: () => this.camera(),
      nodes: () =>
        this.graph
          .filterNodes((n) => this.isNodeVisible(n))
          .map((id) => ({ id, type: this.graph.getNodeAttribute(id, "entityType") })),
      size: () => this.sigma.getDimensions(),
    };
  }

  destroy(): void {
    this.sigma.kill();
  }

  private setFixed(fixed: (node: string) => boolean): void {
    this.graph.updateEachNodeAttributes((node, a) => ({ ...a, fixed: fixed(node) }), {
      attributes: ["fixed"],
    });
  }

  private curveParallels(): void {
    const curvatures = parallelCurvatures(
      this.graph.mapEdges((key, _a, source, target) => ({ key, source, target })),
    );
    for (const [key, curvature] of curvatures) {
      // Only lines whose bend changes: each update runs sigma's edge reducer.
      if (this.graph.getEdgeAttribute(key, "curvature") === curvature) continue;
      this.graph.mergeEdgeAttributes(key, { curvature, type: curvature === 0 ? "arrow" : "curved" });
    }
  }

  private screenLines(): ScreenLine[] {
    const point = (node: string): Point | null => {
      const display = this.sigma.getNodeDisplayData(node);
      return display ? this.sigma.framedGraphToViewport(display) : null;
    };
    const lines: ScreenLine[] = [];
    this.graph.forEachEdge((key, a, source, target) => {
      if (!this.isEdgeVisible(key)) return;
      const from = point(source);
      const to = point(target);
      if (from && to) lines.push({ key, from, to, curvature: a.curvature });
    });
    return lines;
  }

  private edgeAt(p: Point): string | null {
    return lineAt(p, this.screenLines(), hitTolerance);
  }

  private hoverEdge(edge: string | null, at?: Point): void {
    if (edge !== this.hoveredEdge) {
      this.hoveredEdge = edge;
      this.container.style.cursor = edge ? "pointer" : "";
      this.sigma.refresh();
    }
    if (!edge || !at) {
      this.tooltip.hidden = true;
      return;
    }
    const described = this.edgeOf(edge);
    this.tooltip.textContent = this.events.describeEdge?.(described) ?? described.summary ?? described.type;
    this.tooltip.style.left = `${at.x + 14}px`;
    this.tooltip.style.top = `${at.y + 14}px`;
    this.tooltip.hidden = false;
  }

  private isNodeShown(node: string): boolean {
    if (this.hiddenNodes.has(node)) return false;
    return !this.hiddenTypes.has(this.graph.getNodeAttribute(node, "entityType"));
  }

  private updateVisibility(render: { schedule?: boolean } = {}): void {
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
    this.sigma?.refresh(render);
  }

  private collectLabel(data: Partial<NodeDisplayData> & { key: string }): void {
    if (!data.label) return;
    const context = this.labelContext();
    const width = context.measureText(data.label).width;
    const important = data.key === this.selected || data.key === this.hovered ? 1e6 : 0;
    this.labelCandidates.push({
      id: data.key,
      x: data.x ?? 0,
      y: data.y ?? 0,
      size: data.size ?? 0,
      width,
      height: 16,
      priority: important + (data.size ?? 0) + (data.highlighted ? 100 : 0),
      text: data.label,
      color: data.color === dimmed ? "#8a93a3" : "#1d2433",
    });
  }

  private labelContext(): CanvasRenderingContext2D {
    const context = this.sigma.getCanvases().labels!.getContext("2d")!;
    const { labelWeight, labelSize, labelFont } = this.sigma.getSettings();
    context.font = `${labelWeight} ${labelSize}px ${labelFont}`;
    return context;
  }

  private drawLabels(): void {
    const { width, height } = this.sigma.getDimensions();
    const boxes = placeLabels(this.labelCandidates, width, height);
    const byId = new Map(this.labelCandidates.map((c) => [c.id, c]));
    const context = this.labelContext();
    context.textBaseline = "middle";
    for (const box of boxes) {
      const candidate = byId.get(box.id)!;
      context.fillStyle = "rgba(255, 255, 255, 0.75)";
      context.fillRect(box.x - 2, box.y, box.width + 4, box.height);
      context.fillStyle = candidate.color;
      context.fillText(candidate.text, box.x, box.y + box.height / 2);
    }
    this.labelBoxes = boxes;
  }

  private reduceNode(node: string, data: NodeAttributes): Partial<NodeDisplayData> {
    const out: Partial<NodeDisplayData> & { ringFill?: string } = { ...data };
    if (!this.isNodeVisible(node)) return { ...out, hidden: true };
    const focus = this.hovered ?? this.selected;
    if (this.pathNodes.size > 0) {
      if (this.pathNodes.has(node)) {
        out.highlighted = true;
        out.zIndex = 2;
      } else {
        out.color = dimmed;
        out.label = "";
      }
    } else if (focus && node !== focus && !this.graph.areNeighbors(node, focus)) {
      out.color = dimmed;
      out.zIndex = 0;
    } else if (focus) {
      out.zIndex = 1;
    }
    if (node === this.selected || node === this.hovered) out.forceLabel = true;
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
    if (edge === this.selectedEdge || edge === this.hoveredEdge) {
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
