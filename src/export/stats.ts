/**
 * What the archive holds, counted (`arshif stats`): stories and articles by country, topic,
 * official, source, year and month. A story counts once however many copies it has; articles
 * count every copy. Pure: the archive in, the counts (or a table of them) out.
 */
import { officialKey, type Archive } from "../archive/index.ts";
import type { ArticleRecord } from "../record.ts";

export interface StatRow {
  /** What is counted: an ISO code, a topic id, an official's name|country, a source, YYYY, YYYY-MM. */
  key: string;
  /** How a reader knows it: a country's or topic's name, an official's name. */
  label: string;
  stories: number;
  articles: number;
}

export interface ArchiveStats {
  articles: number;
  stories: number;
  /** Articles that are copies of a story another article tells. */
  copies: number;
  countries: StatRow[];
  topics: StatRow[];
  officials: StatRow[];
  sources: StatRow[];
  years: StatRow[];
  months: StatRow[];
}

export const STAT_SECTIONS = ["countries", "topics", "officials", "sources", "years", "months"] as const;
export type StatSection = (typeof STAT_SECTIONS)[number];

/**
 * The counts of an archive. `sourceName` says which source a record's source as written stands
 * for (data/sources.yaml: واس and وكالة الأنباء السعودية are one); by default each is its own.
 */
export function archiveStats(archive: Archive, sourceName: (written: string) => string = (written) => written): ArchiveStats {
  const storyOf = (article: ArticleRecord) => archive.storyOf.get(article.id)?.main.id ?? article.id;
  const count = (keys: (article: ArticleRecord) => string[], label: (key: string) => string) => tally(archive.articles, storyOf, keys, label);
  const same = (key: string) => key;
  return {
    articles: archive.articles.length,
    stories: archive.stories.length,
    copies: archive.articles.length - archive.stories.length,
    countries: count((a) => a.countries, (code) => archive.countryByCode[code]?.name ?? code),
    topics: count((a) => a.topics, (id) => archive.topicById[id]?.label ?? id),
    officials: count((a) => a.officials.map(officialKey), (key) => archive.officialByKey[key]?.name ?? key),
    sources: count((a) => (a.source ? [sourceName(a.source)] : []), same),
    years: newestFirst(count((a) => (a.date ? [a.date.slice(0, 4)] : []), same)),
    months: newestFirst(count((a) => (a.date ? [a.date.slice(0, 7)] : []), same)),
  };
}

/** Years and months read best in time order, newest first. */
function newestFirst(rows: StatRow[]): StatRow[] {
  return rows.sort((a, b) => (a.key < b.key ? 1 : a.key > b.key ? -1 : 0));
}

/** Per key, the articles and the distinct stories that have it: the most stories first, then by key. */
function tally(articles: readonly ArticleRecord[], storyOf: (a: ArticleRecord) => string, keysOf: (a: ArticleRecord) => string[], label: (key: string) => string): StatRow[] {
  const counts = new Map<string, { stories: Set<string>; articles: number }>();
  for (const article of articles) {
    for (const key of new Set(keysOf(article))) {
      let entry = counts.get(key);
      if (!entry) counts.set(key, (entry = { stories: new Set(), articles: 0 }));
      entry.stories.add(storyOf(article));
      entry.articles++;
    }
  }
  return [...counts]
    .map(([key, { stories, articles: n }]) => ({ key, label: label(key), stories: stories.size, articles: n }))
    .sort((a, b) => b.stories - a.stories || b.articles - a.articles || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

const SECTION_TITLES: Record<StatSection, string> = {
  countries: "by country",
  topics: "by topic",
  officials: "by official",
  sources: "by source",
  years: "by year",
  months: "by month",
};

/**
 * The counts as a table for a terminal: numbers first, right-aligned, the name last, so that
 * right-to-left names never push a column out of line. At most `limit` rows a section (0: all).
 */
export function statsTable(stats: ArchiveStats, limit: number): string {
  const lines = [`${stats.articles} articles, ${stats.stories} stories, ${stats.copies} copies of a story told by another article`];
  for (const section of STAT_SECTIONS) {
    const rows = stats[section];
    const shown = limit > 0 ? rows.slice(0, limit) : rows;
    const width = Math.max(7, ...shown.map((row) => String(row.articles).length));
    lines.push("", `${SECTION_TITLES[section]} (${rows.length})`, `  ${"stories".padStart(width)}  ${"articles".padStart(width)}  name`);
    for (const row of shown) lines.push(`  ${String(row.stories).padStart(width)}  ${String(row.articles).padStart(width)}  ${rowName(section, row)}`);
    if (shown.length < rows.length) lines.push(`  … ${rows.length - shown.length} more (--limit 0 shows all)`);
  }
  return lines.join("\n");
}

function rowName(section: StatSection, row: StatRow): string {
  const name = row.label === row.key ? row.key : `${row.label} (${section === "officials" ? row.key.split("|")[1] || "—" : row.key})`;
  return name.replace(/[\u0000-\u001f\u007f-\u009f]/g, " "); // a terminal never gets control characters from an article
}
