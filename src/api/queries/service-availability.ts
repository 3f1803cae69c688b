/**
 * serviceAvailability(service: ID!, state: ID): which municipalities offer an OZG service
 * online, since when, and how many per county. Starts at the service (unique index seek on
 * Project.id) and walks its availability facts, so the cost grows with the service's
 * municipalities, not with the graph (see docs/performance.md for the PROFILE).
 *
 * Two queries: the counts per county (small: one row per county), and one page of the
 * offering municipalities, so an answer for all of Germany never moves thousands of rows.
 */
import type { Driver } from "neo4j-driver";
import neo4j from "neo4j-driver";
import { createReader, type Reader } from "./reader.js";

/**
 * Two forms of each query, so that neither needs `$state IS NULL OR s.id = $state` (which made
 * the planner scan the State label and hash-join). With a Land, its node is found by a unique
 * index seek and the counties are kept by key: a county key begins with its Land's AGS prefix
 * (checked by the register loader), cheaper than walking IN_STATE from every county.
 */
const SERVICE = "MATCH (service:Project {id: $service})";
const LAND = "OPTIONAL MATCH (land:State {id: $state})";

/** Without a Land: every online fact of the service, with its municipality and county. */
const OFFERING_ANYWHERE = `OPTIONAL MATCH (service)<-[:OBJECT]-(fact:Availability)-[:SUBJECT]->(m:Municipality)-[:IN_COUNTY]->(c:County)
  WHERE fact.status = 'online'`;

/**
 * With a Land, two sets meet at the municipality: the municipalities whose online fact names the
 * service (walking the service's facts is the cost of the query) and the Land's municipalities
 * (county keys by prefix, then IN_COUNTY from each county). Written as one pattern, the planner
 * may start at the Land's counties and walk all of the service's facts once per county (188,000
 * db hits instead of 4,000 on the small set). So one set is collected in a subquery of its own,
 * which the planner cannot fold into the other's walk, and the other checks its municipalities
 * against it with IN (a hash lookup). A municipality offers a service through at most one fact
 * (the generator keys them by municipality and service) and lies in one county (the register),
 * so this matches exactly what the single pattern matched.
 *
 * This one is the service's side: an unknown Land skips the walk (it has no municipalities).
 */
const SERVICE_OFFERS = `CALL (service, land) {
  WITH service WHERE land IS NOT NULL
  OPTIONAL MATCH (service)<-[:OBJECT]-(fact:Availability)-[:SUBJECT]->(m)
    WHERE fact.status = 'online'
  RETURN collect(m) AS offers
}`;

/** The Land's side of the meeting described at SERVICE_OFFERS. */
const LAND_MUNICIPALITIES = `CALL (land) {
  OPTIONAL MATCH (c:County)<-[:IN_COUNTY]-(m:Municipality) WHERE c.id STARTS WITH land.agsPrefix
  RETURN collect(m) AS inLand
}`;

const PER_COUNTY_RETURN = `WITH service, c, count(m) AS offering
RETURN service.id AS serviceId, service.name AS serviceName,
       c.id AS countyId, c.name AS countyName,
       CASE WHEN c IS NULL THEN 0 ELSE COUNT { (c)<-[:IN_COUNTY]-() } END AS countyMunicipalities,
       offering
ORDER BY countyId`;

/**
 * One row per county with at least one offering municipality (or one row with a null county).
 * With a Land, its counties are walked to their municipalities, which are counted when they offer.
 */
export function perCountyCypher(withState: boolean): string {
  const offering = withState
    ? `${LAND}
${SERVICE_OFFERS}
OPTIONAL MATCH (c:County)<-[:IN_COUNTY]-(m:Municipality)
  WHERE c.id STARTS WITH land.agsPrefix AND m IN offers`
    : OFFERING_ANYWHERE;
  return `${SERVICE}
${offering}
${PER_COUNTY_RETURN}`;
}

/**
 * One page of the offering municipalities, ordered by AGS. The page is cut before the county of
 * each municipality is read (every municipality lies in one county), so only the page's
 * municipalities are walked to theirs. With a Land, the service's facts are walked only if the
 * Land has municipalities (an unknown Land has none), and each is kept if it is one of them.
 */
