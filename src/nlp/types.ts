/**
 * A parsed document as CoreNLP's server returns it (outputFormat json), reduced to what the
 * extraction reads: sentences, tokens with character offsets, UPOS tags, NER labels and the
 * basic (UD) dependencies. Token and governor indices are 1-based within their sentence;
 * governor 0 is the root.
 */
export interface NlpToken {
  index: number;
  word: string;
  originalText: string;
  /** Character offsets in the annotated text. */
  characterOffsetBegin: number;
  characterOffsetEnd: number;
  /** Universal POS tag (NOUN, PROPN, VERB, AUX, ADJ, DET, ADP, PRON, CCONJ, PUNCT, ...). */
  pos: string;
  /** PERSON, LOCATION, ORGANIZATION, MISC or O. */
  ner: string;
}

export interface NlpDependency {
  /** UD relation: nsubj, obj, obl, nmod, appos, flat, amod, conj, cop, aux:pass, ... */
  dep: string;
  governor: number;
  dependent: number;
}

export interface NlpSentence {
  index: number;
  tokens: NlpToken[];
  basicDependencies: NlpDependency[];
}

export interface NlpDocument {
  sentences: NlpSentence[];
}
