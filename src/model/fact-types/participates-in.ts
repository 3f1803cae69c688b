/** `participatesIn`: X takes part in a project or body. */
import { ACTOR, PROJECT_OR_BODY } from "./participants.js";
import { defineFactType } from "./define.js";

export const participatesIn = defineFactType({
  type: "participatesIn",
  label: "Participation",
  description: "X takes part in a project or body.",
  roles: {
    SUBJECT: { field: "participant", entities: ACTOR },
    OBJECT: { field: "target", entities: PROJECT_OR_BODY },
  },
  properties: [],
  identity: { timeless: true },
  summary: ({ subject, object, when }) => `${subject} takes part in ${object}${when}`,
  labels: {
    en: "takes part in",
    de: "beteiligt an",
    deSummary: { pattern: /^(.+?) takes part in (.+)$/, replacement: "$1 ist beteiligt an $2" },
  },
  colour: "#179e7b",
});
