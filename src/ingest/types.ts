/** Shapes passed between the phases of the extraction. */
import type { EntityRef } from "../model/fact.js";
import type { OrganizationKind, ProjectKind } from "../model/vocabulary.js";

/** One news item as the input phase found it: a headline, a day, a paragraph. */
export interface RawItem {
  title: string;
  /** A glued kicker split off the headline ("Digitalisierung"), when there was one. */
  kicker?: string;
  /** ISO date; absent when the source shows none (an undated article: its text dates its facts). */
  publishedAt?: string;
  url?: string;
  /** The normalised body text, without the headline, the bracketed date and "mehr...". */
  text: string;
  /** 1-based line of the headline in the (decoded) input, for error messages. */
  line?: number;
}

/** A county or municipality of the Destatis register. */
export interface RegisterUnit {
  key: string;
  /** Name without the designation after the comma ("Flensburg, Stadt" -> "Flensburg"). */
  name: string;
  stateKey: string;
  kind: string;
  population?: number;
  /**
   * The register's designation when it is a title news put before the name ("Rostock, Hanse- und
   * Universitätsstadt" -> "Hanse- und Universitätsstadt"), not an abbreviation ("St", "GKSt").
   */
  title?: string;
}

interface ReferenceEntity {
  id: string;
  name: string;
  aliases: string[];
}

/** What the gazetteer is built from: the reference files plus the municipal register. */
export interface ReferenceData {
  states: (ReferenceEntity & { officialName?: string; agsPrefix: string; adjectives: string[] })[];
  federation: (ReferenceEntity & { officialName?: string })[];
  organizations: (ReferenceEntity & { kind: OrganizationKind; abbreviation?: string; partOf?: string })[];
  people: (ReferenceEntity & { honorific?: string })[];
  projects: (ReferenceEntity & { kind: ProjectKind })[];
  counties: RegisterUnit[];
  municipalities: RegisterUnit[];
}

/** An entity as the extraction knows it: the reference it resolves to plus what patterns need. */
export interface KnownEntity extends EntityRef {
  /** Organization or Project kind. */
  kind?: string;
  /** The government or body it belongs to (a ministry's Land). */
  partOf?: string;
  /** True when the extraction created it (not in the reference data). */
  isNew?: boolean;
  /** The Land a town or county lies in (the State's id). */
  land?: string;
  /** A town's county of the same name ("Rosenheim": Landkreis Rosenheim), whose Landrat is no town's. */
  namesakeCounty?: string;
}
