/**
 * Offices from the dependency parse, as small declarative rules. A role noun ("CIO",
 * "Finanzminister", "Staatssekretärin", "Chief Information Officer") is linked to a person by
 * one of the LINKS (each with its confidence), and to the government or organisation it
 * belongs to by one of the OWNERS (each lowering the confidence by its own amount):
 *   role-before-name   "Finanzminister Thomas Schäfer", "Staatssekretärin Dr. Ina-Maria Ulbrich"
 *   apposition         "Dr. Heiko Geue, Finanzminister des Landes ...", "Der Amts-Chef ..., Thomas Popp"
 *   role-comma-name    "die bayerische Staatsministerin für Digitales, Judith Gerlach"
 *   parenthesis        "Markus Richter (Staatssekretär ...)", "Philipp Amthor (CDU, parlamentarischer Staatssekretär)"
 *   copula             "Daniela Dylakiewicz ist neue CIO des Freistaats Sachsen", "Staatssekretär ist Stefan Sauer"
 *   appointed          "wurde Prof. Dr. Kristina Sinemus zur Ministerin ... ernannt", "als Landes-CIO" (office-appointed.ts)
 *   relative           "Peter Schmidt, der seit 2019 Staatssekretär ... ist" (office-relative.ts)
 *   introduced-with    "Mit Dr. Martin Hagen hat Bremen einen neuen Staatsrat" (office-relative.ts)
 *   surface-copula     "Neue CIO wird Anna Keller", "X, bislang ..., wird neue CIO" (office-surface.ts)
 *   described          "Die 55-jährige rheinland-pfälzische Ressortchefin wurde ... gewählt": a role
 *                      described as only a person named before can be (its age, "gelernte")
 * then, reading the links found: conjoined (a "conj" of a linked role), coordinated ("X und Y,
 * Name": office-coordination.ts), function ("hat die Funktion des CIO inne": office-function.ts);
 * leading a unit ("leitete das Strategiezentrum Gesundheit": office-lead.ts); and working for an
 * organisation ("war bei der DB Systel GmbH tätig": office-employment.ts).
 */
import type { Mention } from "../entities/mentions.js";
import { isGenitiveName, isRoleWord, type RoleClaim } from "../entities/people.js";
import type { ParseToken } from "../parse/align.js";
import { View, type ParsedSentence } from "../parse/view.js";
import type { KnownEntity } from "../types.js";
import { findOwner, governmentOf } from "./office-owners.js";
import { COORDINATED } from "./office-coordination.js";
import { FUNCTION_OF } from "./office-function.js";
import { findListedOffices, withCoordinatedHolders } from "./office-lists.js";
import { INTRODUCED_WITH, RELATIVE_CLAUSE } from "./office-relative.js";
import { isPredecessorNamed, SURFACE_COPULA } from "./office-surface.js";
import { findLeadOffices } from "./office-lead.js";
import { findEmployments } from "./office-employment.js";
import { APPOINTED_LINK } from "./office-appointed.js";
import {
  beforeParenthesis,
  misreadRemit,
  nameAt,
  phraseEnd,
  phraseEndWithParenthesis,
  phraseHead,
  EXTRA_ROLE,
  roleForms,
  roleStart,
  roleText,
} from "./office-phrase.js";

export type OfficeSentence = ParsedSentence;

const STARTS = /^(neue|neuer|neuen|designierte|designierter|künftige|künftiger)$/i;
const COPULA = /^(ist|war|wird|wurde|bleibt|blieb)$/;
/** A copula's infinitive after a modal ("soll ... werden"). */
const COPULA_INFINITIVE = /^(werden|sein|bleiben)$/;
/** A copula's participle ("ist ... CIO geworden"). */
const COPULA_PARTICIPLE = /^(geworden|gewesen|geblieben)$/;
/** Forms of "werden" as a full verb of becoming. */
const BECOME = /^(geworden|wird|wurde|wurden|werden)$/;

