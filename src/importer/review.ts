/**
 * The review queue: facts the importer was unsure of. Accepting writes the fact with its original
 * article and quote, with the subject or object an editor corrected (entities already in the graph);
 * rejecting keeps the item as a record. Every decision says who made it and when.
 */
import type { Driver, ManagedTransaction } from "neo4j-driver";
import neo4j from "neo4j-driver";
import type { ErrorCodeOf } from "../errors/codes.js";
import { addStatements } from "../graph/index.js";
import { factSchema, type ArticleFacts, type EntityRef, type Fact } from "../model/fact.js";
import { ARTICLE_SHAPE, readProperties } from "../model/graph-shapes.js";
import { factId } from "../model/ids.js";
import { ENTITY_TYPES, isEntityType } from "../model/vocabulary.js";

export interface ReviewItem {
  id: string;
  factId: string;
  type: string;
  summary: string;
  confidence: number;
  quote: string;
  status: "pending" | "accepted" | "rejected";
  fact: string;
  articleId: string;
  articleTitle: string;
  decidedBy: string | null;
  decidedAt: string | null;
  reason: string | null;
  /** The entity an editor put in place of the proposed subject or object on accepting, if any. */
  correctedSubject: string | null;
  correctedObject: string | null;
  /** The id of the fact the acceptance wrote (differs from `factId` after a correction). */
  acceptedFactId: string | null;
}

/** Participants an editor puts in place of the proposed ones: ids of entities in the graph. */
export interface Corrections {
  subject?: string | null;
  object?: string | null;
}

const ITEM = `r {.id, .factId, .type, .summary, .confidence, .quote, .status, .fact, .decidedBy, .reason,
  .correctedSubject, .correctedObject, .acceptedFactId,
  decidedAt: toString(r.decidedAt), articleId: a.id, articleTitle: a.title}`;

export async function listReviewItems(
  driver: Driver,
  database: string,
  options: { status?: string | null; limit?: number | null },
): Promise<ReviewItem[]> {
  const { records } = await driver.executeQuery(
    `MATCH (r:ReviewItem)-[:FROM_ARTICLE]->(a:Article)
     WHERE $status IS NULL OR r.status = $status
     RETURN ${ITEM} AS item ORDER BY r.createdAt, r.id LIMIT $limit`,
    { status: options.status ?? null, limit: neo4j.int(Math.min(Math.max(options.limit ?? 50, 1), 200)) },
    { database, routing: neo4j.routing.READ },
  );
  return records.map((record) => record.get("item") as ReviewItem);
}

export class ReviewError extends Error {
  constructor(
    readonly code: ErrorCodeOf<"review">,
    message: string,
  ) {
    super(message);
  }
}

/** The entities behind corrected ids, read in the deciding transaction; an id that names none is refused. */
async function correctedRefs(
  tx: ManagedTransaction,
  corrections: Corrections,
): Promise<{ subject?: EntityRef; object?: EntityRef }> {
  const ids = [corrections.subject, corrections.object].filter((id): id is string => Boolean(id));
  if (ids.length === 0) return {};
  const { records } = await tx.run(
    `MATCH (e:Entity) WHERE e.id IN $ids
     RETURN e.id AS id, e.name AS name, [l IN labels(e) WHERE l IN $types][0] AS type`,
    { ids, types: [...ENTITY_TYPES] },
  );
  const found = new Map<string, EntityRef>();
  for (const record of records) {
    const type = record.get("type") as string | null;
    if (type && isEntityType(type))
      found.set(record.get("id") as string, {
        id: record.get("id") as string,
        name: record.get("name") as string,
        type,
      });
  }
  const refOf = (id: string | null | undefined): EntityRef | undefined => {
    if (!id) return undefined;
    const ref = found.get(id);
    if (!ref) throw new ReviewError("UNKNOWN_ENTITY", `No entity ${id} in the graph.`);
    return ref;
  };
  return { subject: refOf(corrections.subject), object: refOf(corrections.object) };
}

/** The proposed fact with the corrected participants: same type, dates, quote and confidence. */
function corrected(fact: Fact, refs: { subject?: EntityRef; object?: EntityRef }): Fact {
  if (refs.object && !fact.object)
    throw new ReviewError("NO_OBJECT", `A ${fact.type} fact as proposed has no object to correct.`);
  const result: Fact = { ...fact, subject: refs.subject ?? fact.subject, object: refs.object ?? fact.object };
  if (result.object && result.object.id === result.subject.id)
    throw new ReviewError("SAME_PARTICIPANTS", "The subject and the object would be the same entity.");
  return result;
}

export async function decideReviewItem(
  driver: Driver,
  database: string,
  decision: {
    id: string;
    accept: boolean;
    editor: string;
    reason?: string | null;
    corrections?: Corrections;
  },
): Promise<ReviewItem> {
  const session = driver.session({ database });
  try {
    return await session.executeWrite(async (tx) => {
      const found = await tx.run(
        `MATCH (r:ReviewItem {id: $id})-[:FROM_ARTICLE]->(a:Article)
         RETURN r.status AS status, r.fact AS fact, ${readProperties("a", ARTICLE_SHAPE)} AS article`,
        { id: decision.id },
      );
      const record = found.records[0];
      if (!record) throw new ReviewError("NOT_FOUND", `No review item ${decision.id}.`);
      if (record.get("status") !== "pending") {
        throw new ReviewError(
          "ALREADY_DECIDED",
          `Review item ${decision.id} was already ${record.get("status")}.`,
        );
      }
      const proposed = factSchema.parse(JSON.parse(record.get("fact") as string));
      const accepted = decision.accept
        ? corrected(proposed, await correctedRefs(tx, decision.corrections ?? {}))
        : null;
      // The same writer as every import: the statement, its article and the derived fact stay consistent.
      if (accepted)
        await addStatements(tx, {
          article: record.get("article") as ArticleFacts["article"],
          facts: [accepted],
        });
      const changed = (from: EntityRef | undefined, to: EntityRef | undefined): string | null =>
        to && to.id !== from?.id ? to.id : null;
      const updated = await tx.run(
        `MATCH (r:ReviewItem {id: $id})-[:FROM_ARTICLE]->(a:Article)
         SET r.status = $status, r.decidedBy = $editor, r.decidedAt = datetime(), r.reason = $reason,
           r.correctedSubject = $correctedSubject, r.correctedObject = $correctedObject,
           r.acceptedFactId = $acceptedFactId
         RETURN ${ITEM} AS item`,
        {
          id: decision.id,
          status: decision.accept ? "accepted" : "rejected",
          editor: decision.editor,
          reason: decision.reason ?? null,
          correctedSubject: accepted ? changed(proposed.subject, accepted.subject) : null,
          correctedObject: accepted ? changed(proposed.object, accepted.object) : null,
          acceptedFactId: accepted ? factId(accepted) : null,
        },
      );
      return updated.records[0]!.get("item") as ReviewItem;
    });
  } finally {
    await session.close();
  }
}
