/**
 * Organisations named with a role that the gazetteer may not know: by the model's ORGANIZATION
 * label ("des Onlinenetzwerks ResearchGate"), in apposition right after the role ("Geschäftsführer
 * GKD Recklinghausen", "Geschäftsführer ekom21"), by a kind noun ("beim IT-Dienstleister
 * Q-Soft"), or by a compound role ("Städtetagpräsident"); and a company the sentence names only
 * as someone's employer.
 */
import { slugify } from "../../model/ids.js";
import type { Mention } from "../entities/mentions.js";
import { isRoleWord } from "../entities/people.js";
import { QUOTE, type View } from "../parse/view.js";
import type { KnownEntity } from "../types.js";
import { nominative } from "./office-names.js";
import { gluedPrefix } from "./office-institutions.js";

/**
 * A party is no employer ("SPD-Politiker") and no place in a holder's parenthesis; an office in it
 * is the party's (office-parties.ts).
 */
export const PARTY =
  /^(SPD|CDU|CSU|FDP|AfD|BSW|Grüne|Die Grünen|Bündnis 90\/Die Grünen|Die Linke|Linke|Piraten|parteilos|parteiunabhängig)$/i;

/** An organisation the gazetteer does not know, by the model's ORGANIZATION label ("des Onlinenetzwerks ResearchGate"). */
export function namedOrganization(indices: number[], view: View): KnownEntity | undefined {
  const names = indices.filter((i) => view.tokens[i]!.ner === "ORGANIZATION" && !view.mentionAt(i));
  if (names.length === 0) return undefined;
  const first = names[0]!;
  // "der L-Bank": a name cut at its hyphen may start with what the tagger takes for a noun.
  const hyphen = view.tokens[first + 1];
  const cut = hyphen?.word === "-" && hyphen.start === view.tokens[first]!.end && names.includes(first + 2);
  if (view.tokens[first]!.pos !== "PROPN" && !cut) return undefined;
  let last = first;
  while (names.includes(last + 1)) last += 1;
  // "Bundesamtes für Migration und Flüchtlinge": the name goes on over "und" and capitalised words.
  // (Not over a second role: "Geschäftsführer der BA und Leiter ...", "Superrr Lab und Mitglied".)
  while (
    view.tokens[last + 1]?.word === "und" &&
    /^\p{Lu}/u.test(view.tokens[last + 2]?.word ?? "") &&
    !isRoleWord(view.tokens[last + 2]!.word) &&
    !/^Mitglied/.test(view.tokens[last + 2]!.word)
  )
    last += 2;
  // "GmbH & Co. KG": the model's sentence ends after "Co.", the company's name does not.
  const end = view.tokens[last]!.end;
  const form = /^Co\.?$/.test(view.tokens[last]!.word)
    ? (/^\.? ?KG\b/.exec(view.sentence.text.slice(end))?.[0] ?? "")
    : "";
  const name = nominative(view.sentence.text.slice(view.tokens[first]!.start, end) + form);
  // Nor is the role's own abbreviation an employer ("Beauftragter ... (CIO)").
  if (name.length < 3 || PARTY.test(name) || isRoleWord(name)) return undefined;
  return { id: slugify(name), name, type: "Organization", isNew: true };
}

/**
 * An organisation the model labels as one, named in apposition right after the role and with all
 * of its name ("Geschäftsführer GKD Recklinghausen": the town is part of the company's name).
 */
export function appendedOrganization(role: number, view: View): KnownEntity | undefined {
  const next = view.tokens[role + 1];
  if (!next || next.head !== role || next.dep !== "appos") return undefined;
  // "Geschäftsführer ekom21": a known organisation, whatever the tagger took its name for.
  const known = view.mentionAt(next.index);
  if (known?.entity.type === "Organization" && known.start === next.start) return known.entity;
  if (next.pos !== "PROPN" || view.mentionAt(next.index)) return undefined;
  // "Geschäftsleiter OWL-IT": an acronym the tagger leaves untagged names an organisation too.
  const acronym = /^\p{Lu}{2}/u.test(next.word) && next.ner !== "PERSON";
  if (next.ner !== "ORGANIZATION" && !acronym) return undefined;
  const span = view.subtree(next.index);
  const last = Math.max(...span);
  // (A hyphen glued into the name belongs to it: "OWL-IT".)
  const glued = (i: number) =>
    view.tokens[i]!.word === "-" && view.tokens[i - 1]?.end === view.tokens[i]!.start;
  if (span.length !== last - next.index + 1 || span.some((i) => view.tokens[i]!.pos === "PUNCT" && !glued(i)))
    return undefined;
  const name = view.sentence.text.slice(next.start, view.tokens[last]!.end);
  if (name.length < 3 || PARTY.test(name) || isRoleWord(name)) return undefined;
  return { id: slugify(name), name, type: "Organization", isNew: true };
}

