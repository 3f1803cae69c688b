/** Neo4j's JVM heap through Bolt (the java.lang:type=Memory MBean). */
import type { Driver } from "neo4j-driver";

export interface Heap {
  usedMb: number;
  committedMb: number;
  maxMb: number;
}

export async function neo4jHeap(driver: Driver): Promise<Heap> {
  const { records } = await driver.executeQuery(
    "CALL dbms.queryJmx('java.lang:type=Memory') YIELD attributes RETURN attributes.HeapMemoryUsage.value.properties AS heap",
    {},
    { database: "neo4j" },
  );
  const heap = (records[0]?.get("heap") ?? {}) as Record<string, number>;
  const mb = (bytes: number | undefined): number => Math.round((bytes ?? 0) / 2 ** 20);
  return { usedMb: mb(heap.used), committedMb: mb(heap.committed), maxMb: mb(heap.max) };
}
