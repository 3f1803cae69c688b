/** Resolvers of the OZG first-class query: serviceAvailability, its municipality list paged. */
import type { ApiContext } from "./context.js";
import { ErrorCode, GovGraphError } from "./errors.js";
import { integerArgument } from "./argument-ranges.js";
import type * as Schema from "./queries/generated/first-class.js";
import {
  offeringMunicipalities,
  serviceAvailabilitySummary,
  type ServiceAvailabilityArgs,
  type ServiceAvailabilitySummary,
} from "./queries/service-availability.js";

/** The answer of the root field: the summary, plus the arguments the municipality page needs. */
export type ServiceAvailabilityAnswer = ServiceAvailabilitySummary & { args: ServiceAvailabilityArgs };

export const ozgResolvers = {
  Query: {
    serviceAvailability: async (
      _: unknown,
      args: Schema.QueryServiceAvailabilityArgs,
      context: ApiContext,
    ): Promise<ServiceAvailabilityAnswer> => {
      const service = args.service.trim();
      if (!service) throw new GovGraphError(ErrorCode.BAD_USER_INPUT, "service must not be empty.");
      const state = args.state?.trim() || null;
      const query = { service, state };
      const summary = await serviceAvailabilitySummary(context.read, query);
      return {
        ...summary,
        service: summary.service && { ...summary.service, type: "Project" },
        perCounty: summary.perCounty.map((row) => ({ ...row, county: { ...row.county, type: "County" } })),
        args: query,
      } as ServiceAvailabilityAnswer;
    },
  },
  ServiceAvailability: {
    municipalities: async (
      answer: ServiceAvailabilityAnswer,
      args: Schema.ServiceAvailabilityMunicipalitiesArgs,
      context: ApiContext,
    ) => {
      const page = {
        limit: integerArgument(args.limit, "ServiceAvailability.municipalities.limit")!,
        offset: integerArgument(args.offset, "ServiceAvailability.municipalities.offset")!,
      };
      if (!answer.service || answer.total <= page.offset) return [];
      const rows = await offeringMunicipalities(context.read, answer.args, page);
      return rows.map((row) => ({
        municipality: { id: row.id, name: row.name, type: "Municipality" },
        county: { ...row.county, type: "County" },
        status: row.status,
        since: row.since,
      }));
    },
  },
};