export function municipalitiesCypher(withState: boolean): string {
  const land = withState
    ? `${LAND}
${LAND_MUNICIPALITIES}
WITH service, inLand WHERE inLand <> []
`
    : "";
  return `${SERVICE}
${land}MATCH (service)<-[:OBJECT]-(fact:Availability)-[:SUBJECT]->(m)
  WHERE fact.status = 'online' AND ${withState ? "m IN inLand" : "m:Municipality"}
WITH fact, m ORDER BY m.id SKIP $offset LIMIT $limit
MATCH (m)-[:IN_COUNTY]->(c:County)
RETURN m.id AS id, m.name AS name, c.id AS countyId, c.name AS countyName,
       fact.status AS status, toString(fact.since) AS since
ORDER BY id`;
}

export const DEFAULT_MUNICIPALITY_PAGE = 100;
export const LARGEST_MUNICIPALITY_PAGE = 500;

export interface ServiceAvailabilityArgs {
  service: string;
  state?: string | null;
}

export interface Page {
  limit: number;
  offset: number;
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

export interface ServiceAvailabilitySummary {
  /** Null when no service has that id. */
  service: { id: string; name: string } | null;
  total: number;
  perCounty: CountyAvailability[];
}

export interface ServiceAvailability extends ServiceAvailabilitySummary {
  municipalities: OfferingMunicipality[];
}

interface CountyRow {
  serviceId: string;
  serviceName: string;
  countyId: string | null;
  countyName: string | null;
  countyMunicipalities: number;
  offering: number;
}

interface MunicipalityRow {
  id: string;
  name: string;
  countyId: string;
  countyName: string;
  status: string;
  since: string;
}

const params = (args: ServiceAvailabilityArgs) => ({ service: args.service, state: args.state ?? null });

/** The service, its total and the counts per county. */
export async function serviceAvailabilitySummary(
  read: Reader,
  args: ServiceAvailabilityArgs,
): Promise<ServiceAvailabilitySummary> {
  const rows = await read<CountyRow>(perCountyCypher(Boolean(args.state)), params(args));
  const first = rows[0];
  if (!first) return { service: null, total: 0, perCounty: [] };
  const perCounty = rows
    .filter((row) => row.countyId !== null)
    .map((row) => ({
      county: { id: row.countyId!, name: row.countyName ?? row.countyId! },
      offering: row.offering,
      municipalities: row.countyMunicipalities,
    }));
  return {
    service: { id: first.serviceId, name: first.serviceName },
    total: perCounty.reduce((sum, county) => sum + county.offering, 0),
    perCounty,
  };
}

/** One page of the municipalities that offer the service online, by AGS. */
export async function offeringMunicipalities(
  read: Reader,
  args: ServiceAvailabilityArgs,
  page: Page = { limit: DEFAULT_MUNICIPALITY_PAGE, offset: 0 },
): Promise<OfferingMunicipality[]> {
  const rows = await read<MunicipalityRow>(municipalitiesCypher(Boolean(args.state)), {
    ...params(args),
    limit: neo4j.int(page.limit),
    offset: neo4j.int(page.offset),
  });
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    county: { id: row.countyId, name: row.countyName },
    status: row.status,
    since: row.since,
  }));
}

/**
 * The whole answer in one call (summary and one page, by default every offering municipality),
 * through a Reader, or through a driver and database name.
 */
export function serviceAvailability(
  read: Reader,
  args: ServiceAvailabilityArgs,
  page?: Page,
): Promise<ServiceAvailability>;
export function serviceAvailability(
  driver: Driver,
  database: string,
  args: ServiceAvailabilityArgs,
  page?: Page,
): Promise<ServiceAvailability>;
export async function serviceAvailability(
  source: Reader | Driver,
  ...rest: [ServiceAvailabilityArgs, Page?] | [string, ServiceAvailabilityArgs, Page?]
): Promise<ServiceAvailability> {
  const read = typeof source === "function" ? source : createReader(source, rest[0] as string, 60_000);
  const [args, page] = (typeof rest[0] === "string" ? rest.slice(1) : rest) as [
    ServiceAvailabilityArgs,
    Page | undefined,
  ];
  const summary = await serviceAvailabilitySummary(read, args);
  if (!summary.service) return { ...summary, municipalities: [] };
  const municipalities = await offeringMunicipalities(
    read,
    args,
    page ?? { limit: Math.max(summary.total, 1), offset: 0 },
  );
  return { ...summary, municipalities };
}