/** A compound government role the model may tag as part of the name after it ("Digitalisierungsminister Christian Pegel"). */
const COMPOUND_GOVERNMENT_ROLE =
  /\p{Ll}{3}(?:minister|senator|staats?sekretär|staatsrat|präsident|beauftragte|bevollmächtigte|direktor|leiter|dezernent|referent|bürgermeister)(?:in|en|n|s|r)?$/u;

const OFFICER_ACRONYM = /^(CIO|CDO|CISO|CTO)$/;

export function isRoleToken(token: ParseToken, next?: ParseToken): boolean {
  // A surname is tagged PERSON ("Richter"); a compound role or an officer's acronym is no surname
  // ("Pschierer Bayern-CIO wurde": the model runs the name on over the role).
  if (
    token.ner === "PERSON" &&
    !COMPOUND_GOVERNMENT_ROLE.test(token.word) &&
    !OFFICER_ACRONYM.test(token.word)
  )
    return false;
  if (token.word === "Chief" && next) return false;
  // Inflected forms count: "zum Ministerpräsidenten", "des Beauftragten", "des Staatssekretärs", "den Vorsitzenden".
  return roleForms(token.word).some((form) => isRoleWord(form) || EXTRA_ROLE.test(form));
}

/**
 * Where a role stacked on another ends ("CIO Innen-Staatssekretär Günther Schneider"): after the
 * role token at `at`, or after a hyphenated role the tokenizer cut ("Innen", "-", "Staatssekretär").
 */
function stackedRoleEnd(at: number, view: View): number | undefined {
  const token = view.tokens[at];
  if (!token || view.personAt(at)) return undefined;
  if (isRoleToken(token)) return at + 1;
  const dash = view.tokens[at + 1];
  const tail = view.tokens[at + 2];
  const glued = dash?.word === "-" && tail && dash.start === token.end && tail.start === dash.end;
  return glued && isRoleToken(tail) && !view.personAt(at + 2) ? at + 3 : undefined;
}

/** "Landesbeauftragter für Informationssicherheit (CISO)": the abbreviation is the same office. */
function abbreviatesRoleBefore(index: number, view: View): boolean {
  const t = view.tokens;
  return t[index - 1]?.word === "(" && t[index + 1]?.word === ")" && index >= 2 && !view.personAt(index - 2);
}

export interface Found {
  person: Mention;
  confidence: number;
  starts?: boolean;
  /** Who the sentence says has the new holder ("Die Stadt Kassel hat mit X einen neuen ..."). */
  haver?: KnownEntity;
}

export interface LinkRule {
  name: string;
  confidence: number;
  /** `linked`: the roles of the sentence already linked to a person (by token index). */
  find(role: number, view: View, linked: Map<number, Found>): Found | undefined;
}

/** "zur Staatssekretärin für Digitales und zum Chief Information Officer": a conjoined role has its head's person. */
const CONJOINED: LinkRule = {
  name: "conjoined",
  confidence: 0.05,
  find(role, view, linked) {
    const token = view.tokens[role]!;
    const head = token.dep === "conj" ? linked.get(token.head) : undefined;
    return head
      ? { person: head.person, confidence: head.confidence - this.confidence, starts: head.starts }
      : undefined;
  },
};

/**
 * "Der Vorsitzende des IT-Planungsrats, der hessische Digitalstaatssekretär und CIO ... Patrick
 * Burghardt": the parser may take an apposition after a comma for a conjunct; a role whose
 * conjunct is set off by that comma and names a person is that person's too.
 */
const APPOSED_CONJUNCT: LinkRule = {
  name: "apposed-conjunct",
  confidence: 0.1,
  find(role, view, linked) {
    for (const conjunct of view.children(role, /^conj$/)) {
      const found = linked.get(conjunct.index);
      // (The comma may hang on the conjunct itself.)
      const start = Math.min(...view.subtree(conjunct.index).filter((i) => view.tokens[i]!.dep !== "punct"));
      if (found && start > role && view.tokens[start - 1]?.word === ",")
        return { person: found.person, confidence: found.confidence - this.confidence };
    }
    return undefined;
  },
};

