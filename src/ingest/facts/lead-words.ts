/** Words the lead rules share (lead-rules.ts, lead-predicates.ts). */

/** What a "federführend" Land leads: a topic or a project named as such. */
export const LED_TOPIC = /^(Themenfeld|Projekt|Vorhaben|Verfahren|Programm|Initiative|OZG-\w+)/;
/** The prepositions of what is led: "die Federführung für", "federführend bei", "im Themenfeld". */
export const TARGET_CASE = /^(für|bei|im|in|über)$/i;
