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
  /^[\p{L}-]*(dienst|plattform|portal|antrag|verfahren|assistent|app|anwendung|service|lösung|angebot)$/iu;
const PURPOSE_CASE = /^(für|zur|zum|zu)$/i;
/** Who a service is for, not what: "für Bürgerinnen und Bürger", "für die Kommunen". */
const AUDIENCE =
  /^(Bürger\w*|Einwohner\w*|Unternehmen|Betrieb\w*|Kommune\w*|Städte|Gemeinden|Behörde\w*|Verwaltung\w*|Menschen|Nutzer\w*|Eltern|Familien|Studierende\w*|Schüler\w*|Beschäftigte\w*|Mitarbeit\w*|Länder\w*|Bundesländer\w*|Land|Bund|Zukunft|Alle|Jahr\w*)$/;
/** Words a purpose phrase ends before: a comma, a relative clause, a verb. */
const PHRASE_END_POS = /^(PUNCT|VERB|AUX|PRON|SCONJ)$/;
const MAX_PURPOSE_TOKENS = 8;

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
  if (!next || next.dep !== "case" || !PURPOSE_CASE.test(next.word)) return undefined;
  const head = clause.tokens[next.head];
  // On the noun itself, or on the noun's verb (the parser's choice between the two readings).
  if (!head || head.pos !== "NOUN" || (head.head !== index && head.head !== noun.head)) return undefined;
  if (!/^(nmod|obl)/.test(head.dep) || AUDIENCE.test(head.word) || clause.actorAt(head.index))
    return undefined;
  let last = next.index;
  while (
    last + 1 <= Math.min(next.index + MAX_PURPOSE_TOKENS, clause.tokens.length - 1) &&
    !PHRASE_END_POS.test(clause.tokens[last + 1]!.pos) &&
    clause.subtree(head.index).includes(last + 1)
  )
    last += 1;
  return last >= head.index ? { first: next.index, last } : undefined;
}

/**
 * The project a service-kind noun names with its purpose: "Onlinedienst für die Ummeldung", its
 * compounds kept, its adjectives dropped ("eine erprobte Online-Plattform für ...").
 */
export function describedProject(clause: Clause, index: number): KnownEntity | undefined {
  const purpose = purposeOf(clause, index);
  if (!purpose) return undefined;
  const own = clause.subtree(index, (t) => !/^(compound|flat|punct)$/.test(t.dep)).filter((i) => i <= index);
  let first = index;
  while (own.includes(first - 1)) first -= 1;
  const span = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
  const name = `${clause.runs(span(first, index))} ${clause.runs(span(purpose.first, purpose.last))}`;
  return { id: slugify(name), name, type: "Project", isNew: true };
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
