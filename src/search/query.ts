import { tokenize, stripArticle, cliticReadings } from "../text/normalize.ts";
import { arabicOfKey, queryWordKeys, transliterate, typedWordKey } from "./keys.ts";

/** A word of a reader's query. */
export interface QueryWord {
  /** As typed. */
  text: string;
  /** The keys it may stand for, the likeliest first (src/search/keys.ts). */
  keys: string[];
  /** Its key as typed, clitics and all (typedWordKey). */
  typed: string;
  /** The word to show when the archive word `corrected` stands for its reading `key`: what was typed before the stem, then the archive's word. */
  corrected(key: string, corrected: string): string;
}

export function queryWords(query: string): QueryWord[] {
  return tokenize(query)
    .filter((token) => token.kind !== "punct")
    .map((token) => ({ text: token.text, folded: token.folded, keys: queryWordKeys(token.folded) }))
    .filter((word) => word.keys.length > 0)
    .map(({ text, folded, keys }) => ({ text, keys, typed: typedWordKey(folded) ?? keys[0]!, corrected: (key: string, corrected: string) => correctedWord(text, folded, key, corrected) }));
}

function correctedWord(text: string, folded: string, key: string, corrected: string): string {
  const stem = cliticReadings(folded).map(stripArticle).find((reading) => transliterate(reading) === key) ?? "";
  const before = folded.endsWith(stem) ? folded.slice(0, folded.length - stem.length) : "";
  const word = before + arabicOfKey(corrected);
  // The matching form writes ة as ه; a reader who typed ة wants to see it.
  return /ة$/u.test(text) && word.endsWith("ه") ? word.slice(0, -1) + "ة" : word;
}
