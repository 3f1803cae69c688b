/**
 * memberOf from shapes the other member rules do not read, by the types of a verb's arguments
 * rather than by the labels the parser gives them (it often takes the dative body for the
 * subject in "Dem Rat gehört X an"):
 *   belong-any   "Dem Normenkontrollrat gehört Anna Keller seit 2020 an", "Zu den Mitgliedern des
 *                Digitalrats gehören A und B" (the body among the arguments, the others its members)
 *   belong-relative "den Digitalrat, dem sie seit 2017 angehört" (the noun before the pronoun's comma)
 *   sit          "Peter Hoffmann sitzt im Digitalrat", "saß fünf Jahre im Rat"; "Für das Land sitzt X
 *                im Rat": the Land is the member ("für die CDU": the one who sits); also "engagiert
 *                sich im Kreistag", "bringt sich im Aufsichtsrat der X und im Kreistag ein"
 *   joined       "Bremen ist der Govdigital eG beigetreten", "will ... beitreten" is no membership
 *   united       "A und B haben sich in der govdigital eG zusammengeschlossen" (an organisation)
 *   appointed    "Die Bundesregierung hat Anna Keller in den Digitalrat berufen" (the object is the member)
 *   accession    "mit dem Beitritt Hamburgs zur Govdigital eG", "die Mitgliedschaft Hessens im Verbund"
 *   become-member "Hessen wird Mitglied der Govdigital eG"
 *   take-in      "Der Normenkontrollrat nimmt Anna Keller als Mitglied auf", "Vitako begrüßt die
 *                Stadt München als neues Mitglied", "begrüßt A und B in seinen Reihen"
 *   seat         "legt ihren Sitz im IT-Planungsrat nieder", "hat einen Sitz im Digitalrat"
 * None of these shapes occurs often enough in the tuning articles to be measured, so each gives
 * 0.75: the facts go to review.
 */
import type { Mention } from "../entities/mentions.js";
import { View, type ParsedSentence } from "../parse/view.js";
import {
  INTENDED,
  bodiesConjoined,
  bodyAt,
  joinedBody,
  memberAt,
  memberClaims,
  membersAt,
  withPreposition,
  type Target,
  withListed,
} from "./member-rules.js";
import type { RelationClaim } from "./relation-rules.js";
import type { KnownEntity } from "../types.js";

const CONFIDENCE = 0.75;
const BELONG =
  /^(gehört|gehören|gehörte|gehörten|angehört|angehören|anzugehören|angehörte|angehörten|zählt|zählen|zählte|zählten)$/;
const SIT = /^(sitzt|sitzen|saß|saßen|gesessen)$/;
/** How long one sat somewhere: "saß fünf Jahre im Rat". */
const DURATION = /^(Jahre|Jahren|Jahrzehnte|Monate|Monaten)$/;
const JOINED = /^(beigetreten|beitreten|beizutreten|beitritt|beitraten)$/;
const APPOINT =
  /^(berufen|beruft|berief|beriefen|entsandt|entsendet|entsendete|wählt|wählte|wählten|gewählt)$/;
const SEAT = /^(Sitz|Sitze)$/;
const TAKE_IN = /^(nimmt|nehmen|nahm|nahmen)$/;
const WELCOME = /^(begrüßt|begrüßen|begrüßte|begrüßten)$/;
const BID = /^(heißt|heißen|hieß|hießen|geheißen)$/;
const ACCESSION = /^(Beitritt|Beitritts|Beitritte|Mitgliedschaft)$/;
/** "Mitgliedern", also a kind of member ("zu den Gründungsmitgliedern"). */
const MEMBER_NOUN = /^(\p{Lu}\p{Ll}+m|M)itglied(er|ern|s|es)?$/u;
/** An intention or a duty states no membership ("will beitreten", "soll ... berufen werden"). */
/** Nouns that name a body with members when bare ("zum Verbund", "dem Netzwerk"). */
const REFERRING_BODY = /^(Verbund|Verband|Netzwerk|Bündnis|Gremium|Rat|Beirat|Kreis)$/;
/** Nouns that introduce a member's name ("das Land Hessen", "die Stadt Köln"). */
const NAME_NOUN = /^(Land|Freistaat|Bund|Stadt|Gemeinde|Kommune|Landkreis|Kreis|Bezirk)$/;
const ARGUMENT = /^(nsubj|nsubj:pass|obj|iobj|obl:arg|obl|nmod)$/;

