/**
 * Pure geometry of the drawn graph: seeded positions, curvature of parallel lines, the curve a
 * line follows on screen, and the line nearest a pointer. No DOM, no sigma: unit-testable.
 */

export interface Point {
  x: number;
  y: number;
}

/** A stable 32-bit hash of a string (FNV-1a): the same id always gives the same number. */
export function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Where a new node starts: on a ring around its parent, at an angle its id decides. */
export function seededPosition(id: string, around: Point, radius: number): Point {
  const hash = hashOf(id);
  const angle = ((hash % 3600) / 3600) * 2 * Math.PI;
  const r = radius * (0.8 + ((hash >>> 12) % 100) / 250);
  return { x: around.x + r * Math.cos(angle), y: around.y + r * Math.sin(angle) };
}

/**
 * Curvatures for lines between the same two nodes: one line stays straight (0), several fan out
 * symmetrically. A line drawn against the pair's order bends the other way, so all stay apart.
 */
export function parallelCurvatures(
  edges: { key: string; source: string; target: string }[],
  step = 0.3,
): Map<string, number> {
  const groups = new Map<string, { key: string; flipped: boolean }[]>();
  for (const edge of edges) {
    const flipped = edge.source > edge.target;
    const pair = flipped ? `${edge.target}\u0000${edge.source}` : `${edge.source}\u0000${edge.target}`;
    groups.set(pair, [...(groups.get(pair) ?? []), { key: edge.key, flipped }]);
  }
  const curvatures = new Map<string, number>();
  for (const group of groups.values()) {
    group.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    group.forEach(({ key, flipped }, i) => {
      const offset = group.length === 1 ? 0 : (i - (group.length - 1) / 2) * step;
      curvatures.set(key, flipped ? -offset : offset);
    });
  }
  return curvatures;
}

/**
 * The screen curve of a line from `a` to `b` (screen coordinates, y down), as @sigma/edge-curve
 * draws it: a quadratic Bézier whose control point lies off the midpoint by curvature × length.
 */
export function curvePoint(a: Point, b: Point, curvature: number, t: number): Point {
  const control = {
    x: (a.x + b.x) / 2 + (b.y - a.y) * curvature,
    y: (a.y + b.y) / 2 - (b.x - a.x) * curvature,
  };
  const u = 1 - t;
  return {
    x: u * u * a.x + 2 * u * t * control.x + t * t * b.x,
    y: u * u * a.y + 2 * u * t * control.y + t * t * b.y,
  };
}

function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

export interface ScreenLine {
  key: string;
  from: Point;
  to: Point;
  curvature: number;
}

/** The distance in pixels from `p` to a line as drawn. */
export function distanceToLine(p: Point, line: ScreenLine, steps = 16): number {
  let best = Infinity;
  let previous = line.from;
  for (let i = 1; i <= steps; i++) {
    const next = curvePoint(line.from, line.to, line.curvature, i / steps);
    best = Math.min(best, distanceToSegment(p, previous, next));
    previous = next;
  }
  return best;
}

/** The line nearest `p` within `tolerance` pixels, or null: a hit area wider than the stroke. */
export function lineAt(p: Point, lines: ScreenLine[], tolerance: number): string | null {
  let best: string | null = null;
  let bestDistance = tolerance;
  for (const line of lines) {
    const d = distanceToLine(p, line);
    if (d <= bestDistance) {
      bestDistance = d;
      best = line.key;
    }
  }
  return best;
}

export interface LabelBox {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LabelCandidate {
  id: string;
  /** The node's centre and radius on screen. */
  x: number;
  y: number;
  size: number;
  width: number;
  height: number;
  priority: number;
}

const overlaps = (a: LabelBox, b: LabelBox): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * Places labels right of their node, or left when the right runs off the canvas, highest priority
 * first; a label that would cover one already placed (or leave the canvas) is not drawn.
 */
export function placeLabels(candidates: LabelCandidate[], width: number, height: number): LabelBox[] {
  const placed: LabelBox[] = [];
  const order = [...candidates].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : 1));
  for (const c of order) {
    const y = c.y - c.height / 2;
    const options = [
      { id: c.id, x: c.x + c.size + 3, y, width: c.width, height: c.height },
      { id: c.id, x: c.x - c.size - 3 - c.width, y, width: c.width, height: c.height },
    ];
    const fits = options.find(
      (box) =>
        box.x >= 0 &&
        box.x + box.width <= width &&
        box.y >= 0 &&
        box.y + box.height <= height &&
        !placed.some((other) => overlaps(box, other)),
    );
    if (fits) placed.push(fits);
  }
  return placed;
}
