/**
 * Incremental rendering: every page the templates paginate over (an article, a page of a list,
 * a feed, a sitemap) has a digest of everything it is rendered from. The site keeps the digests
 * of its pages in a page list; the next build renders only the pages whose digest changed and
 * keeps the others as they are, byte for byte what rendering them would write.
 */
import { readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { officialKey, type Archive, type OfficialEntry } from "../archive/index.ts";
import type { Settings } from "../config/settings.ts";
import type { ArticleRecord, Problem } from "../record.ts";
import type { SiteViews } from "../site/pages.ts";
import type { BuildResult } from "./build-site.ts";
import { arshifDigest, dataFolderDigest, digestOf } from "./fingerprints.ts";
import { inBatches } from "../files/in-batches.ts";
import { filesUnder } from "../files/files-under.ts";

/** Kept in the site folder beside its pages, so that it always describes the pages beside it. */
export const PAGE_LIST = ".arshif-pages.json";

/** What indexing for search reported: kept with the index, for a build that reuses it. */
export interface SearchReport {
  pagesIndexed: number;
  problems: Problem[];
}

export interface PageList {
  /** Digest of everything the site was built from (see site-inputs.ts), and what that build reported. */
  inputs: string;
  result: StoredResult;
  /** Digest of what every page depends on: arshif, the data files, the settings, the archive's countries and topics. */
  shared: string;
  /** Digest of everything the search index is made from, and what indexing reported. */
  search: string;
  searchReport: SearchReport;
  /** Per URL: the page's digest and its file, relative to the site folder. */
  pages: Record<string, [digest: string, file: string]>;
}

/** The views as Eleventy gets them: the pages to render, with the pages to reuse taken out. */
export interface RenderPlan {
  views: SiteViews;
  /** URL → file of each page reused from the previous site. */
  reused: Map<string, string>;
  digests: Map<string, string>;
  shared: string;
}

/** A record's digest: its file's cache key stands for its text; everything else as it is. */
export function recordDigests(archive: Archive, fileKeys: ReadonlyMap<string, string>): Map<ArticleRecord, string> {
  return new Map(archive.articles.map((record) => {
    const key = fileKeys.get(record.id);
    return [record, digestOf(key ?? JSON.stringify(record.paragraphs), JSON.stringify({ ...record, paragraphs: undefined }))];
  }));
}

/** What every page depends on: arshif, the data files, the settings shown in pages, whether the site has a feed. */
export function sharedDigest(settings: Settings, views: SiteViews): string {
  const { siteTitle, siteDescription, pathPrefix, siteUrl, digits } = settings;
  return digestOf(
    arshifDigest(),
    dataFolderDigest(settings.dataDir),
    JSON.stringify({ siteTitle, siteDescription, pathPrefix, siteUrl, digits }),
    String(Boolean(views.siteFeed)),
  );
}

/** The search index depends on the articles (their records and text) and on what every page depends on. */
export function searchDigest(shared: string, records: Map<ArticleRecord, string>): string {
  return digestOf(shared, ...records.values());
}

/**
 * Per URL, the digest of each paginated page of the views: of its view, and of what its template
 * looks up in the archive by code (the names and addresses of the countries, topics and officials
 * it links to).
 */
export function pageDigests(views: SiteViews, archive: Archive, records: Map<ArticleRecord, string>): Map<string, string> {
  const digest = treeDigest(withSources(records, views));
  const country = (code: string | undefined) => code && archive.countryByCode[code] && [code, archive.countryByCode[code]!.name, archive.countryByCode[code]!.slug];
  const digests = new Map<string, string>();
  for (const page of views.articles) {
    const { countries, topics, officials } = page.article;
    const linked = [
      countries.map(country),
      topics.map((id) => archive.topicById[id] && [id, archive.topicById[id]!.label, archive.topicById[id]!.slug]),
      officials.map((official) => { const entry = archive.officialByKey[officialKey(official)]; return entry?.hasPage ? entry.slug : undefined; }),
    ];
    digests.set(articleUrl(page.article), digest([page, linked]));
  }
  for (const page of views.indexPages) digests.set(page.url, digest(page));
  for (const page of views.entryPages) digests.set(page.url, digest([page, page.kind === "official" ? country((page.entry as OfficialEntry).country) : ""]));
  for (const page of views.timePages) digests.set(page.url, digest(page));
  for (const feed of views.feeds) for (const url of feedUrls(feed.folder)) digests.set(url, digest([url, feed]));
  for (const sitemap of views.sitemaps) digests.set(sitemap.url, digest(sitemap));
  return digests;
}

/**
 * Records as pages show them: with their source's name and address, which may depend on other
 * articles (the spelling most of a source's articles use, a slug two sources asked for).
 */
function withSources(records: Map<ArticleRecord, string>, views: SiteViews): Map<ArticleRecord, string> {
  return new Map([...records].map(([record, digest]) => {
    const source = record.source === undefined ? undefined : views.sourceByText[record.source];
    return [record, source ? digestOf(digest, source.name, source.slug) : digest];
  }));
}

/**
 * What to render and what to reuse, given the previous site's page list: a page is reused when
 * its digest is the one it had and its file is still there.
 */
export async function planRender(
  views: SiteViews,
  digests: Map<string, string>,
  shared: string,
  previousSite: string,
  previous: PageList | undefined,
): Promise<RenderPlan> {
  const reused = new Map<string, string>();
  if (previous?.shared === shared) {
    const candidates = [...digests].filter(([url, digest]) => previous.pages[url]?.[0] === digest);
    await inBatches(candidates, async ([url]) => {
      const file = previous.pages[url]![1];
      if (isInside(file) && (await stat(path.join(previousSite, file)).catch(() => undefined))?.isFile()) reused.set(url, file);
    });
  }
  const rendered = <T>(pages: T[], urlsOf: (page: T) => string[]) => pages.filter((page) => urlsOf(page).some((url) => !reused.has(url)));
  // Both files of a feed are rendered from one view: a feed is reused only when both are.
  for (const feed of views.feeds) if (feedUrls(feed.folder).some((url) => !reused.has(url))) feedUrls(feed.folder).forEach((url) => reused.delete(url));
  return {
    views: {
      ...views,
      articles: rendered(views.articles, (page) => [articleUrl(page.article)]),
      indexPages: rendered(views.indexPages, (page) => [page.url]),
      entryPages: rendered(views.entryPages, (page) => [page.url]),
      timePages: rendered(views.timePages, (page) => [page.url]),
      feeds: rendered(views.feeds, (feed) => feedUrls(feed.folder)),
      sitemaps: rendered(views.sitemaps, (sitemap) => [sitemap.url]),
    },
    reused,
    digests,
    shared,
  };
}

/** Writes the page list of the new site: the digests of its pages and where their files are. */
/**
 * A build's result as its page list keeps it: without what belongs to that build alone (its
 * times, how many pages it reused), so that the list is the same however the site was built.
 */
export type StoredResult = Omit<BuildResult, "report" | "pagesReused" | "upToDate"> & { report: Omit<BuildResult["report"], "timings"> };

export interface SiteRecord {
  inputs: string;
  result: StoredResult;
  search: string;
  searchReport: SearchReport;
}

export async function writePageList(site: string, plan: RenderPlan, written: Map<string, string>, record: SiteRecord): Promise<void> {
  const pages: PageList["pages"] = {};
  for (const [url, digest] of [...plan.digests].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const file = plan.reused.get(url) ?? written.get(url);
    if (file) pages[url] = [digest, file];
  }
  const list: PageList = { ...record, shared: plan.shared, pages };
  await writeFile(path.join(site, PAGE_LIST), JSON.stringify(list));
}

/**
 * The previous site's search index, to keep as it is: what indexing reported then (kept in its
 * page list) and its files, relative to the site folder; undefined when it has none.
 */
export function previousSearchIndex(previousSite: string, list: PageList): { report: SearchReport; files: string[] } | undefined {
  const files = filesUnder(path.join(previousSite, SEARCH_FOLDER));
  if (!list.searchReport || !files.includes("pagefind-entry.json")) return undefined;
  return { report: list.searchReport, files: files.map((file) => path.join(SEARCH_FOLDER, file)) };
}

const SEARCH_FOLDER = "pagefind";

export async function readPageList(site: string): Promise<PageList | undefined> {
  try {
    const list = JSON.parse(await readFile(path.join(site, PAGE_LIST), "utf8")) as PageList;
    const whole = [list.inputs, list.shared, list.search].every((digest) => typeof digest === "string") && isObject(list.pages) && isObject(list.result) && isObject(list.searchReport);
    return whole ? list : undefined;
  } catch {
    return undefined;
  }
}

function isObject(value: unknown): value is object {
  return typeof value === "object" && value !== null;
}

function articleUrl(article: ArticleRecord): string {
  return `/articles/${article.id}/`;
}

function feedUrls(folder: string): string[] {
  return [`${folder}feed.xml`, `${folder}feed.json`];
}

/** A file named by the page list stays inside the site folder, whatever the list says. */
function isInside(file: string): boolean {
  const normal = path.normalize(file);
  return typeof file === "string" && !path.isAbsolute(normal) && normal !== ".." && !normal.startsWith(`..${path.sep}`);
}

/**
 * A digest of a tree of views, where each record counts by its digest and each object is
 * digested once however often it recurs (the same entry heads all of its pages).
 */
function treeDigest(records: Map<ArticleRecord, string>): (value: unknown) => string {
  const memo = new WeakMap<object, string>();
  const walk = (value: unknown): string => {
    if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "undefined";
    const known = records.get(value as ArticleRecord) ?? memo.get(value);
    if (known) return known;
    const parts = Array.isArray(value)
      ? value.map(walk)
      : Object.keys(value).sort().flatMap((key) => [key, walk((value as Record<string, unknown>)[key])]);
    const written = JSON.stringify([Array.isArray(value) ? "[" : "{", ...parts]);
    // A small object stands for itself: a digest of each of the millions of small objects that
    // pages are made of cost more than the pages' JSON.
    const digest = written.length <= SMALL_OBJECT ? written : digestOf(written);
    memo.set(value, digest);
    return digest;
  };
  return walk;
}

/** Characters of JSON up to which an object in a page's view is its own digest (see treeDigest). */
const SMALL_OBJECT = 256;

