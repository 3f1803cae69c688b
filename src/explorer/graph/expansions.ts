/**
 * Which node's expansion added which nodes, and which nodes the user chose (roots): what
 * "collapse" removes, and what stays visible when the year filter leaves a node without lines.
 */
export class Expansions {
  private added = new Map<string, string[]>();
  private chosen = new Set<string>();
  private expanded: string[] = [];

  get roots(): ReadonlySet<string> {
    return this.chosen;
  }

  /** The nodes expanded so far, in the order the user expanded them. */
  get order(): readonly string[] {
    return this.expanded;
  }

  /** Starts over with these roots (a new selection or a path). */
  reset(roots: Iterable<string>): void {
    this.added.clear();
    this.expanded = [];
    this.chosen = new Set(roots);
  }

  /** Records that expanding `id` added `nodes`; `id` becomes a root. */
  record(id: string, nodes: string[]): void {
    this.added.set(id, [...(this.added.get(id) ?? []), ...nodes.filter((n) => n !== id)]);
    this.chosen.add(id);
    if (!this.expanded.includes(id)) this.expanded.push(id);
  }

  /** Forgets the expansion of `id` and every expansion nested in it; returns the nodes to remove. */
  collapse(id: string): Set<string> {
    const drop = new Set<string>();
    const walk = (node: string): void => {
      for (const child of this.added.get(node) ?? []) {
        if (child === id || drop.has(child)) continue;
        drop.add(child);
        walk(child);
      }
      this.added.delete(node);
    };
    walk(id);
    for (const node of drop) this.chosen.delete(node);
    this.expanded = this.expanded.filter((node) => node !== id && !drop.has(node));
    return drop;
  }
}
