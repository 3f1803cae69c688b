/**
 * "Neben dem Landkreis Gießen nehmen Biebertal, Buseck und Fernwald teil": small towns' bare names
 * are no mentions on their own (too many are common words), but a list of them that all lie in one
 * Land names those towns: three or more, or two where the sentence also names a county or the Land
 * itself.
 */
import type { Gazetteer, GazetteerEntry } from "./gazetteer.js";

/** What joins the names of a list: a comma, "und", "sowie". */
const JOIN = /^(,|und|sowie)$/;
/** The longest town name a list item may have, in tokens ("Neustadt an der Waldnaab"). */
const LONGEST = 5;

/** The Länder a county or a Land named in the sentence lies in or is. */
export function namedLands(words: string[], gazetteer: Gazetteer): Set<string> {
  const lands = new Set<string>();
  for (let i = 0; i < words.length; i += 1) {
    const entry = gazetteer.match(words, i);
    if (entry?.form !== "name") continue;
    const { entity } = entry;
    if (entity.type === "State") lands.add(entity.id);
    else if (entity.type === "County" && entity.land !== undefined) lands.add(entity.land);
  }
  return lands;
}

/**
 * Whether `entry`, a small town's bare name matched at `at`, is one item of a list of towns of one
 * Land (see the header); `lands` gives the sentence's (`namedLands`), read only for a list of two.
 */
export function inTownList(
  words: string[],
  at: number,
  entry: GazetteerEntry,
  gazetteer: Gazetteer,
  lands: () => Set<string>,
): boolean {
  const items = [
    ...townsBefore(words, at, gazetteer),
    entry,
    ...townsAfter(words, at + entry.tokens.length, gazetteer),
  ];
  if (items.length < 2 || new Set(items.map((e) => e.entity.id)).size < items.length) return false;
  const shared = [...landsOf(items[0]!)].filter((land) => items.every((item) => landsOf(item).has(land)));
  return shared.length > 0 && (items.length >= 3 || shared.some((land) => lands().has(land)));
}

function landsOf(entry: GazetteerEntry): Set<string> {
  return new Set(
    [entry.entity, ...(entry.namesakes ?? [])].map((e) => e.land).filter((land) => land !== undefined),
  );
}

function isTown(entry: GazetteerEntry | undefined): entry is GazetteerEntry {
  return (
    entry?.entity.type === "Municipality" && (entry.form === "name" || entry.form === "town-after-office")
  );
}

/** The towns listed right after `end`: ", B und C". */
function townsAfter(words: string[], end: number, gazetteer: Gazetteer): GazetteerEntry[] {
  const found: GazetteerEntry[] = [];
  let at = end;
  while (JOIN.test(words[at] ?? "")) {
    const entry = gazetteer.match(words, at + 1);
    if (!isTown(entry)) break;
    found.push(entry);
    at += 1 + entry.tokens.length;
  }
  return found;
}

/** The towns listed right before `start`: "A, B und ". */
function townsBefore(words: string[], start: number, gazetteer: Gazetteer): GazetteerEntry[] {
  const found: GazetteerEntry[] = [];
  let at = start;
  while (JOIN.test(words[at - 1] ?? "")) {
    const entry = endingAt(words, at - 1, gazetteer);
    if (!entry) break;
    found.unshift(entry);
    at = at - 1 - entry.tokens.length;
  }
  return found;
}

/** The town whose name ends right before `end`. */
function endingAt(words: string[], end: number, gazetteer: Gazetteer): GazetteerEntry | undefined {
  for (let start = end - 1; start >= Math.max(0, end - LONGEST); start -= 1) {
    const entry = gazetteer.match(words, start);
    if (isTown(entry) && start + entry.tokens.length === end) return entry;
  }
  return undefined;
}
