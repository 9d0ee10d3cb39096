import type { CountriesFile } from "../extract/countries.ts";
import type { ArticleRecord } from "../record.ts";
import { formatNumber, type Digits } from "../site/format.ts";
import { countrySpellings, officialSpellings } from "./aliases.ts";
import { ALIAS_GROUP_SEPARATOR, HEADLINE_FIELD, keySequence, textKeys } from "./keys.ts";
import { remembered } from "../ingest/remembered.ts";
import { officialKey, type Archive } from "../archive/index.ts";

/** What Pagefind's addCustomRecord takes (its own type is not exported by name). */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

export interface RecordContext {
  archive: Archive;
  countries: CountriesFile | undefined;
  digits: Digits;
  /** Keys of spellings already worked out, shared by the records of one index. */
  memo?: Map<string, string[]>;
  /** Each country's spellings, by code, once worked out. */
  spellingsMemo?: Map<string, string[]>;
  /** The address of a source as its page has it, by the source as an article writes it. */
  sourceSlug?: (written: string) => string | undefined;
}

/**
 * What a story's search record is made from: the article as the index needs it (not its story,
 * only its first words) and what the archive says of it. Plain data, cheap to make: the records
 * themselves are made from it in the search index's thread, and only for the shards whose part of
 * the index is not kept from an earlier build (src/search/index-site.ts).
 */
export interface SearchInput {
  id: string;
  title: string;
  source?: string;
  place?: string;
  /** The day of the article ("" when undated): its shard's, and the result's date. */
  day: string;
  /** The keys of the article's own words (articleSearchWords). */
  words: string;
  /** The first words of the story, which the result shows. */
  excerpt: string;
  /** Each group of spellings of a country or an official the article names. */
  aliases: string[][];
  /** How many copies the story has, written as the pages write numbers; absent when none. */
  copies?: string;
  filters: Record<string, string[]>;
}

/**
 * One article as the search index holds it. Pagefind searches its `content`, which here is the
 * article's search keys (src/search/keys.ts) in the order of its words, so that Pagefind ranks
 * by how often they occur; then every spelling of its countries and officials. The
 * story is not in the index (Pagefind indexes metadata too, which doubled its work), only its
 * first words, which the result shows. Filters are keyed by ISO code and
 * topic id. The URL is left without the path prefix: the client adds it (baseUrl).
 * No sort key: the index lists its stories newest first (src/search/index-site.ts), so a
 * result's place in that list is its age, and the client sorts by it.
 */
export function searchRecord(article: ArticleRecord, context: RecordContext, words = articleSearchWords(article)): SearchRecord {
  return recordOf(searchInput(article, context, words), context.memo);
}

/** What the archive says of an article that its search record needs (see SearchInput). */
export function searchInput(article: ArticleRecord, context: RecordContext, words: string): SearchInput {
  const day = article.date?.slice(0, 10) ?? "";
  return {
    id: article.id,
    title: article.title,
    ...(article.source !== undefined && { source: article.source }),
    ...(article.place !== undefined && { place: article.place }),
    day,
    words,
    excerpt: storyOpening(article.paragraphs),
    aliases: aliasSpellings(article, context),
    ...copiesMeta(context.archive.storyOf.get(article.id)?.copies.length, context.digits),
    filters: {
      country: article.countries,
      topic: article.topics,
      // The day is a filter, not metadata: Pagefind searches metadata as words, and a year in every
      // record made a search for it match every page (8 s at 31k). The bundle hands it to the page
      // as metadata once the index is made (src/search/shards.ts).
      ...(day ? { year: [day.slice(0, 4)], month: [day.slice(0, 7)], [DAY_FILTER]: [day] } : {}),
      ...(article.source ? { source: [context.sourceSlug?.(article.source) ?? article.source] } : {}),
      official: officialSlugs(article, context.archive),
    },
  };
}

/** The search record of a story (see searchRecord); `memo` keeps the keys of spellings that recur across records. */
export function recordOf(input: SearchInput, memo?: Map<string, string[]>): SearchRecord {
  const aliases = input.aliases.map((spellings) => groupKeys(spellings, memo));
  return {
    url: `/articles/${input.id}/`,
    content: searchContent(input.words, input, aliases),
    language: "ar",
    meta: {
      title: input.title,
      ...(input.source ? { source: input.source } : {}),
      ...(input.copies ? { copies: input.copies } : {}),
      aliases: aliases.map((keys) => keys.join(" ")).join(ALIAS_GROUP_SEPARATOR),
      [HEADLINE_FIELD]: [...textKeys(input.title)].join(" "),
      excerpt: input.excerpt,
    },
    filters: input.filters,
  };
}

