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
 *   appointed          "wurde Prof. Dr. Kristina Sinemus zur Ministerin ... ernannt", "als Landes-CIO"
 */
import { slugify } from "../../model/ids.js";
import type { Mention } from "../entities/mentions.js";
import type { RoleClaim } from "../entities/people.js";
import { isRoleWord } from "../entities/people.js";
import type { ParseToken } from "../parse/align.js";
import { View, type ParsedSentence } from "../parse/view.js";
import type { KnownEntity } from "../types.js";

export type OfficeSentence = ParsedSentence;

const EXTRA_ROLE =
  /^(?:\p{Lu}[\p{L}-]*)?(?:[bB]eigeordnete[r]?|[kK]anzler(?:in)?|[vV]orsteher(?:in)?|[rR]eferent(?:in)?|[bB]evollmächtigte[r]?|[aA]bgeordnete[r]?|[rR]ektor(?:in)?|[pP]rofessor(?:in)?|[sS]tellvertreter(?:in)?|Officer|CEO|CTO|CFO)$/u;
/** Roles of a government: the Land of the article is their owner when the sentence names none. */
const GOVERNMENT_ROLE =
  /(minister|ministerin|staatssekretär|staatssekretärin|senator|senatorin|staatsrat|staatsrätin|beauftragte[r]?|bevollmächtigte[r]?|CIO|CDO|CISO|Officer|präsident|präsidentin)$/i;
const FEDERAL_ROLE = /^Bundes|^Bundeskanzler/;
/** A party is no employer ("SPD-Politiker"): offices are held in governments and organisations. */
const PARTY = /^(SPD|CDU|CSU|FDP|AfD|BSW|Grüne|Die Grünen|Bündnis 90\/Die Grünen|Die Linke|Linke|Piraten)$/;
const FEDERATION: KnownEntity = { id: "DE", name: "Bund", type: "Federation" };
/** "Amtschef der Staatskanzlei", "CIO der Landesregierung": an office of the Land's government. */
const LAND_GOVERNMENT =
  /^(Staatskanzlei|Senatskanzlei|Landesregierung|Staatsregierung|Landesverwaltung|Landes|\p{Lu}\p{Ll}*ministerium)$/u;
const LAND_ROLE = /^Landes/;
const TITLE = /^(Dr\.?|Prof\.?|Herr|Frau|Herrn)$/;
const STARTS = /^(neue|neuer|neuen|designierte|designierter|künftige|künftiger)$/i;
const ACT_OF_APPOINTING = /^(Wahl|Ernennung|Berufung|Bestellung|Wiederwahl)$/;
const APPOINTED =
  /^(ernannt|gewählt|berufen|bestellt|ernennt|ernannte|ernannten|wählt|wählte|wählten|beruft|berief|beriefen|bestellte|bestellten|wird|wurde|werden)$/;

export function isRoleToken(token: ParseToken, next?: ParseToken): boolean {
  if (token.ner === "PERSON") return false;
  if (token.word === "Chief" && next) return false;
  // Inflected forms count: "zum Ministerpräsidenten", "des Beauftragten", "des Staatssekretärs".
  const forms = [token.word, token.word.replace(/(en|n|s)$/, "")];
  return forms.some((form) => isRoleWord(form) || EXTRA_ROLE.test(form));
}

interface Found {
  person: Mention;
  confidence: number;
  starts?: boolean;
}