/**
 * Whether a token is a participle that closes its clause (the caller finds the comma after it),
 * with no verb after it in the sentence: "wurde Markus Lewe gewählt, der Oberbürgermeister von
 * Münster".
 */
function closingParticiple(at: number, view: View): boolean {
  const token = view.tokens[at];
  // (a participle: the verb of a compound tense, with its auxiliary)
  if (token?.pos !== "VERB" || view.children(at, /^aux/).length === 0) return false;
  return !view.tokens.slice(at + 1).some((t) => /^(VERB|AUX)$/.test(t.pos));
}

/**
 * Whether the name before the comma at `comma` is itself the apposition of a role before it, with
 * an article ("dem CIO der Landesregierung, Stefan Krebs, dem Präsidenten der BITBW, Christian
 * Leinert"): such a list names each role before its name, so a role after that comma is the next
 * name's, not this one's.
 */
function closesRoleFirstPair(comma: number, view: View): boolean {
  const person = view.personAt(beforeParenthesis(comma - 1, view));
  if (!person) return false;
  const first = view.tokens.findIndex((t) => t.start === person.start);
  if (view.tokens[first - 1]?.word !== ",") return false;
  for (let at = first - 2; at >= Math.max(0, first - 9); at -= 1) {
    const token = view.tokens[at]!;
    if (view.personAt(at) || /^[,;:()]$/.test(token.word)) return false;
    if (isRoleToken(token, view.tokens[at + 1]) && view.tokens[roleStart(at, view) - 1]?.pos === "DET")
      return true;
  }
  return false;
}

