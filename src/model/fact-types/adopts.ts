/** `adopts`: X adopts a resolution, decision, law or agreement, maybe proposed by Y. */
import { ACTOR, PROJECT_OR_BODY } from "./participants.js";
import { defineFactType } from "./define.js";

export const adopts = defineFactType({
  type: "adopts",
  label: "Resolution",
  description: "X adopts a resolution, decision, law or agreement, maybe proposed by Y.",
  roles: {
    SUBJECT: { field: "adopter", entities: ACTOR },
    OBJECT: { field: "subjectMatter", entities: PROJECT_OR_BODY },
    PROPOSER: { field: "proposer", entities: ACTOR },
  },
  properties: ["text"],
  identity: { timeless: false, qualifier: "text" },
  summary: ({ subject, object, text, proposer, when }) =>
    `${subject} adopts ${object || "a resolution"}${text}${proposer ? ` (proposed by ${proposer})` : ""}${when}`,
  labels: {
    en: "adopts",
    de: "beschließt",
    deSummary: { pattern: /^(.+?) adopts (.+)$/, replacement: "$1 beschließt $2" },
  },
  colour: "#2f6fdf",
});
