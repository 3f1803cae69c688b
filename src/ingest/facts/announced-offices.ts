/**
 * An office announced before its holder is named: "Die Digitalagentur Thüringen (DAT) hat einen
 * neuen Geschäftsführer. Dr. Herbert Vogler hat zum 1. Juli 2022 seine Tätigkeit aufgenommen."
 * A sentence saying that a government or an organisation has (gets) a new role names no one; the
 * first person the next sentence names by name takes it up. For review: the link is read across
 * two sentences.
 */
import type { Fact } from "../../model/fact.js";
import { slugify } from "../../model/ids.js";
import type { KnownEntity } from "../types.js";
import { isRoleWord } from "../entities/people.js";
import type { Mention } from "../entities/mentions.js";
import type { AnalyzedItem, AnalyzedSentence } from "./analyze.js";
import { makeFact } from "./build.js";
import { newsDay } from "./news-day.js";

const NEW_ROLE =
  /\b(?:hat|haben|bekommt|bekommen|erhält|erhalten)\b[^,;:]{0,40}?\b(?:einen|eine)\s+neuen?\s+(\p{Lu}[\p{L}-]+)\s*[.!]?$/u;
const OWNER_TYPES = new Set(["State", "Federation", "Organization", "Municipality", "County"]);
const CONFIDENCE = 0.7;

/** `bySentence[i]`: the facts found in sentence `i`; the offices found for the sentence after an announcement. */
export function announcedOffices(analyzed: AnalyzedItem, bySentence: Fact[][]): Fact[] {
  const found: Fact[] = [];
  analyzed.sentences.forEach((sentence, index) => {
    const next = analyzed.sentences[index + 1];
    const announced = NEW_ROLE.exec(sentence.text);
    if (!next || !announced || !isRoleWord(announced[1]!)) return;
    if (sentence.mentions.some((m) => m.entity.type === "Person")) return;
    const verbAt = announced.index;
    const owner = sentence.mentions.find(
      (m: Mention) => m.end <= verbAt && OWNER_TYPES.has(m.entity.type) && m.form !== "partial",
    );
    const holder = next.mentions.find((m) => m.entity.type === "Person" && m.form !== "anaphor");
    const entity = owner && ownerNamed(owner, sentence.text);
    if (!entity || !holder) return;
    // An office the next sentence states for the person says it better, or says who else the
    // person is ("Den Vorsitz nimmt Anna Keller ein, die zugleich Staatssekretärin im BMI ist").
    const stated = (bySentence[index + 1] ?? []).some(
      (f) => f.type === "holdsOffice" && f.subject.id === holder.entity.id,
    );
    if (stated) return;
    found.push(officeOf(holder, entity, announced[1]!, next, analyzed));
  });
  return found;
}

/** A kind noun that makes the place after it part of an organisation's name ("Digitalagentur Thüringen"). */
const ORGANIZATION_KIND =
  /(agentur|zentrum|verband|amt|anstalt|gesellschaft|stelle|betrieb|institut|behörde|kammer)$/;

/**
 * The owner as the sentence names it: "Bremen", "Die FITKO"; a place after an organisation's kind
 * noun is part of that organisation's name ("Die Digitalagentur Thüringen (DAT)"); after any other
 * capitalised word it is not the subject.
 */
function ownerNamed(owner: Mention, text: string): KnownEntity | undefined {
  const before = /(\p{Lu}[\p{L}-]*)\s+$/u.exec(text.slice(0, owner.start));
  if (
    !before ||
    /^(Das|Der|Die|Land|Freistaat|Stadt|Landkreis|Kreis|Bundesland|Hansestadt)$/.test(before[1]!)
  )
    return owner.entity;
  if (owner.entity.type !== "State" && owner.entity.type !== "Municipality") return undefined;
  if (!ORGANIZATION_KIND.test(before[1]!)) return undefined;
  const name = `${before[1]!} ${owner.text}`;
  return { id: slugify(name), name, type: "Organization", isNew: true };
}

function officeOf(
  holder: Mention,
  owner: KnownEntity,
  role: string,
  sentence: AnalyzedSentence,
  analyzed: AnalyzedItem,
): Fact {
  const fact = makeFact(
    {
      type: "holdsOffice",
      subject: holder.entity,
      object: owner,
      role,
      confidence: CONFIDENCE,
      rule: "office:announced/named",
    },
    sentence,
    analyzed.item,
    undefined,
    false,
  );
  const day = newsDay(analyzed);
  if (day) {
    fact.from = day.start;
    fact.precision = day.precision;
  }
  return fact;
}
