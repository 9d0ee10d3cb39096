import type { ArticleRecord, Official } from "../record.ts";
import { publicationDate } from "../record-values.ts";
import { uniqueSlugs } from "./slugs.ts";
import { onePerStory, STORY_SETTINGS, storyGroups, type StoryGroup, type StoryList, type StorySketch } from "./story-groups.ts";

export type { StoryList };

/** Another official as seen from one page: enough to link to them, and how often they meet. */
export interface OfficialMention {
  name: string;
  slug: string;
  role?: string;
  count: number;
}

export interface TopicMention {
  id: string;
  slug: string;
  label: string;
  count: number;
}

/**
 * An official as one identity across the archive. Only one listed in the officials file, or
 * named by two words or more in two stories or more, has a page of their own: a name read from
 * one story alone is too often a misreading, and a first name alone tells no one who is meant;
 * those are shown as text on their articles.
 */
export interface OfficialEntry extends Official, StoryList {
  slug: string;
  hasPage: boolean;
  /** Every role the archive gives them, the most frequent first. */
  roles: string[];
  /** The officials most often named in the same articles, the most frequent first. */
  coMentioned: OfficialMention[];
}

export interface CountryEntry extends StoryList {
  /** ISO 3166-1 alpha-2, upper case. */
  code: string;
  /** Lower-case code, used in URLs. */
  slug: string;
  name: string;
  /** Officials of this country, the most covered first. */
  officials: OfficialMention[];
  /** What its articles are most often about. */
  topics: TopicMention[];
}

export interface TopicEntry extends StoryList {
  id: string;
  /** The id in URL form, unique among topics; the id itself for every id of the shipped taxonomy. */
  slug: string;
  label: string;
}

export interface MonthEntry extends StoryList {
  /** "YYYY-MM". */
  key: string;
  year: number;
  month: number;
}

export interface Archive {
  /** Newest first; undated articles last. */
  articles: ArticleRecord[];
  /** The same without the copies of a story: one article per story (story-groups.ts). */
  stories: ArticleRecord[];
  /** The story of every article that has copies or is one, by article id. */
  storyOf: Map<string, StoryGroup>;
  countries: CountryEntry[];
  topics: TopicEntry[];
  officials: OfficialEntry[];
  /** Months that have articles, newest first. */
  months: MonthEntry[];
  /** Undated articles, one per story, and the undated copies left out. */
  undated: ArticleRecord[];
  undatedCopies: number;
  /** Keyed by article id: the stories that share the most countries and officials with it (a copy has its main article's). */
  related: Map<string, ArticleRecord[]>;
  /** Lookups for templates, so a page finds its links without scanning the lists (see lookup()). */
  countryByCode: Readonly<Record<string, CountryEntry>>;
  topicById: Readonly<Record<string, TopicEntry>>;
  /** Keyed by officialKey(). */
  officialByKey: Readonly<Record<string, OfficialEntry>>;
}

export interface ArchiveNaming {
  countryName(code: string): string;
  topicLabel(id: string): string;
  /** The slug an official's page asks for; the archive makes it unique among identities. */
  officialSlug(official: Official): string;
  /** Whether the officials file lists the name: such an official has a page even when named in one story. */
  isListedOfficial?(name: string): boolean;
}

/** Stories an official must be named in to have a page, unless the officials file lists them. */
export const STORIES_FOR_AN_OFFICIAL_PAGE = 2;

/** Two words at least: a first name alone ("إبراهيم", "فهد") does not tell a reader who is meant. */
function isFullName(name: string): boolean {
  return name.trim().split(/\s+/u).length >= 2;
}

const MENTIONS_SHOWN = 8;
const RELATED_SHOWN = 5;

/**
 * Groups records into the archive's indexes. Every list is in a defined order, so the
 * same records always give the same archive (and the same site). Every page the archive
 * implies has an address of its own (slugs.ts), and a date that is no calendar date counts
 * as no date. `sketches` holds, by article file, the sketches of stories kept where they were
 * read (story-groups.ts); the others are made here.
 */
