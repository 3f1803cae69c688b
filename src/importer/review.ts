/**
 * The review queue: facts the importer was unsure of. Accepting writes the fact with its original
 * article and quote; rejecting keeps the item as a record. Every decision says who made it and when.
 */
import type { Driver } from "neo4j-driver";
import neo4j from "neo4j-driver";
import type { ErrorCodeOf } from "../errors/codes.js";
import { addStatements } from "../graph/index.js";
import { factSchema, type ArticleFacts } from "../model/fact.js";

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
}

const ITEM = `r {.id, .factId, .type, .summary, .confidence, .quote, .status, .fact, .decidedBy, .reason,
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

export async function decideReviewItem(
  driver: Driver,
  database: string,
  decision: { id: string; accept: boolean; editor: string; reason?: string | null },
): Promise<ReviewItem> {
  const session = driver.session({ database });
  try {
    return await session.executeWrite(async (tx) => {
      const found = await tx.run(
        `MATCH (r:ReviewItem {id: $id})-[:FROM_ARTICLE]->(a:Article)
         RETURN r.status AS status, r.fact AS fact, a {.id, .url, .title, .outlet, .contentHash, .text,
           publishedAt: toString(a.publishedAt)} AS article`,
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
      if (decision.accept) {
        const fact = factSchema.parse(JSON.parse(record.get("fact") as string));
        await addStatements(tx, { article: record.get("article") as ArticleFacts["article"], facts: [fact] });
      }
      const updated = await tx.run(
        `MATCH (r:ReviewItem {id: $id})-[:FROM_ARTICLE]->(a:Article)
         SET r.status = $status, r.decidedBy = $editor, r.decidedAt = datetime(), r.reason = $reason
         RETURN ${ITEM} AS item`,
        {
          id: decision.id,
          status: decision.accept ? "accepted" : "rejected",
          editor: decision.editor,
          reason: decision.reason ?? null,
        },
      );
      return updated.records[0]!.get("item") as ReviewItem;
    });
  } finally {
    await session.close();
  }
}
