/**
 * Owners of an office that the verb of its sentence names: the employer beside a role after
 * "als" ("arbeitete als Geschäftsführer bei der ekom21") and the organisation that elects to it
 * ("Zum zweiten Vizepräsidenten wählte der Bundesrat ...", "Der Münchner Stadtrat hat X zum Leiter ... gewählt").
 */
import type { Mention } from "../entities/mentions.js";
import type { ParseToken } from "../parse/align.js";
import type { View } from "../parse/view.js";
import type { KnownEntity } from "../types.js";
import { FUNCTION, HOLD } from "./office-function.js";

/** Where someone works: "bei", "beim", "an", "am" (not "in": a place as often as an employer). */
const EMPLOYER_CASE = /^(bei|beim|an|am)$/i;

/**
 * Verbs of working somewhere: beside them "im" names the employer as well, when it names an
 * organisation ("arbeitete als Referent im Innenministerium"); elsewhere "in" is a place as often.
 */
export const WORK =
  /^(arbeitet|arbeiten|arbeitete|arbeiteten|gearbeitet|tätig|beschäftigt|dient|diente|dienten|gedient)$/;
const WORKPLACE_CASE = /^(im|in)$/i;

/** Verbs of moving to a new post: "wechselt als CIO zu Dataport", "geht als Staatssekretärin nach Thüringen". */
const MOVE =
  /^(wechselt|wechseln|wechselte|wechselten|gewechselt|geht|gehen|ging|gingen|gegangen|kommt|kommen|kam|kamen|gekommen|kehrt|kehren|kehrte|kehrten|zurückgekehrt|zurückkehren)$/;
/** Verbs of entering a service, with their particle: "trat als Referent in das BAMF ein". */
const ENTER = /^(tritt|treten|trat|traten)$/;
const ENTERED = /^(eingetreten|eintreten|einzutreten)$/;
/** Where one moves to: "zu Dataport", "zur FITKO", "nach Thüringen", "in die Staatskanzlei". */
const DESTINATION_CASE = /^(zu|zum|zur|nach|in|ins)$/i;

/**
 * "war er als Referent beim Deutschen Landkreistag tätig", "begann als Dozent an der
 * Fachhochschule": a role after "als" whose employer the parser hung on the verb beside it; after
 * a verb of moving or entering, where the holder moves to ("wechselt als CIO zu Dataport", "trat
 * als Referent in das BAMF ein").
 */
export function employerBeside(role: number, view: View): ParseToken[] {
  const parent = view.tokens[role]!.head;
  const post =
    parent >= 0 && FUNCTION.test(view.tokens[parent]!.word) ? employerOfPost(role, parent, view) : [];
  if (post.length > 0) return post;
  if (parent < 0 || !view.children(role, /^case$/).some((t) => t.word === "als")) return [];
  const verb = view.tokens[parent]!.word;
  const entering =
    ENTERED.test(verb) ||
    (ENTER.test(verb) && view.children(parent, /^compound:prt$/).some((t) => t.word === "ein"));
  const moving = MOVE.test(verb) || entering;
  const working = WORK.test(view.tokens[parent]!.word);
  const organization = (i: number) => view.mentionAt(i)?.entity.type === "Organization";
  // (A Land's ministry stands for its Land: "im Innenministerium des Saarlandes".)
  const workplace = (i: number) => organization(i) || /ministerium$/i.test(view.tokens[i]!.word);
  const employer = view
    .children(parent, /^(nmod|obl)/)
    .find(
      (t) =>
        t.index > role &&
        view
          .children(t.index, /^case$/)
          .some(
            (c) =>
              EMPLOYER_CASE.test(c.word) ||
              (moving && DESTINATION_CASE.test(c.word)) ||
              (working && WORKPLACE_CASE.test(c.word) && workplace(t.index)),
          ),
    );
  // The employer's own name, not an event of theirs ("sprach als Präsident beim Kongress des ...").
  const named = employer && (workplace(employer.index) || employer.pos === "PROPN");
  return employer && named ? [employer] : [];
}

/**
 * "der das Amt des Verbandsvorstehers beim KDN bekleidet": the employer the parser hung on the
 * verb of holding the post (read as an adjective as often as a verb).
 */
function employerOfPost(role: number, post: number, view: View): ParseToken[] {
  // (Or on the post itself, the verb read as its adjective: "X bekleidet das Amt der ... bei der ekom21".)
  const verb = view.tokens[post]!.head;
  const heads = [
    ...(verb >= 0 && HOLD.test(view.tokens[verb]!.word) ? [verb, post] : []),
    ...(view.children(post, /^amod$/).some((t) => HOLD.test(t.word)) ? [post] : []),
  ];
  return heads
    .flatMap((head) => view.children(head, /^(nmod|obl)/))
    .filter((t) => t.index > role && view.children(t.index, /^case$/).some((c) => EMPLOYER_CASE.test(c.word)))
    .filter((t) => view.mentionAt(t.index)?.entity.type === "Organization")
    .slice(0, 1);
}

