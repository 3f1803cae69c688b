/** `usesService`: N authorities or users use a service. */
import { defineFactType } from "./define.js";

export const usesService = defineFactType({
  type: "usesService",
  label: "ServiceUsage",
  description: "N authorities or users use a service.",
  roles: {
    SUBJECT: { field: "service", entities: ["Project"] },
  },
  properties: ["count", "countUnit"],
  identity: { timeless: false, qualifier: "countUnit" },
  summary: ({ subject, count, countUnit, when }) =>
    `${count ?? "Some"} ${countUnit ?? "users"} use ${subject}${when}`,
  labels: {
    en: "uses",
    de: "nutzt",
    deSummary: { pattern: /^(.+?) use (.+)$/, replacement: "$1 nutzen $2" },
  },
  colour: "#c68a00",
});
