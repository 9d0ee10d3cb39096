import type { CountriesFile } from "../extract/countries.ts";
import type { Archive } from "../archive/index.ts";
import type { ArticleRecord } from "../record.ts";
import { formatGregorian, type Digits } from "../site/format.ts";
import { countrySpellings, officialSpellings } from "./aliases.ts";
import { ALIAS_GROUP_SEPARATOR, keySequence, textKeys } from "./keys.ts";

/** What Pagefind's addCustomRecord takes (its own type is not exported by name). */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

export interface RecordContext {
  archive: Archive;
  countries: CountriesFile | undefined;
  digits: Digits;
}

/**
 * One article as the search index holds it. Pagefind searches its `content`, which here is the
 * article's search keys (src/search/keys.ts) in the order of its words, so that Pagefind ranks
 * by how often they occur; then every spelling of its countries and officials. The
 * text a reader sees travels as metadata, for excerpts. Filters are keyed by ISO code and
 * topic id. The URL is left without the path prefix: the client adds it (baseUrl).
 */
export function searchRecord(article: ArticleRecord, context: RecordContext): SearchRecord {
  const day = article.date?.slice(0, 10);
  const aliases = aliasSpellings(article, context);
  return {
    url: `/articles/${article.id}/`,
    content: searchContent(article, aliases).join(" "),
    language: "ar",
    meta: {
      title: article.title,
      ...(day ? { date: day, dateText: formatGregorian(day, context.digits) } : {}),
      ...(article.source ? { source: article.source } : {}),
      text: article.paragraphs.join("\n"),
      aliases: aliases.map((spellings) => [...textKeys(spellings.join("\n"))].join(" ")).join(ALIAS_GROUP_SEPARATOR),
    },
    filters: {
      country: article.countries,
      topic: article.topics,
      official: article.officials.map((official) => official.name),
      ...(day ? { year: [day.slice(0, 4)] } : {}),
    },
    sort: { date: day ?? UNDATED },
  };
}

/**
 * Pagefind ranks by how often a word occurs, and stores where each occurrence is: beyond a few,
 * more occurrences change the ranking little and make the index of a common word much larger.
 */
const MAX_OCCURRENCES = 3;

/** The headline's keys first, so its words always count, then the story's, then every alias once. */
function searchContent(article: ArticleRecord, aliases: string[][]): string[] {
  const about = [article.source, article.place, article.date?.slice(0, 4), ...aliases.flat()].join("\n");
  const seen = new Map<string, number>();
  const sequence = [...keySequence(article.title), ...keySequence(article.paragraphs.join("\n")), ...textKeys(about)];
  return sequence.filter((key) => {
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    return count <= MAX_OCCURRENCES;
  });
}

/** Pagefind leaves out of a sorted list every page without the sort key: undated articles sort last instead. */
const UNDATED = "0000-00-00";

/** The spellings of each country and each official with other spellings that the article names. */
function aliasSpellings(article: ArticleRecord, { archive, countries }: RecordContext): string[][] {
  return [
    ...article.countries.map((code) => countrySpellings(code, countries, archive.countryByCode[code]?.name)),
    ...article.officials.filter((official) => official.aliases?.length).map(officialSpellings),
  ];
}
