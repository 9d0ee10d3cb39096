/**
 * Arabic text in its matching form (DESIGN.md, "two forms"). Extraction and search both
 * compare words only after passing them through this module, so a query and an article
 * meet in the same form.
 */

const DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]/g;
const TATWEEL = /\u0640/g;
const INVISIBLES = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u00AD]/g;
const ARABIC_INDIC_ZERO = 0x0660;
const PERSIAN_ZERO = 0x06f0;

const LETTER_FOLDS: Record<string, string> = {
  "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
  "ى": "ي", "ی": "ي", "ئ": "ي",
  "ؤ": "و",
  "ة": "ه", "ۀ": "ه", "ە": "ه",
  "ک": "ك", "گ": "ك",
};
const LETTER_FOLD_RE = new RegExp(`[${Object.keys(LETTER_FOLDS).join("")}]`, "g");

/** Latin digits for Arabic-Indic (٠-٩) and Persian (۰-۹) ones. */
export function foldDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => {
    const code = d.charCodeAt(0);
    const zero = code >= PERSIAN_ZERO ? PERSIAN_ZERO : ARABIC_INDIC_ZERO;
    return String(code - zero);
  });
}

/** Folds one piece of text to its matching form, keeping word boundaries where they were. */
export function foldArabic(text: string): string {
  return foldDigits(text.normalize("NFKC"))
    .replace(INVISIBLES, "")
    .replace(DIACRITICS, "")
    .replace(TATWEEL, "")
    .replace(LETTER_FOLD_RE, (c) => LETTER_FOLDS[c] ?? c)
    .toLowerCase();
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Words of a text in matching form, in order. */
export function matchWords(text: string): string[] {
  return foldArabic(text).match(WORD) ?? [];
}

/**
 * Proclitic sequences that can stand before a word, longest first: conjunction (و ف),
 * preposition (ب ك ل) and the article (ال, with ل+ال written لل).
 */
const PROCLITICS = [
  "وبال", "وكال", "وفال", "فبال", "فكال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل", "ال",
  "وب", "وك", "ول", "فب", "فك", "فل", "و", "ف", "ب", "ك", "ل",
];
const MIN_STEM = 2;

/**
 * Every reading of a folded word with its proclitics split off, the word itself first.
 * "والصين" gives ["والصين", "الصين", "صين", …]; callers look each reading up in a lexicon,
 * so a word that merely begins with و or ب ("وانغ", "بكين") still matches as itself.
 */
export function cliticReadings(word: string): string[] {
  const readings = [word];
  for (const prefix of PROCLITICS) {
    if (word.length - prefix.length < MIN_STEM || !word.startsWith(prefix)) continue;
    const stem = word.slice(prefix.length);
    if (!readings.includes(stem)) readings.push(stem);
    if (!prefix.endsWith("ال") && !prefix.endsWith("لل") && !readings.includes("ال" + stem)) {
      readings.push("ال" + stem);
    }
  }
  return readings;
}

/** The bare stem: the word with the longest proclitic sequence and the article removed. */
export function stripArticle(word: string): string {
  for (const prefix of ["ال", "لل"]) {
    if (word.startsWith(prefix) && word.length - prefix.length >= MIN_STEM) return word.slice(prefix.length);
  }
  return word;
}
