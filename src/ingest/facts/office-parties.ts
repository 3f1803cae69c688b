/**
 * Offices in a party or its parliamentary group: "stellvertretende Landesvorsitzende der FDP
 * Sachsen-Anhalt", "Sprecher der SPD-Landtagsfraktion", "Hessens CDU-Generalsekretär",
 * "SPD-Fraktionsvorsitzende". The owner is the party (with its Land association where the text
 * names the Land with it) or its group, as the corpus annotates them ("CDU-Fraktion" for a
 * Fraktionschef), a new organisation the gazetteer need not know; a party's member of parliament
 * ("der FDP-Abgeordnete") holds no office in it.
 */
import { slugify } from "../../model/ids.js";
import type { View } from "../parse/view.js";
import type { KnownEntity } from "../types.js";
import { PARTY } from "./office-organizations.js";

/** A party's compound before a role: "CDU-Generalsekretär", "Grünen-Fraktionssprecher". */
const PARTY_COMPOUND = /^(CDU|CSU|SPD|FDP|AfD|BSW|Grünen|Linken)-(\p{L}+)$/u;
/** Roles a party's compound names that are no office in the party: seats ("CDU-Landtagsabgeordnete") and descriptions. */
const NO_PARTY_OFFICE = /^(\p{L}*abgeordnete|Abgeordnete|Politiker|Mitglied|Kandidat)/u;

const organization = (name: string): KnownEntity => ({
  id: slugify(name),
  name,
  type: "Organization",
  isNew: true,
});

/** The last token of a compound the tokenizer cut at its hyphens and slashes ("CDU/CSU-Fraktion"). */
function gluedEnd(index: number, view: View): number {
  const t = view.tokens;
  let at = index;
  while (
    t[at + 2] &&
    /^[-/]$/.test(t[at + 1]!.word) &&
    t[at]!.end === t[at + 1]!.start &&
    t[at + 1]!.end === t[at + 2]!.start
  )
    at += 2;
  return at;
}

/**
 * The party a role's genitive names ("der FDP Sachsen-Anhalt", "der CDU/CSU-Bundestagsfraktion"),
 * from token `index` over the compound and the Land named right after it; `lastNamePart` is the
 * last token of the name's flat parts.
 */
export function namedParty(index: number, lastNamePart: number, view: View): KnownEntity | undefined {
  if (!PARTY.test(view.tokens[index]!.word)) return undefined;
  const last = Math.max(lastNamePart, gluedEnd(index, view));
  const land = view.mentionAt(last + 1);
  const end = land?.entity.type === "State" && land.form === "name" ? land.end : view.tokens[last]!.end;
  return organization(view.sentence.text.slice(view.tokens[index]!.start, end));
}

/**
 * The party of a role compound from token `first` to the role at `role`: "Hessens
 * CDU-Generalsekretär" is CDU Hessen's, "SPD-Fraktionschef" the SPD-Fraktion's.
 */
export function partyOfCompound(first: number, role: number, view: View): KnownEntity | undefined {
  const compound = PARTY_COMPOUND.exec(
    view.sentence.text.slice(view.tokens[first]!.start, view.tokens[role]!.end),
  );
  if (!compound) return undefined;
  const [, party, office] = compound as unknown as [string, string, string];
  if (NO_PARTY_OFFICE.test(office)) return undefined;
  const group = /^(\p{L}*?fraktion)/iu.exec(office)?.[1];
  if (group) return organization(`${party}-${group}`);
  const start = view.tokens[first]!.start;
  const land = view.sentence.mentions.find(
    (m) => m.entity.type === "State" && m.end <= start && m.end >= start - 2,
  );
  return organization(
    [party.replace(/^(Grün|Link)en$/, "$1e"), ...(land ? [land.entity.name] : [])].join(" "),
  );
}
