/**
 * Office holders for every Land (CIO, Digitalminister) and county (Landrat, or
 * Oberbürgermeister of a kreisfreie Stadt) in the scope: a chain of tenures from a start
 * before 2019 through 2026, each held by a generated person.
 */
import { slugify } from "../model/ids.js";
import { epochDay, isoDay, LAST_YEAR, PERIOD } from "./calendar.js";
import { FIRST_NAMES, LAST_NAMES } from "./person-names.js";
import { randomStream } from "./random.js";
import type { Scope } from "./scope.js";

export interface PersonRow {
  id: string;
  name: string;
}

export interface TenureRow {
  id: string;
  person: string;
  organization: string;
  /** The Land the office belongs to (for grouping articles). */
  stateId: string;
  role: string;
  from: string;
  to: string | null;
  year: number;
  summary: string;
}

export interface Offices {
  persons: PersonRow[];
  tenures: TenureRow[];
}

const COUNTY_HEAD: Record<string, string> = {
  "Kreisfreie Stadt": "Oberbürgermeister",
  Stadtkreis: "Oberbürgermeister",
  Regionalverband: "Regionalverbandsdirektor",
};

const END = epochDay(`${LAST_YEAR}-12-31`);

export function planOffices(seed: number, scope: Scope): Offices {
  const offices: { organization: string; name: string; stateId: string; role: string }[] = [
    ...scope.states.flatMap((state) =>
      ["CIO", "Digitalminister"].map((role) => ({
        organization: state.id,
        name: state.name,
        stateId: state.id,
        role,
      })),
    ),
    ...scope.counties.map((county) => ({
      organization: county.id,
      name: county.name,
      stateId: county.stateId,
      role: COUNTY_HEAD[county.kind] ?? "Landrat",
    })),
  ];
  const persons: PersonRow[] = [];
  const tenures: TenureRow[] = [];
  for (const office of offices) {
    const random = randomStream(seed, "office", office.organization, office.role);
    let start = epochDay(`${PERIOD.from - 4}-01-01`) + random.int(0, 4 * 365 - 1);
    while (start <= END) {
      const length = random.int(Math.round(2.5 * 365), 7 * 365);
      const personNumber = persons.length + 1;
      const names = randomStream(seed, "person", personNumber);
      const person = {
        id: `gen-person-${personNumber}`,
        name: `${names.pick(FIRST_NAMES)} ${names.pick(LAST_NAMES)}`,
      };
      persons.push(person);
      const from = isoDay(start);
      const end = start + length - 1;
      tenures.push({
        id: `gen-holdsOffice/${person.id}/${office.organization}/${slugify(office.role)}`,
        person: person.id,
        organization: office.organization,
        stateId: office.stateId,
        role: office.role,
        from,
        to: end > END ? null : isoDay(end),
        year: Number(from.slice(0, 4)),
        summary: `${person.name} ist ${office.role} (${office.name})`,
      });
      start = end + 1;
    }
  }
  return { persons, tenures };
}
