/** What a bulk write did, and how fast. Counts come from the server's update counters. */
export interface WriteStats {
  rows: number;
  nodesCreated: number;
  relationshipsCreated: number;
  propertiesSet: number;
  seconds: number;
}

export const emptyStats = (): WriteStats => ({
  rows: 0,
  nodesCreated: 0,
  relationshipsCreated: 0,
  propertiesSet: 0,
  seconds: 0,
});

export function addStats(a: WriteStats, b: WriteStats): WriteStats {
  return {
    rows: a.rows + b.rows,
    nodesCreated: a.nodesCreated + b.nodesCreated,
    relationshipsCreated: a.relationshipsCreated + b.relationshipsCreated,
    propertiesSet: a.propertiesSet + b.propertiesSet,
    seconds: a.seconds + b.seconds,
  };
}

export interface Rates {
  rowsPerSecond: number;
  nodesPerSecond: number;
  relationshipsPerSecond: number;
}

export function rates(stats: WriteStats): Rates {
  const per = (count: number): number => (stats.seconds > 0 ? Math.round(count / stats.seconds) : 0);
  return {
    rowsPerSecond: per(stats.rows),
    nodesPerSecond: per(stats.nodesCreated),
    relationshipsPerSecond: per(stats.relationshipsCreated),
  };
}

const thousands = new Intl.NumberFormat("en-US");

/** "10,773 rows, 10,773 nodes, 10,773 relationships in 1.9 s (5,670 nodes/s, 5,670 relationships/s)" */
export function describeStats(stats: WriteStats): string {
  const r = rates(stats);
  return (
    `${thousands.format(stats.rows)} rows, ${thousands.format(stats.nodesCreated)} nodes, ` +
    `${thousands.format(stats.relationshipsCreated)} relationships created in ${stats.seconds.toFixed(1)} s ` +
    `(${thousands.format(r.nodesPerSecond)} nodes/s, ${thousands.format(r.relationshipsPerSecond)} relationships/s)`
  );
}
