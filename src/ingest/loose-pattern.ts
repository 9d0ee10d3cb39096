/**
 * Regular expression source that finds a word in display text whatever its spelling
 * variant: the counterpart of matching form (text/normalize.ts) for when the position in
 * the display text matters (datelines, source lines).
 */
/** The letters text/normalize.ts folds into each one, so that a pattern finds what a key matched. */
const VARIANTS: Record<string, string> = {
  "ا": "اأإآٱٲٳ",
  "ي": "يىئی",
  "ه": "هةۀەہھ",
  "و": "وؤ",
  "ك": "كکگ",
  "ف": "فڤ",
  "ب": "بپ",
  "ج": "جچ",
};
/** Diacritics and tatweel that may follow any letter. */
const MARKS = "[\\u064B-\\u065F\\u0670\\u0640]*";

/** `text` in matching form (see matchKey); spaces between its words match `gap`. */
export function loosePattern(text: string, gap = "\\s+"): string {
  return text
    .split(" ")
    .map((word) => [...word].map((char) => looseChar(char) + MARKS).join(""))
    .join(gap);
}

function looseChar(char: string): string {
  const variants = VARIANTS[char];
  if (variants) return `[${variants}]`;
  return char.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
}
