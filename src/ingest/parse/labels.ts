/** Tags and dependency labels the repairs read. */

/** A noun or a proper noun. */
export const NOMINAL = /^(NOUN|PROPN)$/;
/** The labels of a clause's subject. */
export const SUBJECT = /^(nsubj|nsubj:pass|expl|csubj)$/;
