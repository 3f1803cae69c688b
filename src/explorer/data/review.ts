/** The review queue for editors: facts the importer was unsure of, and the decisions on them. */
import { request } from "./client.js";
import type { Ref } from "./queries.js";

export interface ReviewItem {
  id: string;
  type: string;
  summary: string;
  confidence: number;
  quote: string;
  articleId: string;
  articleTitle: string;
  subject: Ref | null;
  object: Ref | null;
}

interface RawItem extends Omit<ReviewItem, "subject" | "object"> {
  fact: string;
}

const refOf = (value: unknown): Ref | null => {
  const ref = value as Partial<Ref> | null | undefined;
  return ref && typeof ref.id === "string" ? { id: ref.id, name: ref.name ?? ref.id, type: ref.type ?? "" } : null;
};

/** Pending items, newest article first (article ids start with their publication day). */
export async function pendingReviews(token: string): Promise<ReviewItem[]> {
  const data = await request<{ reviewQueue: RawItem[] }>(
    '{ reviewQueue(status: "pending", limit: 200) { id type summary confidence quote articleId articleTitle fact } }',
    {},
    token,
  );
  return data.reviewQueue
    .map(({ fact, ...item }) => {
      const parsed = JSON.parse(fact) as { subject?: unknown; object?: unknown };
      return { ...item, subject: refOf(parsed.subject), object: refOf(parsed.object) };
    })
    .sort((a, b) => (a.articleId < b.articleId ? 1 : a.articleId > b.articleId ? -1 : 0));
}

/** Entities (ids) an editor puts in place of the proposed subject or object. */
export interface Corrections {
  subject?: string;
  object?: string;
}

export async function decideReview(
  token: string,
  id: string,
  accept: boolean,
  corrections: Corrections = {},
): Promise<void> {
  if (!accept) {
    await request("mutation Reject($id: ID!) { rejectReview(id: $id) { status } }", { id }, token);
    return;
  }
  await request(
    "mutation Accept($id: ID!, $subject: ID, $object: ID) { acceptReview(id: $id, subject: $subject, object: $object) { status } }",
    { id, subject: corrections.subject ?? null, object: corrections.object ?? null },
    token,
  );
}

/** Whether a token claims the editor role (the API checks the signature; this only decides what to show). */
export function claimsEditor(token: string): boolean {
  try {
    const payload = JSON.parse(atob(token.split(".")[1]!.replace(/-/g, "+").replace(/_/g, "/"))) as {
      roles?: unknown;
      role?: unknown;
    };
    const roles = Array.isArray(payload.roles) ? payload.roles : [payload.role];
    return roles.includes("editor") || roles.includes("admin");
  } catch {
    return false;
  }
}