/** "sich zusammenschließen", also with the particle apart ("schlossen sich ... zusammen"). */
function unites(view: View, verb: number): boolean {
  const word = view.tokens[verb]!.word;
  const apart =
    /^(schließt|schließen|schloss|schlossen)$/.test(word) &&
    view.children(verb, /^compound:prt$/).some((t) => t.word === "zusammen");
  const reflexive = view.children(verb, /^(obj|expl|expl:pv)$/).some((t) => /^sich$/i.test(t.word));
  return reflexive && (apart || /^(zusammengeschlossen|zusammenschließen|zusammenzuschließen)$/.test(word));
}

/** "nicht", also where the parser hangs it on another adverb ("sitzt nicht mehr im Rat"). */
function negatedClause(view: View, verb: number): boolean {
  return view.negated(verb) || view.children(verb, /^advmod$/).some((t) => view.negated(t.index));
}

/** "engagiert sich im Kreistag", "bringt sich im Aufsichtsrat ... ein": active in a body, a seat there. */
const ENGAGE = /^(engagiert|engagieren|engagierte|engagierten)$/;
const BRING = /^(bringt|bringen|brachte|brachten)$/;

function engaged(view: View, verb: number): boolean {
  const reflexive = view.children(verb, /^(obj|expl|iobj)/).some((t) => t.word === "sich");
  const inserted = view.children(verb, /^compound:prt$/).some((t) => t.word === "ein");
  return (
    reflexive && (ENGAGE.test(view.tokens[verb]!.word) || (BRING.test(view.tokens[verb]!.word) && inserted))
  );
}

function intended(view: View, verb: number): boolean {
  const token = view.tokens[verb]!;
  const around = [verb, ...(token.dep === "xcomp" && token.head >= 0 ? [token.head] : [])];
  return around.some(
    (i) => INTENDED.test(view.tokens[i]!.word) || view.children(i, /^aux/).some((t) => INTENDED.test(t.word)),
  );
}

/** The arguments of a verb without a preposition (subject, objects, a dative the parser calls anything). */
function bareArguments(view: View, verb: number): number[] {
  return view
    .children(verb, ARGUMENT)
    .filter((t) => view.children(t.index, /^case$/).length === 0)
    .map((t) => t.index);
}

/**
 * `earlier` names the body a bare noun ("zum Verbund") refers back to, if the item named it before.
 */
