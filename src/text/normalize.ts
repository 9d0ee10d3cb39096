/**
 * Arabic text in its matching form (DESIGN.md, "two forms"). Extraction and search both
 * compare words only after passing them through this module, so a query and an article
 * meet in the same form.
 *
 * Folding is one pass over the characters with a lookup table: it runs on every token of
 * every article, so it avoids a chain of regular-expression replacements.
 */
import { rememberedBounded } from "../ingest/remembered.ts";

/** What a character becomes in matching form: "" drops it, undefined keeps it. */
const FOLD = new Map<number, string>();

function foldRange(from: number, to: number, into: string | ((code: number) => string)): void {
  for (let code = from; code <= to; code++) FOLD.set(code, typeof into === "string" ? into : into(code));
}

foldRange(0x0610, 0x061a, ""); // Quranic marks
foldRange(0x064b, 0x065f, ""); // tashkeel: fathatan … sukun, and the rarer marks after it
foldRange(0x0670, 0x0670, ""); // superscript alef
foldRange(0x06d6, 0x06ed, ""); // Quranic annotation signs
foldRange(0x0640, 0x0640, ""); // tatweel
foldRange(0x200b, 0x200f, ""); // zero-width space, joiners, direction marks
foldRange(0x202a, 0x202e, ""); // bidi embeddings
foldRange(0x2066, 0x2069, ""); // bidi isolates
foldRange(0xfeff, 0xfeff, ""); // byte-order mark
foldRange(0x00ad, 0x00ad, ""); // soft hyphen
foldRange(0x0660, 0x0669, (code) => String(code - 0x0660)); // Arabic-Indic digits
foldRange(0x06f0, 0x06f9, (code) => String(code - 0x06f0)); // Persian digits
foldRange(0x0041, 0x005a, (code) => String.fromCharCode(code + 32)); // ASCII upper case
for (const [from, to] of Object.entries({
  "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
  "ى": "ي", "ی": "ي", "ئ": "ي",
  "ؤ": "و",
  "ة": "ه", "ۀ": "ه", "ە": "ه", "ہ": "ه", "ھ": "ه",
  "ک": "ك", "گ": "ك",
  "ڤ": "ف", "پ": "ب", "چ": "ج",
})) {
  FOLD.set(from.charCodeAt(0), to);
}

/** FOLD by character code, for the one lookup per character that folding makes. */
const FOLD_TABLE: (string | undefined)[] = Array.from({ length: 0x10000 }, (_, code) => FOLD.get(code));

/** Presentation forms (ﻻ, ﷲ …) and other compatibility characters need NFKC first. */
const NEEDS_NFKC = /[\uFB50-\uFDFF\uFE70-\uFEFF\u0675-\u0678]/;

/** Latin digits for Arabic-Indic (٠-٩) and Persian (۰-۹) ones. */
export function foldDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => FOLD.get(d.charCodeAt(0))!);
}

