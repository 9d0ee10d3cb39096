/**
 * Search keys: the words of an article and of a query in the matching form of
 * src/text/normalize.ts, with proclitics split and the article dropped, written in ASCII
 * letters. Pagefind stems Arabic words (and over-stems them: وزارة → زار), but leaves ASCII
 * words as they are, so keys meet by plain prefix, exactly as this module computes them.
 * The build and the browser both import this one module.
 */
import { cliticReadings, foldArabic, scanTokens, stripArticle, tokenize } from "../text/normalize.ts";
import { rememberedBounded } from "../ingest/remembered.ts";

/** One ASCII letter for each common letter of the matching form ("q" is kept as the escape). */
const LETTER_CODES: Record<string, string> = {
  "ا": "a", "ب": "b", "ت": "t", "ث": "v", "ج": "j", "ح": "h", "خ": "x", "د": "d", "ر": "r",
  "ز": "z", "س": "s", "ش": "c", "ص": "p", "ط": "o", "ع": "u", "غ": "g", "ف": "f", "ق": "i",
  "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "e", "و": "w", "ي": "y",
};
export const ESCAPE = "q";
const ESCAPE_WIDTH = 4;

/** Any other character: "q" and its code point in four letters, so codes stay prefix-free. */
function escapeChar(char: string): string {
  let code = char.codePointAt(0)!;
  let letters = "";
  for (let i = 0; i < ESCAPE_WIDTH; i++) {
    letters = String.fromCharCode(97 + (code % 26)) + letters;
    code = Math.floor(code / 26);
  }
  return ESCAPE + letters;
}

/** A folded word in ASCII; digits stay digits (a number is a token of its own). */
export function transliterate(folded: string): string {
  let key = "";
  for (const char of folded) key += LETTER_CODES[char] ?? (/[0-9]/.test(char) ? char : escapeChar(char));
  return key;
}

/** Shorter stems would match most of the archive by prefix. */
const MIN_STEM = 2;

function stemKey(reading: string): string | undefined {
  const stem = stripArticle(reading);
  return [...stem].length >= MIN_STEM || /^[0-9]+$/.test(stem) ? transliterate(stem) : undefined;
}

/** Every key an article word is found by: each reading with its proclitics split off, without the article. */
export function wordKeys(folded: string): string[] {
  return rememberedBounded(knownWordKeys, folded, () => readingKeys(folded));
}

/**
 * The words of news repeat (a few thousand make most of any article), so each word's keys are
 * worked out once: this took most of the time of making an article's search words.
 */
const knownWordKeys = new Map<string, string[]>();

function readingKeys(folded: string): string[] {
  if (/^[0-9]+$/.test(folded)) return [folded];
  const keys = cliticReadings(folded).map(stemKey).filter((key): key is string => key !== undefined);
  return [...new Set(keys)];
}

/** The keys of every word and number in a text, in order, as often as the words occur. */
export function keySequence(text: string): string[] {
  const keys: string[] = [];
  scanTokens(text, (raw, kind) => {
    if (kind !== "punct") for (const key of writtenWordKeys(raw)) keys.push(key);
  });
  return keys;
}

/** wordKeys of a word as written (folded first), kept like wordKeys: a build makes the keys of millions of words. */
function writtenWordKeys(raw: string): string[] {
  return rememberedBounded(knownWrittenWords, raw, () => {
    const folded = foldArabic(raw);
    return folded === "" ? [] : wordKeys(folded);
  });
}

const knownWrittenWords = new Map<string, string[]>();

/** The keys of every word and number in a text, each once. */
export function textKeys(text: string): Set<string> {
  return new Set(keySequence(text));
}

/**
 * The keys a query word may stand for, the likeliest first. A proclitic before the article
 * (والصين، بالصين، للصين) is certain and is split off; a lone و or ب (وزارة، بكين) is more
 * often part of the word, so the word as typed comes first and the split readings after it,
 * those with fewer letters split off first.
 */
export function queryWordKeys(folded: string): string[] {
  if (/^[0-9]+$/.test(folded)) return [folded];
  const [word, ...split] = cliticReadings(folded);
  const withArticle = articleReading(split);
  // The fewer letters split off, the likelier: ولجائزة is و + لجائزة before ول + جائزة. A split
  // reading that is itself a proclitic and the article (بفالصين → فالصين) is read by its stem too.
  const readings = withArticle ? [withArticle] : [word!, ...[...split].sort((a, b) => b.length - a.length).map((reading) => articleReading(cliticReadings(reading).slice(1)) ?? reading)];
  return [...new Set(readings.map(stemKey).filter((key): key is string => key !== undefined))];
}

/** Of a word's split readings, the one left with the article, when a proclitic came before it. */
function articleReading(split: readonly string[]): string | undefined {
  return split.find((reading) => reading.startsWith("ال") && reading.length > 3);
}

/**
 * The key of a query word as typed, clitics and all (the article aside): articles are indexed by
 * it too (wordKeys), and it is rarer than the stem (بالأبعاد, not أبعاد), so it names the
 * headlines a reader remembers more closely. Undefined when too short.
 */
export function typedWordKey(folded: string): string | undefined {
  return /^[0-9]+$/.test(folded) ? folded : stemKey(folded);
}

/**
 * The metadata field of a record that holds its headline's keys. Pagefind searches metadata too
 * and says which fields a word matched (matchedMetaFields): so the search page knows, without
 * loading a result, whether a word is in its headline.
 */
export const HEADLINE_FIELD = "h";

/** Separates the alias groups of a record's `aliases` metadata; each group is its keys, space-separated. */
export const ALIAS_GROUP_SEPARATOR = "|";

/**
 * The key prefixes an excerpt marks: the query's own, and every spelling of a country or
 * official one of them names (the article's alias groups).
 */
export function keysToMark(terms: readonly string[][], aliases = ""): string[] {
  const queryKeys = terms.flat();
  const named = aliases
    .split(ALIAS_GROUP_SEPARATOR)
    .map((group) => group.split(" ").filter(Boolean))
    .filter((group) => group.some((key) => queryKeys.some((queryKey) => key.startsWith(queryKey))));
  return [...new Set([...queryKeys, ...named.flat()])];
}

/** The words of a query in matching form, each with the keys it may stand for. */
export function queryTerms(query: string): string[][] {
  return tokenize(query)
    .filter((token) => token.kind !== "punct")
    .map((token) => queryWordKeys(token.folded))
    .filter((keys) => keys.length > 0);
}

/** The letters of a key, one per letter of the word: an escaped character ("q" and four letters) is one. */
export function keySymbols(key: string): string[] {
  const symbols: string[] = [];
  for (let i = 0; i < key.length; i += key[i] === ESCAPE ? ESCAPE_WIDTH + 1 : 1) symbols.push(key.slice(i, key[i] === ESCAPE ? i + ESCAPE_WIDTH + 1 : i + 1));
  return symbols;
}

const ARABIC_OF_CODE = new Map(Object.entries(LETTER_CODES).map(([letter, code]) => [code, letter]));

/** A key back in Arabic letters (its matching form, without the article), for showing a correction. */
export function arabicOfKey(key: string): string {
  return keySymbols(key).map((symbol) => ARABIC_OF_CODE.get(symbol) ?? arabicOfEscape(symbol)).join("");
}

function arabicOfEscape(symbol: string): string {
  if (symbol.length !== ESCAPE_WIDTH + 1) return symbol;
  let code = 0;
  for (const letter of symbol.slice(1)) code = code * 26 + (letter.charCodeAt(0) - 97);
  return String.fromCodePoint(code);
}
