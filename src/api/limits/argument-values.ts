/**
 * Measures the argument values of an operation with its variables applied: how deep input
 * objects and lists nest, how many list items and object fields there are in all, and how long
 * each string is. Work can hide there that no document limit sees: a `where` filter nested 31
 * levels deep in a variable kept a Neo4j thread busy for minutes while the query was rewritten.
 * The walk stops at the first value over a limit, so a hostile value costs microseconds.
 */
import { Kind, type ValueNode } from "graphql";
import { ErrorCode, GovGraphError } from "../errors.js";

export interface ArgumentLimits {
  maxArgumentDepth: number;
  maxArgumentNodes: number;
  maxStringLength: number;
}

type Variables = Readonly<Record<string, unknown>>;

export class ArgumentMeter {
  private nodes = 0;

  constructor(
    private readonly limits: ArgumentLimits,
    private readonly variables: Variables,
  ) {}

  /** Measures one argument; `longText` exempts its strings from the length limit (the body limit bounds them). */
  measure(name: string, value: ValueNode, longText = false): void {
    this.measureNode(name, value, 0, longText);
  }

  private measureNode(name: string, value: ValueNode, depth: number, longText: boolean): void {
    switch (value.kind) {
      case Kind.VARIABLE:
        return this.measureValue(name, this.variables[value.name.value], depth, longText);
      case Kind.LIST:
        this.enter(name, depth + 1, value.values.length);
        for (const item of value.values) this.measureNode(name, item, depth + 1, longText);
        return;
      case Kind.OBJECT:
        this.enter(name, depth + 1, value.fields.length);
        for (const field of value.fields) this.measureNode(name, field.value, depth + 1, longText);
        return;
      case Kind.STRING:
        return this.checkString(name, value.value, longText);
      default:
        return;
    }
  }

  private measureValue(name: string, value: unknown, depth: number, longText: boolean): void {
    if (typeof value === "string") return this.checkString(name, value, longText);
    if (value === null || typeof value !== "object") return;
    const items = Array.isArray(value) ? (value as unknown[]) : Object.values(value);
    this.enter(name, depth + 1, items.length);
    for (const item of items) this.measureValue(name, item, depth + 1, longText);
  }

  private enter(name: string, depth: number, size: number): void {
    if (depth > this.limits.maxArgumentDepth) {
      throw new GovGraphError(
        ErrorCode.ARGUMENT_TOO_DEEP,
        `The value of argument "${name}" nests deeper than ${this.limits.maxArgumentDepth} levels.`,
      );
    }
    this.nodes += size;
    if (this.nodes > this.limits.maxArgumentNodes) {
      throw new GovGraphError(
        ErrorCode.ARGUMENTS_TOO_LARGE,
        `The argument values hold more than ${this.limits.maxArgumentNodes} list items and object fields.`,
      );
    }
  }

  private checkString(name: string, value: string, longText: boolean): void {
    if (!longText && value.length > this.limits.maxStringLength) {
      throw new GovGraphError(
        ErrorCode.ARGUMENT_TOO_LONG,
        `A string in argument "${name}" is longer than ${this.limits.maxStringLength} characters.`,
      );
    }
  }
}