const LINKS: LinkRule[] = [
  {
    name: "role-before-name",
    confidence: 0.9,
    find(role, view) {
      // "Vizepräsident Landrat Joachim Walter", "IT-Bevollmächtigte der Landesregierung Christoph Lahmann".
      let at = role + 1;
      for (let next = stackedRoleEnd(at, view); next !== undefined; next = stackedRoleEnd(at, view))
        at = next;
      if (at === role + 1) at = phraseEnd(role, view) + 1;
      const person = nameAt(at, view);
      return person ? { person, confidence: this.confidence } : undefined;
    },
  },
  {
    name: "role-comma-name",
    confidence: 0.85,
    find(role, view) {
      // "die bayerische Staatsministerin für Digitales, Judith Gerlach, ..."
      // (In a list, "Dr. Thomas Rieks als Vorsitzender des Prüfungsausschusses, Prof. Peter
      // Parycek, ...", the role after "als" is the person's before it.)
      let first = roleStart(role, view) - 1;
      while (first >= 0 && /^(DET|ADJ)$/.test(view.tokens[first]!.pos)) first -= 1;
      if (view.tokens[first]?.word === "als") return undefined;
      // "André Jacob, geschäftsführendes Präsidialmitglied ..., Ralf Leimkühler, ...": a role
      // between two names in a list is the apposition of the one before it.
      if (
        view.tokens[first]?.word === "," &&
        view.personAt(beforeParenthesis(first - 1, view)) &&
        !(view.tokens[first + 1]?.pos === "DET" && closesRoleFirstPair(first, view))
      )
        return undefined;
      const end = ownerAfterVon(phraseEndWithParenthesis(role, view), view);
      if (view.tokens[end + 1]?.word !== ",") return undefined;
      // "Thüringens CIO, Staatssekretär Peter Kern, ...": over a second role before the name, with
      // its phrase ("..., Staatssekretär im Ministerium für Infrastruktur und Digitales Bernd Schlömer").
      const second = view.tokens[end + 2];
      const at =
        second && isRoleToken(second, view.tokens[end + 3]) && !view.personAt(end + 2)
          ? phraseEnd(end + 2, view) + 1
          : end + 2;
      const person = nameAt(at, view);
      return person ? { person, confidence: this.confidence } : undefined;
    },
  },
  {
    name: "name-comma-role",
    confidence: 0.85,
    find(role, view) {
      // "Ijad Madisch, CEO des Onlinenetzwerks ResearchGate; Peter Parycek, Leiter des ..." (lists the parser joins).
      // "Dr. Ralf Kleindiek, der neue Chief Digital Officer (CDO) des Landes Berlin".
      let at = roleStart(role, view) - 1;
      // "Peter Kern, Thüringens Beauftragter für E-Government": over a Land in the genitive too.
      const land = (i: number) => ["State", "Federation"].includes(view.mentionAt(i)?.entity.type ?? "");
      while (at > 0 && (/^(DET|ADJ)$/.test(view.tokens[at]!.pos) || land(at))) at -= 1;
      // "Stephanie Kaiser, Gründerin und Geschäftsführerin der X": over a title no role word before "und".
      if (
        view.tokens[at]?.word === "und" &&
        view.tokens[at - 1]?.pos === "NOUN" &&
        !isRoleToken(view.tokens[at - 1]!, view.tokens[at]) &&
        !view.mentionAt(at - 1) &&
        view.tokens[at - 2]?.word === ","
      )
        at -= 2;
      if (view.tokens[at]?.word !== ",") return undefined;
      if (view.tokens[at + 1]?.pos === "DET" && closesRoleFirstPair(at, view)) return undefined;
      // "Schwuchow (Stadt Büren), Vorsitzender des Verwaltungsrats Bürgermeister Dirk Tolkemitt": a
      // role before a name of its own, in a list of roles before names, is that name's.
      const next = view.sentence.mentions.find(
        (m) => m.entity.type === "Person" && m.start >= view.tokens[role]!.end,
      );
      if (next && !/[,;:()]/.test(view.sentence.text.slice(view.tokens[role]!.end, next.start)))
        return undefined;
      // "Anna Keller (SPD), Staatssekretärin und CIO": over the party in parentheses.
      // "Zum Präsidenten wurde Markus Lewe gewählt, der Oberbürgermeister von Münster": over the
      // participle that closes the clause, where no verb follows in the sentence.
      const name = beforeParenthesis(closingParticiple(at - 1, view) ? at - 2 : at - 1, view);
      const person = view.personAt(name);
      return person && person.end === view.tokens[name]!.end
        ? { person, confidence: this.confidence }
        : undefined;
    },
  },
  {
    name: "apposition",
    confidence: 0.85,
    find(role, view) {
      // "Peter Hoffmann, Chief Technology Officer ...": the parser hangs the phrase by its first word.
      role = phraseHead(role, view);
      const token = view.tokens[role]!;
      // "Weichel: Der Chief Digital Officer ist ...": a colon between them is a speaker's label or a
      // list's opening, no apposition.
      const colonBetween = (a: number, b: number) =>
        view.tokens.slice(Math.min(a, b) + 1, Math.max(a, b)).some((t) => t.word === ":");
      const head =
        token.dep === "appos" && !colonBetween(token.head, role) ? view.personOf(token.head) : undefined;
      if (head) return { person: head, confidence: this.confidence };
      for (const child of view.children(role, /^appos$/)) {
        if (colonBetween(role, child.index)) continue;
        const person = view.personOf(child.index);
        if (person) return { person, confidence: this.confidence };
      }
      return undefined;
    },
  },
  {
    name: "parenthesis",
    confidence: 0.85,
    find(role, view) {
      // "Markus Richter (Staatssekretär ...)", "Philipp Amthor (CDU, parlamentarischer Staatssekretär)".
      let at = role - 1;
      while (at >= 0 && at > role - 6 && view.tokens[at]!.word !== "(") {
        if (/^[)(.]$/.test(view.tokens[at]!.word)) return undefined;
        at -= 1;
      }
      if (view.tokens[at]?.word !== "(") return undefined;
      const between = view.tokens.slice(at + 1, role);
      if (between.some((t) => t.pos === "VERB" || t.pos === "AUX")) return undefined;
      const person = view.personAt(at - 1);
      return person && person.end === view.tokens[at - 1]!.end
        ? { person, confidence: this.confidence }
        : undefined;
    },
  },
  {
    name: "copula",
    confidence: 0.85,
    find(role, view, linked) {
      role = phraseHead(role, view);
      // "ist nicht / keine Staatssekretärin": no office.
      if (view.negated(role)) return undefined;
      // The parser may label the copula of a noun an auxiliary ("und wird Staatssekretär im Ministerium").
      // ("dass X neuer Chef des Bundeskanzleramts werden soll": the infinitive read as an auxiliary.)
      const hasCopula = (index: number) =>
        view.children(index, /^cop$/).length > 0 ||
        (view.tokens[index]!.pos === "NOUN" &&
          view.children(index, /^aux/).some((t) => COPULA.test(t.word) || COPULA_INFINITIVE.test(t.word)));
      const starts = view.children(role, /^amod$/).some((t) => STARTS.test(t.word));
      if (hasCopula(role)) {
        for (const subject of view.children(role, /^nsubj/)) {
          const person = view.personOf(subject.index);
          if (person) return { person, confidence: this.confidence, starts };
        }
        // "Anna Lenz ist Hessens neue CIO": the parser may take the genitive for the subject and
        // hang the name before the copula on the role as a bare nmod.
        const copula = view.children(role, /^cop$/)[0];
        const named = view
          .children(role, /^nmod$/)
          .filter((t) => copula && t.index < copula.index && !view.children(t.index, /^case$/).length)
          .map((t) => view.personAt(t.index))
          .find((m) => m !== undefined);
        if (named) return { person: named, confidence: this.confidence - 0.05, starts };
      }
      const token = view.tokens[role]!;
      // The person that is the subject of `head`, or holds the role that is its subject ("Der
      // Generalbevollmächtigte der BA, Klaus Vitt, soll Staatssekretär werden").
      const subjectOf = (head: number) =>
        view
          .children(head, /^nsubj$/)
          .map((t) => view.personOf(t.index) ?? linked.get(t.index)?.person)
          .find((m) => m !== undefined);
      // "Er ist Teil des IT-Planungsrates und CDO des Landes": a predicate conjoined with another one.
      const conjoined =
        token.dep === "conj" && token.head >= 0 && hasCopula(token.head) && !view.negated(token.head)
          ? subjectOf(token.head)
          : undefined;
      if (conjoined) return { person: conjoined, confidence: this.confidence - 0.05, starts };
      // "X bleibt auch in den kommenden Jahren Präsident des Y": the parser made the verb a full one
      // (also the infinitive after a modal: "Klaus Vitt soll Staatssekretär ... werden").
      const remains =
        token.dep === "xcomp" &&
        token.head >= 0 &&
        [COPULA, COPULA_INFINITIVE, COPULA_PARTICIPLE].some((form) =>
          form.test(view.tokens[token.head]!.word),
        )
          ? subjectOf(token.head)
          : undefined;
      if (remains) return { person: remains, confidence: this.confidence, starts };
      // "Ernst Bürger wechselt nach Potsdam und wird Staatssekretär": the subject of the first conjunct.
      if (hasCopula(role) && token.dep === "conj" && token.head >= 0) {
        const subject = view.children(token.head, /^nsubj$/)[0];
        const person = subject && view.personOf(subject.index);
        if (person) return { person, confidence: this.confidence - 0.05 };
      }
      // "Nun ist der gelernte Chemiker auch CIO des Landes geworden": the parser may conjoin the
      // predicate to the subject of "geworden" with no "und" or comma between them.
      const subjectToken = token.dep === "conj" && token.head >= 0 ? view.tokens[token.head]! : undefined;
      if (
        subjectToken &&
        /^nsubj/.test(subjectToken.dep) &&
        BECOME.test(view.tokens[subjectToken.head]?.word ?? "") &&
        !view.children(role, /^(cc|punct)$/).some((t) => /^(und|oder|sowie|,)$/.test(t.word)) &&
        !view.negated(subjectToken.head)
      ) {
        const person = view.personOf(subjectToken.index);
        if (person) return { person, confidence: this.confidence - 0.05, starts };
      }
      if (/^nsubj/.test(token.dep) && token.head >= 0 && hasCopula(token.head)) {
        const person = view.personOf(token.head);
        if (person) return { person, confidence: this.confidence };
        // "X ist Sachgebietsleiter Ausländerrecht im Landratsamt": the parser made the remit the
        // predicate and both the holder and the role its subjects.
        const other =
          misreadRemit(role, view) === undefined
            ? undefined
            : view
                .children(token.head, /^nsubj$/)
                .filter((t) => t.index !== role)
                .map((t) => view.personOf(t.index))
                .find((m) => m !== undefined);
        if (other && !view.negated(token.head)) return { person: other, confidence: this.confidence - 0.05 };
      }
      // "Digitalminister der Bundesregierung soll der Manager Karsten Wildberger werden": the role
      // the subject of "werden", the person its complement (so "Co-CIO bleibt weiterhin X").
      if (
        /^nsubj/.test(token.dep) &&
        token.head >= 0 &&
        (COPULA_INFINITIVE.test(view.tokens[token.head]!.word) ||
          /^(bleibt|blieb)$/.test(view.tokens[token.head]!.word))
      ) {
        const verb = view.tokens[token.head]!;
        // ("Die Weimarer Professorin X soll Staatssekretärin ... werden": the parser may hang the
        // verb on the noun the name is in apposition to.)
        const person =
          view
            .children(token.head, /^xcomp$/)
            .map((t) => view.personOf(t.index))
            .find((m) => m !== undefined) ??
          (/^acl/.test(verb.dep) && verb.head >= 0 && verb.head < token.index
            ? view.personOf(verb.head)
            : undefined);
        if (person && !view.negated(token.head)) return { person, confidence: this.confidence - 0.1 };
      }
      return undefined;
    },
  },
  APPOINTED_LINK,
];

