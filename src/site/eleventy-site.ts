import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { officialKey, type Archive } from "../archive/index.ts";
import type { Settings } from "../config/settings.ts";
import { xmlText } from "../record-values.ts";
import { formatArticleCount, formatGregorian, formatHijri, formatNumber } from "./format.ts";
import { siteLinks } from "./links.ts";
import { articleHtml, jsonFeed, newsArticle, rfc3339, scriptJson, summaryOf } from "./metadata.ts";
import { buildSiteViews, type ListPage, type SiteViews, type TimelineData } from "./pages.ts";
import { pagerLinks } from "./pager.ts";
import { roleKindsData } from "./role-kinds.ts";
import { sourcesData } from "../extract/sources.ts";
import { yearUrl } from "./time-views.ts";
import { timelineSvg } from "./timeline-svg.ts";
import { guardedFilters } from "./guarded-filters.ts";
import type { Problem } from "../record.ts";

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const TEMPLATES_DIR = path.join(PROJECT_ROOT, "layouts");

/** The Arabic subset of the body font, in the weights the style sheet uses. */
const FONT_FILES = [400, 700].map((weight) => `noto-naskh-arabic-arabic-${weight}-normal.woff2`);
const FONT_DIR = path.join(path.dirname(createRequire(import.meta.url).resolve("@fontsource/noto-naskh-arabic/package.json")), "files");

/** The subset of Eleventy's UserConfig that arshif uses (Eleventy ships no types of its own). */
export interface EleventyUserConfig {
  addGlobalData(name: string, value: unknown): void;
  addFilter(name: string, filter: (...args: any[]) => unknown): void;
  addTransform(name: string, transform: (this: { page: { outputPath: string | false } }, content: string) => string): void;
  addPassthroughCopy(paths: string | Record<string, string>): void;
  setTemplateFormats(formats: string[]): void;
  setLibrary?(name: string, library: unknown): void;
  addWatchTarget(target: string): void;
  ignores: Set<string>;
  on(event: string, callback: (...args: any[]) => unknown): void;
  globalData: Record<string, unknown>;
}

export interface SiteData {
  title: string;
  description: string;
  digits: Settings["digits"];
  url?: string;
  /** The site's address with its path prefix, when its URL is known: https://example.org/archive/. */
  home?: string;
}

/** What arshif hands to Eleventy. */
export interface SiteInput {
  archive: Archive;
  settings: Settings;
  /** The pages to render; by default every page of the archive. */
  views?: SiteViews;
  /** Render the pages that are not paginated (home, search, 404, robots.txt) too; by default, yes. */
  singlePages?: boolean;
  /** Receives what failed while one page rendered; the page is written without that part. */
  onRenderProblem?: (problem: Problem) => void;
  /** Called as each file is rendered, with the files rendered and the files the site will have. */
  onRenderProgress?: (done: number, total: number) => void;
}

/**
 * Everything Eleventy needs to render the archive: the data, the filters templates use,
 * and the static assets. The archive arrives ready-made; templates never run extraction.
 */
export function configureSite(
  config: EleventyUserConfig,
  { archive, settings, views = siteViews(archive, settings), singlePages = true, onRenderProblem, onRenderProgress }: SiteInput,
): void {
  const links = siteLinks(settings.pathPrefix, settings.siteUrl);
  const site: SiteData = {
    title: settings.siteTitle,
    description: settings.siteDescription,
    digits: settings.digits,
    url: settings.siteUrl,
    home: links.absolute("/"),
  };
  config.addGlobalData("archive", archive);
  config.addGlobalData("site", site);
  config.addGlobalData("views", views);
  config.setTemplateFormats(["njk"]);
  if (!singlePages) for (const template of SINGLE_TEMPLATES) config.ignores.add(path.join(TEMPLATES_DIR, template));
  config.addPassthroughCopy({ [path.join(TEMPLATES_DIR, "assets")]: "assets" });
  for (const file of FONT_FILES) config.addPassthroughCopy({ [path.join(FONT_DIR, file)]: `assets/fonts/${file}` });

  const addFilter = guardedFilters(config, archive, onRenderProblem ?? reportToConsole);
  addFilter("gregorian", (iso?: string) => (iso ? formatGregorian(iso, settings.digits) : ""));
  addFilter("hijri", (iso?: string) => (iso ? formatHijri(iso, settings.digits) ?? "" : ""));
  addFilter("number", (value: number) => formatNumber(value, settings.digits));
  addFilter("officialKey", officialKey);
  addFilter("isoDay", (iso?: string) => iso?.slice(0, 10) ?? "");
  addFilter("summary", summaryOf);
  addFilter("articleHtml", articleHtml);
  addFilter("rfc3339", (iso?: string) => rfc3339(iso ?? ""));
  // Eleventy's own "url" filter does the same for any URL, at a cost felt on 100,000 pages.
  addFilter("link", links.prefixed);
  addFilter("absolute", (path: string) => links.absolute(path) ?? "");
  addFilter("feedLink", links.best);
  addFilter("feedId", links.id);
  addFilter("articleCount", (count: number) => formatArticleCount(count, settings.digits));
  const sourceOf = (text?: string) => (text ? views.sourceByText[text] : undefined);
  const sourceName = (text?: string) => sourceOf(text)?.name ?? text ?? "";
  addFilter("source", sourceOf);
  addFilter("sourceName", sourceName);
  addFilter("newsArticleJson", (article) => scriptJson(newsArticle(article, archive, links, sourceName)));
  addFilter("jsonFeed", (feed) => JSON.stringify(jsonFeed(feed, links, sourceName), null, 2));
  addFilter("pager", (list: ListPage<unknown>) => pagerLinks(list.baseUrl, list.pageNumber, list.pageCount));
  addFilter("timeline", (timeline?: TimelineData) => timeline ? timelineSvg(timeline.counts, {
    title: timeline.title,
    digits: settings.digits,
    monthUrl: (month) => links.prefixed(`/archive/${month.replace("-", "/")}/`),
    yearUrl: (year) => links.prefixed(yearUrl(year)),
  }) : "");
  if (onRenderProgress) {
    const total = renderedFileCount(views, singlePages);
    let done = 0;
    config.addTransform("progress", (content: string) => {
      onRenderProgress(++done, Math.max(done, total));
      return content;
    });
  }
  // Escaping cannot put every character into XML: feeds and sitemaps drop the ones it forbids.
  config.addTransform("xml-characters", function (content) {
    return String(this.page.outputPath).endsWith(".xml") ? xmlText(content) : content;
  });
}

export function siteViews(archive: Archive, settings: Settings): SiteViews {
  return buildSiteViews(archive, {
    siteTitle: settings.siteTitle,
    digits: settings.digits,
    hasSiteUrl: Boolean(settings.siteUrl),
    sources: sourcesData(settings.dataDir),
    roleKinds: roleKindsData(settings.dataDir),
  });
}

/** Templates rendered once (home, search, 404, robots.txt) besides those paginated over the views. */
const SINGLE_TEMPLATES = ["index.njk", "search.njk", "404.njk", "robots.njk"];

/** How many files the templates in layouts/ render from these views: one per paginated item, two per feed (Atom, JSON). */
export function renderedFileCount(views: SiteViews, singlePages = true): number {
  return (singlePages ? SINGLE_TEMPLATES.length : 0) + views.articles.length + views.indexPages.length + views.entryPages.length + views.timePages.length + 2 * views.feeds.length + views.sitemaps.length;
}

/** Eleventy run alone (no arshif build around it) still says what it left out. */
function reportToConsole(problem: Problem): void {
  console.error(`arshif: ${problem.file}: ${problem.message}`);
}
