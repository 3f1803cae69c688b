/**
 * serviceAvailability(service: ID!, state: ID): which municipalities offer an OZG service
 * online, since when, and how many per county. Starts at the service (unique index seek on
 * Project.id) and walks its availability facts, so the cost grows with the service's
 * municipalities, not with the graph (see docs/performance.md for the PROFILE).
 */
import type { Driver } from "neo4j-driver";

/**
 * Two forms, so that neither needs `$state IS NULL OR s.id = $state` (which made the planner
 * scan the State label and hash-join). With a Land, its node is found by a unique index seek and
 * the counties are kept by key: a county key begins with its Land's AGS prefix (checked by the
 * register loader), which is cheaper than walking IN_STATE from every county on the way.
 */
function serviceAvailabilityCypher(withState: boolean): string {
  return `
MATCH (service:Project {id: $service})${withState ? "\nOPTIONAL MATCH (land:State {id: $state})" : ""}
OPTIONAL MATCH (service)<-[:OBJECT]-(fact:Availability)-[:SUBJECT]->(m:Municipality)-[:IN_COUNTY]->(c:County)
  WHERE fact.status = 'online'${withState ? " AND c.id STARTS WITH land.agsPrefix" : ""}
WITH service, c,
     collect(CASE WHEN m IS NULL THEN null
             ELSE {id: m.id, name: m.name, status: fact.status, since: toString(fact.since)} END) AS offering
RETURN service.id AS serviceId, service.name AS serviceName,
       c.id AS countyId, c.name AS countyName,
       CASE WHEN c IS NULL THEN 0 ELSE COUNT { (c)<-[:IN_COUNTY]-() } END AS countyMunicipalities,
       offering
ORDER BY countyId`;
}

export const SERVICE_AVAILABILITY_CYPHER = serviceAvailabilityCypher(false);
export const SERVICE_AVAILABILITY_IN_STATE_CYPHER = serviceAvailabilityCypher(true);

export interface ServiceAvailabilityArgs {
  service: string;
  state?: string | null;
}

export interface CountyRef {
  id: string;
  name: string;
}

export interface OfferingMunicipality {
  id: string;
  name: string;
  county: CountyRef;
  status: string;
  /** ISO date. */
  since: string;
}

export interface CountyAvailability {
  county: CountyRef;
  /** Municipalities of the county that offer the service online. */
  offering: number;
  /** All municipalities of the county. */
  municipalities: number;
}

export interface ServiceAvailability {
  /** Null when no service has that id. */
  service: { id: string; name: string } | null;
  total: number;
  municipalities: OfferingMunicipality[];
  perCounty: CountyAvailability[];
}

export async function serviceAvailability(
  driver: Driver,
  database: string,
  args: ServiceAvailabilityArgs,
): Promise<ServiceAvailability> {
  const { records } = await driver.executeQuery(
    args.state ? SERVICE_AVAILABILITY_IN_STATE_CYPHER : SERVICE_AVAILABILITY_CYPHER,
    { service: args.service, state: args.state ?? null },
    { database, routing: "READ" },
  );
  const first = records[0];
  if (!first) return { service: null, total: 0, municipalities: [], perCounty: [] };
  const municipalities: OfferingMunicipality[] = [];
  const perCounty: CountyAvailability[] = [];
  for (const record of records) {
    const countyId = record.get("countyId") as string | null;
    if (countyId === null) continue;
    const county = { id: countyId, name: record.get("countyName") as string };
    const offering = record.get("offering") as Omit<OfferingMunicipality, "county">[];
    for (const m of offering) municipalities.push({ ...m, county });
    perCounty.push({
      county,
      offering: offering.length,
      municipalities: record.get("countyMunicipalities") as number,
    });
  }
  municipalities.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    service: { id: first.get("serviceId") as string, name: first.get("serviceName") as string },
    total: municipalities.length,
    municipalities,
    perCounty,
  };
}
