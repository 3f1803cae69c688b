/** Resolves gold and predicted names once per name, against one reference gazetteer. */
import { buildGazetteer, type Gazetteer, type ReferenceData } from "../ingest/index.js";
import type { EntityRef } from "../model/fact.js";
import {
  contentTokens,
  hasTitle,
  looksLikePersonName,
  resolveKnown,
  resolveName,
  type ResolvedName,
} from "./resolve-names.js";

export class NameResolver {
  private readonly names = new Map<string, ResolvedName>();
  private readonly formsById = new Map<string, Set<string>[]>();

  constructor(
    readonly gazetteer: Gazetteer,
    reference?: ReferenceData,
  ) {
    const groups = reference
      ? [
          reference.states,
          reference.federation,
          reference.organizations,
          reference.projects,
          reference.people,
        ]
      : [];
    for (const group of groups) {
      for (const entity of group) {
        const abbreviation = "abbreviation" in entity ? entity.abbreviation : undefined;
        const forms = [entity.name, ...entity.aliases, ...(abbreviation ? [abbreviation] : [])];
        this.formsById.set(entity.id, forms.map(contentTokens));
      }
    }
  }

  static fromReference(reference: ReferenceData): NameResolver {
    return new NameResolver(buildGazetteer(reference), reference);
  }

  resolve(name: string): ResolvedName {
    let resolved = this.names.get(name);
    if (!resolved) {
      resolved = resolveName(name, this.gazetteer);
      this.names.set(name, resolved);
    }
    return resolved;
  }

  /** A predicted entity: by its id when the reference knows it, else by its name like any other. */
  resolveEntity(entity: EntityRef): ResolvedName {
    if (this.gazetteer.byId.has(entity.id)) return resolveKnown(entity, this.gazetteer);
    return this.resolve(entity.name);
  }

  /** The word sets a name may be compared by: its own, plus every name of the entity it resolved to. */
  tokenSets(resolved: ResolvedName): Set<string>[] {
    const own = [resolved.tokens];
    if (!resolved.entity) return own;
    return [...own, contentTokens(resolved.entity.name), ...(this.formsById.get(resolved.entity.id) ?? [])];
  }

  /** "Dr. Heiko Geue": a person name with an academic title. */
  isTitledPerson(name: string): boolean {
    return hasTitle(name) && looksLikePersonName(name);
  }
}
