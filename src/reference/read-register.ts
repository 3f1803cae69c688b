/**
 * Reads the municipal register from CSV text into typed records. Keys stay strings (leading
 * zeros matter); every row is checked, and the first bad one is reported with file and line.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { aliasesOf, countyAliasesOf, splitOfficialName } from "./official-name.js";
import type { CountyRecord, MunicipalityRecord, MunicipalRegister, StateRecord } from "./register-records.js";
import { GV100AD_CSV_LAYOUT, type RegisterLayout } from "./register-layout.js";
import { stateIsoCode } from "../model/state-codes.js";

export class RegisterFormatError extends Error {
  constructor(file: string, line: number, problem: string) {
    super(`${file}, line ${line}: ${problem}`);
    this.name = "RegisterFormatError";
  }
}

type Row = Record<string, string>;

function parseRows(text: string, file: string, columns: string[]): Row[] {
  const rows = parse(text, { columns: true, skip_empty_lines: true, trim: true, bom: true }) as Row[];
  const first = rows[0];
  if (first) {
    const missing = columns.filter((column) => !(column in first));
    if (missing.length > 0) throw new RegisterFormatError(file, 1, `missing column(s) ${missing.join(", ")}`);
  }
  return rows;
}

function field(row: Row, column: string, file: string, line: number, pattern?: RegExp): string {
  const value = row[column] ?? "";
  if (value === "" || (pattern && !pattern.test(value))) {
    throw new RegisterFormatError(file, line, `bad ${column} "${value}"`);
  }
  return value;
}

function numberField(row: Row, column: string, file: string, line: number): number {
  const value = Number(field(row, column, file, line, /^\d+(\.\d+)?$/));
  return value;
}

export function parseStates(text: string, layout: RegisterLayout = GV100AD_CSV_LAYOUT): StateRecord[] {
  const file = layout.files.states;
  const c = layout.states;
  return parseRows(text, file, Object.values(c)).map((row, index) => {
    const line = index + 2;
    const key = field(row, c.key, file, line, /^\d{2}$/);
    return { key, id: stateIsoCode(key), name: field(row, c.name, file, line) };
  });
}

export function parseCounties(text: string, layout: RegisterLayout = GV100AD_CSV_LAYOUT): CountyRecord[] {
  const file = layout.files.counties;
  const c = layout.counties;
  return parseRows(text, file, Object.values(c)).map((row, index) => {
    const line = index + 2;
    const id = field(row, c.key, file, line, /^\d{5}$/);
    const stateKey = field(row, c.stateKey, file, line, /^\d{2}$/);
    if (!id.startsWith(stateKey))
      throw new RegisterFormatError(file, line, `county ${id} is not in Land ${stateKey}`);
    const name = splitOfficialName(field(row, c.name, file, line));
    const kind = field(row, c.kind, file, line);
    return {
      id,
      ...name,
      kind,
      stateKey,
      stateId: stateIsoCode(stateKey),
      aliases: countyAliasesOf(name, kind),
    };
  });
}

export function parseMunicipalities(
  text: string,
  layout: RegisterLayout = GV100AD_CSV_LAYOUT,
): MunicipalityRecord[] {
  const file = layout.files.municipalities;
  const c = layout.municipalities;
  return parseRows(text, file, Object.values(c)).map((row, index) => {
    const line = index + 2;
    const id = field(row, c.ags, file, line, /^\d{8}$/);
    const countyId = field(row, c.countyKey, file, line, /^\d{5}$/);
    if (!id.startsWith(countyId))
      throw new RegisterFormatError(file, line, `AGS ${id} is not in county ${countyId}`);
    const name = splitOfficialName(field(row, c.name, file, line));
    return {
      id,
      ...name,
      countyId,
      stateKey: field(row, c.stateKey, file, line, /^\d{2}$/),
      population: numberField(row, c.population, file, line),
      areaKm2: numberField(row, c.areaKm2, file, line),
      aliases: aliasesOf(name),
    };
  });
}

/** Reads the three files of a register folder (default: seed/data), optionally only some Länder. */
export async function readRegister(
  directory: string,
  options: { layout?: RegisterLayout; stateKeys?: readonly string[] } = {},
): Promise<MunicipalRegister> {
  const layout = options.layout ?? GV100AD_CSV_LAYOUT;
  const read = (file: string): Promise<string> => readFile(path.join(directory, file), "utf8");
  const [states, counties, municipalities] = await Promise.all([
    read(layout.files.states).then((text) => parseStates(text, layout)),
    read(layout.files.counties).then((text) => parseCounties(text, layout)),
    read(layout.files.municipalities).then((text) => parseMunicipalities(text, layout)),
  ]);
  const register = { states, counties, municipalities };
  checkReferences(register, layout);
  const keep = options.stateKeys ? new Set(options.stateKeys) : undefined;
  if (!keep) return register;
  return {
    states: states.filter((s) => keep.has(s.key)),
    counties: counties.filter((c) => keep.has(c.stateKey)),
    municipalities: municipalities.filter((m) => keep.has(m.stateKey)),
  };
}

/** Every county names a known Land, every municipality a known county. */
function checkReferences(register: MunicipalRegister, layout: RegisterLayout): void {
  const stateKeys = new Set(register.states.map((s) => s.key));
  register.counties.forEach((county, index) => {
    if (!stateKeys.has(county.stateKey)) {
      throw new RegisterFormatError(layout.files.counties, index + 2, `unknown Land ${county.stateKey}`);
    }
  });
  const countyIds = new Set(register.counties.map((c) => c.id));
  register.municipalities.forEach((municipality, index) => {
    if (!countyIds.has(municipality.countyId)) {
      throw new RegisterFormatError(
        layout.files.municipalities,
        index + 2,
        `unknown county ${municipality.countyId}`,
      );
    }
  });
}
