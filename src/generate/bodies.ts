/**
 * Generated bodies (one working group per OZG Themenfeld, ids `gen-body-N`, never a real body's
 * id) with a chair per year 2019-2026, rotating among the Länder of the scope.
 */
import { PERIOD } from "./calendar.js";
import { OZG_TOPICS } from "./ozg-catalogue.js";
import { randomStream } from "./random.js";
import type { Scope } from "./scope.js";

export interface BodyRow {
  id: string;
  name: string;
}

export interface ChairRow {
  id: string;
  holder: string;
  body: string;
  year: number;
  summary: string;
}

/** A chair held for a year spans the whole year. */
export function chairSpan(year: number): { from: string; to: string } {
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

export function planBodies(seed: number, scope: Scope): { bodies: BodyRow[]; chairs: ChairRow[] } {
  const bodies = OZG_TOPICS.map((topic, index) => ({
    id: `gen-body-${index + 1}`,
    name: `Länder-Arbeitsgruppe ${topic}`,
  }));
  const chairs: ChairRow[] = [];
  for (const body of bodies) {
    const rotation = randomStream(seed, "rotation", body.id).sample(scope.states, scope.states.length);
    for (let year = PERIOD.from; year <= PERIOD.to; year++) {
      const holder = rotation[(year - PERIOD.from) % rotation.length]!;
      chairs.push({
        id: `gen-chairs/${body.id}/${holder.id}/${year}`,
        holder: holder.id,
        body: body.id,
        year,
        summary: `${holder.name} hat ${year} den Vorsitz der ${body.name}`,
      });
    }
  }
  return { bodies, chairs };
}
