/**
 * Towns of one name in several Länder ("Dillingen" on the Saar and on the Danube, "Friedberg" in
 * Hessen and in Bayern): the gazetteer names the largest; a sentence or an item about another
 * Land means that Land's town. The Land is the one a county or a Land in the same sentence
 * names, else the item's (the Land named last, in the headline, or most often), else the
 * publisher's.
 */
import type { DiscourseContext } from "./anaphora.js";
import { itemState } from "./anaphora.js";
import type { Mention } from "./mentions.js";

export function placesInLand(mentions: Mention[], context: DiscourseContext): Mention[] {
  return mentions.map((mention) => inLand(mention, mentions, context));
}

function inLand(mention: Mention, mentions: Mention[], context: DiscourseContext): Mention {
  const namesakes = mention.namesakes;
  if (!namesakes || namesakes.length < 2) return mention;
  const nearby = mentions
    .filter((o) => o !== mention && !o.namesakes && (o.entity.type === "State" || o.entity.type === "County"))
    .map((o) => (o.entity.type === "State" ? o.entity.id : o.entity.land));
  const lands = [...nearby, itemState(context)?.id, context.publisherState?.id];
  for (const land of lands) {
    if (land === undefined) continue;
    const town = namesakes.find((n) => n.land === land);
    if (town) return town.id === mention.entity.id ? mention : { ...mention, entity: town };
  }
  return mention;
}
