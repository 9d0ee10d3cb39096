import type { Archive, CountryEntry, MonthEntry, OfficialEntry, StoryList, TopicEntry } from "../archive/index.ts";
import { onePerStory, type StoryGroup } from "../archive/story-groups.ts";
import type { ArticleRecord } from "../record.ts";
import { publicationDate } from "../record-values.ts";
import { formatGregorian, formatNumber, type Digits } from "./format.ts";
import { urls } from "./links.ts";
import { summaryOf } from "./metadata.ts";
import { monthlyCounts, type MonthCount } from "./timeline-svg.ts";
import { archiveSources, type ArchiveSources, type SourceEntry } from "../archive/sources.ts";
import { sourceResolver, type SourceInfo } from "../extract/sources.ts";
import { entryDescription, listDescription } from "./descriptions.ts";
import { officialListPages, type LetterSection, type OfficialFilters } from "./official-lists.ts";
import type { RoleKind } from "./role-kinds.ts";
import { monthLinks, timePages, type MonthLinks, type TimePage } from "./time-views.ts";

/** Lists longer than this are split over /page/2/, /page/3/ … */
export const PAGE_SIZE = 50;
const LATEST_ON_HOME = 20;
const INDEXES_ON_HOME = 24;
const FEED_LENGTH = 50;
/** The most URLs one sitemap file may list (sitemaps.org). */
const SITEMAP_SIZE = 50_000;
const SEARCH_PAGE = "/search/";

/** One page of a list: its URL (without the path prefix) and the links to its neighbours. */
export interface ListPage<T> {
  url: string;
  /** The address of the list's first page: page n is at baseUrl/page/n/. */
  baseUrl: string;
  pageNumber: number;
  pageCount: number;
  items: T[];
  previousUrl?: string;
  nextUrl?: string;
}

/** A line of an index page: a country, topic, official or month, and how many articles it has. */
export interface IndexItem {
  label: string;
  url: string;
  count: number;
  note?: string;
  /** Shown instead of the count of articles, when the count is of something else. */
  countLabel?: string;
}

export interface IndexPage extends ListPage<IndexItem> {
  title: string;
  /** The title with the page number after the first page: "الصين | صفحة ٢". */
  pageTitle: string;
  description: string;
  /** Lists of officials: their items in sections by first letter (items is then empty). */
  sections?: LetterSection[];
  /** Where each letter's section of the whole list is. */
  letters?: { letter: string; id: string; url: string }[];
  filters?: OfficialFilters;
  /** Which part of the officials this list shows, and the other part. */
  shown?: { text: string; other: { label: string; url: string } };
}

export type EntryKind = "country" | "topic" | "official" | "month" | "source";

/** One page of the articles of a country, topic, official or month. */
export interface EntryPage extends ListPage<ArticleRecord> {
  kind: EntryKind;
  title: string;
  pageTitle: string;
  entry: CountryEntry | TopicEntry | OfficialEntry | MonthEntry | SourceEntry | { key: "undated" };
  /** Stories listed, and the entry's articles left out as copies of them. */
  total: number;
  copies: number;
  /** The articles per month, drawn as a timeline on the first page of countries, topics, officials and sources. */
  timeline?: TimelineData;
  /** For the page's description and previews: how many articles, which years, which page. */
  description: string;
  /** On a month's pages: its year, and the months before and after it. */
  months?: MonthLinks;
  /** The entry's own Atom and JSON feed, on its first page. */
  feed?: Feed;
}

export interface TimelineData {
  title: string;
  counts: MonthCount[];
}

export interface ArticlePage {
  article: ArticleRecord;
  /** For the page's description and previews. */
  summary: string;
  newer?: ArticleRecord;
  older?: ArticleRecord;
  related: ArticleRecord[];
  /** For the main article of a story: its copies, earliest first. */
  copies: ArticleRecord[];
  /** For a copy: the story's main article. */
  copyOf?: ArticleRecord;
}

/** A feed of the newest dated articles of the whole archive, a country or a topic. */
export interface Feed {
  /** Folder the feed files live in: /feed.xml, /countries/cn/feed.json … */
  folder: string;
  title: string;
  /** The HTML page the feed follows. */
  pageUrl: string;
  articles: ArticleRecord[];
  /** Date of the newest article. */
  updated: string;
}

export interface SiteViews {
  home: { latest: ArticleRecord[]; countries: IndexItem[]; topics: IndexItem[] };
  articles: ArticlePage[];
  indexPages: IndexPage[];
  entryPages: EntryPage[];
  /** /archive/ and a page per year. */
  timePages: TimePage[];
  /** The source of an article, by its source as written: for its name and its page. */
  sourceByText: ArchiveSources["bySourceText"];
  /** The feed of the whole archive (none when no article is dated). */
  siteFeed?: Feed;
  feeds: Feed[];
  /**
   * The sitemap index (/sitemap.xml, naming the others) and the sitemaps of at most SITEMAP_SIZE
   * pages each; none when the site's URL is unknown (sitemaps need full URLs).
   */
  sitemaps: Sitemap[];
  /** The sitemaps robots.txt names: the index. */
  sitemapUrls: string[];
}

