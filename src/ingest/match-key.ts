import { matchWords } from "../text/normalize.ts";

/**
 * A line in matching form with punctuation and spacing dropped: how rule lists (boilerplate,
 * agencies, labels) compare against text, so that spelling variants meet.
 */
export function matchKey(text: string): string {
  return matchWords(text).join(" ");
}

/** Characters read per word allowed before a text is read further. */
const CHARS_PER_WORD = 16;

/**
 * The key of a text of at most `maxWords` words, or undefined for a longer one. Rule lists
 * hold short lines, so a long paragraph is read only as far as it takes to tell that it is
 * longer: a beginning of a text never has more words than the whole.
 */
export function shortMatchKey(text: string, maxWords: number): string | undefined {
  for (let reach = (maxWords + 1) * CHARS_PER_WORD; ; reach *= 2) {
    const words = matchWords(text.slice(0, reach));
    if (words.length > maxWords) return undefined;
    if (reach >= text.length) return words.join(" ");
  }
}