/** The filter that carries a record's day, for the index to move into its metadata (src/search/shards.ts). */
export const DAY_FILTER = "day";

/** The metadata fields written in search keys: the index holds their words, where the page asks which field a word was found in. */
export const KEY_FIELDS: ReadonlySet<string> = new Set(["aliases", HEADLINE_FIELD]);

/** Every metadata field a record may have, in the order the index numbers them (Pagefind's: by name). */
export const SEARCH_FIELDS: readonly string[] = ["aliases", "copies", "excerpt", HEADLINE_FIELD, "source", "title"].sort();

/**
 * The first words of the story, for the result's excerpt: the page would otherwise fetch each
 * result's article, several times the bytes of the search itself.
 */
function storyOpening(paragraphs: readonly string[]): string {
  const words: string[] = [];
  for (const paragraph of paragraphs) {
    words.push(...paragraph.split(/\s+/).filter(Boolean));
    if (words.length > OPENING_WORDS) break;
  }
  return words.slice(0, OPENING_WORDS).join(" ") + (words.length > OPENING_WORDS ? " …" : "");
}

const OPENING_WORDS = 40;

/** The address (slug) of each official the article names who has a page. */
function officialSlugs(article: ArticleRecord, archive: Archive): string[] {
  const slugs = article.officials.map((official) => archive.officialByKey[officialKey(official)]).map((entry) => (entry?.hasPage ? entry.slug : undefined));
  return [...new Set(slugs.filter((slug): slug is string => Boolean(slug)))];
}

/**
 * Pagefind ranks by how often a word occurs, and stores where each occurrence is: beyond a few,
 * more occurrences change the ranking little and make the index of a common word much larger.
 */
const MAX_OCCURRENCES = 3;

/**
 * The keys of an article's own words: the headline's first, so its words always count, then the
 * story's, each key at most MAX_OCCURRENCES times. It depends on the article alone, so it is
 * made once, where the article is read, and kept with its record.
 */
export function articleSearchWords(article: Pick<ArticleRecord, "title" | "paragraphs">): string {
  return withinOccurrences([...keySequence(article.title), ...keySequence(article.paragraphs.join("\n"))], new Map()).join(" ");
}

/** The keys of one group of spellings, each once; the same groups recur across an archive, hence the memo. */
function groupKeys(spellings: string[], memo: Map<string, string[]> | undefined): string[] {
  const text = spellings.join("\n");
  return memo ? remembered(memo, text, () => [...textKeys(text)]) : [...textKeys(text)];
}

/** The article's words, then what it is about (source, place) and every alias once. */
function searchContent(words: string, article: Pick<SearchInput, "source" | "place">, aliasKeys: string[][]): string {
  // Not the year: a key every article of a year holds made a search for that number match most of
  // the archive, and Pagefind's time grows with the pages matched. The year filter finds them.
  const about = [article.source, article.place].join("\n");
  const aboutKeys = [...new Set([...textKeys(about), ...aliasKeys.flat()])];
  const padded = ` ${words} `;
  const seen = new Map(aboutKeys.map((key) => [key, occurrences(padded, key)]));
  return [...(words ? [words] : []), ...withinOccurrences(aboutKeys, seen)].join(" ");
}

/** How often a key occurs among the words (space-separated, with a space at either end), up to MAX_OCCURRENCES. */
function occurrences(paddedWords: string, key: string): number {
  const needle = ` ${key} `;
  let count = 0;
  for (let at = paddedWords.indexOf(needle); at >= 0 && count < MAX_OCCURRENCES; at = paddedWords.indexOf(needle, at + needle.length - 1)) count++;
  return count;
}

/** The keys in order, each kept while it has occurred at most MAX_OCCURRENCES times (counting `seen`). */
function withinOccurrences(keys: string[], seen: Map<string, number>): string[] {
  return keys.filter((key) => {
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    return count <= MAX_OCCURRENCES;
  });
}

/** How many copies of the story the archive has, written for the result to say so (none when it has none). */
function copiesMeta(copies: number | undefined, digits: Digits): { copies?: string } {
  return copies ? { copies: formatNumber(copies, digits) } : {};
}

/** The spellings of each country and each official with other spellings that the article names. */
function aliasSpellings(article: ArticleRecord, { archive, countries, spellingsMemo }: RecordContext): string[][] {
  const spellingsOf = (code: string) => countrySpellings(code, countries, archive.countryByCode[code]?.name);
  return [
    ...article.countries.map((code) => (spellingsMemo ? remembered(spellingsMemo, code, () => spellingsOf(code)) : spellingsOf(code))),
    ...article.officials.filter((official) => official.aliases?.length).map(officialSpellings),
  ];
}
