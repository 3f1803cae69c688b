/** How each entity type looks: colour, node program (shape) and size. Shared by the graph and its legend. */
import { factTypeDefinition } from "../../model/fact-types/index.js";

export type Shape = "square" | "circle" | "ring";

export interface TypeStyle {
  color: string;
  shape: Shape;
  size: number;
}

export const typeStyles: Record<string, TypeStyle> = {
  Federation: { color: "#1f3a93", shape: "square", size: 20 },
  State: { color: "#2f6fdf", shape: "square", size: 18 },
  County: { color: "#6aa5f0", shape: "square", size: 12 },
  Municipality: { color: "#9cc3f5", shape: "square", size: 9 },
  Person: { color: "#e0593a", shape: "circle", size: 12 },
  Organization: { color: "#179e7b", shape: "ring", size: 16 },
  Project: { color: "#c68a00", shape: "circle", size: 14 },
  Article: { color: "#7a6f8f", shape: "circle", size: 8 },
};

export const legendTypes = [
  "Federation",
  "State",
  "County",
  "Municipality",
  "Organization",
  "Person",
  "Project",
];

const fallback: TypeStyle = { color: "#8a8f98", shape: "circle", size: 9 };

export function styleOf(type: string): TypeStyle {
  return typeStyles[type] ?? fallback;
}

/** Line colours by fact type, from the fact registry; structural links stay quiet. */
export function edgeColorOf(type: string): string {
  return factTypeDefinition(type)?.colour ?? "#b9c0cb";
}

export const accent = "#ff2d6f";
export const dimmed = "#dfe3ea";
