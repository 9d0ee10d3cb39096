/**
 * Display form of decoded text (DESIGN.md, "two forms": this is the reader's form, not the
 * matcher's): NFC, Arabic presentation forms folded to letters, invisible characters that
 * break display removed, exotic spaces made plain, one clean line per line.
 */

/**
 * Zero-width space, LRM/RLM/ALM, bidi embeddings/overrides/isolates, word joiner, BOM, soft
 * hyphen. ZWJ/ZWNJ stay: they steer letter joining and some writers use them on purpose.
 */
const INVISIBLE = /[\u200B\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069\u2060\uFEFF\u00AD]/g;
const ODD_SPACE = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t\f\v]/g;
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F]/g;
/**
 * Presentation forms A and B, letters and lam-alef ligatures. The word ligatures at
 * U+FDF0–FDFF (ﷺ, ﷲ) are left: writers choose them as symbols.
 */
const PRESENTATION_FORM = /[\uFB50-\uFDCF\uFE70-\uFEFC]+/g;

export function cleanText(text: string): string {
  return text
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, "\n")
    .replace(PRESENTATION_FORM, (forms) => forms.normalize("NFKC"))
    .normalize("NFC")
    .replace(INVISIBLE, "")
    .replace(CONTROL, "")
    .replace(ODD_SPACE, " ");
}

/** One line of display text: spaces collapsed, trimmed. */
export function cleanLine(line: string): string {
  return line.replace(/ {2,}/g, " ").trim();
}