interface LinkRule {
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

/** The person whose name starts at token `at` (after titles: "Dr.", "Prof.", "Herr", "Frau"). */
function nameAt(at: number, view: View): Mention | undefined {
  while (view.tokens[at] && (TITLE.test(view.tokens[at]!.word) || view.tokens[at]!.word === ".")) at += 1;
  const person = view.personAt(at);
  return person && person.start === view.tokens[at]!.start ? person : undefined;
}

/** The last token of a role phrase: "Staatsministerin für Digitales und Medien", "CIO der Landesregierung". */
function phraseEnd(role: number, view: View): number {
  const t = view.tokens;
  const capital = (i: number) => /^\p{Lu}/u.test(t[i]?.word ?? "") && !view.personAt(i);
  let end = role;
  if (t[end + 1]?.word === "für" && capital(end + 2)) {
    end += 2;
    while (
      (t[end + 1]?.word === "und" || t[end + 1]?.word === ",") &&
      capital(end + 2) &&
      t[end + 3]?.word !== ","
    )
      end += 2;
  } else if (/^(der|des)$/.test(t[end + 1]?.word ?? "")) {
    let at = end + 2;
    while (t[at]?.pos === "ADJ") at += 1;
    if (capital(at)) {
      end = at;
      if (t[end + 1]?.pos === "PROPN" && capital(end + 1)) end += 1;
    }
  }
  return end;
}

const LINKS: LinkRule[] = [
  {
    name: "role-before-name",
    confidence: 0.9,
    find(role, view) {
      // "Vizepräsident Landrat Joachim Walter", "IT-Bevollmächtigte der Landesregierung Christoph Lahmann".
      let at = role + 1;
      while (view.tokens[at] && isRoleToken(view.tokens[at]!) && !view.personAt(at)) at += 1;
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
      const end = phraseEnd(role, view);
      if (view.tokens[end + 1]?.word !== ",") return undefined;
      const person = nameAt(end + 2, view);
      return person ? { person, confidence: this.confidence } : undefined;
    },
  },
  {
    name: "name-comma-role",
    confidence: 0.85,
    find(role, view) {
      // "Ijad Madisch, CEO des Onlinenetzwerks ResearchGate; Peter Parycek, Leiter des ..." (lists the parser joins).
      let at = role - 1;
      while (at > 0 && /^(DET|ADJ)$/.test(view.tokens[at]!.pos)) at -= 1;
      if (view.tokens[at]?.word !== ",") return undefined;
      const person = view.personAt(at - 1);
      return person && person.end === view.tokens[at - 1]!.end
        ? { person, confidence: this.confidence }
        : undefined;
    },
  },
  {
    name: "apposition",
    confidence: 0.85,
    find(role, view) {
      const token = view.tokens[role]!;
      const head = token.dep === "appos" ? view.personOf(token.head) : undefined;
      if (head) return { person: head, confidence: this.confidence };
      for (const child of view.children(role, /^appos$/)) {
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
    find(role, view) {
      const hasCopula = (index: number) => view.children(index, /^cop$/).length > 0;
      const starts = view.children(role, /^amod$/).some((t) => STARTS.test(t.word));
      if (hasCopula(role)) {
        for (const subject of view.children(role, /^nsubj/)) {
          const person = view.personOf(subject.index);
          if (person) return { person, confidence: this.confidence, starts };
        }
      }
      const token = view.tokens[role]!;
      // "Ernst Bürger wechselt nach Potsdam und wird Staatssekretär": the subject of the first conjunct.
      if (hasCopula(role) && token.dep === "conj" && token.head >= 0) {
        const subject = view.children(token.head, /^nsubj$/)[0];
        const person = subject && view.personOf(subject.index);
        if (person) return { person, confidence: this.confidence - 0.05 };
      }
      if (/^nsubj/.test(token.dep) && token.head >= 0 && hasCopula(token.head)) {
        const person = view.personOf(token.head);
        if (person) return { person, confidence: this.confidence };
      }
      return undefined;
    },
  },
  {
    name: "appointed",
    confidence: 0.8,
    find(role, view) {
      // The marker may stand before adjectives and name parts: "zum neuen Chief Information Officer".
      let back = role - 1;
      while (back > 0 && role - back < 5 && /^(ADJ|PROPN|NOUN|DET)$/.test(view.tokens[back]!.pos)) back -= 1;
      const marker = view.tokens[back]?.word ?? "";
      const markers = view.children(role, /^case$/).map((t) => t.word);
      if (!/^(zum|zur|zu|als)$/.test(marker) && !markers.some((w) => /^(zum|zur|zu|als)$/.test(w)))
        return undefined;
      let verb = view.tokens[role]!.head;
      for (
        let hops = 0;
        verb >= 0 && hops < 3 && view.tokens[verb]!.pos !== "VERB" && view.tokens[verb]!.pos !== "AUX";
        hops += 1
      )
        verb = view.tokens[verb]!.head;
      if (verb < 0) return undefined;
      // "nach der Wahl von Dietmar Woidke zum Ministerpräsidenten": the noun of the appointment.
      const act = view.tokens[role]!.head;
      if (act >= 0 && ACT_OF_APPOINTING.test(view.tokens[act]!.word)) {
        const of = view
          .children(act, /^nmod$/)
          .find((t) => view.children(t.index, /^case$/).some((c) => c.word === "von"));
        const person = of && view.personOf(of.index);
        if (person) return { person, confidence: this.confidence, starts: true };
      }
      const word = view.tokens[verb]!.word;
      const appointment =
        APPOINTED.test(word) || view.children(verb, /^aux/).some((t) => APPOINTED.test(t.word));
      // "kam unter die Top-10 bei der Wahl zum CIO des Jahres" appoints no one.
      if (!appointment && !/^als$/.test(marker) && !markers.includes("als")) return undefined;
      for (const subject of view.children(verb, /^(nsubj|nsubj:pass|obj)$/)) {
        const person = view.personOf(subject.index);
        if (person) return { person, confidence: this.confidence, starts: appointment && marker !== "als" };
      }
      return undefined;
    },
  },
];

/** "Bundesamtes für Migration" -> "Bundesamt für Migration": the head noun of a name in the nominative. */
function nominative(name: string): string {
  const words = name.split(" ");
  const head = words.findIndex((w, i) => words[i + 1] === "für" || i === words.length - 1);
  const word = words[head]!;
  if (word.length > 5 && /[^s]e?s$/.test(word) && !/(us|is|os)$/.test(word))
    words[head] = word.replace(/e?s$/, "");
  return words.join(" ");
}

/** An organisation the gazetteer does not know, by the model's ORGANIZATION label ("des Onlinenetzwerks ResearchGate"). */
function namedOrganization(indices: number[], view: View): KnownEntity | undefined {
  const names = indices.filter((i) => view.tokens[i]!.ner === "ORGANIZATION" && !view.mentionAt(i));
  if (names.length === 0 || view.tokens[names[0]!]!.pos !== "PROPN") return undefined;
  const first = names[0]!;
  let last = first;
  while (names.includes(last + 1)) last += 1;
  // "Bundesamtes für Migration und Flüchtlinge": the name goes on over "und" and capitalised words.
  while (view.tokens[last + 1]?.word === "und" && /^\p{Lu}/u.test(view.tokens[last + 2]?.word ?? ""))
    last += 2;
  const name = nominative(view.sentence.text.slice(view.tokens[first]!.start, view.tokens[last]!.end));
  if (name.length < 3 || PARTY.test(name)) return undefined;
  return { id: slugify(name), name, type: "Organization", isNew: true };
}

/** A mention in a noun phrase itself or its genitive, not in a prepositional phrase nested in it. */
function ownerIn(index: number, view: View, accept: (m: Mention) => boolean): Mention | undefined {
  const parts = [
    index,
    ...view
      .children(index, /^(flat|appos|amod|compound|nmod)/)
      .filter((t) => t.dep !== "nmod" || view.children(t.index, /^case$/).length === 0)
      .map((t) => t.index),
  ];
  return parts.map((i) => view.mentionAt(i)).find((m): m is Mention => m !== undefined && accept(m));
}

/** A brand the project rules took for a new project ("ResearchGate") is, as an employer, an organisation. */
function newBrand(mention: Mention): KnownEntity | undefined {
  const entity = mention.entity;
  if (entity.type !== "Project" || !entity.isNew || mention.form !== "pattern") return undefined;
  return { id: entity.id, name: entity.name, type: "Organization", isNew: true };
}

interface Owner {
  entity: KnownEntity;
  from: "named" | "prefix" | "context";
  penalty: number;
}

/** What a ministry or body of a Land belongs to counts as the Land ("Staatssekretär im ... Innenministerium"). */
function governmentOf(entity: KnownEntity, byId: (id: string) => KnownEntity | undefined): KnownEntity {
  if (entity.type === "Organization" && entity.kind === "ministry" && entity.partOf)
    return byId(entity.partOf) ?? entity;
  return entity;
}

const OWNER_TYPES = new Set(["State", "Federation", "Organization", "County", "Municipality"]);

function findOwner(
  role: number,
  roleWord: string,
  view: View,
  byId: (id: string) => KnownEntity | undefined,
): Owner | undefined {
  // "der Landesregierung" resolved to the Land counts; other anaphors do not.
  const usable = (m: Mention | undefined) =>
    m && OWNER_TYPES.has(m.entity.type) && (m.form !== "anaphor" || m.entity.type === "State")
      ? m
      : undefined;
  // Named after the role: "des Landes Mecklenburg-Vorpommern", "der Stadt Rüsselsheim", "im Innenministerium".
  // "Staatsrat beim Senator für Finanzen" holds an office of that authority; "Staatssekretär im
  // Innenministerium" one of the Land's government.
  for (const child of view.children(role, /^(nmod|obl)/)) {
    // "Staatssekretärin für IKT": what the office is for, not whose it is; nor a name in a quote after it.
    if (view.children(child.index, /^case$/).some((t) => t.word === "für")) continue;
    if (/[:"„“]/.test(view.sentence.text.slice(view.tokens[role]!.end, view.tokens[child.index]!.start)))
      continue;
    // Within the noun phrase itself, not in a phrase nested in it ("des IT-Dienstleisters ... aus Neuss").
    const owner = ownerIn(child.index, view, (m) => usable(m) !== undefined || newBrand(m) !== undefined);
    if (owner && newBrand(owner)) return { entity: newBrand(owner)!, from: "named", penalty: 0.1 };
    const at = view.children(child.index, /^case$/).some((t) => /^(beim|bei)$/.test(t.word));
    if (owner)
      return { entity: at ? owner.entity : governmentOf(owner.entity, byId), from: "named", penalty: 0 };
    const organization = namedOrganization(view.subtree(child.index), view);
    if (organization) return { entity: organization, from: "named", penalty: 0.1 };
  }
  // Named right before it: "Sachsens", "hessische", "Mönchengladbacher", "Bayern-CIO".
  const roleToken = view.tokens[role]!;
  const compound = view.sentence.mentions.find(
    (m) => m.start === roleToken.start && m.end < roleToken.end && OWNER_TYPES.has(m.entity.type),
  );
  if (compound) return { entity: governmentOf(compound.entity, byId), from: "named", penalty: 0 };
  for (let back = role - 1; back >= Math.max(0, role - 3); back -= 1) {
    const mention = usable(view.mentionAt(back));
    // A minister is a Land's, never a city's ("der Schweriner Digitalisierungsminister").
    if (mention && !(mention.entity.type === "Municipality" && GOVERNMENT_ROLE.test(roleWord)))
      return { entity: governmentOf(mention.entity, byId), from: "named", penalty: 0 };
    if (!/^(ADJ|DET|PUNCT)$/.test(view.tokens[back]!.pos)) break;
  }
  if (FEDERAL_ROLE.test(roleWord)) return { entity: FEDERATION, from: "prefix", penalty: 0.05 };
  // "der Regierende Bürgermeister" is Berlin's head of government, "der Erste Bürgermeister" Hamburg's.
  const title = view.tokens[role - 1]?.word ?? "";
  if (/^Bürgermeister(in)?$/.test(roleWord) && /^(Regierende[rn]?|Erste[rn]?)$/.test(title)) {
    const city = byId(/^Regierende/.test(title) ? "DE-BE" : "DE-HH");
    if (city) return { entity: city, from: "named", penalty: 0 };
  }
  // "legt ihr Amt als Vorsitzende nieder": the chair of the body last named.
  const body = view.sentence.context.lastBody;
  if (/^Vorsitzende[rn]?$/.test(roleWord) && body) return { entity: body, from: "context", penalty: 0.15 };
  const ofLand = view.children(role, /^(nmod|obl)/).some((t) => LAND_GOVERNMENT.test(t.word));
  if (!GOVERNMENT_ROLE.test(roleWord) && !ofLand) return undefined;
  const context = view.sentence.context;
  // The government named nearest to the role in the same sentence ("in Hessen der CIO", "der Bundesregierung").
  // Within reach: before the role, or just after it (not a Land named in a later quote).
  const governments = view.sentence.mentions.filter(
    (m) =>
      (m.entity.type === "State" || m.entity.type === "Federation") &&
      m.form === "name" &&
      (m.start < roleToken.start ||
        (m.start < roleToken.start + 60 && !/[:"„“]/.test(view.sentence.text.slice(roleToken.end, m.start)))),
  );
  const distance = (m: Mention) => Math.abs(m.start - roleToken.start);
  const nearest = governments.sort((a, b) => distance(a) - distance(b))[0];
  if (nearest) return { entity: nearest.entity, from: "context", penalty: 0.05 };
  const state = context.lastState ?? context.headlineState;
  // "Landes-CIO", "Staatssekretär im Finanzministerium": the role itself says it is a Land's.
  const landOffice = LAND_ROLE.test(roleWord) || ofLand;
  if (state) return { entity: state, from: "context", penalty: landOffice ? 0.05 : 0.1 };
  if (context.mainState) return { entity: context.mainState, from: "context", penalty: 0.25 };
  return undefined;
}

/** "Chief Information Officer", "Beauftragter der Landesregierung für Informationstechnik". */
function roleText(role: number, view: View): string {
  const tokens = view.tokens;
  let first = role;
  if (tokens[role]!.word === "Officer")
    while (first > 0 && /^\p{Lu}/u.test(tokens[first - 1]!.word) && role - first < 3) first -= 1;
  // "Bundes-CIO", "Landes-CIO": the tokenizer cut the compound at its hyphen.
  const glued = (a: number, b: number) => tokens[a]!.end === tokens[b]!.start;
  while (
    first >= 2 &&
    tokens[first - 1]!.word === "-" &&
    glued(first - 1, first) &&
    glued(first - 2, first - 1)
  )
    first -= 2;
  let last = role;
  if (tokens[last + 1]?.word === "für" && /^\p{Lu}/u.test(tokens[last + 2]?.word ?? "")) {
    last += 2;
    while (
      tokens[last + 1]?.word === "und" &&
      /^\p{Lu}/u.test(tokens[last + 2]?.word ?? "") &&
      !view.personAt(last + 2)
    )
      last += 2;
  }
  return view.sentence.text.slice(tokens[first]!.start, tokens[last]!.end);
}

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
  const linked = new Map<number, Found>();
  view.tokens.forEach((token, role) => {
    if (!isRoleToken(token, view.tokens[role + 1]) || view.personAt(role)) return;
    for (const link of [...LINKS, CONJOINED]) {
      const found = link.find(role, view, linked);
      if (!found) continue;
      linked.set(role, found);
      const owner = findOwner(role, token.word, view, byId);
      if (!owner || owner.entity.id === found.person.entity.id) break;
      const starts = found.starts ?? view.children(role, /^amod$/).some((t) => STARTS.test(t.word));
      claims.push({
        person: found.person,
        role: roleText(role, view),
        index: token.start,
        organization: owner.entity,
        organizationFrom: owner.from === "context" ? undefined : owner.from,
        starts,
        confidence: Math.round((found.confidence - owner.penalty) * 100) / 100,
        rule: `${link.name}/${owner.from}`,
      });
      break;
    }
  });
  return claims;
}