export function buildArchive(records: readonly ArticleRecord[], naming: ArchiveNaming, sketches?: ReadonlyMap<string, StorySketch>): Archive {
  const articles = readableRecords(records).sort(newestFirst);
  const { groupOf: storyOf } = storyGroups(articles, STORY_SETTINGS, (article) => sketches?.get(article.file));
  const perStory = (list: ArticleRecord[]) => onePerStory(list, storyOf);
  const byCountry = groupBy(articles, (a) => a.countries);
  const byTopic = groupBy(articles, (a) => a.topics);
  const byOfficial = groupBy(articles, (a) => a.officials.map(officialKey));
  const byMonth = groupBy(articles, (a) => (a.date ? [a.date.slice(0, 7)] : []));

  const officials = withSlugs([...byOfficial].map(([key, list]) => officialEntry(key, list, perStory, naming)), officialKey, naming.officialSlug)
      .sort(byCountThenKey((o) => o.name));
  const officialByKey = lookup(officials.map((o) => [officialKey(o), o]));
  const withPage = (key: string) => officialByKey[key]!.hasPage;
  for (const official of officials) {
    official.coMentioned = coMentioned(officialKey(official), official.articles, withPage).map(([key, count]) => mentionOf(officialByKey[key]!, count));
  }
  const officialsByCountry = groupBy(officials.filter((o) => o.hasPage), (o) => (o.country ? [o.country] : []));

  const topics = withSlugs([...byTopic].map(([id, list]) => ({ id, label: naming.topicLabel(id), ...perStory(list) })), (t) => t.id, (t) => t.id)
      .sort(byCountThenKey((t) => t.id));
  const topicById = lookup(topics.map((t) => [t.id, t]));
  const countries = withSlugs([...byCountry].map(([code, list]) => ({ code, ...perStory(list) })), (c) => c.code, (c) => c.code.toLowerCase())
      .map(({ code, slug, articles: list, copies }): CountryEntry => ({
        code,
        slug,
        name: naming.countryName(code),
        articles: list,
        copies,
        officials: (officialsByCountry.get(code) ?? []).slice(0, MENTIONS_SHOWN).map((o) => mentionOf(o, o.articles.length)),
        topics: rankByCount(list.flatMap((a) => a.topics)).slice(0, MENTIONS_SHOWN).map(([id, count]) => topicMention(topicById[id]!, count)),
      }))
      .sort(byCountThenKey((c) => c.code));
  const months = [...byMonth].map(([key, list]) => ({ key, year: Number(key.slice(0, 4)), month: Number(key.slice(5, 7)), ...perStory(list) }));
  const stories = articles.filter((a) => !isCopy(a, storyOf));

  return {
    articles,
    stories,
    storyOf,
    countries,
    topics,
    officials,
    months,
    ...undatedStories(perStory(articles.filter((a) => !a.date))),
    related: relatedArticles(stories, articles, storyOf),
    countryByCode: lookup(countries.map((c) => [c.code, c])),
    topicById,
    officialByKey,
  };
}

export function officialKey(official: Official): string {
  return `${official.person ?? official.name}|${official.country ?? ""}`;
}

/** The records with an id each of its own (the same file keeps its id) and a date only where it is a real one. */
function readableRecords(records: readonly ArticleRecord[]): ArticleRecord[] {
  const ids = uniqueSlugs(records.map((record) => ({ key: record.file, slug: record.id })));
  return records.map((record, i) => {
    const date = record.date === undefined ? undefined : publicationDate(record.date);
    if (ids[i] === record.id && date === record.date) return record;
    const { date: _unread, ...rest } = record;
    return { ...rest, id: ids[i]!, ...(date && { date }) };
  });
}

function withSlugs<T extends object>(items: T[], keyOf: (item: T) => string, wanted: (item: T) => string): (T & { slug: string })[] {
  const slugs = uniqueSlugs(items.map((item) => ({ key: keyOf(item), slug: wanted(item) })));
  return items.map((item, i) => ({ ...item, slug: slugs[i]! }));
}

/**
 * An index by keys that come from user data (a topic id, a country code, a name): no key can
 * reach a prototype. Frozen too, because Eleventy's data merge copies every plain object it
 * is given key by key (`copy["__proto__"] = …` would change Object.prototype), except frozen ones.
 */
function lookup<T>(entries: [string, T][]): Readonly<Record<string, T>> {
  const index: Record<string, T> = Object.create(null);
  for (const [key, value] of entries) Object.defineProperty(index, key, { value, enumerable: true });
  return Object.freeze(index);
}

function officialEntry(key: string, all: ArticleRecord[], perStory: (list: ArticleRecord[]) => StoryList, naming: ArchiveNaming): Omit<OfficialEntry, "slug"> {
  const { name, person, country, aliases } = all[0]!.officials.find((o) => officialKey(o) === key)!;
  const roles = rankByCount(all.flatMap((a) => a.officials.filter((o) => o.role && officialKey(o) === key).map((o) => o.role!)));
  const stories = perStory(all);
  return {
    name: person ?? name,
    ...(aliases?.length && { aliases }),
    ...(roles[0] && { role: roles[0][0] }),
    ...(country && { country }),
    ...stories,
    hasPage: naming.isListedOfficial?.(person ?? name) === true || (stories.articles.length >= STORIES_FOR_AN_OFFICIAL_PAGE && isFullName(person ?? name)),
    roles: roles.map(([role]) => role),
    coMentioned: [],
  };
}