export function findMemberVerbs(
  sentence: ParsedSentence,
  earlier: (noun: string) => KnownEntity | undefined = () => undefined,
): RelationClaim[] {
  const view = new View(sentence);
  const claims: RelationClaim[] = [];
  const add = (members: Mention[], body: Target | undefined, rule: string) =>
    claims.push(...memberClaims(members, body, CONFIDENCE, rule));
  view.tokens.forEach((token, index) => {
    const word = token.word;
    if (negatedClause(view, index)) return;
    if (BELONG.test(word)) {
      // "Zu den Mitgliedern des Digitalrats gehören A und B": the body is the members' genitive.
      const group = withPreposition(view, index, /^(obl|nmod)/, /^(zu|zum|zur)$/i);
      const ofGroup =
        group !== undefined && MEMBER_NOUN.test(view.tokens[group]!.word)
          ? view.children(group, /^nmod$/)[0]?.index
          : undefined;
      // "Zu seinen Mitgliedern gehören A und B": the body named last.
      const own =
        group !== undefined &&
        ofGroup === undefined &&
        MEMBER_NOUN.test(view.tokens[group]!.word) &&
        view.children(group, /^det:poss$/).some((t) => /^(sein|ihr)/i.test(t.word));
      if (own && sentence.context.lastBody) {
        const members = bareArguments(view, index).flatMap((i) => membersAt(view, i));
        add(members, { entity: sentence.context.lastBody, penalty: 0.15 }, "belong-any");
        return;
      }
      // "Zum Verbund gehören A, B und C": a body the item named before by its full name.
      // "Zum IT-Planungsrat gehören der Bund und die Länder": a body known by its name.
      const referred =
        ofGroup === undefined && group !== undefined && REFERRING_BODY.test(view.tokens[group]!.word)
          ? earlier(view.tokens[group]!.word)
          : undefined;
      const named = ofGroup === undefined && group !== undefined ? knownBody(view, group) : undefined;
      const body = referred
        ? { entity: referred, penalty: 0.15 }
        : named
          ? { entity: named, penalty: 0 }
          : undefined;
      if (body) {
        const members = bareArguments(view, index)
          .filter((i) => i !== group)
          .flatMap((i) => namedMembersAt(view, i));
        add(members, body, "belong-any");
        return;
      }
      // "gehört zu" without members is being part of something, not membership.
      if (ofGroup === undefined && !/^(an|ange)/.test(particleOf(view, index) + word)) return;
      const args = bareArguments(view, index);
      // "Seit Januar gehört auch die Stadt Kassel der govdigital eG an": the parser may hang the
      // dative on the subject as its genitive. "angehören" has a dative: where the subject is the
      // verb's only argument, a "der"/"dem" phrase on it is the body.
      const onSubject =
        args.length === 1
          ? view
              .children(args[0]!, /^nmod$/)
              .filter(
                (t) =>
                  view.children(t.index, /^case$/).length === 0 &&
                  view.children(t.index, /^det$/).some((d) => /^(der|dem)$/i.test(d.word)),
              )
              .map((t) => t.index)
          : [];
      const bodyIndex = ofGroup ?? [...onSubject, ...args].find((i) => joinedBody(view, i) !== undefined);
      // "Ihm gehören A und B an": the dative pronoun is the body named before.
      const pronoun = args.find(
        (i) => view.tokens[i]!.pos === "PRON" && /^(ihm|diesem)$/i.test(view.tokens[i]!.word),
      );
      const last = sentence.context.lastBody;
      if (bodyIndex === undefined && pronoun !== undefined && last) {
        const members = args.filter((i) => i !== pronoun).flatMap((i) => membersAt(view, i));
        add(members, { entity: last, penalty: 0.15 }, "belong-any");
        return;
      }
      // "den Landtag, dem er seit 2017 angehörte": the relative pronoun's body is the noun before its comma.
      const relative = args.find((i) => view.tokens[i]!.pos === "PRON" && view.tokens[i - 1]?.word === ",");
      const antecedent = relative === undefined ? undefined : joinedBody(view, relative - 2);
      if (bodyIndex === undefined && relative !== undefined && antecedent) {
        const members = args.filter((i) => i !== relative).flatMap((i) => membersAt(view, i));
        add(members, antecedent, "belong-relative");
        return;
      }
      if (bodyIndex === undefined) return;
      // "Neben dem Bund gehören dem Rat die Länder A und B an": the one named with "neben" too.
      const beside = view
        .children(index, /^obl/)
        .filter((t) => view.hasCase(t.index, "neben"))
        .map((t) => t.index);
      const members = [...args.filter((i) => i !== bodyIndex), ...beside].flatMap((i) => membersAt(view, i));
      add(members, joinedBody(view, bodyIndex), "belong-any");
    } else if (SIT.test(word) || engaged(view, index)) {
      // ("saß fünf Jahre im IT-Planungsrat": the parser may hang the body on the time.)
      const during = view
        .children(index, /^(obj|obl)$/)
        .filter((t) => DURATION.test(t.word))
        .map((t) => withPreposition(view, t.index, /^nmod/, /^(in|im)$/i));
      // "Für das Land sitzt X im Rat": X represents the Land there, and the Land is the member; "für
      // die CDU", "Für Saarlands CIO sitzt sein Chef im Rat": a party or a person names no member,
      // the one who sits is.
      const behalf = withPreposition(view, index, /^(obl|nmod)/, /^für$/i);
      // "bringt sich im Aufsichtsrat der X, im Kreistag ... und in der Stadtverordnetenversammlung
      // ein": each body with its own "in"; ("sitzt für die CDU im Stadtrat": the parser may hang the
      // body on the party).
      const seats = view.children(index, /^(obl|nmod)/).filter((t) => view.hasCase(t.index, "in", "im"));
      const first =
        seats[0]?.index ??
        during.find((i) => i !== undefined) ??
        (behalf === undefined ? undefined : withPreposition(view, behalf, /^nmod/, /^(in|im)$/i));
      const bodies =
        first === undefined
          ? [undefined]
          : [first, ...seats.slice(1).map((t) => t.index)].flatMap((at) => bodiesConjoined(view, at));
      const governments =
        behalf === undefined ? [] : membersAt(view, behalf).filter((m) => m.entity.type !== "Person");
      const members =
        governments.length > 0 ? governments : view.subjects(index).flatMap((t) => membersAt(view, t.index));
      for (const body of bodies) add(members, bodyAt(view, body), "sit");
    } else if (JOINED.test(word) && !intended(view, index)) {
      // "Bremen ist der Govdigital eG beigetreten": the parser may make the body the head and the verb its clause.
      const onBody = /^(acl|amod)$/.test(token.dep) && token.head >= 0;
      // "Lecos ist der Vitako beigetreten": where the parser reads two subjects, the one before the
      // finite verb is the member, the dative after it the body.
      const finite = view.children(index, /^(aux|cop)$/)[0]?.index ?? index;
      // ("Im Mai ist Hessen der Govdigital eG beigetreten": the parser may hang the dative on the
      // subject as its genitive.)
      const onSubject = view
        .subjects(index)
        .flatMap((t) => view.children(t.index, /^nmod$/))
        .filter((t) => view.children(t.index, /^case$/).length === 0)
        .map((t) => t.index);
      const bodyIndex = onBody
        ? token.head
        : bareArguments(view, index)
            .sort((a, b) => Number(a < finite) - Number(b < finite))
            .concat(onSubject)
            .find((i) => joinedBody(view, i) !== undefined);
      if (bodyIndex === undefined) return;
      const subjects = onBody ? view.subjects(bodyIndex) : view.subjects(index);
      const members = subjects.filter((t) => t.index !== bodyIndex).flatMap((t) => membersAt(view, t.index));
      add(members, joinedBody(view, bodyIndex) ?? namedAfterKind(view, bodyIndex), "joined");
    } else if (unites(view, index) && !intended(view, index)) {
      // "A und B haben sich in der govdigital eG zusammengeschlossen" (to an organisation: a
      // project's partners take part in it, participation-verbs.ts).
      // ("zum Zweckverband Digitale Region": the parser may make a later word the phrase's head.)
      const phrase = withPreposition(view, index, /^(obl|nmod)/, /^(in|im|zu|zum|zur)$/i);
      const body = [
        phrase,
        ...(phrase === undefined ? [] : view.children(phrase, /^(amod|compound)$/).map((t) => t.index)),
      ]
        .map((i) => joinedBody(view, i) ?? bodyAt(view, i))
        .find((b) => b !== undefined && b.entity.type === "Organization");
      // "Die Städte Kassel und Fulda": the names a kind noun lists.
      const members = view
        .subjects(index)
        .flatMap((t) => [t.index, ...view.children(t.index, /^appos$/).map((c) => c.index)])
        .flatMap((i) => membersAt(view, i));
      add(members, body, "united");
    } else if (APPOINT.test(word) && !intended(view, index)) {
      // "Die Bundesregierung hat Anna Keller in den Digitalrat berufen": the one appointed is the object.
      const body = bodyAt(view, withPreposition(view, index, /^(obl|nmod)/, /^(in)$/i));
      const members = view
        .children(index, /^obj$/)
        .flatMap((t) => membersAt(view, t.index))
        .filter((m) => m.entity.type === "Person");
      add(members, body, "appointed");
    } else if (/^(Mitglied|Mitglieder)$/.test(word) && !intended(view, index)) {
      // "Hessen wird Mitglied der Govdigital eG" (the parser reads "wird" as a passive auxiliary).
      const becomes = view.children(index, /^aux/).some((t) => /^(wird|werden|wurde|wurden)$/.test(t.word));
      if (!becomes || view.children(index, /^cop$/).length > 0) return;
      const body = joinedBody(
        view,
        withPreposition(view, index, /^nmod/, /^(des|der|im|in)$/i) ?? genitiveOf(view, index),
      );
      const members = view.children(index, /^nsubj/).flatMap((t) => membersAt(view, t.index));
      add(members, body, "become-member");
    } else if (
      ((TAKE_IN.test(word) && particleOf(view, index) === "auf") ||
        (welcomes(view, index) &&
          [index, ...welcomeWords(view, index)]
            .flatMap((i) => view.children(i, /^(obl|xcomp|nmod)$/))
            .some(
              (t) =>
                (MEMBER_NOUN.test(t.word) &&
                  view.children(t.index, /^case$/).some((c) => /^als$/i.test(c.word))) ||
                // "begrüßt A und B in seinen Reihen", "in den eigenen Reihen begrüßen zu dürfen"
                (t.word === "Reihen" && view.hasCase(t.index, "in")),
            ))) &&
      !intended(view, index)
    ) {
      // "Der Normenkontrollrat nimmt Anna Keller als Mitglied auf": the object joins the subject.
      const body = view
        .subjects(index)
        .map((t) => joinedBody(view, t.index))
        .find((b) => b !== undefined);
      // One who welcomes is an organisation by its name ("Vitako begrüßt"), not a bare "Der Verband".
      if (welcomes(view, index) && body?.entity.isNew) return;
      // "heißt die Stadt X als neues Mitglied willkommen": the parser may make X the subject of "willkommen".
      const members = [
        ...view.children(index, /^obj$/),
        ...welcomeWords(view, index).flatMap((i) => view.children(i, /^(nsubj|obj)$/)),
      ].flatMap((t) => membersAt(view, t.index));
      add(members, body, "take-in");
    } else if (SEAT.test(word) && token.dep === "obj" && token.head >= 0) {
      // "legt ihren Sitz im IT-Planungsrat nieder", "hat einen Sitz im Digitalrat"
      // (a seat in a body, not "ihren Sitz in Frankfurt": only a body counts).
      const verb = token.head;
      if (negatedClause(view, verb) || intended(view, verb)) return;
      const body = bodyAt(
        view,
        withPreposition(view, index, /^nmod/, /^(in|im)$/i) ??
          withPreposition(view, verb, /^obl/, /^(in|im)$/i),
      );
      add(
        view.subjects(verb).flatMap((t) => membersAt(view, t.index)),
        body,
        "seat",
      );
    } else if (ACCESSION.test(word)) {
      // "der Beitritt Hamburgs zur Govdigital eG", "die Mitgliedschaft von Hessen im Verbund".
      // 'zum Beitritt des Landes Sachsen-Anhalt zu "Dataport" zugestimmt': the parser may hang
      // the body on the verb; it is the next "zu" phrase after the noun, before any verb.
      const body =
        joinedBody(view, withPreposition(view, index, /^nmod/, /^(zu|zum|zur|in|im)$/i)) ??
        joinedBody(view, nextWithPreposition(view, index, /^(zu|zum|zur)$/i));
      const members = view
        .children(index, /^(nmod|appos)/)
        .filter((t) => {
          const cases = view.children(t.index, /^case$/).map((c) => c.word.toLowerCase());
          return cases.length === 0 || cases.includes("von");
        })
        .flatMap((t) => membersAt(view, t.index));
      add(members, body, "accession");
    }
  });
  return claims;
}

