/**
 * The owner of a role in a "wo" clause: "kommt vom Bundesverwaltungsamt, wo sie zuletzt
 * Abteilungsleiterin war", "war bei der Deutschen Telekom AG, wo er als Bereichsleiter arbeitete".
 * The clause hangs on the organisation it says the office was held in.
 */
import type { View } from "../parse/view.js";
import type { KnownEntity } from "../types.js";
import { institutionAt } from "./office-institutions.js";
import { companyWithLegalForm } from "./office-organizations.js";

const WHERE = /^wo$/i;
/** How far up from the role the clause's head may stand: the role itself, its verb, that verb's verb. */
const CLAUSE_DEPTH = 3;
/** The organisations an office is held in (a government's own roles have their own owners). */
const HELD_IN = /^(Organization|County|Municipality)$/;

/** The organisation named by the noun a "wo" clause around the role hangs on. */
export function whereClauseOwner(role: number, view: View): KnownEntity | undefined {
  let at = role;
  for (let step = 0; step < CLAUSE_DEPTH && at >= 0; step += 1) {
    const token = view.tokens[at]!;
    if (view.children(at, /^advmod$/).some((t) => WHERE.test(t.word))) {
      if (!/^(acl|advcl)/.test(token.dep) || token.head < 0) return undefined;
      const mention = view.mentionAt(token.head);
      if (mention) return HELD_IN.test(mention.entity.type) ? mention.entity : undefined;
      return companyWithLegalForm(token.head, view) ?? institutionAt(token.head, view);
    }
    at = token.head;
  }
  return undefined;
}
