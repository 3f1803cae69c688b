/** Resolvers of the news import and the review queue; every mutation checks the editor role first. */
import {
  decideReviewItem,
  importNews,
  IngestError,
  listReviewItems,
  type ReferenceData,
  ReviewError,
} from "../importer/index.js";
import { type NlpClient, NlpError } from "../nlp/index.js";

/** An API started without a language model refuses imports with a stable code. */
const unavailable: NlpClient = {
  annotate: () => Promise.reject(new NlpError("NLP_UNAVAILABLE", "this server has no language model")),
};
import { requireEditor } from "./auth.js";
import { invalidateResponseCache } from "./cache/response-cache.js";
import type { ApiContext } from "./context.js";
import { ErrorCode, GovGraphError } from "./errors.js";
import { integerArgument } from "./argument-ranges.js";
import type * as Schema from "./queries/generated/first-class.js";

const optional = (value: string | null | undefined): string | undefined => value ?? undefined;

function asApiError(error: unknown): unknown {
  if (error instanceof IngestError)
    return new GovGraphError(error.code, error.message, { detail: error.detail });
  if (error instanceof NlpError) return new GovGraphError(error.code, error.message);
  if (error instanceof ReviewError) {
    return new GovGraphError(
      error.code === "NOT_FOUND" ? ErrorCode.NOT_FOUND : ErrorCode.BAD_USER_INPUT,
      error.message,
      {
        reason: error.code,
      },
    );
  }
  return error;
}

const editorName = (context: ApiContext): string => String(context.viewer.jwt?.sub ?? "editor");

export function importerResolvers(reference: () => ReferenceData) {
  return {
    Query: {
      // The queue shows unpublished facts and who decided them: editors only.
      reviewQueue: (_: unknown, args: Schema.QueryReviewQueueArgs, context: ApiContext) => {
        requireEditor(context.viewer, "The review queue");
        return listReviewItems(context.driver, context.database, {
          status: optional(args.status) ?? null,
          limit: integerArgument(args.limit, "Query.reviewQueue.limit"),
        });
      },
    },
    Mutation: {
      importNews: async (_: unknown, args: Schema.MutationImportNewsArgs, context: ApiContext) => {
        requireEditor(context.viewer);
        try {
          return await importNews(context.driver, context.database, args.text, {
            reference: reference(),
            nlp: context.nlp ?? unavailable,
            url: optional(args.url),
            publishedAt: optional(args.publishedAt),
          });
        } catch (error) {
          throw asApiError(error);
        } finally {
          // Also after a failure: a write may have happened before it.
          invalidateResponseCache();
        }
      },
      acceptReview: async (_: unknown, args: Schema.MutationAcceptReviewArgs, context: ApiContext) => {
        requireEditor(context.viewer);
        return decideReviewItem(context.driver, context.database, {
          id: args.id,
          accept: true,
          editor: editorName(context),
          corrections: { subject: optional(args.subject), object: optional(args.object) },
        })
          .catch((error: unknown) => {
            throw asApiError(error);
          })
          .finally(invalidateResponseCache);
      },
      rejectReview: async (_: unknown, args: Schema.MutationRejectReviewArgs, context: ApiContext) => {
        requireEditor(context.viewer);
        return decideReviewItem(context.driver, context.database, {
          id: args.id,
          accept: false,
          editor: editorName(context),
          reason: optional(args.reason),
        })
          .catch((error: unknown) => {
            throw asApiError(error);
          })
          .finally(invalidateResponseCache);
      },
    },
  };
}
