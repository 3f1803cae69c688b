/**
 * launches said of the launched thing itself: "Die App des Landes Bayern geht im Mai an den
 * Start", "Das Serviceportal der Stadt Köln ist seit Montag online", "Das Portal ging in Betrieb",
 * "Das Portal der Stadt Köln wurde freigeschaltet" (a passive without an agent).
 * The launcher is the owner named in the subject's genitive or "von" phrase; without one the
 * sentence names no launcher and states nothing. For review: the owner is not always who started it.
 */
import { slugify } from "../../model/ids.js";
import type { Clause } from "./clause.js";
import type { VerbRule } from "./frames.js";
import type { Pair } from "./project-rules.js";

const GO: VerbRule = {
  name: "an den Start gehen",
  verb: /^(geht|gehen|ging|gingen|gegangen)$/,
  needs: /^(Start|online|Netz|Betrieb|live)$/,
  confidence: 0.75,
};
const ONLINE: VerbRule = { name: "ist online", verb: /^online$/, confidence: 0.75 };
const COPULA = /^(ist|sind|war|waren)$/;
/** Participles of launching that, passive and without an agent, leave the owner as the launcher. */
const LAUNCHED =
  /^(gestartet|freigeschaltet|eröffnet|eingeführt|vorgestellt|veröffentlicht|gelauncht|ausgerollt|eingerichtet)$/;
const PASSIVE: VerbRule = { name: "passive-owner", verb: LAUNCHED, confidence: 0.7 };

/** The launched thing: a known project, else its noun phrase without the owner ("App", not "App des Landes Bayern"). */
function launched(clause: Clause, subject: number, owners: number[]): Pair["target"] | undefined {
  const known = clause.projectAt(subject);
  if (known) return { entity: known, known: true };
  const words = clause
    .subtree(subject, (t) => owners.includes(t.index) || /^(acl|punct)/.test(t.dep))
    .filter((i) => !/^(DET|PUNCT|ADP)$/.test(clause.tokens[i]!.pos));
  const name = clause.runs(words);
  if (name.length < 3 || words.length > 8) return undefined;
  return { entity: { id: slugify(name), name, type: "Project", isNew: true }, known: false };
}

/** Pairs whose target is the subject of "geht an den Start" / "ist online" and whose actor is its owner. */
export function selfLaunches(clause: Clause): Pair[] {
  const pairs: Pair[] = [];
  for (const token of clause.tokens) {
    const go =
      GO.verb.test(token.word) &&
      token.pos === "VERB" &&
      clause.subtree(token.index).some((i) => GO.needs!.test(clause.tokens[i]!.word));
    const online =
      ONLINE.verb.test(token.word) && clause.children(token.index, /^cop$/).some((c) => COPULA.test(c.word));
    // "Das Portal der Stadt Köln wurde freigeschaltet": a passive that names no agent.
    const passive =
      PASSIVE.verb.test(token.word) &&
      clause.children(token.index, /^aux:pass$/).length > 0 &&
      clause.agents(token.index).length === 0;
    if ((!go && !online && !passive) || clause.isNegated(token.index) || clause.isIntended(token.index))
      continue;
    for (const subject of clause.arguments(token.index, passive ? /^nsubj:pass$/ : /^nsubj$/)) {
      const owners = clause
        .children(subject, /^nmod/)
        .filter((t) => t.index > subject && clause.actorAt(t.index) !== undefined)
        .map((t) => t.index);
      if (owners.length === 0) continue;
      const target = launched(clause, subject, owners);
      if (!target) continue;
      const rule = go ? GO : online ? ONLINE : PASSIVE;
      for (const owner of owners)
        pairs.push({
          actor: clause.actorAt(owner)!.entity,
          target,
          confidence: rule.confidence,
          rule: rule.name,
        });
    }
  }
  return pairs;
}
