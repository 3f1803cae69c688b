/** Queues facts for review the way the importer does, and signs the editor's bearer token. */
import { SignJWT } from "jose";
import type { Driver } from "neo4j-driver";
import { writeArticle, type WriteResult } from "../../src/graph/write-article.js";
import { REVIEW_THRESHOLD } from "../../src/ingest/extract.js";
import type { Fact } from "../../src/model/fact.js";
import { TEST_JWT_SECRET } from "./api.js";

/** Writes a new article whose facts (all under the review threshold) wait in the review queue. */
export function queueForReview(
  driver: Driver,
  article: { id: string; title: string; publishedAt: string },
  facts: Fact[],
): Promise<WriteResult> {
  return writeArticle(
    driver,
    "neo4j",
    { article: { ...article, contentHash: article.id }, facts },
    { reviewThreshold: REVIEW_THRESHOLD },
  );
}

/** An `Authorization` header value for a token with these roles, signed with the test secret. */
export function bearer(roles: string[]): Promise<string> {
  return new SignJWT({ roles })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject("test-editor")
    .setExpirationTime("10m")
    .sign(new TextEncoder().encode(TEST_JWT_SECRET))
    .then((jwt) => `Bearer ${jwt}`);
}
