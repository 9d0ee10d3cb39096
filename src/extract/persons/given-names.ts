import { matchWords } from "../../text/normalize.ts";

/** data/given-names.yaml, as written: given names by group, and the names that are also common words. */
export interface GivenNamesFile {
  names?: Record<string, string[]>;
  also_words?: string[];
}

/** Given names in matching form: what the person tagger's token classes know of first names. */
export interface GivenNameKnowledge {
  /** Given names that are seldom anything else (جون، فيديريكا، فلاديمير). */
  names: Set<string>;
  /** Given names that are also common words of news prose (أمل، سلام، عادل). */
  alsoWords: Set<string>;
}

/** One word in matching form, or an error naming the entry. */
function oneWord(entry: unknown, where: string): string {
  if (typeof entry !== "string") throw new Error(`${where}: ${JSON.stringify(entry)} is not a word`);
  const words = matchWords(entry);
  if (words.length !== 1) throw new Error(`${where}: "${entry}" is not one word (write each word of a name as an entry of its own)`);
  return words[0]!;
}

export function compileGivenNames(file: GivenNamesFile): GivenNameKnowledge {
  const alsoWords = new Set<string>();
  const alsoList: unknown = file.also_words ?? [];
  if (!Array.isArray(alsoList)) throw new Error("also_words is not a list");
  for (const entry of alsoList) alsoWords.add(oneWord(entry, "also_words"));
  const names = new Set<string>();
  const groups: unknown = file.names ?? {};
  if (typeof groups !== "object" || groups === null || Array.isArray(groups)) throw new Error("names is not a map of groups to lists of names");
  for (const [group, list] of Object.entries(groups)) {
    if (!Array.isArray(list)) throw new Error(`names.${group} is not a list`);
    for (const entry of list) {
      const word = oneWord(entry, `names.${group}`);
      if (!alsoWords.has(word)) names.add(word);
    }
  }
  return { names, alsoWords };
}