/**
 * "Der Geschäftsführer von Dataport, Johann Bizer, ...": an organisation or place named with "von"
 * after the role's phrase belongs to it; the phrase ends after its name.
 */
function ownerAfterVon(end: number, view: View): number {
  const t = view.tokens;
  if (!/^(von|vom)$/.test(t[end + 1]?.word ?? "")) return end;
  const at = /^(der|dem|den)$/.test(t[end + 2]?.word ?? "") ? end + 3 : end + 2;
  const owner = view.mentionAt(at);
  if (!owner || owner.entity.type === "Person" || owner.start !== t[at]!.start) return end;
  let last = at;
  while (t[last + 1] && t[last + 1]!.end <= owner.end) last += 1;
  return last;
}

/** "Die 55-jährige rheinland-pfälzische Ressortchefin": the person named before, described by the role. */
const DESCRIBED: LinkRule = {
  name: "described",
  confidence: 0.7,
  find(role, view) {
    const person = view.describedAs(role);
    return person ? { person, confidence: this.confidence } : undefined;
  },
};

export interface ParsedRoleClaim extends RoleClaim {
  confidence: number;
  rule: string;
}

export function findOffices(
  sentence: OfficeSentence,
  byId: (id: string) => KnownEntity | undefined,
): ParsedRoleClaim[] {
  const view = new View(sentence);
  const claims: ParsedRoleClaim[] = [];
  /** Claims whose owner is only whoever has the new holder: a person's other office in the sentence says more. */
  const ownedByHaver = new Set<ParsedRoleClaim>();
  const linked = new Map<number, Found>();
  const roles = view.tokens
    .map((token, index) => index)
    .filter(
      (index) =>
        isRoleToken(view.tokens[index]!, view.tokens[index + 1]) &&
        !view.personAt(index) &&
        !abbreviatesRoleBefore(index, view),
    );
  // The rules that read other roles' links second: "X und Y, Name" links Y first, then X through Y.
  const passes: LinkRule[][] = [
    [...LINKS, RELATIVE_CLAUSE, INTRODUCED_WITH, SURFACE_COPULA, CONJOINED, DESCRIBED],
    [COORDINATED, FUNCTION_OF],
    [APPOSED_CONJUNCT],
  ];
  /** Claims `role` for the person `link` found, where the role has an owner apart from that person. */
  const claim = (role: number, found: Found, link: LinkRule): void => {
    const token = view.tokens[role]!;
    // Whoever the sentence says has the holder, over the context's guess (not over the role's own
    // owner), or where the role has none ("Die FITKO hat eine neue Präsidentin: X").
    const roleOwner = findOwner(role, token.word, view, byId);
    const haver = found.haver ? governmentOf(found.haver, byId) : undefined;
    const owner =
      haver && roleOwner?.from === "context"
        ? { ...roleOwner, entity: haver }
        : (roleOwner ?? (haver ? { entity: haver, from: "named" as const, penalty: 0.1 } : undefined));
    if (!owner || owner.entity.id === found.person.entity.id) return;
    const starts = found.starts ?? view.children(role, /^amod$/).some((t) => STARTS.test(t.word));
    const made: ParsedRoleClaim = {
      person: found.person,
      role: roleText(role, view),
      index: token.start,
      organization: owner.entity,
      organizationFrom: owner.from === "context" ? undefined : owner.from,
      starts,
      confidence: Math.round((found.confidence - owner.penalty) * 100) / 100,
      rule: `${link.name}/${owner.from}`,
    };
    claims.push(made);
    if (!roleOwner) ownedByHaver.add(made);
  };
  for (const rules of passes)
    for (const role of roles) {
      if (linked.has(role)) continue;
      for (const link of rules) {
        const found = link.find(role, view, linked);
        // "zum ersten Stellvertreter Tschentschers": a name in the genitive is whose deputy, not the holder.
        if (!found || isGenitiveName(found.person)) continue;
        linked.set(role, found);
        claim(role, found, link);
        break;
      }
    }
  // "der 2014 als Nachfolger von Franz Josef Pschierer Bayern-CIO wurde": the role right after the
  // predecessor's name is his and, through the copula, his successor's.
  for (const [role, found] of linked) {
    if (!isPredecessorNamed(found.person, view)) continue;
    const successor = SURFACE_COPULA.find(role, view, linked);
    if (successor && successor.person.entity.id !== found.person.entity.id)
      claim(role, successor, SURFACE_COPULA);
  }
  // "die Oberbürgermeister A aus Kiel, ... und D aus Eisenach": the owner listed with each name is
  // that one's, whatever owner another reading of the same role gave the first name.
  const listed = findListedOffices(view, byId);
  const superseded = (claim: ParsedRoleClaim) =>
    listed.some(
      (l) =>
        l.person.entity.id === claim.person.entity.id &&
        l.index === claim.index &&
        l.organization?.id !== claim.organization?.id,
    );
  // ("Die Stadt X hat eine neue Digitalchefin: Y wird Nachfolgerin von Z als CDO": one office, named twice.)
  const namedTwice = (claim: ParsedRoleClaim) =>
    ownedByHaver.has(claim) &&
    claims.some((c) => c !== claim && c.person.entity.id === claim.person.entity.id);
  claims.splice(
    0,
    claims.length,
    ...withCoordinatedHolders(
      claims.filter((c) => !namedTwice(c)),
      view,
    ).filter((c) => !superseded(c)),
  );
  for (const claim of [...listed, ...findLeadOffices(view, byId), ...findEmployments(view)])
    if (
      !claims.some(
        (c) => c.person.entity.id === claim.person.entity.id && c.organization?.id === claim.organization?.id,
      )
    )
      claims.push(claim);
  return claims;
}
