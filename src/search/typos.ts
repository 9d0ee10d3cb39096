/**
 * Misspelt words, matched to the archive's own words: an edit distance over search keys
 * (src/search/keys.ts), letter by letter, where the slips Arabic readers make cost half an edit:
 * letters that sound or look alike (ض/ظ, ذ/ز, س/ص, ت/ط, ه/ح …), a letter doubled or left
 * single, a hamza or a long vowel left out. Any other letter left out, added, changed, or two letters swapped costs one.
 * No npm package takes a cost per pair of letters, so the distance is written here.
 */
import { ESCAPE, keySymbols, transliterate } from "./keys.ts";

const CHEAP = 0.5;

/** Pairs of letters (matching form) a reader writes one for the other. */
const LOOKALIKES = ["ضظ", "ضد", "ظز", "ذز", "ذد", "سص", "سث", "تط", "هح", "هت", "قك", "قغ", "اع", "اء", "يء", "وء", "زر", "جغ"];

/** For each letter (matching form, as a key writes it), the letters written for it at half the cost. */
const CHEAP_PAIRS = new Map<string, Set<string>>();
for (const [a, b] of LOOKALIKES.map(([a, b]) => [transliterate(a!), transliterate(b!)] as const)) {
  for (const [one, other] of [[a, b], [b, a]] as const) CHEAP_PAIRS.set(one, (CHEAP_PAIRS.get(one) ?? new Set()).add(other));
}

function substitution(a: string, b: string): number {
  if (a === b) return 0;
  return CHEAP_PAIRS.get(a)?.has(b) ? CHEAP : 1;
}

/**
 * Letters readers often leave out: the hamza on its own (عداءة → عداة), and the long vowels, which
 * are also the seats a hamza folds to (جائزة → جايزه, written جازة; إبراهيم written إبرهيم).
 */
const OFTEN_OMITTED = new Set([..."ءاوي"].map(transliterate));

/** A key's letters: the key itself when it has no escaped character (most have none), which spares making a list of each. */
type Letters = ArrayLike<string>;

function lettersOf(key: string): Letters {
  return key.includes(ESCAPE) ? keySymbols(key) : key;
}

/** What leaving out each letter costs: half for a letter that doubles a neighbour, or one often left out. */
function omissions(letters: Letters): Float64Array {
  const costs = new Float64Array(letters.length);
  for (let at = 0; at < letters.length; at++) {
    const letter = letters[at]!;
    costs[at] = letters[at - 1] === letter || letters[at + 1] === letter || OFTEN_OMITTED.has(letter) ? CHEAP : 1;
  }
  return costs;
}

/**
 * The distance between two keys, or Infinity once it is sure to exceed `bound` (most words of
 * the vocabulary are far, and are given up after a row or two). Optimal string alignment:
 * edits never overlap, which is the slip of one hand. It runs over every word of a vocabulary
 * file, thousands, on a phone: rows are reused and letters compared in place.
 */
export function keyDistance(a: string, b: string, bound = 2): number {
  const x = lettersOf(a);
  const y = lettersOf(b);
  if (Math.abs(x.length - y.length) > bound) return Infinity;
  const [leaveX, leaveY] = [omissions(x), omissions(y)];
  let before = new Float64Array(y.length + 1);
  let previous = new Float64Array(y.length + 1);
  let row = new Float64Array(y.length + 1);
  for (let j = 1; j <= y.length; j++) previous[j] = previous[j - 1]! + leaveY[j - 1]!;
  for (let i = 1; i <= x.length; i++) {
    row[0] = previous[0]! + leaveX[i - 1]!;
    let least = row[0]!;
    for (let j = 1; j <= y.length; j++) {
      let cost = Math.min(previous[j]! + leaveX[i - 1]!, row[j - 1]! + leaveY[j - 1]!, previous[j - 1]! + substitution(x[i - 1]!, y[j - 1]!));
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) cost = Math.min(cost, before[j - 2]! + 1);
      row[j] = cost;
      if (cost < least) least = cost;
    }
    if (least > bound) return Infinity;
    [before, previous, row] = [previous, row, before];
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
