/**
 * Export and restore of the whole graph (JSON lines, CSV, FollowTheMoney statements).
 */
export { exportGraph } from "./export-graph.js";
export { exportFtm } from "./ftm/export-ftm.js";
export { RestoreError, restoreGraph } from "./restore-graph.js";
