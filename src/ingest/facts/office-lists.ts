/**
 * Offices of several people named after one plural role, each with their government in
 * parentheses: "Die Digitalstaatssekretäre Anna Lenz (Sachsen) und Peter Kern (Thüringen)", "die
 * Landräte Sven Ambrosy (SPD, Landkreis Friesland), Thomas Karmasin (CSU, Landkreis
 * Fürstenfeldbruck) und ...". The parser hangs such lists on anything; the rule reads the surface:
 * the plural role, then names joined by commas, "und" or "sowie", each with a parenthesis that
 * names a Land, county or town (a party alone names no owner), or with the town they come from
 * ("die Oberbürgermeister A aus Kiel und B aus Bielefeld"). Each listed person with an owner
 * holds the role in its singular, for review.
 */
import { isRoleWord } from "../entities/people.js";
import type { Mention } from "../entities/mentions.js";
import type { View } from "../parse/view.js";
import type { ParsedRoleClaim } from "./office-rules.js";

const CONFIDENCE = 0.75;
const OWNERS = new Set(["State", "Federation", "County", "Municipality"]);
/** Plural endings of role nouns and their singular: "Staatssekretäre", "Ministerinnen", "Landräte", "Senatoren". */
const PLURALS: [RegExp, string][] = [
  [/innen$/, "in"],
  [/räte$/, "rat"],
  [/oren$/, "or"],
  [/e$/, ""],
];
const SEPARATOR = /^(,|und|sowie)$/;

/** The singular of a plural role noun, or undefined for a word that is no plural role. */
function singularRole(word: string): string | undefined {
  for (const [plural, ending] of PLURALS) {
    if (!plural.test(word)) continue;
    const singular = word.replace(plural, ending);
    if (isRoleWord(singular)) return singular;
  }
  // "Minister", "Bürgermeister": the plural is the singular; a list must show it.
  return isRoleWord(word) ? word : undefined;
}

/** The person whose name starts at token `at`. */
function personStartingAt(view: View, at: number): Mention | undefined {
  const token = view.tokens[at];
  const person = token ? view.personAt(at) : undefined;
  return person && person.start === token!.start ? person : undefined;
}

export function findListedOffices(view: View): ParsedRoleClaim[] {
  const claims: ParsedRoleClaim[] = [];
  view.tokens.forEach((token, index) => {
    const role = singularRole(token.word);
    if (!role || view.personAt(index)) return;
    const listed: { person: Mention; owner: Mention | undefined }[] = [];
    let at = index + 1;
    for (;;) {
      const person = personStartingAt(view, at);
      if (!person) break;
      while (view.tokens[at] && view.tokens[at]!.start < person.end) at += 1;
      let owner: Mention | undefined;
      // "Ulf Kämpfer aus Kiel": a town's officer named with the town right after the name.
      const from = view.tokens[at]?.word === "aus" ? view.mentionAt(at + 1) : undefined;
      if (from && (from.entity.type === "Municipality" || from.entity.type === "County")) {
        owner = from;
        while (view.tokens[at] && view.tokens[at]!.start < from.end) at += 1;
      } else if (view.tokens[at]?.word === "(") {
        const close = view.tokens.findIndex((t, i) => i > at && t.word === ")");
        if (close < 0) break;
        owner = view.sentence.mentions.find(
          (m) =>
            m.start > view.tokens[at]!.start &&
            m.end <= view.tokens[close]!.start &&
            OWNERS.has(m.entity.type),
        );
        at = close + 1;
      }
      listed.push({ person, owner });
      if (!SEPARATOR.test(view.tokens[at]?.word ?? "")) break;
      at += 1;
    }
    // A plural role names a list: two people at least.
    if (listed.length < 2) return;
    for (const { person, owner } of listed)
      if (owner)
        claims.push({
          person,
          role,
          index: token.start,
          organization: owner.entity,
          organizationFrom: "named",
          starts: false,
          confidence: CONFIDENCE,
          rule: "listed/named",
        });
  });
  return claims;
}
