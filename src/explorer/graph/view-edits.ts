/**
 * What the user took out of the view (hidden nodes, entity types switched off) and the undo
 * history of expand, hide and toggle. Pure state: the caller redraws after each change.
 */
export class ViewEdits {
  readonly nodes: Set<string>;
  readonly types: Set<string>;
  private history: (() => void)[] = [];

  constructor(nodes: Iterable<string> = [], types: Iterable<string> = []) {
    this.nodes = new Set(nodes);
    this.types = new Set(types);
  }

  get canUndo(): boolean {
    return this.history.length > 0;
  }

  toggleType(type: string): void {
    const flip = () => (this.types.has(type) ? this.types.delete(type) : this.types.add(type));
    flip();
    this.history.push(flip);
  }

  hideNode(id: string): void {
    if (this.nodes.has(id)) return;
    this.nodes.add(id);
    this.history.push(() => this.nodes.delete(id));
  }

  /** Records something done elsewhere (an expansion) and how to take it back. */
  record(undo: () => void): void {
    this.history.push(undo);
  }

  /** Takes back the last change; false when there is none. */
  undo(): boolean {
    const last = this.history.pop();
    last?.();
    return last !== undefined;
  }
}
