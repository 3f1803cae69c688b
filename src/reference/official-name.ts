/**
 * Destatis writes the official designation after a comma: "Flensburg, Stadt",
 * "Kiel, Landeshauptstadt", "Abenberg, St", "Stuttgart, Stadtkreis". The display name is the
 * part before the first comma; the rest is kept as the official suffix.
 */
export interface OfficialName {
  name: string;
  officialName: string;
  officialSuffix: string | null;
}

export function splitOfficialName(officialName: string): OfficialName {
  const trimmed = officialName.trim();
  const comma = trimmed.indexOf(",");
  if (comma < 0) return { name: trimmed, officialName: trimmed, officialSuffix: null };
  const name = trimmed.slice(0, comma).trim();
  const suffix = trimmed.slice(comma + 1).trim();
  return { name, officialName: trimmed, officialSuffix: suffix === "" ? null : suffix };
}

/** Alternative names for the full-text index: the official form when it differs from the display name. */
export function aliasesOf(name: OfficialName): string[] {
  return name.officialName === name.name ? [] : [name.officialName];
}

/**
 * How people name a county: its kind before its name ("Kreis Recklinghausen", "Landkreis
 * Görlitz", "Kreisfreie Stadt Kiel"), for the full-text index.
 */
export function countyAliasesOf(name: OfficialName, kind: string): string[] {
  const spoken = `${kind} ${name.name}`;
  return [...new Set([...aliasesOf(name), ...(kind.trim() === "" ? [] : [spoken])])];
}
