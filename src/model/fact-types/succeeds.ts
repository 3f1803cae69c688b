/** `succeeds`: Person P succeeds person Q, in a role. */
import { defineFactType } from "./define.js";

export const succeeds = defineFactType({
  type: "succeeds",
  label: "Succession",
  description: "Person P succeeds person Q, in a role.",
  roles: {
    SUBJECT: { field: "successor", entities: ["Person"] },
    OBJECT: { field: "predecessor", entities: ["Person"] },
  },
  properties: ["role"],
  identity: { timeless: true },
  summary: ({ subject, object, role, when }) =>
    `${subject} succeeds ${object}${role ? ` as ${role}` : ""}${when}`,
  labels: {
    en: "succeeds",
    de: "folgt auf",
    deSummary: { pattern: /^(.+?) succeeds (.+)$/, replacement: "$1 folgt auf $2" },
  },
  colour: "#e0593a",
  ftm: { schema: "Succession", subject: "successor", object: "predecessor" },
});
