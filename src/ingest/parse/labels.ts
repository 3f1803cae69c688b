/** Tags and dependency labels the repairs read. */

/** A noun or a proper noun. */
export const NOMINAL = /^(NOUN|PROPN)$/;
/** The labels of a clause's subject. */
export const SUBJECT = /^(nsubj|nsubj:pass|expl|csubj)$/;
/** Articles a direct object may have ("den Onlinedienst", "eine Förderung"), not a genitive's "des". */
export const OBJECT_ARTICLE = /^(den|die|das|einen|eine|ein)$/i;
