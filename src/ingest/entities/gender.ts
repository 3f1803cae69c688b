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
  if (/(minister|sekretär|senator|rat|präsident|beauftragter|leiter|chef|direktor)$/i.test(head)) return "m";
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
