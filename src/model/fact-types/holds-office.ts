/** `holdsOffice`: Person P holds role R in organisation O (from..to). */
import { ACTOR } from "./participants.js";
import { defineFactType } from "./define.js";

export const holdsOffice = defineFactType({
  type: "holdsOffice",
  label: "Tenure",
  description: "Person P holds role R in organisation O (from..to).",
  roles: {
    SUBJECT: { field: "person", entities: ["Person"] },
    OBJECT: { field: "organization", entities: ACTOR },
  },
  properties: ["role"],
  identity: { timeless: true },
  summary: ({ subject, object, role, when }) =>
    `${subject} is ${role ?? "office holder"} of ${object}${when}`,
  labels: {
    en: "holds office",
    de: "Amt",
    deSummary: { pattern: /^(.+?) is (?!a member of )(.+?) of (.+)$/, replacement: "$1 ist $2 von $3" },
  },
  colour: "#e0593a",
  ftm: { schema: "Employment", subject: "employee", object: "employer" },
});