export type Sitemap = { url: string; paths: string[] } | { url: string; sitemaps: string[] };

export interface ViewOptions {
  siteTitle: string;
  digits: Digits;
  hasSiteUrl: boolean;
  /** The sources the data files know (data/sources.yaml); by default none, each source under its own name. */
  sources?: readonly SourceInfo[];
  /** The kinds of role the officials index is filtered by (data/role-kinds.yaml); by default none. */
  roleKinds?: readonly RoleKind[];
}

/** Everything the templates show, laid out page by page from the archive. */
export function buildSiteViews(archive: Archive, { siteTitle, digits, hasSiteUrl, sources: knownSources = [], roleKinds = [] }: ViewOptions): SiteViews {
  const sources = archiveSources(archive.articles, sourceResolver(knownSources));
  const sourceLists = new Map(sources.sources.map((s) => [s, onePerStory(s.articles, archive.storyOf)]));
  const sourceItems = sources.sources.map((s) => ({ label: s.name, url: urls.source(s), count: sourceLists.get(s)!.articles.length, ...(s.full && { note: s.full }) }));
  const countryItems = archive.countries.map((c) => ({ label: c.name, url: urls.country(c), count: c.articles.length }));
  const topicItems = archive.topics.map((t) => ({ label: t.label, url: urls.topic(t), count: t.articles.length }));

  const feeds = [
    feed("/", siteTitle, "/", archive.stories),
    ...archive.countries.map((c) => feed(urls.country(c), `${siteTitle}: ${c.name}`, urls.country(c), c.articles)),
    ...archive.topics.map((t) => feed(urls.topic(t), `${siteTitle}: ${t.label}`, urls.topic(t), t.articles)),
  ].filter((f): f is Feed => f !== undefined);
  const feedOf = new Map(feeds.map((f) => [f.folder, f]));

  const entries = [
    ...archive.countries.map((c) => ({ kind: "country" as const, entry: c, title: c.name, url: urls.country(c), list: c })),
    ...archive.topics.map((t) => ({ kind: "topic" as const, entry: t, title: t.label, url: urls.topic(t), list: t })),
    ...archive.officials.filter((o) => o.hasPage).map((o) => ({ kind: "official" as const, entry: o, title: o.name, url: urls.official(o), list: o })),
    ...archive.months.map((m) => ({ kind: "month" as const, entry: m, title: formatGregorian(m.key, digits), url: urls.month(m), list: m })),
    ...sources.sources.map((s) => ({ kind: "source" as const, entry: s, title: s.name, url: urls.source(s), list: sourceLists.get(s)!, articles: s.articles })),
    ...(archive.undated.length ? [{ kind: "month" as const, entry: { key: "undated" as const }, title: "مقالات غير مؤرخة", url: urls.undated, list: { articles: archive.undated, copies: archive.undatedCopies } }] : []),
  ].flatMap((spec) => entryPages(spec, {
    feed: feedOf.get(spec.url),
    timeline: spec.kind === "month" ? undefined : { title: spec.title, counts: monthlyCounts(spec.list.articles) },
  }, digits));
  const indexes = [
    ...indexPages("الدول", "/countries/", countryItems, digits),
    ...indexPages("الموضوعات", "/topics/", topicItems, digits),
    ...officialListPages(archive, roleKinds, digits),
    ...indexPages("المصادر", "/sources/", sourceItems, digits),
  ];
  const months = monthLinks(archive.months, digits);
  for (const page of entries) {
    page.description = entryDescription(page, digits);
    if (page.kind === "month" && "month" in page.entry) page.months = months.get(page.entry.key);
  }
  const time = timePages(archive, digits);
  const pagePaths = ["/", SEARCH_PAGE, ...archive.articles.map(urls.article), ...indexes.map((p) => p.url), ...entries.map((p) => p.url), ...time.map((p) => p.url)];

  const siteSitemaps = hasSiteUrl ? sitemaps(pagePaths) : [];
  return {
    home: {
      latest: archive.stories.slice(0, LATEST_ON_HOME),
      countries: countryItems.slice(0, INDEXES_ON_HOME),
      topics: topicItems.slice(0, INDEXES_ON_HOME),
    },
    articles: archive.articles.map((article, i) => ({
      article,
      summary: summaryOf(article),
      newer: archive.articles[i - 1],
      older: archive.articles[i + 1],
      related: archive.related.get(article.id) ?? [],
      ...storyOfPage(article, archive.storyOf.get(article.id)),
    })),
    indexPages: indexes,
    entryPages: entries,
    timePages: time,
    sourceByText: sources.bySourceText,
    siteFeed: feedOf.get("/"),
    feeds,
    sitemaps: siteSitemaps,
    sitemapUrls: siteSitemaps.slice(0, 1).map((sitemap) => sitemap.url),
  };
}