/** The "willkommen" of "heißt ... willkommen". */
function welcomeWords(view: View, verb: number): number[] {
  return BID.test(view.tokens[verb]!.word)
    ? view
        .children(verb)
        .filter((t) => /^willkommen$/i.test(t.word))
        .map((t) => t.index)
    : [];
}

/** "begrüßt", "heißt ... willkommen". */
function welcomes(view: View, verb: number): boolean {
  const word = view.tokens[verb]!.word;
  return (
    WELCOME.test(word) || (BID.test(word) && view.children(verb).some((t) => /^willkommen$/i.test(t.word)))
  );
}

/** "dem Verein Vitako": the organisation named right after a kind noun, wherever the parser hung it. */
function namedAfterKind(view: View, kind: number): Target | undefined {
  if (
    !REFERRING_BODY.test(view.tokens[kind]!.word) &&
    !/^(Verein|Genossenschaft)$/.test(view.tokens[kind]!.word)
  )
    return undefined;
  const next = view.mentionAt(kind + 1);
  return next?.entity.type === "Organization" && next.form === "name"
    ? { entity: next.entity, penalty: 0 }
    : undefined;
}

/** The first phrase after `from` with the preposition, within its clause (no verb between). */
function nextWithPreposition(view: View, from: number, word: RegExp): number | undefined {
  for (let at = from + 1; at < Math.min(view.tokens.length, from + 12); at += 1) {
    if (/^(VERB|AUX)$/.test(view.tokens[at]!.pos)) return undefined;
    if (view.children(at, /^case$/).some((c) => word.test(c.word))) return at;
  }
  return undefined;
}