/** "Matthias Drexelius, Geschäftsführer ekom21": a company named as someone's employer, right after a role. */
export function namedAsEmployer(mention: Mention, view: View): boolean {
  const first = view.tokens.find((t) => t.start === mention.start);
  const head = first && first.head >= 0 ? view.tokens[first.head] : undefined;
  return head !== undefined && head.index < first!.index && isRoleWord(head.word);
}

/**
 * A company by its kind: "beim Erfurter IT-Dienstleister ... Q-Soft" is Q-Soft, not Erfurt (also
 * in the genitive, "des IT-Dienstleisters Q-Soft", and a subsidiary, "der E.ON-Tochter Westenergie").
 */
export const COMPANY_NOUN =
  /(dienstleister|hersteller|unternehmen|firma|anbieter|konzern|softwarehaus|start-?up|tochter)(s|es)?$/i;

/** "beim Erfurter IT-Dienstleister Q-Soft": the company a kind noun names in apposition. */
export function companyNamed(index: number, view: View): KnownEntity | undefined {
  if (!COMPANY_NOUN.test(view.tokens[index]!.word)) return undefined;
  const name = view.children(index, /^(appos|flat)$/).find((t) => t.index > index && t.pos === "PROPN");
  if (!name) return undefined;
  const known = view.mentionAt(name.index);
  if (known) return known.entity.type === "Organization" ? known.entity : undefined;
  const span = view.subtree(name.index).filter((i) => i >= name.index);
  let last = name.index;
  while (span.includes(last + 1) && view.tokens[last + 1]!.word !== ",") last += 1;
  const text = view.sentence.text.slice(name.start, view.tokens[last]!.end);
  if (text.length < 2 || PARTY.test(text) || isRoleWord(text)) return undefined;
  return { id: slugify(text), name: text, type: "Organization", isNew: true };
}

/** A company's legal form, the last word of its name. */
const LEGAL_FORM_WORD = /^(GmbH|gGmbH|mbH|AG|SE|eG|KG|oHG|AöR|KdöR)$/;
/** A long common noun that describes a company before its name ("Cybersicherheitsspezialisten"). */
const DESCRIPTION = /^\p{Lu}\p{Ll}{9,}(en|er|ern)$/u;

/**
 * "Geschäftsführer des Münchener Cybersicherheitsspezialisten Rohde & Schwarz GmbH": a company
 * named with its legal form in the role's genitive owns the role, not the town of the adjective
 * before it. The name runs back from the legal form over capitalised words, "&" and hyphens, not
 * over a long noun describing the company.
 */
export function companyWithLegalForm(index: number, view: View): KnownEntity | undefined {
  // (The last legal form: "Brandt GmbH & Co. KG".)
  const form = view
    .subtree(index)
    .filter((i) => i >= index && LEGAL_FORM_WORD.test(view.tokens[i]!.word))
    .pop();
  if (form === undefined) return undefined;
  let first = form;
  while (
    first - 1 > index - 1 &&
    form - first < 6 &&
    (/^(&|-|und)$/.test(view.tokens[first - 1]!.word) ||
      (/^(PROPN|NOUN)$/.test(view.tokens[first - 1]!.pos) &&
        /^\p{Lu}/u.test(view.tokens[first - 1]!.word) &&
        !DESCRIPTION.test(view.tokens[first - 1]!.word)))
  )
    first -= 1;
  while (first < form && /^(&|-|und)$/.test(view.tokens[first]!.word)) first += 1;
  if (first === form || view.mentionAt(first)) return undefined;
  // (The tokenizer may end the sentence inside "GmbH & Co. KG".)
  const end = view.tokens[form]!.end;
  const partnership = /^ & Co\. ?KG/.exec(view.sentence.text.slice(end))?.[0] ?? "";
  const name = view.sentence.text.slice(view.tokens[first]!.start, end) + partnership;
  return { id: slugify(name), name, type: "Organization", isNew: true };
}

/** Kind nouns that are the first word of an organisation's name ("Zweckverband Digitale Kommunen Brandenburg"). */
const NAMING_KIND = /^(Zweckverband|Zweckverbands|Zweckverbandes)$/;

/**
 * "des Zweckverbands Digitale Kommunen Brandenburg": an organisation whose name starts with its
 * kind noun, the capitalised words after it (over hyphens) included, up to a comma or parenthesis.
 */
