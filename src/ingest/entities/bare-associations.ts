/**
 * A municipal association named by its head noun alone: "der Präsident des Landkreistags", "der
 * Städtetag fordert". It is the one the item named before with that noun; else the association of
 * the Land the item is about ("Stuttgart (dpa/lsw) ... des Landkreistags": the Landkreistag
 * Baden-Württemberg); else, in a federal item or where the Land has none, the German one.
 */
import type { KnownEntity } from "../types.js";
import type { DiscourseContext } from "./anaphora.js";
import type { Gazetteer } from "./gazetteer.js";
import type { Mention } from "./mentions.js";
import type { Token } from "./tokenize.js";

/** The head nouns, in the nominative and genitive: "Landkreistag", "Städtetages", "Gemeindetags". */
const HEAD = /^(Landkreistag|Städtetag|Gemeindetag|Gemeindebund|Städtebund)(?:es|s)?$/;
const DETERMINER = /^(der|des|dem|den|beim|vom|zum|im)$/i;

export function bareAssociations(
  sentence: string,
  tokens: Token[],
  mentions: Mention[],
  context: DiscourseContext,
  gazetteer: Gazetteer,
): Mention[] {
  const covered = new Set<number>();
  for (const mention of mentions) for (let i = mention.first; i < mention.last; i += 1) covered.add(i);
  const found: Mention[] = [];
  tokens.forEach((token, i) => {
    const head = HEAD.exec(token.text);
    // ("des Landkreistages Saarland": a name of its own follows, which the register may not know.)
    if (!head || covered.has(i) || /^\p{Lu}/u.test(tokens[i + 1]?.text ?? "")) return;
    // "des Städte- und Gemeindebundes": the compound's first part belongs to the name.
    const joined =
      tokens[i - 1]?.text === "und" && tokens[i - 2]?.text === "-" && tokens[i - 3] !== undefined;
    const first = joined ? i - 3 : i;
    if (!DETERMINER.test(tokens[first - 1]?.text ?? "")) return;
    const name = joined ? `${tokens[i - 3]!.text}- und ${head[1]!}` : head[1]!;
    const entity = associationFor(head[1]!, name, context, gazetteer);
    if (!entity) return;
    const start = tokens[first]!.start;
    const end = token.end;
    found.push({ start, end, first, last: i + 1, text: sentence.slice(start, end), entity, form: "anaphor" });
  });
  return found;
}

/** `noun` is the head noun, `name` the whole bare name in the nominative ("Städte- und Gemeindebund"). */
function associationFor(
  noun: string,
  name: string,
  context: DiscourseContext,
  gazetteer: Gazetteer,
): KnownEntity | undefined {
  const before = context.lastAssociation;
  if (before && before.name.split(/[\s-]/).includes(noun)) return before;
  const government = context.mainGovernment;
  const land = government ? (government.type === "State" ? government : undefined) : context.mainState;
  return (
    (land ? gazetteer.landAssociation(land.id, noun) : undefined) ?? gazetteer.findByName(`Deutscher ${name}`)
  );
}
