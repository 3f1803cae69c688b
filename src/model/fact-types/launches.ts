/** `launches`: X starts, presents or founds a service, platform, programme, strategy or body. */
import { ACTOR, PROJECT_OR_BODY } from "./participants.js";
import { defineFactType } from "./define.js";

export const launches = defineFactType({
  type: "launches",
  label: "Launch",
  description: "X starts, presents or founds a service, platform, programme, strategy or body.",
  roles: {
    SUBJECT: { field: "actor", entities: ACTOR },
    OBJECT: { field: "project", entities: PROJECT_OR_BODY },
  },
  properties: ["text"],
  identity: { timeless: false },
  summary: ({ subject, object, when }) => `${subject} launches ${object}${when}`,
  labels: {
    en: "launches",
    de: "startet",
    deSummary: { pattern: /^(.+?) launches (.+)$/, replacement: "$1 startet $2" },
  },
  colour: "#c05299",
});
