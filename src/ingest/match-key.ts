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

/** The words of a text's beginning in matching form, and whether that beginning is the whole text. */
interface Leading {
  text: string;
  reach: number;
  words: string[];
}

/**
 * The texts asked of last: each rule (boilerplate, agency, caption, the headline again) asks
 * about the same block in turn, so its leading words are read once for all of them.
 */
const recent: Leading[] = [];
const RECENT_TEXTS = 8;
let oldest = 0;

/**
 * The key of a text of at most `maxWords` words, or undefined for a longer one. Rule lists
 * hold short lines, so a long paragraph is read only as far as it takes to tell that it is
 * longer: a beginning of a text never has more words than the whole.
 */
export function shortMatchKey(text: string, maxWords: number): string | undefined {
  const leading = leadingWords(text);
  for (let reach = Math.max(leading.reach * 2, (maxWords + 1) * CHARS_PER_WORD); leading.reach < text.length && leading.words.length <= maxWords; reach *= 2) {
    leading.words = matchWords(text.slice(0, reach));
    leading.reach = reach;
  }
  return leading.words.length > maxWords ? undefined : leading.words.join(" ");
}

function leadingWords(text: string): Leading {
  for (const leading of recent) if (leading.text === text) return leading;
  const leading = { text, reach: 0, words: [] };
  if (recent.length < RECENT_TEXTS) recent.push(leading);
  else recent[(oldest = (oldest + 1) % RECENT_TEXTS)] = leading;
  return leading;
}
