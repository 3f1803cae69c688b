/**
 * The grammatical gender a person is referred back to with ("er", "sie", "der Minister"): shown by
 * a role the text gives them ("Staatssekretärin"), else by their first name.
 */
import { getGender } from "gender-detection-from-name";

export type Gender = "f" | "m";

/** "Staatssekretärin", "Ministerin" are a woman's roles; "Staatssekretär", "Minister" a man's. */
export function genderOfRole(role: string): Gender | undefined {
  const head = role.split(" ")[0] ?? "";
  if (/in$/.test(head) && !/^(CIO|CDO|Chief)/.test(head)) return "f";
  if (
    /(minister|sekretär|senator|rat|präsident|beauftragter|leiter|chef|direktor|führer|referent|dezernent|meister|sprecher|vorsteher)$/i.test(
      head,
    )
  )
    return "m";
  return undefined;
}

/** "Hanno Thewes" -> m, "Hans-Henning Lühr" -> m (by "Hans"), an unknown first name -> undefined. */
export function genderOfName(name: string): Gender | undefined {
  const first = name.split(/\s+/)[0] ?? "";
  for (const form of [first, first.split("-")[0] ?? ""]) {
    const gender = getGender(form, "de");
    if (gender !== "unknown") return gender === "female" ? "f" : "m";
  }
  return undefined;
}

/** Roles that are adjectives used as nouns: "die Beauftragte", "der Beauftragte(r)". */
const ADJECTIVAL = /(beauftragt|bevollmächtigt|vorsitzend|abgeordnet|beigeordnet)(e|er)$/i;

/**
 * A role as it is said of a person of `gender`: the predecessor of "die neue Geschäftsführerin"
 * Heiko Kahl was "Geschäftsführer", of "der neue Landrat" Anna Berger "Landrätin". The first word
 * carries the gender ("Chefin der Staatskanzlei"); a role that shows none stays as written.
 */
export function roleForGender(role: string, gender: Gender | undefined): string {
  const [head = "", ...rest] = role.split(" ");
  const shown = genderOfRole(role) ?? (ADJECTIVAL.test(head) ? (/er$/.test(head) ? "m" : "f") : undefined);
  if (!gender || !shown || shown === gender) return role;
  let changed: string;
  if (ADJECTIVAL.test(head)) changed = gender === "m" ? head.replace(/e$/, "er") : head.replace(/er$/, "e");
  else if (gender === "m") changed = head.replace(/rätin$/, "rat").replace(/in$/, "");
  else changed = /rat$/.test(head) ? head.replace(/rat$/, "rätin") : `${head}in`;
  return [changed, ...rest].join(" ");
}
