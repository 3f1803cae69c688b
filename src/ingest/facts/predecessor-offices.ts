/**
 * The office a predecessor held: "Anna Keller ist neue CIO des Landes. Sie folgt auf Peter
 * Hoffmann" states that Peter Hoffmann was the Land's CIO until then. When a succession names
 * the office the successor takes up in its own sentence or the one before, and it is the only
 * one the successor takes up there, the predecessor held it too, ending when the successor's
 * began; not when the text names the predecessor's own office with the succession. A chair taken
 * over ("übernimmt den Vorsitz von ...") is no office of the predecessor's; the predecessor chaired
 * the body instead, where the successor takes the chair up in the same sentence or was elected to
 * it a sentence or two before. For review: the office or chair is read, not stated.
 */
import type { Fact } from "../../model/fact.js";
import { genderOfName, roleForGender } from "../entities/gender.js";
import { RULE_OF } from "./build.js";

/** How much less sure an inferred office is than the succession and the office it comes from. */
const PENALTY = 0.15;
/** A chair or a board's head taken over, not an office: "den Vorsitz", "an der Spitze des Vorstands". */
const CHAIR_WORDS = /Vorsitz|vorsitzende|Sitz im|Sitz in|Spitze/;

/** `bySentence[i]`: the facts found in sentence `i`, in the order of the sentences. */
export function predecessorOffices(bySentence: Fact[][]): Fact[] {
  const all = bySentence.flat();
  const inferred: Fact[] = [];
  bySentence.forEach((facts, index) => {
    for (const succession of facts) {
      if (succession.type !== "succeeds" || !succession.object) continue;
      // "Die Versammlung hat X zum Vorsitzenden gewählt. ... X löst damit Y ab": the chair taken up
      // a sentence or two before, where the succession's own sentence names no office taken up.
      const takesOffice = facts.some(
        (f) => f.type === "holdsOffice" && f.subject.id === succession.subject.id && f.from !== undefined,
      );
      const chair = takesOffice
        ? undefined
        : (successorTakes("chairs", succession, facts, false) ??
          successorTakes(
            "chairs",
            succession,
            bySentence.slice(Math.max(0, index - 2), index).flat(),
            false,
          ));
      if (chair) {
        const fact = predecessorChair(succession, chair, [...all, ...inferred]);
        if (fact) inferred.push(fact);
        continue;
      }
      if (facts.some((f) => f.type === "chairs") || CHAIR_WORDS.test(succession.quote)) continue;
      const office =
        successorTakes("holdsOffice", succession, facts, false) ??
        successorTakes("holdsOffice", succession, bySentence[index - 1] ?? [], true);
      if (!office?.object) continue;
      const predecessor = succession.object;
      // "die Nachfolge des Finanzministers von Sachsen-Anhalt, Michael Richter": his own office is named.
      // Nor a town's office when his own town is in his parenthesis ("beerbt Roland Schäfer (Bergkamen)").
      const ownPlace =
        (office.object.type === "Municipality" || office.object.type === "County") &&
        succession.quote.includes(`${predecessor.name} (`);
      // ("Bisher hatte die Aufgabe Finanzminister X inne": a title before the previous holder's name
      // is his other office; he had the one referred to.)
      const hadIt = RULE_OF.get(succession) === "succession:previous-holder";
      const named =
        ownPlace ||
        (!hadIt && facts.some((f) => f.type === "holdsOffice" && f.subject.id === predecessor.id));
      const held = [...all, ...inferred].some(
        (f) =>
          f.type === "holdsOffice" &&
          f.subject.id === predecessor.id &&
          f.object?.id === office.object!.id &&
          (!hadIt || f.role === roleFor(office, predecessor.name)),
      );
      if (named || held) continue;
      const fact = heldBefore(succession, office, "office:predecessor");
      // "Sie folgt auf Heiko Kahl": he was Geschäftsführer, not Geschäftsführerin.
      const role = roleFor(office, predecessor.name);
      if (role) fact.role = role;
      inferred.push(fact);
    }
  });
  return inferred;
}

/**
 * The chair a predecessor held: "Anna Keller übernimmt den Vorsitz des Verbands. Sie löst Peter
 * Hoffmann ab" states that Peter Hoffmann chaired it until then (unless the text says so already).
 */
function predecessorChair(succession: Fact, chair: Fact, known: Fact[]): Fact | undefined {
  const predecessor = succession.object!;
  const body = chair.object!;
  if (known.some((f) => f.type === "chairs" && f.subject.id === predecessor.id && f.object?.id === body.id))
    return undefined;
  return heldBefore(succession, chair, "chairs:predecessor");
}

/** The successor's role in the predecessor's gender ("Sie folgt auf Heiko Kahl": he was Geschäftsführer). */
function roleFor(office: Fact, predecessor: string): string | undefined {
  return office.role ? roleForGender(office.role, genderOfName(predecessor)) : undefined;
}

/**
 * The office or chair `taken` (the successor's) as the predecessor held it: ending when the
 * successor's began, less sure than the succession and the fact it is read from.
 */
function heldBefore(succession: Fact, taken: Fact, rule: string): Fact {
  const fact: Fact = {
    type: taken.type,
    subject: succession.object!,
    object: taken.object!,
    quote: succession.quote,
    confidence: Math.round((Math.min(succession.confidence, taken.confidence) - PENALTY) * 100) / 100,
  };
  if (taken.from) {
    fact.to = taken.from;
    fact.precision = taken.precision;
    fact.year = taken.year;
  }
  RULE_OF.set(fact, rule);
  return fact;
}

/**
 * The one office (or chair) the successor takes up among `facts` ("ist neue CIO", "wurde zum ...
 * ernannt"): an office the successor already held ("Sören Kuhn, Geschäftsführer GKD
 * Recklinghausen, ... löst Rolf Beyer an der Spitze des Vorstands ab") is not what was taken over;
 * in the succession's own sentence, the one office named is.
 */
function successorTakes(
  type: "holdsOffice" | "chairs",
  succession: Fact,
  facts: Fact[],
  mustStart: boolean,
): Fact | undefined {
  const offices = facts.filter(
    (f) => f.type === type && f.subject.id === succession.subject.id && f.object !== undefined,
  );
  const starting = offices.filter((f) => f.from !== undefined);
  // In the succession's own sentence the one office named is the one taken over
  // ("als Nachfolger von Franz Josef Pschierer Bayern-CIO wurde").
  const candidates = starting.length > 0 || mustStart ? starting : offices;
  return candidates.length === 1 ? candidates[0] : undefined;
}
