/**
 * Rule-based German inflection of names, so the gazetteer knows forms the reference data does
 * not list: genitive -s/-es of names and head nouns ("Hessens", "IT-Planungsrats",
 * "Freistaates"), weak adjective endings of leading adjectives ("Deutscher Landkreistag" ->
 * "Deutschen Landkreistag", "Deutsche Landkreistag"), titles ("Land", "Freistaat") in the genitive, and the declension of
 * adjective stems ("hessisch" -> "hessische", "hessischen", ...).
 */
const ARTICLE = /^(der|die|das|des|dem|den|vom|beim|im|zum|zur)\s+/i;
/** The head noun of an association of towns, counties or staff, in any case: "Landkreistag(es)", "Gemeindebund", "Landesverband". */
export const ASSOCIATION_NOUN = /^(\p{Lu}[\p{L}-]*?(?:tag|bund|verband))(?:es|s)?$/u;
const TITLE_GENITIVE: Record<string, string[]> = {
  Land: ["Landes"],
  Bundesland: ["Bundeslandes", "Bundeslands"],
  Freistaat: ["Freistaats", "Freistaates"],
  Stadtstaat: ["Stadtstaats", "Stadtstaates"],
  Freie: ["Freien"],
  Kreis: ["Kreises"],
  Landkreis: ["Landkreises"],
};

/** Drop a leading article or preposition+article: "des Freistaats Sachsen" -> "Freistaats Sachsen". */
export function stripArticle(alias: string): string {
  return alias.replace(ARTICLE, "").trim();
}

function genitives(word: string): string[] {
  if (/[sßxz]$/.test(word) || !/^[\p{Lu}\d]/u.test(word) || /\d$/.test(word)) return [];
  if (/e$/.test(word)) return [`${word}s`];
  if (/[bdgkmnprt]$/.test(word) && word.length > 3) return [`${word}s`, `${word}es`];
  return [`${word}s`];
}

/** Surface forms of a name or alias (the input itself first). */
export function inflections(phrase: string): string[] {
  const base = stripArticle(phrase);
  const words = base.split(" ");
  const forms = new Set<string>([base]);
  // Genitive of the last word: "Hessens", "IT-Planungsrats".
  const last = words[words.length - 1]!;
  for (const genitive of genitives(last)) forms.add([...words.slice(0, -1), genitive].join(" "));
  // A head noun before a name in the genitive: "des Landkreistages Sachsen-Anhalt", "des
  // Städtetags Nordrhein-Westfalen" (not an adjective's or a title's word).
  const head = words[0]!;
  if (
    words.length > 1 &&
    /^\p{Lu}\p{Ll}{3,}$/u.test(head) &&
    !/(er|e|es|en)$/.test(head) &&
    !TITLE_GENITIVE[head]
  )
    for (const genitive of genitives(head)) forms.add([genitive, ...words.slice(1)].join(" "));
  // ... also after words of its own: "des Städte- und Gemeindebundes Brandenburg".
  const beforeName = words[words.length - 2];
  if (words.length > 2 && beforeName && ASSOCIATION_NOUN.test(beforeName))
    for (const genitive of genitives(beforeName))
      forms.add([...words.slice(0, -2), genitive, last].join(" "));
  // Titles in the genitive: "Freistaats Sachsen", "Landes Brandenburg", "Freien und Hansestadt".
  const title = TITLE_GENITIVE[words[0]!];
  if (title && words.length > 1) for (const form of title) forms.add([form, ...words.slice(1)].join(" "));
  // Weak adjective endings: "Deutscher" -> "Deutschen", "Föderale" -> "Föderalen".
  if (words.length > 1 && /^[\p{Lu}][\p{Ll}]+(er|e|es)$/u.test(words[0]!) && !TITLE_GENITIVE[words[0]!]) {
    const stem = words[0]!.replace(/(er|e|es)$/, "");
    for (const head of [last, ...genitives(last)]) {
      forms.add([`${stem}en`, ...words.slice(1, -1), head].join(" "));
    }
    // After "der"/"das" the nominative is weak too: "der Deutsche Landkreistag", "das Statistische Bundesamt".
    if (/(er|es)$/.test(words[0]!)) forms.add([`${stem}e`, ...words.slice(1)].join(" "));
  }
  return [...forms];
}

/** "hessisch" -> hessisch, hessische, hessischer, hessischen, hessischem, hessisches (and capitalised). */
export function adjectiveForms(stem: string): string[] {
  const lower = stem.toLowerCase();
  const forms =
    /er$/.test(lower) && !/isch/.test(lower)
      ? [lower]
      : ["", "e", "er", "en", "em", "es"].map((e) => lower + e);
  return forms.flatMap((form) => [form, form.charAt(0).toUpperCase() + form.slice(1)]);
}

/**
 * City adjectives: "Wolfsburg" -> "Wolfsburger"; "Bremen" -> "Bremer"; "Dresden" -> "Dresdner";
 * "Ulm" -> "Ulmer" (without it "der Ulmer Oberbürgermeister" was of Ulmen, whose "-en" drops).
 */
export function cityAdjectives(name: string): string[] {
  if (name.includes(" ") || name.length < 3) return [];
  // "Darmstadt": "Darmstädter", "Ingolstädter".
  if (/stadt$/.test(name)) return [`${name.slice(0, -5)}städter`, `${name}er`];
  if (/en$/.test(name)) return [`${name.slice(0, -2)}er`, `${name.slice(0, -2)}ner`, `${name}er`];
  if (/e$/.test(name)) return [`${name}r`];
  if (/[aeiou]$/.test(name)) return [`${name}er`];
  return [`${name}er`];
}
