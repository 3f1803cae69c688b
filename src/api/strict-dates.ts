/**
 * The Date scalar, strict: a real calendar day written exactly YYYY-MM-DD. @neo4j/graphql's own
 * Date reads any string JavaScript's Date accepts ("2025-02-30" became 2 March, "-1" 2001-01-01,
 * a date-time passed as a date); wrapped here, in arguments and filters alike.
 */
import { GraphQLError, Kind, type GraphQLSchema, type ValueNode } from "graphql";
import neo4j, { isDate } from "neo4j-driver";
import { isCalendarDay } from "./input.js";

function toDate(text: string): neo4j.Date<number> {
  if (!isCalendarDay(text)) {
    throw new GraphQLError(
      `Date must be a real calendar day written YYYY-MM-DD, not "${text.slice(0, 40)}".`,
    );
  }
  const [year, month, day] = text.split("-").map(Number) as [number, number, number];
  return new neo4j.types.Date(year, month, day);
}

/**
 * Answers a day that is already written YYYY-MM-DD as it is. @neo4j/graphql's own serialize
 * parses every date into a JavaScript Date and formats it back (about a microsecond each, a
 * page of 100 municipalities with their dates pays it 100 times); anything else still goes there.
 */
function serializeDaysAsTheyAre(serialize: (value: unknown) => unknown) {
  return (value: unknown): unknown => {
    const text = typeof value === "string" ? value : isDate(value) ? value.toString() : undefined;
    return text !== undefined && isCalendarDay(text) ? text : serialize(value);
  };
}

export function makeDatesStrict(schema: GraphQLSchema): void {
  const type = schema.getType("Date");
  if (!type || !("parseValue" in type)) return;
  type.serialize = serializeDaysAsTheyAre(type.serialize.bind(type));
  type.parseValue = (value: unknown) => {
    if (typeof value === "string") return toDate(value);
    if (isDate(value)) return value;
    throw new GraphQLError("Date must be a string written YYYY-MM-DD.");
  };
  type.parseLiteral = (node: ValueNode) => {
    if (node.kind !== Kind.STRING) throw new GraphQLError("Date must be a string written YYYY-MM-DD.");
    return toDate(node.value);
  };
}