function topicMention(topic: TopicEntry, count: number): TopicMention {
  return { id: topic.id, slug: topic.slug, label: topic.label, count };
}

function mentionOf(official: OfficialEntry, count: number): OfficialMention {
  return { name: official.name, slug: official.slug, ...(official.role && { role: official.role }), count };
}

/** The officials with a page named in the same articles as `key`, with how many articles they share. */
function coMentioned(key: string, articles: readonly ArticleRecord[], hasPage: (key: string) => boolean): [string, number][] {
  const others = articles.flatMap((a) => [...new Set(a.officials.map(officialKey))].filter((k) => k !== key && hasPage(k)));
  return rankByCount(others).slice(0, MENTIONS_SHOWN);
}

/** Distinct values, the most frequent first, ties in code-point order. */
function rankByCount(values: readonly string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort(([a, x], [b, y]) => y - x || compare(a, b));
}

function undatedStories({ articles, copies }: StoryList): Pick<Archive, "undated" | "undatedCopies"> {
  return { undated: articles, undatedCopies: copies };
}

/** Whether the article is a copy of a story whose main article is another. */
function isCopy(article: ArticleRecord, storyOf: ReadonlyMap<string, StoryGroup>): boolean {
  const group = storyOf.get(article.id);
  return group !== undefined && group.main !== article;
}

/**
 * For every story, the stories that share the most officials (which weigh more) and
 * countries with it, the nearest in time first among equals; a copy has its main article's.
 * Candidates are the stories next to it in each of its groups, so a country with 50,000
 * articles costs no more than one with 50: the whole runs in about n · groups per article · window.
 */
function relatedArticles(stories: readonly ArticleRecord[], articles: readonly ArticleRecord[], storyOf: ReadonlyMap<string, StoryGroup>): Map<string, ArticleRecord[]> {
  const related = relatedStories(stories);
  for (const article of articles) if (isCopy(article, storyOf)) related.set(article.id, related.get(storyOf.get(article.id)!.main.id) ?? []);
  return related;
}

function relatedStories(articles: readonly ArticleRecord[]): Map<string, ArticleRecord[]> {
  const WINDOW = 10;
  const position = new Map(articles.map((a, i) => [a.id, i]));
  const groups = [
    ...groupBy(articles, (a) => a.countries.map((c) => `country ${c}`)),
    ...groupBy(articles, (a) => a.officials.map((o) => `official ${officialKey(o)}`)),
  ];
  const memberships = new Map<string, { list: ArticleRecord[]; index: number }[]>();
  for (const [, list] of groups) {
    list.forEach((article, index) => {
      const entries = memberships.get(article.id) ?? [];
      entries.push({ list, index });
      memberships.set(article.id, entries);
    });
  }

  const keys = new Map(articles.map((article) => [article, { officials: new Set(article.officials.map(officialKey)), countries: new Set(article.countries) }]));
  const related = new Map<string, ArticleRecord[]>();
  for (const article of articles) {
    const candidates = new Set<ArticleRecord>();
    for (const { list, index } of memberships.get(article.id) ?? []) {
      for (const other of list.slice(Math.max(0, index - WINDOW), index + WINDOW + 1)) if (other !== article) candidates.add(other);
    }
    const here = position.get(article.id)!;
    related.set(article.id, [...candidates]
        .map((other) => ({ other, score: sharedScore(keys.get(article)!, keys.get(other)!), distance: Math.abs(position.get(other.id)! - here) }))
        .sort((a, b) => b.score - a.score || a.distance - b.distance || compare(a.other.id, b.other.id))
        .slice(0, RELATED_SHOWN)
        .map(({ other }) => other));
  }
  return related;
}

/** The officials (twice) and countries two articles share. */
function sharedScore(a: ArticleKeys, b: ArticleKeys): number {
  return 2 * sharedCount(a.officials, b.officials) + sharedCount(a.countries, b.countries);
}

interface ArticleKeys {
  officials: ReadonlySet<string>;
  countries: ReadonlySet<string>;
}

function sharedCount(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let count = 0;
  for (const key of a) if (b.has(key)) count++;
  return count;
}

function groupBy<T>(items: readonly T[], keys: (item: T) => string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of new Set(keys(item))) {
      const list = groups.get(key);
      if (list) list.push(item);
      else groups.set(key, [item]);
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
  return compare(a.id, b.id);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function byCountThenKey<T extends StoryList>(key: (item: T) => string) {
  return (a: T, b: T) => b.articles.length - a.articles.length || compare(key(a), key(b));
}