/** Verbs of electing someone to an office. */
const ELECT = /^(wählt|wählte|wählten|gewählt|wählen)$/;

/** The organisation (not a government) that elects to the role: the active subject or the "von" agent. */
export function electingOrganization(role: number, view: View): KnownEntity | undefined {
  let verb = view.tokens[role]!.head;
  for (let hops = 0; verb >= 0 && hops < 3 && view.tokens[verb]!.pos !== "VERB"; hops += 1)
    verb = view.tokens[verb]!.head;
  if (verb < 0 || !ELECT.test(view.tokens[verb]!.word) || view.negated(verb)) return undefined;
  const agents = view
    .children(verb, /^(obl|nmod)/)
    .filter((t) => view.children(t.index, /^case$/).some((c) => /^(von|vom)$/i.test(c.word)));
  // The parser may swap subject and object of "Die Verbandsversammlung des X hat Y zum Vorsitzenden
  // gewählt", or read the subject as a bare argument ("Der Deutsche Städtetag hat Y zu seinem
  // Präsidenten gewählt"): an organisation there elects all the same (no organisation takes an office).
  const electors = [...view.children(verb, /^(nsubj|obj|obl:arg)$/), ...agents];
  const organization = (m: Mention) =>
    m.entity.type === "Organization" && m.entity.kind !== "ministry" && m.form !== "partial";
  return (
    electors.map((t) => view.entityOf(t.index, organization)).find((m) => m !== undefined)?.entity ??
    // (A council's chair of a committee chairs the committee: no office of the town.)
    (/^Vorsitzend/.test(view.tokens[role]!.word)
      ? undefined
      : electors.map((t) => councilsPlace(t.index, view)).find((e) => e !== undefined))
  );
}

/** A town's or county's council: "der Münchner Stadtrat", "der Kreistag des Landkreises Harz". */
const COUNCIL = /^(Stadtrat|Gemeinderat|Kreistag|Stadtverordnetenversammlung|Rat)$/;

/** The town or county whose council the token is ("Der Münchner Stadtrat hat X zum Leiter ... gewählt"). */
function councilsPlace(index: number, view: View): KnownEntity | undefined {
  if (!COUNCIL.test(view.tokens[index]!.word)) return undefined;
  return view
    .children(index, /^(amod|nmod)$/)
    .map((t) => view.mentionAt(t.index)?.entity)
    .find((e) => e?.type === "Municipality" || e?.type === "County");
}

/** Verbs of appointing to an office (electing is electingOrganization's). */
const APPOINT =
  /^(ernennt|ernannte|ernannten|ernannt|ernennen|beruft|berief|beriefen|berufen|bestellt|bestellte|bestellten|bestellen)$/;
const GOVERNMENT_TYPE = /^(State|Municipality|County)$/;

/**
 * "Die Stadt Kassel hat Anna Keller zur Digitalbeauftragten ernannt", "wurde vom Landkreis Fulda
 * zum Leiter ... bestellt": the town, county or Land that appoints (the subject, also where the
 * parser hung it on "hat", or the "von" agent) owns the office.
 */
export function appointingGovernment(role: number, view: View): KnownEntity | undefined {
  let verb = view.tokens[role]!.head;
  for (let hops = 0; verb >= 0 && hops < 3 && view.tokens[verb]!.pos !== "VERB"; hops += 1)
    verb = view.tokens[verb]!.head;
  if (verb < 0 || !APPOINT.test(view.tokens[verb]!.word) || view.negated(verb)) return undefined;
  const token = view.tokens[verb]!;
  const auxiliary = token.dep === "xcomp" && view.tokens[token.head]?.pos === "AUX" ? [token.head] : [];
  const appointers = [
    ...[verb, ...auxiliary].flatMap((i) => view.subjects(i)),
    ...view.children(verb, /^(obl|nmod)/).filter((t) => view.hasCase(t.index, "von", "vom")),
  ];
  const government = (m: Mention) => GOVERNMENT_TYPE.test(m.entity.type) && m.form === "name";
  return appointers.map((t) => view.entityOf(t.index, government)).find((m) => m !== undefined)?.entity;
}

/**
 * "von Unterabteilungsleiterin Cordula Kießling aus dem Bundesinnenministerium vertreten": the
 * organisation named with "aus" right after the holder's name, which the parser hangs on the verb.
 */
export function employerAfterHolder(role: number, view: View): ParseToken[] {
  const holder = view.children(role, /^appos$/).find((t) => t.index > role && view.personOf(t.index));
  if (!holder) return [];
  const end = Math.max(...view.subtree(holder.index));
  const from = view.tokens[end + 1];
  if (!from || !/^aus$/i.test(from.word) || from.dep !== "case" || from.head < 0) return [];
  const employer = view.tokens[from.head]!;
  const hung = /^(obl|nmod)/.test(employer.dep) && employer.head !== role && employer.head !== holder.index;
  return hung && view.mentionAt(employer.index)?.entity.type === "Organization" ? [employer] : [];
}
