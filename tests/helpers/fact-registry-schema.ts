/**
 * Compares the fact registry (src/model/fact-types/) with the SDL and the Cypher constraints and
 * lists every difference, so a fact type added to one and not the other fails a test by name.
 */
import {
  Kind,
  parse,
  type DefinitionNode,
  type FieldDefinitionNode,
  type ObjectTypeDefinitionNode,
  type TypeNode,
} from "graphql";
import type { FactTypeDefinition } from "../../src/model/fact-types/index.js";

/** Relationship fields every fact type has besides its participants. */
const STRUCTURAL_FIELDS = new Set(["sources", "day", "inYear"]);

function namedType(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);
}

function argumentValue(field: FieldDefinitionNode, directive: string, argument: string): string | undefined {
  const value = field.directives
    ?.find((d) => d.name.value === directive)
    ?.arguments?.find((a) => a.name.value === argument)?.value;
  return value && (value.kind === Kind.STRING || value.kind === Kind.ENUM) ? value.value : undefined;
}

function isFactType(definition: DefinitionNode): definition is ObjectTypeDefinitionNode {
  return (
    definition.kind === Kind.OBJECT_TYPE_DEFINITION &&
    (definition.interfaces ?? []).some((i) => i.name.value === "Fact")
  );
}

export function registryMismatches(
  registry: readonly FactTypeDefinition[],
  sdl: string,
  constraints: string,
): string[] {
  const document = parse(sdl);
  const unions = new Map<string, string[]>();
  for (const definition of document.definitions)
    if (definition.kind === Kind.UNION_TYPE_DEFINITION)
      unions.set(
        definition.name.value,
        (definition.types ?? []).map((t) => t.name.value),
      );
  const members = (type: string): string[] => [...(unions.get(type) ?? [type])].sort();
  const factInterface = document.definitions.find(
    (d) => d.kind === Kind.INTERFACE_TYPE_DEFINITION && d.name.value === "Fact",
  );
  const common = new Set(
    factInterface && "fields" in factInterface ? (factInterface.fields ?? []).map((f) => f.name.value) : [],
  );
  const sdlTypes = new Map(
    document.definitions.filter(isFactType).map((definition) => [definition.name.value, definition]),
  );
  const problems: string[] = [];

  for (const name of sdlTypes.keys())
    if (!registry.some((entry) => entry.label === name))
      problems.push(`SDL type ${name} is not in the registry`);

  for (const entry of registry) {
    const type = sdlTypes.get(entry.label);
    if (!type) {
      problems.push(`${entry.type}: no SDL type ${entry.label}`);
      continue;
    }
    if (!type.description?.value.startsWith(`${entry.type}:`))
      problems.push(`${entry.type}: the description of ${entry.label} does not start with "${entry.type}:"`);
    const node = type.directives?.find((d) => d.name.value === "node");
    const labels = node?.arguments?.find((a) => a.name.value === "labels")?.value;
    const labelList =
      labels?.kind === Kind.LIST ? labels.values.map((v) => (v.kind === Kind.STRING ? v.value : "")) : [];
    if (labelList.join(",") !== `${entry.label},Fact`)
      problems.push(`${entry.type}: @node labels are [${labelList.join(", ")}], not [${entry.label}, Fact]`);

    const fields = type.fields ?? [];
    const participants = fields.filter(
      (f) =>
        f.directives?.some((d) => d.name.value === "relationship") && !STRUCTURAL_FIELDS.has(f.name.value),
    );
    const roles = Object.entries(entry.roles).filter(
      (role): role is [string, NonNullable<(typeof role)[1]>] => role[1] !== undefined,
    );
    for (const [role, definition] of roles) {
      const field = participants.find((f) => argumentValue(f, "relationship", "type") === role);
      if (!field) {
        problems.push(`${entry.type}: no ${role} relationship in ${entry.label}`);
        continue;
      }
      if (field.name.value !== definition.field)
        problems.push(`${entry.type}: ${role} is the field ${field.name.value}, not ${definition.field}`);
      if (argumentValue(field, "relationship", "direction") !== "OUT")
        problems.push(`${entry.type}: ${role} does not point OUT`);
      const sdlEntities = members(namedType(field.type)).join(", ");
      const entities = [...definition.entities].sort().join(", ");
      if (sdlEntities !== entities)
        problems.push(`${entry.type}: ${role} is ${sdlEntities} in the SDL, ${entities} in the registry`);
    }
    for (const field of participants) {
      const role = argumentValue(field, "relationship", "type");
      if (!roles.some(([name]) => name === role))
        problems.push(
          `${entry.type}: the SDL has ${field.name.value} (${role}), the registry has no such role`,
        );
    }

    const properties = fields
      .filter((f) => !f.directives?.some((d) => d.name.value === "relationship") && !common.has(f.name.value))
      .map((f) => f.name.value)
      .sort();
    if (properties.join(",") !== [...entry.properties].sort().join(","))
      problems.push(
        `${entry.type}: properties are [${properties.join(", ")}] in the SDL, [${[...entry.properties].sort().join(", ")}] in the registry`,
      );
    for (const field of common)
      if (!fields.some((f) => f.name.value === field))
        problems.push(`${entry.type}: lacks the Fact field ${field}`);

    if (!new RegExp(`FOR \\(n:${entry.label}\\) REQUIRE n\\.id IS UNIQUE`).test(constraints))
      problems.push(`${entry.type}: no unique-id constraint for ${entry.label} in constraints.cypher`);
  }
  return problems;
}