/** What an article's page says of its story: the copies of a main article, or the main article of a copy. */
function storyOfPage(article: ArticleRecord, group: StoryGroup | undefined): Pick<ArticlePage, "copies" | "copyOf"> {
  if (!group) return { copies: [] };
  return group.main === article ? { copies: group.copies } : { copies: [], copyOf: group.main };
}

/**
 * The views in parts of at most `size` paginated pages (a feed counts two: Atom and JSON), each
 * with all of the views' other data: rendered one part at a time, memory holds one part's pages.
 */
export function splitViews(views: SiteViews, size: number): SiteViews[] {
  const parts: SiteViews[] = [];
  let part = emptyPart(views);
  let pages = 0;
  const add = <K extends PaginatedKey>(key: K, item: SiteViews[K][number], weight = 1) => {
    if (pages + weight > size && pages > 0) {
      parts.push(part);
      part = emptyPart(views);
      pages = 0;
    }
    (part[key] as SiteViews[K][number][]).push(item);
    pages += weight;
  };
  views.articles.forEach((page) => add("articles", page));
  views.indexPages.forEach((page) => add("indexPages", page));
  views.entryPages.forEach((page) => add("entryPages", page));
  views.feeds.forEach((feed) => add("feeds", feed, 2));
  views.timePages.forEach((page) => add("timePages", page));
  views.sitemaps.forEach((sitemap) => add("sitemaps", sitemap));
  return [...parts, part];
}

type PaginatedKey = "articles" | "indexPages" | "entryPages" | "timePages" | "feeds" | "sitemaps";

function emptyPart(views: SiteViews): SiteViews {
  return { ...views, articles: [], indexPages: [], entryPages: [], timePages: [], feeds: [], sitemaps: [] };
}

/** The sitemap index at /sitemap.xml, then /sitemap-1.xml, /sitemap-2.xml … of at most SITEMAP_SIZE pages each. */
export function sitemaps(paths: string[]): Sitemap[] {
  const sets = paginate(paths, "", SITEMAP_SIZE).map((page) => ({ url: `/sitemap-${page.pageNumber}.xml`, paths: page.items }));
  return [{ url: "/sitemap.xml", sitemaps: sets.map((set) => set.url) }, ...sets];
}

/** Splits a list into pages: the first at baseUrl, the others at baseUrl/page/<n>/. */
export function paginate<T>(items: readonly T[], baseUrl: string, size = PAGE_SIZE): ListPage<T>[] {
  const pageCount = Math.max(1, Math.ceil(items.length / size));
  const urlOf = (n: number) => (n === 1 ? baseUrl : `${baseUrl}page/${n}/`);
  return Array.from({ length: pageCount }, (_, i) => ({
    url: urlOf(i + 1),
    baseUrl,
    pageNumber: i + 1,
    pageCount,
    items: items.slice(i * size, (i + 1) * size),
    ...(i > 0 && { previousUrl: urlOf(i) }),
    ...(i + 1 < pageCount && { nextUrl: urlOf(i + 2) }),
  }));
}

function indexPages(title: string, baseUrl: string, items: IndexItem[], digits: Digits): IndexPage[] {
  return paginate(items, baseUrl).map((page) => ({ ...page, title, pageTitle: pageTitle(title, page.pageNumber, digits), description: listDescription(title, items.length, page, digits) }));
}

function pageTitle(title: string, pageNumber: number, digits: Digits): string {
  return pageNumber === 1 ? title : `${title} | صفحة ${formatNumber(pageNumber, digits)}`;
}

type EntrySpec = Pick<EntryPage, "kind" | "entry" | "title" | "url"> & { list: StoryList };

function entryPages(spec: EntrySpec, firstPageExtras: Pick<EntryPage, "timeline" | "feed">, digits: Digits): EntryPage[] {
  return paginate(spec.list.articles, spec.url).map((page) => ({
    ...page,
    kind: spec.kind,
    title: spec.title,
    pageTitle: pageTitle(spec.title, page.pageNumber, digits),
    description: "",
    entry: spec.entry,
    total: spec.list.articles.length,
    copies: spec.list.copies,
    ...(page.pageNumber === 1 && firstPageExtras),
  }));
}

/** The newest dated articles; undated ones have no place in a feed ordered by time. */
function feed(folder: string, title: string, pageUrl: string, articles: ArticleRecord[]): Feed | undefined {
  const dated = articles.filter((a) => publicationDate(a.date)).slice(0, FEED_LENGTH);
  if (dated.length === 0) return undefined;
  return { folder, title, pageUrl, articles: dated, updated: dated[0]!.date! };
}
