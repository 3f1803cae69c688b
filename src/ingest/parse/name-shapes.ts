/**
 * The first word of a proper name written without quotes: a capitalised adjective the model
 * reads as a name or an adjective ("Starke Heimat Hessen", "Föderale Digitalstrategie"; inside a
 * German sentence an adjective is capitalised only in a name), or one of the English words
 * programme names are made of ("Smart Cities", "Future Communities").
 */
/** A capitalised adjective's form: "Digitale", "Elektronischen", "Bayerisches". */
export const CAPITALISED_ADJECTIVE = /^\p{Lu}\p{Ll}+(e|es|er|en|em)$/u;
const ENGLISH_NAME_WORD = /^(Smart|Open|Digital|Future|Data|Cloud|Public|Green|Connected|Next|Civic|Gov)$/;

export function opensName(word: string, pos: string | undefined): boolean {
  return (
    ENGLISH_NAME_WORD.test(word) || (CAPITALISED_ADJECTIVE.test(word) && (pos === "PROPN" || pos === "ADJ"))
  );
}
