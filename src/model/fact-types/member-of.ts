/** `memberOf`: X is a member of body B. */
import { ACTOR } from "./participants.js";
import { defineFactType } from "./define.js";

export const memberOf = defineFactType({
  type: "memberOf",
  label: "Membership",
  description: "X is a member of body B.",
  roles: {
    SUBJECT: { field: "member", entities: ACTOR },
    OBJECT: { field: "body", entities: ["Organization"] },
  },
  properties: [],
  identity: { timeless: true },
  summary: ({ subject, object, when }) => `${subject} is a member of ${object}${when}`,
  labels: {
    en: "member of",
    de: "Mitglied",
    deSummary: { pattern: /^(.+?) is a member of (.+)$/, replacement: "$1 ist Mitglied von $2" },
  },
  colour: "#179e7b",
  ftm: { schema: "Membership", subject: "member", object: "organization" },
});
