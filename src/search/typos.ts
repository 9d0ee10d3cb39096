/**
 * Misspelt words, matched to the archive's own words: an edit distance over search keys
 * (src/search/keys.ts), letter by letter, where the slips Arabic readers make cost half an edit:
 * letters that sound or look alike (ض/ظ, ذ/ز, س/ص, ت/ط, ه/ح …), a letter doubled or left
 * single, a hamza or a long vowel left out. Any other letter left out, added, changed, or two letters swapped costs one.
 * No npm package takes a cost per pair of letters, so the distance is written here.
 */
import { keySymbols, transliterate } from "./keys.ts";

const CHEAP = 0.5;

/** Pairs of letters (matching form) a reader writes one for the other. */
const LOOKALIKES = ["ضظ", "ضد", "ظز", "ذز", "ذد", "سص", "سث", "تط", "هح", "هت", "قك", "قغ", "اع", "اء", "يء", "وء", "زر", "جغ"];

const CHEAP_PAIRS = new Set(LOOKALIKES.flatMap(([a, b]) => [pairKey(transliterate(a!), transliterate(b!)), pairKey(transliterate(b!), transliterate(a!))]));

function pairKey(a: string, b: string): string {
  return `${a} ${b}`;
}

function substitution(a: string, b: string): number {
  if (a === b) return 0;
  return CHEAP_PAIRS.has(pairKey(a, b)) ? CHEAP : 1;
}

/**
 * Letters readers often leave out: the hamza on its own (عداءة → عداة), and the long vowels, which
 * are also the seats a hamza folds to (جائزة → جايزه, written جازة; إبراهيم written إبرهيم).
 */
const OFTEN_OMITTED = new Set([..."ءاوي"].map(transliterate));

/** Leaving out a letter that doubles a neighbour, or one often left out, is a cheap slip. */
function omission(symbols: string[], at: number): number {
  const symbol = symbols[at]!;
  return symbols[at - 1] === symbol || symbols[at + 1] === symbol || OFTEN_OMITTED.has(symbol) ? CHEAP : 1;
}

/**
 * The distance between two keys, or Infinity once it is sure to exceed `bound` (most words of
 * the vocabulary are far, and are given up after a row or two). Optimal string alignment:
 * edits never overlap, which is the slip of one hand.
 */
export function keyDistance(a: string, b: string, bound = 2): number {
  const x = keySymbols(a);
  const y = keySymbols(b);
  if (Math.abs(x.length - y.length) > bound) return Infinity;
  let before: number[] = [];
  let previous: number[] = [0];
  for (let j = 1; j <= y.length; j++) previous[j] = previous[j - 1]! + omission(y, j - 1);
  for (let i = 1; i <= x.length; i++) {
    const row = [previous[0]! + omission(x, i - 1)];
    for (let j = 1; j <= y.length; j++) {
      let cost = Math.min(previous[j]! + omission(x, i - 1), row[j - 1]! + omission(y, j - 1), previous[j - 1]! + substitution(x[i - 1]!, y[j - 1]!));
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) cost = Math.min(cost, before[j - 2]! + 1);
      row[j] = cost;
    }
    if (Math.min(...row) > bound) return Infinity;
    [before, previous] = [previous, row];
  }
  return previous[y.length]! <= bound ? previous[y.length]! : Infinity;
}

/** How far a word may be from an archive word: short words are near too many others for two edits. */
export function allowedDistance(key: string): number {
  const letters = keySymbols(key).length;
  return letters <= 2 ? 0 : letters <= 4 ? 1 : 2;
}

export interface Correction {
  key: string;
  distance: number;
  /** How common the word is in the archive: a larger class, about twice as many articles. */
  frequency: number;
  /** The archive word is longer than the word typed: the slip most often made is a letter left out. */
  longer: boolean;
}

/** The likelier correction first: the nearer, then one that restores a letter left out, then the more common. */
export function likelierCorrection(a: Correction, b: Correction): number {
  return a.distance - b.distance || Number(b.longer) - Number(a.longer) || b.frequency - a.frequency || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/** The archive words nearest to `key`, the likeliest first (likelierCorrection). */
export function nearestWords(key: string, vocabulary: Iterable<{ key: string; frequency: number }>, limit: number): Correction[] {
  const bound = allowedDistance(key);
  if (bound === 0) return [];
  const found: Correction[] = [];
  for (const word of vocabulary) {
    if (word.key === key) continue;
    const distance = keyDistance(key, word.key, bound);
    if (distance <= bound) found.push({ key: word.key, distance, frequency: word.frequency, longer: word.key.length > key.length });
  }
  return found.sort(likelierCorrection).slice(0, limit);
}
