/**
 * The archive's vocabulary for correcting misspelt words: every search key (src/search/keys.ts)
 * of the index with how common it is, as static files beside Pagefind's, small enough that a
 * reader's browser loads only the few a word needs. Each key is filed three times, by three
 * pairs of its letters: its first and second, its second and third, its first and third. A word
 * with one slip anywhere (the first letter included) still shares one of those pairs, at a
 * known place, with the archive word it was meant to be; see shardsNear.
 */
import { keySymbols } from "./keys.ts";

export const VOCABULARY_FOLDER = "words";

export interface VocabularyWord {
  key: string;
  frequency: number;
}

/** Which two letters of a key name its file: [first, second] places, from 0. */
const PAIRS = { p: [0, 1], s: [1, 2], t: [0, 2] } as const;
type PairName = keyof typeof PAIRS;

/** Keys of numbers are not words to correct. */
const WORD_KEY = /^[a-z]+$/;

/**
 * A clitic and the article before a stem (والصين، بالصين، للصين, written wal…, bal…, ll…): the
 * index holds such a word as written too, but a query reads it by its stem alone (keys.ts,
 * queryWordKeys), so no query word is ever corrected to one. They were most of the largest files.
 * A key that begins with "al" and no clitic is a stem (التزام، and ألمانيا folded to المانيا): kept.
 */
const CLITIC_AND_ARTICLE = /^(?:[wf][bkl]?al|[bkl]al|[wf]ll)/;

/** Whether a query word can stand for the key (see CLITIC_AND_ARTICLE). */
function isQueryKey(key: string): boolean {
  const prefix = CLITIC_AND_ARTICLE.exec(key)?.[0];
  return prefix === undefined || keySymbols(key.slice(prefix.length)).length < 2;
}

/** Counts, per key, the articles that hold it. */
export class VocabularyCounter {
  private readonly articles = new Map<string, number>();

  /** A word of the index and the number of stories that hold it: a key of a word, or another word of theirs (Pagefind indexes their metadata too); kept when a query word can stand for it. */
  addWord(word: string, articles: number): void {
    if (WORD_KEY.test(word) && isQueryKey(word)) this.articles.set(word, (this.articles.get(word) ?? 0) + articles);
  }

  /** The vocabulary's files (paths relative to Pagefind's folder), in a fixed order. */
  files(): { path: string; content: Uint8Array }[] {
    const shards = new Map<string, string[]>();
    for (const key of [...this.articles.keys()].sort()) {
      const line = `${key}${frequencyClass(this.articles.get(key)!)}`;
      const symbols = keySymbols(key);
      for (const pair of Object.keys(PAIRS) as PairName[]) {
        const name = shardName(pair, symbols);
        if (name === undefined) continue;
        const lines = shards.get(name) ?? [];
        if (lines.length === 0) shards.set(name, lines);
        lines.push(line);
      }
    }
    return [...shards.keys()].sort().map((name) => ({ path: name, content: Buffer.from(shards.get(name)!.join("\n") + "\n") }));
  }
}

/** The largest class: 2^15 articles and more. */
const MAX_CLASS = 15;

/**
 * log2 of the number of articles, 0–15, written as one letter (0–9, then a–f): enough to prefer
 * the common word of two near ones, and to tell a word that most of a large archive holds, which
 * the search page looks up another way (src/search/client/run-search.ts, COMMON_PAGES).
 */
export function frequencyClass(articles: number): string {
  return Math.min(MAX_CLASS, Math.floor(Math.log2(Math.max(1, articles)))).toString(36);
}

function fileName(pair: PairName, first: string, second: string): string {
  return `${VOCABULARY_FOLDER}/${pair}-${first}${second}.txt`;
}

/** The file of the keys whose letters at the pair's places are these; undefined when the key is too short for the pair. */
function shardName(pair: PairName, symbols: readonly string[]): string | undefined {
  const [a, b] = PAIRS[pair];
  if (pair !== "p" && symbols.length <= b) return undefined;
  return fileName(pair, symbols[a]!, symbols[b] ?? "");
}

/** The file that holds `key` itself, if the archive has it. */
export function shardOf(key: string): string {
  return shardName("p", keySymbols(key))!;
}

/**
 * The files that hold every archive word one slip away from `key` (of three letters or more): a
 * slip after the second letter keeps the first two; one at the first or second letter keeps
 * another pair, at places it moves predictably (a letter left out, added, changed or swapped).
 */
export function shardsNear(key: string): string[] {
  const [q0, q1, q2] = keySymbols(key);
  if (q2 === undefined) return [shardOf(key)];
  const names = [
    fileName("p", q0!, q1!), // the slip is further on
    fileName("s", q0!, q1!), // the first letter left out
    fileName("s", q1!, q2), // the first letter changed
    fileName("p", q1!, q2), // a letter added before the word
    fileName("p", q1!, q0!), // the first two swapped
    fileName("t", q0!, q1!), // the second letter left out
    fileName("t", q0!, q2), // the second letter changed
    fileName("p", q0!, q2), // a letter added after the first, or the second and third swapped
  ];
  return [...new Set(names)];
}

/** The words of one vocabulary file. */
export function parseShard(text: string): VocabularyWord[] {
  return text
    .split("\n")
    .filter(Boolean)
    .map((line) => ({ key: line.slice(0, -1), frequency: parseInt(line.slice(-1), 36) }));
}