/** Folds one piece of text to its matching form, keeping word boundaries where they were. */
export function foldArabic(text: string): string {
  const source = NEEDS_NFKC.test(text) ? text.normalize("NFKC") : text;
  let out = "";
  let kept = 0; // where the run of characters that stay as they are began
  for (let i = 0; i < source.length; i++) {
    const folded = FOLD_TABLE[source.charCodeAt(i)];
    if (folded === undefined) continue;
    out += source.slice(kept, i) + folded;
    kept = i + 1;
  }
  return kept === 0 ? source : out + source.slice(kept);
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Words of a text in matching form, in order. */
export function matchWords(text: string): string[] {
  return foldArabic(text).match(WORD) ?? [];
}

/**
 * The words of a text in matching form as matchWords finds them, each as a 32-bit FNV-1a hash of
 * its folded characters, in order, without making a string per word: for comparing whole
 * stories (src/archive/story-groups.ts), where every word of the archive passes.
 */
export function matchWordHashes(text: string): number[] {
  const source = NEEDS_NFKC.test(text) ? text.normalize("NFKC") : text;
  const hashes: number[] = [];
  let hash = FNV_OFFSET;
  let inWord = false;
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    const folded = FOLD_TABLE[code];
    if (folded === "") continue; // a mark, tatweel or zero-width character: gone, inside a word as outside
    if (isWordChar(code)) {
      hash = Math.imul(hash ^ (folded === undefined ? code : folded.charCodeAt(0)), FNV_PRIME);
      inWord = true;
    } else if (inWord) {
      hashes.push(hash >>> 0);
      hash = FNV_OFFSET;
      inWord = false;
    }
  }
  if (inWord) hashes.push(hash >>> 0);
  return hashes;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Whether each UTF-16 code unit is a letter or a digit (1), or not (0), found once by pattern (0xff: not yet known). */
const WORD_CHARS = new Uint8Array(0x10000).fill(0xff);

function isWordChar(code: number): boolean {
  let known = WORD_CHARS[code]!;
  if (known === 0xff) WORD_CHARS[code] = known = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 0;
  return known === 1;
}

export type TokenKind = "word" | "number" | "punct";

export interface Token {
  /** As written (display form). */
  text: string;
  /** Matching form (foldArabic of text). */
  folded: string;
  kind: TokenKind;
  /** Offsets in the text that was tokenized. */
  start: number;
  end: number;
}

/**
 * Letters (with their marks and tatweel), digits and single punctuation marks, each a token.
 * Letters and digits never share a token, so "الـ55" is "الـ" + "55" and "كوفيد-19" is
 * "كوفيد" + "-" + "19". A hand-written scanner over a per-character class table: this runs
 * on every character of the archive.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  scanTokens(text, (raw, kind, start, end) => {
    const folded = foldToken(raw);
    if (folded !== "") tokens.push({ text: raw, folded, kind, start, end });
  });
  return tokens;
}

/**
 * The scanner of tokenize, without folding and without building Token objects: `visit` gets
 * each piece as written, in order. A piece whose folded form is "" (a lone mark) is no token.
 */
export function scanTokens(text: string, visit: (text: string, kind: TokenKind, start: number, end: number) => void): void {
  const length = text.length;
  let i = 0;
  while (i < length) {
    const kind = classOf(text.charCodeAt(i));
    if (kind === SPACE) {
      i++;
      continue;
    }
    let end = i + 1;
    if (kind === PUNCT) {
      if (isHighSurrogate(text.charCodeAt(i))) end++;
    } else {
      while (end < length && classOf(text.charCodeAt(end)) === kind) end++;
    }
    visit(text.slice(i, end), KINDS[kind]!, i, end);
    i = end;
  }
}

const SPACE = 0;
const LETTER = 1;
const DIGIT = 2;
const PUNCT = 3;
const KINDS: (TokenKind | undefined)[] = [undefined, "word", "number", "punct"];
const LETTER_CHAR = /[\p{L}\p{M}\u0640\u200C\u200D]/u;
const DIGIT_CHAR = /\p{Nd}/u;
const SPACE_CHAR = /[\s\u200B\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/u;

/** Class of each UTF-16 code unit, found once by pattern and then kept (0xff: not yet known). */
const CHAR_CLASSES = new Uint8Array(0x10000).fill(0xff);

function classOf(code: number): number {
  let kind = CHAR_CLASSES[code]!;
  if (kind === 0xff) {
    const char = String.fromCharCode(code);
    kind = SPACE_CHAR.test(char) ? SPACE : LETTER_CHAR.test(char) ? LETTER : DIGIT_CHAR.test(char) ? DIGIT : PUNCT;
    CHAR_CLASSES[code] = kind;
  }
  return kind;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Words repeat across an archive, so the folded form of each is computed once. */
const foldedTokens = new Map<string, string>();

function foldToken(raw: string): string {
  return rememberedBounded(foldedTokens, raw, () => foldArabic(raw));
}

/** Conjunctions and prepositions written joined to the next word, alone and combined. */
const PROCLITICS = ["وب", "وك", "ول", "فب", "فك", "فل", "و", "ف", "ب", "ك", "ل"];
const MIN_STEM = 2;

/**
 * Every reading of a folded word with its proclitics split off, the word itself first.
 * The article stays on the stem, and ل + ال (written لل) reads as ال: "والصين", "بالصين"
 * and "للصين" all give "الصين". Callers look each reading up in a lexicon, so a word that
 * merely begins with و or ب ("وانغ", "بكين") still matches as itself; and "القطر" never
 * reads as "قطر", because a lexicon entry says whether its word carries the article.
 */
export function cliticReadings(word: string): readonly string[] {
  return rememberedBounded(memoReadings, word, () => Object.freeze(computeReadings(word)));
}

const memoReadings = new Map<string, readonly string[]>();

function computeReadings(word: string): string[] {
  const readings = [word];
  for (const prefix of PROCLITICS) {
    if (!word.startsWith(prefix) || word.length - prefix.length < MIN_STEM) continue;
    const stem = word.slice(prefix.length);
    if (!readings.includes(stem)) readings.push(stem);
    const articleStem = prefix.endsWith("ل") && stem.startsWith("ل") && stem.length > MIN_STEM ? "ا" + stem : "";
    if (articleStem && !readings.includes(articleStem)) readings.push(articleStem);
  }
  return readings;
}

/** The bare stem: the word with the article (ال, or لل) removed. */
export function stripArticle(word: string): string {
  for (const prefix of ["ال", "لل"]) {
    if (word.startsWith(prefix) && word.length - prefix.length >= MIN_STEM) return word.slice(prefix.length);
  }
  return word;
}

/** Display text without diacritics or tatweel; letters stay as written (أ is not ا). */
export function stripMarks(text: string): string {
  return text.replace(/[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g, "");
}

const ARTICLE_AS_WRITTEN = /^[وف]?(?:[بكل]?ال|لل)[^\s]{2}/;

/**
 * True when a word as written carries the article: ال with a bare alef, behind any proclitics.
 * Folding cannot tell, since it turns إلهام and ألينا into words that begin with ال.
 */
export function isDefiniteAsWritten(text: string): boolean {
  return ARTICLE_AS_WRITTEN.test(stripMarks(text));
}
