/**
 * launches said of the launched thing itself: "Die App des Landes Bayern geht im Mai an den
 * Start", "Das Serviceportal der Stadt Köln ist seit Montag online", "Das Portal ging in Betrieb".
 * The launcher is the owner named in the subject's genitive or "von" phrase; without one, the
 * town, county or Land a named project starts "in" ("Im Landkreis X ist das Projekt „Y“ an den
 * Start gegangen"), else the sentence names no launcher and states nothing. For review: the owner
 * is not always who started it.
 */
import { slugify } from "../../model/ids.js";
import type { Clause } from "./clause.js";
import type { VerbRule } from "./frames.js";
import type { Pair } from "./project-rules.js";

const GO: VerbRule = {
  name: "an den Start gehen",
  verb: /^(geht|gehen|ging|gingen|gegangen)$/,
  needs: /^(Start|online|Netz|Betrieb)$/,
  confidence: 0.75,
};
const ONLINE: VerbRule = { name: "ist online", verb: /^online$/, confidence: 0.75 };
const COPULA = /^(ist|sind|war|waren)$/;

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
    if ((!go && !online) || clause.isNegated(token.index) || clause.isIntended(token.index)) continue;
    // ("Im Landkreis X ist das Projekt „Y“ an den Start gegangen": the parser may read "ist" as a
    // copula and leave the project a bare "dep" or "obl" of the verb.)
    const bare = clause
      .children(token.index, /^(dep|obl)$/)
      .filter((t) => clause.children(t.index, /^cop$/).length > 0 && clause.projectAt(t.index))
      .map((t) => t.index);
    for (const subject of [...clause.arguments(token.index, /^nsubj$/), ...bare]) {
      const owners = clause
        .children(subject, /^nmod/)
        .filter((t) => t.index > subject && clause.actorAt(t.index) !== undefined)
        .map((t) => t.index);
      const rule = go ? GO : ONLINE;
      if (owners.length === 0) {
        pairs.push(...startedIn(clause, token.index, subject, rule));
        continue;
      }
      const target = launched(clause, subject, owners);
      if (!target) continue;
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

/** Governments a project starts "in": a town, a county or a Land. */
const GOVERNMENT = /^(Municipality|County|State)$/;

/**
 * "Im Landkreis Wolfenbüttel ist das Projekt „Open Kreishaus“ an den Start gegangen": a project
 * the sentence names, started in a town, county or Land without an owner of its own, is that
 * government's launch (less sure than an owner's: a place may only host it).
 */
function startedIn(clause: Clause, verb: number, subject: number, rule: VerbRule): Pair[] {
  const project = clause.projectAt(subject);
  if (!project) return [];
  // (Or where the parser hangs the place on the project: "Im Landkreis X ist das Projekt ...".)
  const before = clause.children(subject, /^(nmod|nsubj)/).filter((t) => t.index < subject);
  return [...clause.children(verb, /^obl/), ...before]
    .filter((t) => clause.children(t.index, /^case$/).some((c) => /^(in|im)$/i.test(c.word)))
    .map((t) => clause.mentionAt(t.index))
    .filter((m) => m !== undefined && GOVERNMENT.test(m.entity.type) && m.form !== "partial")
    .map((m) => ({
      actor: m!.entity,
      target: { entity: project, known: true },
      confidence: rule.confidence - 0.15,
      rule: `${rule.name} in`,
    }));
}
