/**
 * Services named by what they are for, not by a name: "einen Onlinedienst für die Ummeldung",
 * "eine Online-Plattform für die Bearbeitung von Wohngeld-Anträgen", "den Online-Dienst zur
 * Beantragung des Elterngeldes". The kind noun and its "für" / "zur" / "zum" phrase name the
 * project, whether the parser hangs the phrase on the noun or on the verb right after it. Who a
 * service is for ("ein Portal für Bürgerinnen und Bürger") names no project.
 * A sentence that offers, develops or starts such a service makes it the project a later "der
 * Dienst" or "die Plattform" means (analyze.ts keeps it as the item's last project).
 */
import { slugify } from "../../model/ids.js";
import type { KnownEntity } from "../types.js";
import type { AnalyzedSentence } from "./analyze.js";
import type { Clause } from "./clause.js";

/** A kind of service ("Onlinedienst", "Online-Plattform", "Antragsassistent"), singular. */
const SERVICE_KIND =
  /^[\p{L}-]*(dienst|plattform|portal|antrag|verfahren|assistent|app|anwendung|service|lösung|angebot|projekt|vorhaben|versuch)$/iu;
/** A kind of project that names its subject in the genitive: "das Pilotprojekt der Behördenrufnummer 115". */
const PROJECT_KIND = /^[\p{L}-]*(projekt|vorhaben|versuch)$/iu;
/** What names a genitive's thing beside its noun: its number, a name set after it, compounds. */
const GENITIVE_NAME = /^(appos|flat|flat:name|nummod|compound)$/;
const PURPOSE_CASE = /^(für|zur|zum|zu)$/i;
/**
 * "der Antrag auf Erteilung eines Aufenthaltstitels", where the sentence makes it online: an
 * application names its service by what it asks for ("einen Antrag auf Förderung stellen" names none).
 */
const APPLICATION = /antrag$/i;
const ONLINE = /^(online|digital|elektronisch)$/i;
/** Who a service is for, not what: "für Bürgerinnen und Bürger", "für die Kommunen". */
const AUDIENCE =
  /^(Bürger\w*|Einwohner\w*|Unternehmen|Betrieb\w*|Kommune\w*|Städte|Gemeinden|Behörden?|Verwaltung\w*|Menschen|Nutzer\w*|Eltern|Familien|Studierende\w*|Schüler\w*|Beschäftigte\w*|Mitarbeit\w*|Länder\w*|Bundesländer\w*|Land|Bund|Zukunft|Alle|Jahr\w*)$/;
/** Words a purpose phrase ends before: a comma, a relative clause, a verb. */
const PHRASE_END_POS = /^(PUNCT|VERB|AUX|PRON|SCONJ)$/;
const MAX_PURPOSE_TOKENS = 8;
/** Places a purpose phrase ends before: "ihren Antrag auf Unterhaltsvorschuss in der Stadt Bremen ... stellen". */
const PLACE = /^(Municipality|County|State)$/;

interface Purpose {
  /** The case word ("für") and the phrase's last token. */
  first: number;
  last: number;
}

/** The purpose phrase of a service-kind noun. */
function purposeOf(clause: Clause, index: number): Purpose | undefined {
  const noun = clause.tokens[index];
  if (!noun || noun.pos !== "NOUN" || !SERVICE_KIND.test(noun.word)) return undefined;
  const nounEnd = Math.max(...clause.subtree(index, (t) => /^(nmod|acl)/.test(t.dep)));
  const next = clause.tokens[nounEnd + 1];
  const applied =
    next?.word.toLowerCase() === "auf" &&
    APPLICATION.test(noun.word) &&
    clause.tokens.some((t) => ONLINE.test(t.word) || /^Online-/.test(t.word));
  if (!next || next.dep !== "case" || !(PURPOSE_CASE.test(next.word) || applied)) return undefined;
  const head = clause.tokens[next.head];
  // On the noun itself, or on the noun's verb (the parser's choice between the two readings).
  if (!head || head.pos !== "NOUN" || (head.head !== index && head.head !== noun.head)) return undefined;
  if (!/^(nmod|obl)/.test(head.dep) || AUDIENCE.test(head.word) || clause.actorAt(head.index))
    return undefined;
  let last = next.index;
  while (
    last + 1 <= Math.min(next.index + MAX_PURPOSE_TOKENS, clause.tokens.length - 1) &&
    !PHRASE_END_POS.test(clause.tokens[last + 1]!.pos) &&
    !placeFollows(clause, last + 1) &&
    clause.subtree(head.index).includes(last + 1)
  )
    last += 1;
  return last >= head.index ? { first: next.index, last } : undefined;
}

