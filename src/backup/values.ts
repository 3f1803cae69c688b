/**
 * Property values as JSON and back, without losing their Neo4j type: dates and datetimes get a
 * tag, floats with an integral value get a tag (JSON would turn 1.0 into the integer 1), and
 * integers are sent back as Neo4j integers (the driver sends plain JS numbers as floats).
 */
import neo4j from "neo4j-driver";

export type Encoded =
  | string
  | number
  | boolean
  | null
  | { $date: string }
  | { $datetime: string }
  | { $localdatetime: string }
  | { $float: number }
  | Encoded[];

/** `type` is Cypher's valueType() of the value, e.g. "FLOAT NOT NULL" or "LIST<DATE NOT NULL> NOT NULL". */
export function encodeValue(value: unknown, type: string): Encoded {
  if (Array.isArray(value)) {
    const inner = /^LIST<(.+)>/.exec(type)?.[1] ?? "ANY";
    return value.map((item) => encodeValue(item, inner));
  }
  if (value === null || value === undefined) return null;
  if (type.startsWith("DATE")) return { $date: String(value) };
  if (type.startsWith("ZONED DATETIME")) return { $datetime: String(value) };
  if (type.startsWith("LOCAL DATETIME")) return { $localdatetime: String(value) };
  if (type.startsWith("FLOAT") && Number.isInteger(value)) return { $float: value as number };
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  // Durations, points and times do not occur in GovGraph; keep their text rather than fail.
  return String(value);
}

export function decodeValue(value: Encoded): unknown {
  if (Array.isArray(value)) return value.map(decodeValue);
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isInteger(value) ? neo4j.int(value) : value;
  if ("$float" in value) return value.$float;
  if ("$date" in value) {
    const [year, month, day] = value.$date.split("-").map(Number);
    return new neo4j.types.Date(year!, month!, day!);
  }
  if ("$datetime" in value)
    return neo4j.types.DateTime.fromStandardDate(new Date(value.$datetime.replace(/\[.*\]$/, "")));
  return neo4j.types.LocalDateTime.fromStandardDate(new Date(value.$localdatetime));
}

/** A value as a spreadsheet cell: lists joined with " | ", tagged values as their text. */
export function cellText(value: Encoded): string {
  if (value === null) return "";
  if (Array.isArray(value)) return value.map(cellText).join(" | ");
  if (typeof value !== "object") return String(value);
  return String(Object.values(value)[0]);
}
