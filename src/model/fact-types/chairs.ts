/** `chairs`: X chairs body B (in year Y or from..to). */
import { ACTOR } from "./participants.js";
import { defineFactType } from "./define.js";

export const chairs = defineFactType({
  type: "chairs",
  label: "Chairmanship",
  description: "X chairs body B (in year Y or from..to).",
  roles: {
    SUBJECT: { field: "holder", entities: ACTOR },
    OBJECT: { field: "body", entities: ["Organization"] },
  },
  properties: [],
  identity: { timeless: false },
  summary: ({ subject, object, when }) => `${subject} chairs ${object}${when}`,
  labels: {
    en: "chairs",
    de: "hat Vorsitz",
    deSummary: { pattern: /^(.+?) chairs (.+)$/, replacement: "$1 hat den Vorsitz von $2" },
  },
  colour: "#d9822b",
  ftm: { schema: "Directorship", subject: "director", object: "organization" },
});
