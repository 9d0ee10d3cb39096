/**
 * Stable, URL-safe ids. An article's id comes from its path relative to articles/ (never from
 * its content or a time), so it is the same on every build and machine; its format extension
 * is left out, so an article keeps its id when `annotate` writes foo.md beside foo.txt.
 * The transliteration is this file's own, not the matching form of text/normalize.ts: a
 * change there must never move a page.
 */
import { createHash } from "node:crypto";
import { articleExtension } from "./formats/index.ts";

export const MAX_ID_LENGTH = 80;
const HASH_LENGTH = 8;

const LATIN_FOR_ARABIC: Record<string, string> = {
  "ا": "a", "ٱ": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h",
  "خ": "kh", "د": "d", "ذ": "dh", "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t",
  "ظ": "z", "ع": "", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h",
  "ة": "a", "و": "w", "ي": "y", "ى": "a", "ء": "", "پ": "p", "چ": "ch", "ژ": "zh",
  "ڤ": "v", "گ": "g", "ک": "k", "ی": "y",
};
/** Diacritics, tatweel, and the marks NFKD splits off letters (é → e, أ → ا). */
const MARKS = /[\p{M}\u0640]/gu;

/** The id of an article file: the slug of its path without the format extension. */
export function articleId(file: string): string {
  return slugOf(articleName(file));
}

/**
 * Lowercase [a-z0-9-], at most MAX_ID_LENGTH characters. When the name had to be changed to
 * fit (Arabic transliterated, folders joined, case folded), a short hash of the full name is
 * appended, so that two names share a slug only when one is made to look like the other's
 * (the archive makes every slug unique: archive/slugs.ts).
 */
export function slugOf(name: string): string {
  const slug = transliterate(name);
  if (slug === name && slug.length <= MAX_ID_LENGTH) return slug;
  return hashedSlug(slug, name);
}

/** The slug with a short hash of `key` appended, still within MAX_ID_LENGTH. */
export function hashedSlug(slug: string, key: string): string {
  return withSuffix(slug, shortHash(key));
}

/** The path as one article name: forward slashes, NFC (macOS writes NFD), no article extension. */
function articleName(file: string): string {
  const path = normalizePath(file);
  const extension = articleExtension(path);
  return extension ? path.slice(0, -extension.length) : path;
}

function normalizePath(file: string): string {
  return file.normalize("NFC").replace(/\\/g, "/").replace(/^(\.\/)+/, "");
}

function transliterate(name: string): string {
  return [...name.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, digit).normalize("NFKD").replace(MARKS, "")]
    .map((char) => LATIN_FOR_ARABIC[char] ?? char)
    .join("")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** Latin digit for an Arabic-Indic (٣) or Persian (۳) one. */
function digit(char: string): string {
  return String(char.charCodeAt(0) & 0xf);
}

function withSuffix(slug: string, suffix: string): string {
  const room = MAX_ID_LENGTH - suffix.length - 1;
  let base = slug.slice(0, room);
  if (slug.length > room && base.includes("-")) base = base.slice(0, base.lastIndexOf("-"));
  base = base.replace(/-+$/, "");
  return base ? `${base}-${suffix}` : suffix;
}

function shortHash(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, HASH_LENGTH);
}
