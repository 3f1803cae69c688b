/**
 * Which municipality offers which OZG service, in which status, since when. Larger
 * municipalities offer more services (20-60% of the catalogue) and went online earlier; some
 * services are offered nearly everywhere, others rarely.
 *
 * "offersService" is not (yet) a fact type of src/model/vocabulary.ts, so its label and type
 * live here.
 */
import { epochDay, isoDay } from "./calendar.js";
import type { OzgService } from "./ozg-catalogue.js";
import { randomStream } from "./random.js";
import type { ScopeMunicipality } from "./scope.js";

export const AVAILABILITY_LABEL = "Availability";
export const OFFERS_SERVICE = "offersService";
export const AVAILABILITY_STATUSES = ["online", "in-progress", "planned"] as const;
export type AvailabilityStatus = (typeof AVAILABILITY_STATUSES)[number];

export interface AvailabilityRow {
  id: string;
  municipality: string;
  service: string;
  status: AvailabilityStatus;
  since: string;
  year: number;
  summary: string;
}

export function availabilityId(municipality: string, service: string): string {
  return `gen-availability/${municipality}/${service}`;
}

/** How commonly each service is offered, relative to the average (0.3 .. 1.7). */
export function serviceWeights(seed: number, services: readonly OzgService[]): number[] {
  return services.map((service) => 0.3 + 1.4 * randomStream(seed, "service-weight", service.id).float());
}

/** 0 for a village of 100 inhabitants, 1 for a city of a million or more. */
function sizeScore(population: number): number {
  return Math.min(1, Math.max(0, (Math.log10(Math.max(population, 1)) - 2) / 4));
}

const ONLINE_FROM = epochDay("2019-01-01");
const ONLINE_UNTIL = epochDay("2025-12-31");
const PLANNED_FROM = epochDay("2024-01-01");
const PLANNED_UNTIL = epochDay("2026-06-30");

const SUMMARY: Record<AvailabilityStatus, (municipality: string, service: string) => string> = {
  online: (m, s) => `${m} bietet „${s}“ online an`,
  "in-progress": (m, s) => `${m} setzt „${s}“ online um`,
  planned: (m, s) => `${m} plant „${s}“ online`,
};

/** The availability facts of one municipality; recomputable on its own from the seed. */
export function availabilityOf(
  seed: number,
  municipality: ScopeMunicipality,
  services: readonly OzgService[],
  weights: readonly number[],
): AvailabilityRow[] {
  const random = randomStream(seed, "availability", municipality.id);
  const size = sizeScore(municipality.population);
  const share = Math.min(0.6, Math.max(0.2, 0.2 + 0.4 * size + (random.float() - 0.5) * 0.1));
  // Large municipalities started early; small ones mostly after the OZG deadline of 2022.
  const onlineFrom = ONLINE_FROM + Math.round((1 - size) * 2 * 365);
  const rows: AvailabilityRow[] = [];
  services.forEach((service, index) => {
    const offered = random.chance(Math.min(0.97, share * weights[index]!));
    const statusDraw = random.float();
    const dayDraw = random.float();
    if (!offered) return;
    const status: AvailabilityStatus =
      statusDraw < 0.75 ? "online" : statusDraw < 0.9 ? "in-progress" : "planned";
    const [from, until] = status === "online" ? [onlineFrom, ONLINE_UNTIL] : [PLANNED_FROM, PLANNED_UNTIL];
    const since = isoDay(from + Math.floor(dayDraw * (until - from + 1)));
    rows.push({
      id: availabilityId(municipality.id, service.id),
      municipality: municipality.id,
      service: service.id,
      status,
      since,
      year: Number(since.slice(0, 4)),
      summary: SUMMARY[status](municipality.name, service.name),
    });
  });
  return rows;
}
