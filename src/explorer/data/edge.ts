/** A line of a subgraph: a fact from its subject to its object, or a structural link. Shared by the API client, the view and the CSV export. */
import type { NeighborhoodQuery } from "./generated/operations.js";

export type Edge = NeighborhoodQuery["neighborhood"]["edges"][number];
