/**
 * An organisation's name in the nominative, from the genitive the news name it in:
 * "Bundesamtes für Migration" -> "Bundesamt für Migration", "Landesverbandes der IT-Wirtschaft" ->
 * "Landesverband der IT-Wirtschaft". Only the head noun is changed: the word before "für", a
 * genitive of its own or a lower-case adjective, else the last word.
 */
export function nominative(name: string): string {
  const words = name.split(" ");
  // ("Kompetenzzentrums öffentliche IT": a lower-case adjective after the head starts its name.)
  const head = words.findIndex(
    (w, i) =>
      /^(für|der|des)$/.test(words[i + 1] ?? "") ||
      /^\p{Ll}+(e|en|er|es)$/u.test(words[i + 1] ?? "") ||
      i === words.length - 1,
  );
  const word = words[head]!;
  if (word.length > 5 && /[^s]e?s$/.test(word) && !/(us|is|os)$/.test(word))
    words[head] = word.replace(/e?s$/, "");
  return words.join(" ");
}
