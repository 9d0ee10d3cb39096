import { matchWords, stripArticle } from "../text/normalize.ts";

/** What a lexicon needs of a token: its matching form and the readings of that form. */
export interface LexiconToken {
  kind: "word" | "number" | "punct";
  folded: string;
  readings: readonly string[];
  /** Shared by every token of the same folded word (see wordFacts). */
  facts?: WordFacts;
}

/**
 * What is known of one folded word whatever the article: its readings, and what each lexicon
 * or word memo found of it (whether a phrase can start at it, the topic terms it begins …) by
 * their number. Tokens of the same word share one object, so each asks an array slot instead
 * of hashing the word again.
 */
export interface WordFacts {
  readings: readonly string[];
  remembered: unknown[];
}

const wordFactsMemo = new Map<string, WordFacts>();

/** The facts of a folded word; `readingsOf` runs only the first time the word is seen. */
export function wordFacts(folded: string, readingsOf: (folded: string) => readonly string[]): WordFacts {
  let facts = wordFactsMemo.get(folded);
  if (!facts) {
    if (wordFactsMemo.size >= MEMO_LIMIT) wordFactsMemo.clear();
    facts = { readings: readingsOf(folded), remembered: [] };
    wordFactsMemo.set(folded, facts);
  }
  return facts;
}

let lexiconCount = 0;

export interface PhraseMatch<T> {
  value: T;
  /** The reading of the first token that matched: the token without its proclitics. */
  reading: string;
  start: number;
  /** Index just after the last matched token. */
  end: number;
}

interface Entry<T> {
  rest: string[];
  value: T;
}

/** Dashes may join the words of a name ("غينيا-بيساو", "القمة العربية – الصينية"). */
const JOINERS = new Set(["-", "–", "—", "ـ"]);
const NONE: readonly never[] = [];
const MEMO_LIMIT = 100_000;

/**
 * Phrases indexed by their first word, so a text is scanned token by token with one map
 * lookup per reading instead of one pattern per phrase. The first word of a phrase matches
 * with any proclitic (و ف ب ك ل); the following words match as written, after folding.
 * With `ignoreArticle`, every word is compared without its article (سفير = السفير).
 */
export class PhraseLexicon<T> {
  private readonly byFirst = new Map<string, Entry<T>[]>();
  private readonly id = lexiconCount++;

  constructor(private readonly ignoreArticle = false) {}

  add(phrase: string, value: T): void {
    const words = matchWords(phrase).map((w) => this.key(w));
    const [first, ...rest] = words;
    if (!first) return;
    const entries = this.byFirst.get(first) ?? [];
    if (entries.some((e) => e.rest.join(" ") === rest.join(" "))) return;
    entries.push({ rest, value });
    entries.sort((a, b) => b.rest.length - a.rest.length);
    this.byFirst.set(first, entries);
  }

  /** The longest phrase that starts at token `start`. */
  matchAt(tokens: readonly LexiconToken[], start: number): PhraseMatch<T> | undefined {
    const token = tokens[start];
    if (!token || token.kind === "punct" || !this.mayStartAt(token)) return undefined;
    let best: PhraseMatch<T> | undefined;
    for (const reading of token.readings) {
      for (const entry of this.byFirst.get(this.key(reading)) ?? NONE) {
        const end = this.matchRest(tokens, start + 1, entry.rest);
        if (end !== undefined && (!best || end > best.end)) best = { value: entry.value, reading, start, end };
      }
    }
    return best;
  }

  /** Every phrase in the tokens, left to right, never overlapping. */
  scan(tokens: readonly LexiconToken[]): PhraseMatch<T>[] {
    const found: PhraseMatch<T>[] = [];
    for (let i = 0; i < tokens.length; ) {
      const match = this.matchAt(tokens, i);
      if (match) found.push(match);
      i = match ? match.end : i + 1;
    }
    return found;
  }

  /** Most words start no phrase; that is remembered per word (lexicons are not changed once in use). */
  mayStartAt(token: LexiconToken): boolean {
    let may = token.facts?.remembered[this.id] as boolean | undefined;
    if (may === undefined) {
      may = token.readings.some((reading) => this.byFirst.has(this.key(reading)));
      if (token.facts) token.facts.remembered[this.id] = may;
    }
    return may;
  }

  private matchRest(tokens: readonly LexiconToken[], from: number, rest: readonly string[]): number | undefined {
    let i = from;
    for (const word of rest) {
      while (tokens[i]?.kind === "punct" && JOINERS.has(tokens[i]!.folded)) i++;
      const token = tokens[i];
      if (!token || this.key(token.folded) !== word) return undefined;
      i++;
    }
    return i;
  }

  private key(word: string): string {
    return this.ignoreArticle ? stripArticle(word) : word;
  }
}

/**
 * What a word alone gives, remembered in the word's facts, so that a question asked of most
 * tokens costs an array slot. The work must depend on the word only.
 */
export class WordMemo<T> {
  private readonly id = lexiconCount++;

  constructor(private readonly work: (token: LexiconToken) => T) {}

  at(token: LexiconToken): T {
    let result = token.facts?.remembered[this.id] as T | undefined;
    if (result === undefined) {
      result = this.work(token);
      if (token.facts) token.facts.remembered[this.id] = result;
    }
    return result;
  }
}

/** A test of a word alone ("may a title begin here?"), remembered in the word's facts. */
export class WordTest extends WordMemo<boolean> {}

/** A set of single words in folded form, looked up through a token's readings. */
export class WordSet {
  private readonly words = new Set<string>();

  constructor(words: Iterable<string> = []) {
    for (const word of words) this.add(word);
  }

  add(text: string): void {
    for (const word of matchWords(text)) this.words.add(word);
  }

  /** True when the folded word, or one of its readings with proclitics split off, is in the set. */
  hasReading(token: { readings: readonly string[] }): boolean {
    for (const reading of token.readings) if (this.words.has(reading)) return true;
    return false;
  }

  has(folded: string): boolean {
    return this.words.has(folded);
  }
}
