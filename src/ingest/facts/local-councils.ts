/**
 * A town's or county's council named with its place: "im Kreistag des Landkreises Harburg", "dem
 * Stadtrat von Würzburg", "der Stadtverordnetenversammlung der Stadt Usingen". The council is a
 * body of its own, named as written with its place; the bare noun ("im Stadtrat") names no one
 * council (every town has one).
 */
import { slugify } from "../../model/ids.js";
import type { View } from "../parse/view.js";
import type { KnownEntity } from "../types.js";

/** The councils of towns, municipalities and counties, in the nominative and the genitive. */
const LOCAL_COUNCIL =
  /^(Stadtrat|Gemeinderat|Marktgemeinderat|Ortschaftsrat|Ortsgemeinderat|Kreistag|Stadtverordnetenversammlung|Gemeindevertretung)(e?s)?$/;
const PLACE = /^(Municipality|County)$/;

/** The council a token names with its town or county ("Kreistag des Landkreises Harburg"), if so. */
export function localCouncilAt(view: View, index: number): KnownEntity | undefined {
  const token = view.tokens[index]!;
  if (token.pos !== "NOUN" || !LOCAL_COUNCIL.test(token.word)) return undefined;
  // The place by its genitive, "von" or "in" ("des Landkreises Harburg", "von Würzburg", "im
  // Landkreis Cham"), after the noun.
  const owner = view
    .children(index, /^nmod$/)
    .filter((t) => t.index > index)
    .find((t) => {
      const cases = view.children(t.index, /^case$/).map((c) => c.word.toLowerCase());
      const owning = cases.length === 0 || cases.some((c) => /^(von|vom|in|im)$/.test(c));
      return owning && view.entityOf(t.index, (m) => PLACE.test(m.entity.type)) !== undefined;
    });
  if (owner === undefined) return undefined;
  // Named as written, in the nominative: "Kreistag des Hochtaunuskreises", "Stadtrat von Würzburg".
  const end = view.tokens[Math.max(...view.subtree(owner.index))]!.end;
  return council(`${nominative(token.word)}${view.sentence.text.slice(token.end, end)}`);
}

/** A county's Kreistag where no text names it: "Kreistagsabgeordnete ... aus dem Landkreis Oberhavel". */
export function countyCouncil(county: KnownEntity): KnownEntity {
  return council(`Kreistag ${county.name.replace(/^(Landkreis|Kreis) /, "")}`);
}

const nominative = (noun: string) => noun.replace(/(?<=(rat|tag|versammlung|vertretung))e?s$/, "");

function council(written: string): KnownEntity {
  const name = written.replace(/\s+/g, " ");
  return { id: slugify(name), name, type: "Organization", kind: "body", isNew: true };
}
