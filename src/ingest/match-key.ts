import { matchWords } from "../text/normalize.ts";

/**
 * A line in matching form with punctuation and spacing dropped: how rule lists (boilerplate,
 * agencies, labels) compare against text, so that spelling variants meet.
 */
export function matchKey(text: string): string {
  return matchWords(text).join(" ");
}
