import type { ArticleRecord, Official } from "../record.ts";

/** An official as one identity across the archive, with a page of their own. */
export interface OfficialEntry extends Official {
  slug: string;
  articles: ArticleRecord[];
}

export interface CountryEntry {
  /** ISO 3166-1 alpha-2, upper case. */
  code: string;
  /** Lower-case code, used in URLs. */
  slug: string;
  name: string;
  articles: ArticleRecord[];
}

export interface TopicEntry {
  id: string;
  label: string;
  articles: ArticleRecord[];
}

export interface Archive {
  /** Newest first; undated articles last. */
  articles: ArticleRecord[];
  countries: CountryEntry[];
  topics: TopicEntry[];
  officials: OfficialEntry[];
  /** Lookups for templates, so a page finds its links without scanning the lists. */
  countryByCode: Record<string, CountryEntry>;
  topicById: Record<string, TopicEntry>;
  /** Keyed by officialKey(). */
  officialByKey: Record<string, OfficialEntry>;
}

export interface ArchiveNaming {
  countryName(code: string): string;
  topicLabel(id: string): string;
  officialSlug(official: Official): string;
}

/**
 * Groups records into the archive's indexes. Every list is in a defined order, so the
 * same records always give the same archive (and the same site).
 */
export function buildArchive(records: readonly ArticleRecord[], naming: ArchiveNaming): Archive {
  const articles = [...records].sort(newestFirst);
  const byCountry = groupBy(articles, (a) => a.countries);
  const byTopic = groupBy(articles, (a) => a.topics);
  const byOfficial = groupBy(articles, (a) => a.officials.map(officialKey));
  const officialOf = new Map(articles.flatMap((a) => a.officials.map((o) => [officialKey(o), o] as const)));

  const countries = [...byCountry]
      .map(([code, list]) => ({ code, slug: code.toLowerCase(), name: naming.countryName(code), articles: list }))
      .sort(byCountThenKey((c) => c.code));
  const topics = [...byTopic]
      .map(([id, list]) => ({ id, label: naming.topicLabel(id), articles: list }))
      .sort(byCountThenKey((t) => t.id));
  const officials = [...byOfficial]
      .map(([key, list]) => {
        const official = officialOf.get(key)!;
        return { ...official, slug: naming.officialSlug(official), articles: list };
      })
      .sort(byCountThenKey((o) => o.name));

  return {
    articles,
    countries,
    topics,
    officials,
    countryByCode: Object.fromEntries(countries.map((c) => [c.code, c])),
    topicById: Object.fromEntries(topics.map((t) => [t.id, t])),
    officialByKey: Object.fromEntries(officials.map((o) => [officialKey(o), o])),
  };
}

export function officialKey(official: Official): string {
  return `${official.name}|${official.country ?? ""}`;
}

function groupBy(articles: readonly ArticleRecord[], keys: (a: ArticleRecord) => string[]): Map<string, ArticleRecord[]> {
  const groups = new Map<string, ArticleRecord[]>();
  for (const article of articles) {
    for (const key of new Set(keys(article))) {
      const list = groups.get(key);
      if (list) list.push(article);
      else groups.set(key, [article]);
    }
  }
  return groups;
}

/** Dated articles newest first, then undated ones; ties by id so the order never depends on input order. */
export function newestFirst(a: ArticleRecord, b: ArticleRecord): number {
  if (a.date !== b.date) {
    if (!a.date) return 1;
    if (!b.date) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function byCountThenKey<T extends { articles: unknown[] }>(key: (item: T) => string) {
  return (a: T, b: T) => b.articles.length - a.articles.length || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
}
