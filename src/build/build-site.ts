import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import Eleventy from "@11ty/eleventy";
import { register as registerTypeScriptLoader } from "tsx/esm/api";
import type { Settings } from "../config/settings.ts";
import { PROJECT_ROOT, TEMPLATES_DIR, type SiteInput } from "../site/eleventy-site.ts";
import { indexSite } from "../search/index-site.ts";
import { loadProjectArchive } from "./project.ts";
import type { LoadReport } from "./load-archive.ts";
import type { Archive } from "../archive/index.ts";
import { stageSite } from "./output-folder.ts";
import { writeSearchBundle } from "./search-bundle.ts";

export const ELEVENTY_CONFIG = path.join(PROJECT_ROOT, "eleventy.config.ts");

export interface BuildResult {
  report: LoadReport;
  articles: number;
  pagesWritten: number;
  pagesIndexed: number;
}

export interface BuildOptions {
  /** Called as long stages advance: the stage's name, the items done and the items in all. */
  onProgress?: (stage: string, done: number, total: number) => void;
}

/**
 * articles/ → archive → pages (Eleventy) → search index (Pagefind), into settings.outputDir.
 * The site is written beside the output folder and takes its place only when complete.
 */
export async function buildSite(settings: Settings, options: BuildOptions = {}): Promise<BuildResult> {
  const site = await stageSite(settings);
  try {
    const result = await buildInto({ ...settings, outputDir: site.staging }, options);
    await site.publish();
    return result;
  } finally {
    await site.close();
  }
}

async function buildInto(settings: Settings, { onProgress }: BuildOptions): Promise<BuildResult> {
  const { archive, report, searchWords } = await loadProjectArchive(settings, onProgress && ((done, total) => onProgress("reading articles", done, total)));

  // Pagefind indexes in a process of its own: it works on the second core while Eleventy renders.
  const [pages, search] = await Promise.all([
    renderPages(settings, archive, report, onProgress),
    indexSearch(settings, archive, searchWords, report, onProgress),
  ]);
  return { report, articles: archive.articles.length, pagesWritten: pages.length, pagesIndexed: search.pagesIndexed };
}

async function renderPages(settings: Settings, archive: Archive, report: LoadReport, onProgress: BuildOptions["onProgress"]) {
  const started = performance.now();
  await forgetCompiledLayouts();
  await compileTemplatesOnce();
  const eleventy = createEleventy({
    archive,
    settings,
    onRenderProblem: (problem) => report.problems.push(problem),
    ...(onProgress && { onRenderProgress: (done: number, total: number) => onProgress("writing pages", done, total) }),
  });
  // The build summary says what Eleventy's closing line would (its JSDoc types omit this method).
  (eleventy as unknown as { disableLogger(): void }).disableLogger();
  const [, pages] = await eleventy.write();
  report.timings.render = performance.now() - started;
  return pages;
}

async function indexSearch(
  settings: Settings,
  archive: Archive,
  searchWords: ReadonlyMap<string, string>,
  report: LoadReport,
  onProgress: BuildOptions["onProgress"],
) {
  const started = performance.now();
  const search = await indexSite(settings, archive, {
    searchWords,
    ...(onProgress && { onProgress: (done: number, total: number) => onProgress("indexing for search", done, total) }),
  });
  await writeSearchBundle(path.join(settings.outputDir, "pagefind"), search.files);
  report.problems.push(...search.problems);
  report.timings.search_index = performance.now() - started;
  return search;
}

let typeScriptLoaderRegistered = false;

/**
 * Eleventy 3.1 keeps compiled layouts in a process-wide cache that it clears only on file
 * changes, so a second build with other settings in one process would render its layouts
 * with the first build's filters (a stale path prefix). The cache module is not exported:
 * it is reached through the file beside Eleventy's entry point.
 */
async function forgetCompiledLayouts(): Promise<void> {
  const entryPoint = pathToFileURL(createRequire(import.meta.url).resolve("@11ty/eleventy"));
  const layoutCache = await import(new URL("./LayoutCache.js", entryPoint).href);
  layoutCache.default.removeAll();
}

/**
 * Eleventy 3.1 marks its Nunjucks engine as not cacheable and makes a new Nunjucks Template
 * for every page it renders, so each of an archive's 50,000 pages parsed and compiled its
 * template again: two thirds of the render time. A Nunjucks template is a pure function of
 * its data, so Eleventy's own compile cache (keyed by file and source) is safe for arshif's.
 */
async function compileTemplatesOnce(): Promise<void> {
  const entryPoint = pathToFileURL(createRequire(import.meta.url).resolve("@11ty/eleventy"));
  const { default: NunjucksEngine } = await import(new URL("./Engines/Nunjucks.js", entryPoint).href);
  Object.defineProperty(NunjucksEngine.prototype, "cacheable", { get: () => true, configurable: true });
}

export function createEleventy(input: SiteInput, options: { quiet?: boolean } = {}) {
  // Eleventy imports eleventy.config.ts itself, which Node 20 can only do through tsx's loader.
  if (!typeScriptLoaderRegistered) {
    registerTypeScriptLoader();
    typeScriptLoaderRegistered = true;
  }
  return new Eleventy(TEMPLATES_DIR, input.settings.outputDir, {
    configPath: ELEVENTY_CONFIG,
    quietMode: options.quiet ?? true,
    pathPrefix: input.settings.pathPrefix,
    config(config: { addGlobalData(name: string, value: unknown): void }) {
      config.addGlobalData("arshif", input);
    },
  });
}
