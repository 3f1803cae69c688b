/** `announces`: X announces a plan or position. */
import { ACTOR, PROJECT_OR_BODY } from "./participants.js";
import { defineFactType } from "./define.js";

export const announces = defineFactType({
  type: "announces",
  label: "Announcement",
  description: "X announces a plan or position.",
  roles: {
    SUBJECT: { field: "announcer", entities: ACTOR },
    OBJECT: { field: "topic", entities: PROJECT_OR_BODY },
  },
  properties: ["text"],
  identity: { timeless: false, qualifier: "text" },
  summary: ({ subject, object, text, when }) => `${subject} announces ${object || "a plan"}${text}${when}`,
  labels: {
    en: "announces",
    de: "kündigt an",
    deSummary: { pattern: /^(.+?) announces (.+)$/, replacement: "$1 kündigt an: $2" },
  },
  colour: "#7d8ba1",
});