export function kindNamedOrganization(index: number, view: View): KnownEntity | undefined {
  if (!NAMING_KIND.test(view.tokens[index]!.word)) return undefined;
  let last = index;
  while (
    view.tokens[last + 1] &&
    (/^\p{Lu}/u.test(view.tokens[last + 1]!.word) || view.tokens[last + 1]!.word === "-") &&
    !isRoleWord(view.tokens[last + 1]!.word)
  )
    last += 1;
  if (view.tokens[last]!.word === "-") last -= 1;
  if (last === index) return undefined;
  const name = `${gluedPrefix(view, index)}Zweckverband ${view.sentence.text.slice(view.tokens[index + 1]!.start, view.tokens[last]!.end)}`;
  const known = view.mentionAt(index + 1);
  if (known?.entity.type === "Organization") return known.entity;
  return { id: slugify(name), name, type: "Organization", isNew: true };
}

/** Kind nouns an organisation's quoted name may follow: "des Verbands „Die Familienunternehmer“". */
const QUOTED_KIND =
  /(verband|verein|initiative|bündnis|netzwerk|stiftung|genossenschaft|gesellschaft|unternehmen|firma|start-?up)(es|s)?$/i;

/** "Präsident des Verbands „Die Familienunternehmer“": the organisation a kind noun names by its quoted name. */
export function quotedOrganization(index: number, view: View): KnownEntity | undefined {
  if (!QUOTED_KIND.test(view.tokens[index]!.word) || !QUOTE.test(view.tokens[index + 1]?.word ?? ""))
    return undefined;
  const close = view.tokens.findIndex((t, i) => i > index + 2 && i <= index + 10 && QUOTE.test(t.word));
  if (close < 0) return undefined;
  const known = view.mentionAt(index + 2);
  if (known?.entity.type === "Organization") return known.entity;
  const text = view.sentence.text.slice(view.tokens[index + 2]!.start, view.tokens[close - 1]!.end);
  if (text.length < 3 || PARTY.test(text) || isRoleWord(text)) return undefined;
  return { id: slugify(text), name: text, type: "Organization", isNew: true };
}

/**
 * "im Amt als Städtetagpräsident", "die Landkreistagspräsidentin": the organisation named in the
 * sentence or last named whose name ends in the compound's first part ("Deutscher Städtetag").
 */
export function compoundAssociation(roleWord: string, view: View): KnownEntity | undefined {
  const prefix = /^(\p{Lu}\p{Ll}{3,}?)s?(?:präsident|vizepräsident|vorsitzende|geschäftsführer|chef)/u.exec(
    roleWord,
  )?.[1];
  if (!prefix) return undefined;
  const context = view.sentence.context;
  const candidates = [
    ...view.sentence.mentions.map((m) => m.entity),
    ...[context.lastAssociation, context.lastBody].filter((e): e is KnownEntity => e !== undefined),
  ];
  return candidates.find(
    (e) => e.type === "Organization" && e.name.split(" ").pop()!.toLowerCase() === prefix.toLowerCase(),
  );
}

/** What an abbreviation before a role names that is no organisation: a field ("IT-Beauftragter", "KI-Referentin") or a law. */
const FIELD_ABBREVIATION = /^(IT|IKT|ITK|KI|OZG|EDV|DV|TK|GIS|ID|HR|PR|EU|UN)$/;
/** Two to six letters, two capitals at least: "IHK", "DGB", "KGSt". */
const ORGANIZATION_ABBREVIATION = /^(?=(?:\P{Lu}*\p{Lu}){2})\p{L}{2,6}$/u;

/**
 * "die Darmstädter IHK-Präsidentin", "DGB-Chef X": the organisation the first part of the role's
 * compound abbreviates, where the gazetteer does not know it (no party, no field): named by the
 * abbreviation, with the town whose adjective stands before it ("IHK Darmstadt"), a new
 * organisation.
 */
export function abbreviatedCompoundOrganization(
  first: number,
  role: number,
  roleWord: string,
  view: View,
): KnownEntity | undefined {
  const prefix = first !== role ? view.tokens[first]!.word : /^([^-]+)-/.exec(roleWord)?.[1];
  if (first !== role && view.tokens[first + 1]?.word !== "-") return undefined;
  if (!prefix || !ORGANIZATION_ABBREVIATION.test(prefix) || FIELD_ABBREVIATION.test(prefix)) return undefined;
  if (PARTY.test(prefix) || isRoleWord(prefix) || view.mentionAt(first)) return undefined;
  const town = view.mentionAt(first - 1);
  const name = town?.entity.type === "Municipality" ? `${prefix} ${town.entity.name}` : prefix;
  return { id: slugify(name), name, type: "Organization", isNew: true };
}
