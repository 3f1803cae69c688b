/**
 * Offices of several people named after one plural role, each with their government in
 * parentheses: "Die Digitalstaatssekretäre Anna Lenz (Sachsen) und Peter Kern (Thüringen)", "die
 * Landräte Sven Ambrosy (SPD, Landkreis Friesland), Thomas Karmasin (CSU, Landkreis
 * Fürstenfeldbruck) und ...". The parser hangs such lists on anything; the rule reads the surface:
 * the plural role, then names joined by commas, "und" or "sowie", each with a parenthesis that
 * names a Land, county or town (a party alone names no owner), or with the town they come from
 * ("die Oberbürgermeister A aus Kiel und B aus Bielefeld"). Each listed person with an owner
 * holds the role in its singular, for review. Names listed without an owner of their own hold the
 * plural role's: "die Berliner Staatssekretäre A und B", "die hessischen Staatssekretärinnen A und
 * B", else the government the item is about. The names may come first, the plural role set off
 * after them: "A, B und C, Referenten im Innenministerium". Each holds the role as it is said of
 * them ("die Staatssekretär:innen Cordula Kießling und Wolfgang Mosbacher": a Staatssekretärin and
 * a Staatssekretär), where the first name shows it.
 */
import { genderOfName, roleForGender } from "../entities/gender.js";
import { isRoleWord } from "../entities/people.js";
import type { Mention } from "../entities/mentions.js";
import type { View } from "../parse/view.js";
import type { KnownEntity } from "../types.js";
import { findOwner, type Owner } from "./office-owners.js";
import { EXTRA_ROLE } from "./office-phrase.js";
import type { ParsedRoleClaim } from "./office-rules.js";

const CONFIDENCE = 0.75;
/** A listed office whose owner the context gives: below the graph's threshold, for review. */
const LISTED_FROM_CONTEXT = 0.5;
const OWNERS = new Set(["State", "Federation", "County", "Municipality"]);
/** Plural endings of role nouns and their singular: "Staatssekretäre", "Ministerinnen", "Landräte", "Senatoren". */
const PLURALS: [RegExp, string][] = [
  [/innen$/, "in"],
  [/räte$/, "rat"],
  [/oren$/, "or"],
  [/e$/, ""],
  // An adjective used as a noun: "die Bundestagsabgeordneten", "die Beigeordneten".
  [/en$/, "e"],
];
const SEPARATOR = /^(,|und|sowie)$/;

/** The singular of a plural role noun, or undefined for a word that is no plural role. */
function singularRole(word: string): string | undefined {
  for (const [plural, ending] of PLURALS) {
    if (!plural.test(word)) continue;
    const singular = word.replace(plural, ending);
    if (isRoleWord(singular) || EXTRA_ROLE.test(singular)) return singular;
  }
  // "Minister", "Bürgermeister": the plural is the singular; a list must show it.
  return isRoleWord(word) ? word : undefined;
}

/**
 * "Referenten", "Vizepräsidenten": a weak noun's plural, read only before the names it follows
 * (after it, "die Vizepräsidenten A (Oberhavel) und B (Göttingen)" name the members' own offices).
 */
function weakSingular(word: string): string | undefined {
  const singular = word.replace(/enten$/, "ent");
  return singular !== word && (isRoleWord(singular) || EXTRA_ROLE.test(singular)) ? singular : undefined;
}

/** A role said of several people, as it is said of one of them: "Staatssekretär" of Anna Lenz is "Staatssekretärin". */
function roleOf(role: string, person: Mention): string {
  return roleForGender(role, genderOfName(person.entity.name));
}

/** The person whose name starts at token `at`. */
function personStartingAt(view: View, at: number): Mention | undefined {
  const token = view.tokens[at];
  const person = token ? view.personAt(at) : undefined;
  return person && person.start === token!.start ? person : undefined;
}

/** The people listed right before a plural role and its comma: "A, B und C, (beide) Referenten im X". */
function listedBefore(view: View, index: number): Mention[] {
  let at = index - 1;
  if (/^(beide|alle)$/i.test(view.tokens[at]?.word ?? "")) at -= 1;
  if (view.tokens[at]?.word !== ",") return [];
  const people: Mention[] = [];
  for (at -= 1; ; at -= 1) {
    const person = view.personAt(at);
    if (!person || person.end !== view.tokens[at]!.end) break;
    people.unshift(person);
    while (at >= 0 && view.tokens[at]!.start >= person.start) at -= 1;
    if (!SEPARATOR.test(view.tokens[at]?.word ?? "")) break;
  }
  return people;
}

