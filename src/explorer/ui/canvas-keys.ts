/** The canvas by keyboard: arrows walk the nodes in reading order, Enter expands, Delete hides, Escape deselects. */
export interface CanvasKeyActions {
  order(): string[];
  selected(): string | null;
  choose(id: string): void;
  expand(id: string): void;
  hide(id: string): void;
  deselect(): void;
}

const steps: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

export function wireCanvasKeys(canvas: HTMLElement, actions: CanvasKeyActions): void {
  canvas.addEventListener("keydown", (event) => {
    const order = actions.order();
    const selected = actions.selected();
    const step = steps[event.key];
    if (step && order.length > 0) {
      event.preventDefault();
      const at = selected ? order.indexOf(selected) : -1;
      actions.choose(order[(at + step + order.length) % order.length]!);
    } else if (event.key === "Enter" && selected) {
      event.preventDefault();
      actions.expand(selected);
    } else if ((event.key === "Delete" || event.key === "Backspace") && selected) {
      event.preventDefault();
      actions.hide(selected);
    } else if (event.key === "Escape") actions.deselect();
  });
}
