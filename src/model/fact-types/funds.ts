/** `funds`: X funds project P with an amount in EUR. */
import { ACTOR } from "./participants.js";
import { defineFactType } from "./define.js";

export const funds = defineFactType({
  type: "funds",
  label: "Funding",
  description: "X funds project P with an amount in EUR.",
  roles: {
    SUBJECT: { field: "funder", entities: ACTOR },
    OBJECT: { field: "project", entities: ["Project"] },
  },
  properties: ["amount"],
  identity: { timeless: false },
  summary: ({ subject, object, amount, when }) =>
    `${subject} funds ${object}${amount ? ` with ${amount}` : ""}${when}`,
  labels: {
    en: "funds",
    de: "finanziert",
    deSummary: { pattern: /^(.+?) funds (.+)$/, replacement: "$1 finanziert $2" },
  },
  colour: "#8c6bc8",
});
