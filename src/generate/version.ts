/** Bump when the generator's output changes, so an older set is not taken for a current one. */
export const GENERATOR_VERSION = 3;

/** The `extractor` of every generated statement. */
export const GENERATED_EXTRACTOR = `generator/${GENERATOR_VERSION}`;