/** Whether the token at `index` is the case word of a place ("in der Stadt Bremen", "im Rhein-Kreis Neuss"). */
function placeFollows(clause: Clause, index: number): boolean {
  const token = clause.tokens[index]!;
  return token.dep === "case" && PLACE.test(clause.actorAt(token.head)?.entity.type ?? "");
}

/**
 * The project a service-kind noun names with its purpose: "Onlinedienst für die Ummeldung", its
 * compounds kept, its adjectives dropped ("eine erprobte Online-Plattform für ...").
 */
export function describedProject(clause: Clause, index: number): KnownEntity | undefined {
  const purpose = purposeOf(clause, index);
  const subject = purpose ? undefined : genitiveSubject(clause, index);
  if (!purpose && !subject) return undefined;
  const own = clause.subtree(index, (t) => !/^(compound|flat|punct)$/.test(t.dep)).filter((i) => i <= index);
  let first = index;
  while (own.includes(first - 1)) first -= 1;
  const kind = clause.runs(span(first, index));
  const name = purpose ? `${kind} ${clause.runs(span(purpose.first, purpose.last))}` : `${kind} ${subject}`;
  return { id: slugify(name), name, type: "Project", isNew: true };
}

function span(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/**
 * What a project kind names in the genitive: "das Pilotprojekt der bundesweit einheitlichen
 * Behördenrufnummer 115" is about "Behördenrufnummer 115" (adjectives dropped). An actor in the
 * genitive owns the project ("das Modellprojekt des Kreises Lippe") and names none.
 */
function genitiveSubject(clause: Clause, index: number): string | undefined {
  const noun = clause.tokens[index];
  if (!noun || noun.pos !== "NOUN" || !PROJECT_KIND.test(noun.word)) return undefined;
  const genitive = clause
    .children(index, /^nmod$/)
    .find(
      (t) => t.index === index + 1 + clause.subtree(t.index).filter((i) => i > index && i < t.index).length,
    );
  if (!genitive || genitive.pos !== "NOUN" || clause.children(genitive.index, /^case$/).length > 0)
    return undefined;
  if (clause.actorAt(genitive.index) || AUDIENCE.test(genitive.word)) return undefined;
  const words = clause.subtree(genitive.index, (t) => !GENITIVE_NAME.test(t.dep)).sort((a, b) => a - b);
  return words.every((i, n) => n === 0 || i === words[n - 1]! + 1) ? clause.runs(words) : undefined;
}

/** A service-kind noun whose only attribute says who it is for: "ein Onlinedienst für Bürgerinnen und Bürger". */
export function forAudienceOnly(clause: Clause, index: number): boolean {
  const noun = clause.tokens[index];
  if (!noun || noun.pos !== "NOUN" || !SERVICE_KIND.test(noun.word)) return false;
  const attributes = clause.children(index, /^(nmod|flat|appos)/);
  return (
    attributes.length > 0 &&
    attributes.every((t) => clause.hasCase(t.index, "für") && AUDIENCE.test(t.word)) &&
    !clause.hasName(index)
  );
}

/** The service a sentence describes as the object or subject of its verbs, for a later "der Dienst". */
export function describedInSentence(clause: Clause, sentence: AnalyzedSentence): KnownEntity | undefined {
  if (sentence.mentions.some((m) => m.entity.type === "Project" && m.form !== "partial")) return undefined;
  for (const token of clause.tokens) {
    if (!/^(obj|nsubj|nsubj:pass)$/.test(token.dep)) continue;
    if (clause.projectAt(token.index)) continue;
    const project = describedProject(clause, token.index);
    if (project) return project;
  }
  return undefined;
}