export function findListedOffices(
  view: View,
  byId: (id: string) => KnownEntity | undefined,
): ParsedRoleClaim[] {
  const claims: ParsedRoleClaim[] = [];
  view.tokens.forEach((token, index) => {
    const strong = singularRole(token.word);
    const role = strong ?? weakSingular(token.word);
    if (!role || view.personAt(index)) return;
    const listed: { person: Mention; owner: Mention | undefined }[] = [];
    let at = index + 1;
    while (strong) {
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
    // "A, B und C, Referenten im Innenministerium": the names may come first, set off by a comma.
    if (listed.length === 0 && role !== token.word)
      listed.push(...listedBefore(view, index).map((person) => ({ person, owner: undefined })));
    // A plural role names a list: two people at least.
    if (listed.length < 2) return;
    // (A plural that looks like its singular, "die Minister A und B", the role-before-name rule reads.)
    const shared =
      role !== token.word && !listed.some((l) => l.owner) ? findOwner(index, role, view, byId) : undefined;
    for (const { person, owner } of listed) {
      const claimed: Owner | undefined = owner ? { entity: owner.entity, from: "named", penalty: 0 } : shared;
      if (!claimed || claimed.entity.id === person.entity.id) continue;
      claims.push({
        person,
        role: roleOf(role, person),
        index: token.start,
        organization: claimed.entity,
        organizationFrom: claimed.from === "context" ? undefined : claimed.from,
        starts: false,
        confidence: Math.round((CONFIDENCE - claimed.penalty) * 100) / 100,
        rule: `listed/${claimed.from}`,
      });
    }
  });
  return claims;
}

/** Plural role nouns in the dative or with a plural's ending: "Geschäftsführern", "Vorständen", "Landräte". */
const PLURAL_FORMS: [RegExp, string][] = [
  [/ern$/, "er"],
  [/innen$/, "in"],
  [/räten?$/, "rat"],
  [/änden?$/, "and"],
  [/äre$/, "är"],
];
/** "die beiden Geschäftsführer", "zwei Vorstände": the role is said of several people. */
const SEVERAL = /^(beide|beiden|zwei|drei|vier)$/i;

/** The singular of a role word said of several people, or undefined when it reads as one person's. */
function pluralOf(role: number, view: View): string | undefined {
  const word = view.tokens[role]!.word;
  for (const [plural, ending] of PLURAL_FORMS) {
    if (!plural.test(word)) continue;
    const singular = word.replace(plural, ending);
    if (isRoleWord(singular) || singular === "Vorstand") return singular;
  }
  const several = view.children(role, /^(amod|nummod|det)$/).some((t) => SEVERAL.test(t.word));
  return several ? (singularRole(word) ?? word) : undefined;
}

/** Plural forms of a copula: "A und B sind Geschäftsführer", "bleiben Beisitzer". */
const PLURAL_COPULA = /^(sind|waren|bleiben|blieben|werden|wurden)$/;

/** Whether the role is the predicate of a plural copula. */
function pluralCopula(role: number, view: View): boolean {
  // ("Neue Geschäftsführer sind A und B": the parser makes the names the predicate.)
  const head = view.tokens[view.tokens[role]!.head];
  const copulas = [role, ...(head ? [head.index] : [])].flatMap((i) => view.children(i, /^cop$/));
  return [...copulas, ...(head ? [head] : [])].some((t) => PLURAL_COPULA.test(t.word));
}

/**
 * "Als Vizepräsidenten wurden die Landräte A (Landkreis X), B (Landkreis Y) und C gewählt", "wählte
 * A, B und C zu stellvertretenden Vorsitzenden": the people the parse conjoins to the one appointed
 * are appointed to the same role.
 */
function appointedTogether(claim: ParsedRoleClaim, claims: ParsedRoleClaim[], view: View): ParsedRoleClaim[] {
  const first = view.tokens.findIndex((t) => t.start === claim.person.start);
  if (first < 0) return [];
  // ("der Beigeordnete A und der Beigeordnete B": the names hang on role nouns the parse conjoins.)
  const token = view.tokens[first]!;
  const described = /^(flat|appos)$/.test(token.dep) && token.head >= 0 ? [token.head] : [];
  const conjoined = [first, ...described]
    .flatMap((i) => view.children(i, /^conj$/))
    .map((t) => personStartingAt(view, t.index) ?? view.personOf(t.index));
  return [...conjoined, ...listedBeside(claim.person, view)]
    .filter(
      (person): person is Mention => person !== undefined && person.entity.id !== claim.person.entity.id,
    )
    .filter((person) => !claims.some((c) => c.person.entity.id === person.entity.id && c.role === claim.role))
    .map((person) => ({ ...claim, person, confidence: claim.confidence - 0.05, rule: "appointed-together" }));
}

/**
 * "wählte A und B zu Beigeordneten": names joined by commas, "und" or "sowie" right before the
 * appointee, read on the surface (the parser may take the last surname for a noun and hang the
 * first names on it). A name that is a clause's subject appoints and is no part of the list.
 */
function listedBeside(appointee: Mention, view: View): Mention[] {
  const listed: Mention[] = [];
  let at = view.tokens.findIndex((t) => t.start === appointee.start) - 1;
  while (at > 0 && SEPARATOR.test(view.tokens[at]!.word)) {
    const person = view.personAt(at - 1);
    if (!person || person.end !== view.tokens[at - 1]!.end) break;
    const start = view.tokens.findIndex((t) => t.start === person.start);
    const subject = view.tokens
      .slice(start, at)
      .some((t) => /^nsubj/.test(t.dep) && (t.head < start || t.head >= at));
    if (start < 0 || subject) break;
    listed.push(person);
    at = start - 1;
  }
  return listed;
}

/**
 * "den beiden Geschäftsführern der Lecos GmbH Sebastian Rauer und Peter Kühne": a plural role
 * before names joined by "und" or commas is each name's, with the owner found for the first.
 */
export function withCoordinatedHolders(claims: ParsedRoleClaim[], view: View): ParsedRoleClaim[] {
  const more: ParsedRoleClaim[] = [];
  const own = claims.map((claim) => {
    if (claim.rule.startsWith("appointed")) {
      more.push(...appointedTogether(claim, claims, view));
      return claim;
    }
    // "A und B sind Geschäftsführer von Dataport", "Neue Staatssekretäre sind A und B": a plural
    // role after a copula is each conjoined name's, in the form of each one's gender.
    if (claim.rule.startsWith("copula")) {
      const role = view.tokens.findIndex((t) => t.start === claim.index);
      const word = role >= 0 ? view.tokens[role]!.word : "";
      const singular =
        role >= 0 && pluralCopula(role, view) ? (singularRole(word) ?? weakSingular(word)) : undefined;
      if (!singular) return claim;
      // (The claim's role is in the nominative singular already where the phrase reader knows the plural.)
      const roleText = claim.role.replace(word, singular);
      more.push(
        ...appointedTogether(claim, claims, view).map((c) => ({
          ...c,
          role: roleOf(roleText, c.person),
          rule: "copula-together",
        })),
      );
      return { ...claim, role: roleOf(roleText, claim.person) };
    }
    if (!claim.rule.startsWith("role-before-name")) return claim;
    const role = view.tokens.findIndex((t) => t.start === claim.index);
    const singular = role >= 0 ? pluralOf(role, view) : undefined;
    if (!singular) return claim;
    let at = view.tokens.findIndex((t) => t.start >= claim.person.end);
    const roleText = claim.role.replace(view.tokens[role]!.word, singular);
    // A plural role whose owner only the context gives goes to review, as a listed one does.
    const confidence =
      claim.organizationFrom === undefined
        ? Math.min(claim.confidence, LISTED_FROM_CONTEXT)
        : claim.confidence;
    while (at >= 0 && SEPARATOR.test(view.tokens[at]?.word ?? "")) {
      const person = personStartingAt(view, at + 1);
      if (!person) break;
      if (!claims.some((c) => c.person.entity.id === person.entity.id))
        more.push({
          ...claim,
          person,
          role: roleOf(roleText, person),
          confidence: confidence - 0.05,
          rule: "listed-after-role",
        });
      at = view.tokens.findIndex((t) => t.start >= person.end);
    }
    // The first holder of a plural role holds it in the singular too, in the form of their gender
    // (also where the parser hung the next names elsewhere: "Anna Lenz (Sachsen) und Peter Kern").
    return { ...claim, confidence, role: roleOf(roleText, claim.person) };
  });
  return [...own, ...more];
}
