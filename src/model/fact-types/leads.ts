/** `leads`: X leads project P. */
import { ACTOR } from "./participants.js";
import { defineFactType } from "./define.js";

export const leads = defineFactType({
  type: "leads",
  label: "Lead",
  description: "X leads project P.",
  roles: {
    SUBJECT: { field: "leader", entities: ACTOR },
    OBJECT: { field: "project", entities: ["Project"] },
  },
  properties: [],
  identity: { timeless: true },
  summary: ({ subject, object, when }) => `${subject} leads ${object}${when}`,
  labels: {
    en: "leads",
    de: "leitet",
    deSummary: { pattern: /^(.+?) leads (.+)$/, replacement: "$1 leitet $2" },
  },
  colour: "#c68a00",
});
