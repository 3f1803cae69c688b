/** Forms of verbs the repairs read. */

/** The finite forms of "haben", the auxiliary of a perfect. */
export const HABEN = /^(hat|haben|hatte|hatten|habe|hätte|hätten|hast|habt)$/i;
/** A participle's shape: "beschlossen", "verabschiedet", "unterzeichnet" (an infinitive's too). */
export const PARTICIPLE = /^\p{Ll}+(t|en)$/u;
/** A finite verb of the third person plural: "nutzen", "setzen ... ein", "haben", "sind". */
export const PLURAL_FINITE = /^(\p{Ll}+n|sind)$/u;
