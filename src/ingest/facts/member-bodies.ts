/**
 * Bodies named in ways the gazetteer cannot know, for the member and chair rules:
 *   organ    "im Aufsichtsrat der Govdigital eG", "im Vorstand von Dataport": a seat on an
 *            organisation's organ is a seat in that organisation (the evaluation and the graph
 *            name the organisation, not its organ)
 *   genitive "des Verbunds der interoperablen Servicekonten", "im Netzwerk der Digitalstädte": a
 *            body noun with its genitive names a body of its own, by the whole phrase
 */
import { slugify } from "../../model/ids.js";
import type { View } from "../parse/view.js";
import { baseForm, targetAt } from "./relation-rules.js";
import type { Target } from "./member-rules.js";

/** An organisation's board: a seat on it is a seat in the organisation. */
export const ORGAN =
  /^(Vorstand|Vorstands|Vorstandes|Aufsichtsrat|Aufsichtsrats|Aufsichtsrates|Verwaltungsrat|Verwaltungsrats|Verwaltungsrates|Kuratorium|Kuratoriums|Präsidium|Präsidiums|Verbandsversammlung)$/;
const BODY_HEAD =
  /(verbund|verbunds|verbundes|verband|verbands|verbandes|netzwerk|netzwerks|netzwerkes|bündnis|bündnisses|gremium|gremiums|kommission|ausschuss|ausschusses|arbeitsgemeinschaft|konferenz)$/i;

/** "Rat der IT-Beauftragten": a council by its genitive (compounds on -rat may be titles or units). */
const COUNCIL = /^(Rat|Rats|Rates|Beirat|Beirats|Beirates)$/;

/** The genitive or "von" phrase of a noun. */
function ownerPhrase(view: View, index: number): number | undefined {
  return view.children(index, /^nmod$/).find((t) => {
    const cases = view.children(t.index, /^case$/).map((c) => c.word.toLowerCase());
    return cases.length === 0 || cases.includes("von") || cases.includes("vom");
  })?.index;
}

/** "Aufsichtsrat der Govdigital eG": the organisation whose organ the token names. */
export function organOwner(view: View, index: number): Target | undefined {
  if (!ORGAN.test(view.tokens[index]!.word)) return undefined;
  const owner = ownerPhrase(view, index);
  // "neu in den Vorstand berufen": the board of the association or agency the article is about.
  const context = view.sentence.context;
  const about = context.lastAssociation ?? context.lastAgency ?? context.lastOrganization;
  if (owner === undefined) return about ? { entity: about, penalty: 0.15 } : undefined;
  const known = view.entityOf(owner, (m) => m.entity.type === "Organization");
  if (known) return { entity: known.entity, penalty: 0 };
  const target = targetAt(view, owner);
  // A company the parser does not tag is still the owner of its board ("der Bremer Straßenbahn AG").
  return target ? { entity: { ...target.entity, type: "Organization" }, penalty: 0.15 } : undefined;
}

/** "des Verbunds der interoperablen Servicekonten": a body noun named by its genitive, for review. */
export function bodyByGenitive(view: View, index: number): Target | undefined {
  const token = view.tokens[index]!;
  const head = BODY_HEAD.test(token.word) || COUNCIL.test(token.word);
  if (token.pos !== "NOUN" || !/^\p{Lu}/u.test(token.word) || !head) return undefined;
  const owner = view.children(index, /^nmod$/).find((t) => view.children(t.index, /^case$/).length === 0);
  if (owner === undefined) return undefined;
  const span = view.subtree(owner.index);
  const article = view.children(owner.index, /^det$/)[0];
  const from = article && article.index < owner.index ? article.start : view.tokens[owner.index]!.start;
  const noun = COUNCIL.test(token.word) ? token.word.replace(/e?s$/, "") : baseForm(token.word);
  const name = `${noun} ${view.sentence.text.slice(from, view.tokens[span[span.length - 1]!]!.end)}`;
  return { entity: { id: slugify(name), name, type: "Organization", isNew: true }, penalty: 0.15 };
}