/** A body or association the gazetteer knows, named at `index` ("zum IT-Planungsrat"). */
function knownBody(view: View, index: number): KnownEntity | undefined {
  const mention = view.entityOf(index, (m) => m.entity.type === "Organization" && m.form === "name");
  const kind = mention?.entity.kind;
  return mention && !mention.entity.isNew && (kind === "body" || kind === "association")
    ? mention.entity
    : undefined;
}

/**
 * The members a token and its conjuncts name, without a thing named after its owner ("das
 * Nutzerkonto Bund" is no member, "das Land Hessen" is).
 */
function namedMembersAt(view: View, index: number): Mention[] {
  const named = view
    .conjuncts(index)
    .map((i) => {
      const token = view.tokens[i]!;
      const member = memberAt(view, i);
      const named =
        member?.entity.type === "Person" ||
        NAME_NOUN.test(token.word) ||
        (member !== undefined && member.start <= token.start && token.end <= member.end);
      return named ? member : undefined;
    })
    .filter((m): m is Mention => m !== undefined);
  return withListed(view, named);
}

/** "Mitglied der Govdigital eG": the genitive noun (its article is a det, not a case). */
function genitiveOf(view: View, index: number): number | undefined {
  return view.children(index, /^nmod$/).find((t) => view.children(t.index, /^case$/).length === 0)?.index;
}

/** The separable particle of a verb ("an" of "gehört ... an"), or "". */
function particleOf(view: View, verb: number): string {
  return view.children(verb, /^compound:prt$/)[0]?.word ?? "";
}
