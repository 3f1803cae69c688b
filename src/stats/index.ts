/**
 * What the graph knows (govgraph stats).
 */
export { collectStats } from "./collect-stats.js";
export { formatStats } from "./format-stats.js";
