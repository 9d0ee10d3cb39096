import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import Eleventy from "@11ty/eleventy";
import { register as registerTypeScriptLoader } from "tsx/esm/api";
import type { Settings } from "../config/settings.ts";
import { PROJECT_ROOT, renderedFileCount, siteViews, TEMPLATES_DIR, type SiteInput } from "../site/eleventy-site.ts";
import { splitViews, type SiteViews } from "../site/pages.ts";
import { officialsList, searchInputs } from "../search/index-site.ts";
import { writeSearchClient } from "../search/client-bundle.ts";
import {
  carryOver,
  pageDigests,
  planRender,
  readPageList,
  recordDigests,
  carrySearchIndexOver,
  searchDigest,
  sharedDigest,
  writePageList,
  type SearchReport,
  type StoredResult,
} from "./page-reuse.ts";
import { siteInputsDigest } from "./site-inputs.ts";
import { loadProjectArchive } from "./project.ts";
import type { LoadReport } from "./load-archive.ts";
import type { Archive } from "../archive/index.ts";
import type { Problem } from "../record.ts";
import { stageSite } from "./output-folder.ts";
import { indexInThread, type ThreadResult } from "./search-thread.ts";

export const ELEVENTY_CONFIG = path.join(PROJECT_ROOT, "eleventy.config.ts");

export interface BuildResult {
  report: LoadReport;
  articles: number;
  /** Files of the site: those rendered and those reused unchanged from the previous site. */
  pagesWritten: number;
  /** Of those, the ones reused from the previous site. */
  pagesReused: number;
  pagesIndexed: number;
  /** Nothing had changed since the site in the output folder was built: it was left as it was. */
  upToDate?: boolean;
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
  const started = performance.now();
  const inputs = await siteInputsDigest(settings);
  const previous = await readPageList(settings.outputDir);
  if (previous?.inputs === inputs) return upToDate(previous.result, performance.now() - started);
  const site = await stageSite(settings);
  try {
    const result = await buildInto({ ...settings, outputDir: site.staging }, site.output, inputs, options);
    await site.publish();
    return result;
  } finally {
    await site.close();
  }
}

/** The result of the build that made the site in the output folder, when nothing has changed since. */
function upToDate(result: StoredResult, checked: number): BuildResult {
  return { ...result, pagesReused: result.pagesWritten, upToDate: true, report: { ...result.report, timings: { check: checked } } };
}

async function buildInto(settings: Settings, previousSite: string, inputs: string, { onProgress }: BuildOptions): Promise<BuildResult> {
  const { archive, report, searchWords, fileKeys } = await loadProjectArchive(settings, onProgress && ((done, total) => onProgress("reading articles", done, total)));

  let started = performance.now();
  const views = siteViews(archive, settings);
  const records = recordDigests(archive, fileKeys);
  const shared = sharedDigest(settings, views);
  const plan = await planRender(views, pageDigests(views, archive, records), shared, previousSite);
  const search = searchDigest(shared, records);
  const previousSearch = (await readPageList(previousSite))?.search === search ? previousSite : undefined;
  report.timings.find_changes = performance.now() - started;

  // Pagefind indexes in a process of its own: it works on the second core while Eleventy renders.
  // When either fails, the other is stopped and waited for, so that nothing writes into the
  // staging folder once it is removed.
  const stop = new AbortController();
  const [written, indexed] = await bothOrNeither(
    renderPages(settings, archive, plan.views, report, onProgress),
    indexSearch(settings, archive, searchWords, report, onProgress, previousSearch, stop.signal),
    stop,
  );
  started = performance.now();
  await carryOver(plan.reused, previousSite, settings.outputDir);
  report.timings.keep_unchanged = performance.now() - started;
  const result = { report, articles: archive.articles.length, pagesWritten: written.size + plan.reused.size, pagesReused: plan.reused.size, pagesIndexed: indexed.pagesIndexed };
  const { timings, ...stored } = report;
  const { pagesReused, ...kept } = result;
  await writePageList(settings.outputDir, plan, written, { inputs, result: { ...kept, report: stored }, search, searchReport: indexed });
  return result;
}

async function bothOrNeither<A, B>(a: Promise<A>, b: Promise<B>, stop: AbortController): Promise<[A, B]> {
  const settled = await Promise.allSettled([a.catch(stopping(stop)), b.catch(stopping(stop))]);
  const failed = settled.find((outcome) => outcome.status === "rejected");
  if (failed) throw failed.reason;
  return settled.map((outcome) => (outcome as PromiseFulfilledResult<unknown>).value) as [A, B];
}

function stopping(stop: AbortController): (error: unknown) => never {
  return (error) => {
    stop.abort();
    throw error;
  };
}

/**
 * Pages rendered by one Eleventy run. Eleventy keeps every page it renders in memory until its
 * run ends, so a large archive is rendered in parts of this many pages, one run each.
 */
const PAGES_PER_RUN = 10_000;

/** Renders the pages of the views; returns the file written for each URL, relative to the site folder. */
async function renderPages(settings: Settings, archive: Archive, views: SiteViews, report: LoadReport, onProgress: BuildOptions["onProgress"]) {
  const started = performance.now();
  await forgetCompiledLayouts();
  await compileTemplatesOnce();
  const parts = splitViews(views, PAGES_PER_RUN);
  const total = parts.reduce((sum, part, i) => sum + renderedFileCount(part, i === 0), 0);
  const written = new Map<string, string>();
  for (const [i, part] of parts.entries()) {
    const before = written.size;
    const eleventy = createEleventy({
      archive,
      settings,
      views: part,
      singlePages: i === 0,
      onRenderProblem: (problem) => report.problems.push(problem),
      ...(onProgress && { onRenderProgress: (done: number) => onProgress("writing pages", before + done, total) }),
    });
    // The build summary says what Eleventy's closing line would (its JSDoc types omit this method).
    (eleventy as unknown as { disableLogger(): void }).disableLogger();
    const [, pages] = (await eleventy.write()) as [unknown, { url: string; outputPath: string }[]];
    for (const page of pages) written.set(page.url, path.relative(settings.outputDir, page.outputPath));
  }
  report.timings.render = performance.now() - started;
  return written;
}

/**
 * The search index: the previous site's when every record it is made from is the same, else made
 * by Pagefind. The words of the articles are the search's alone: the map is emptied once used, so
 * that the build does not hold them while it renders.
 */
async function indexSearch(
  settings: Settings,
  archive: Archive,
  searchWords: Map<string, string>,
  report: LoadReport,
  onProgress: BuildOptions["onProgress"],
  previousSite: string | undefined,
  signal: AbortSignal,
): Promise<SearchReport> {
  const started = clockNow();
  const reused = previousSite && (await reuseSearchIndex(previousSite, settings.outputDir));
  const { search, doneAt } = reused ? { search: reused, doneAt: clockNow() } : await makeSearchIndex(settings, startSearchThread(settings, archive, searchWords, onProgress, signal));
  searchWords.clear();
  report.problems.push(...search.problems);
  report.timings.search_index = doneAt - started;
  return search;
}

/** Milliseconds on a clock that threads share: a thread's time is told by the thread, since the main thread, busy rendering, hears it late. */
function clockNow(): number {
  return performance.timeOrigin + performance.now();
}

/**
 * Waits on the thread from the start, so that its failure (the build stopped elsewhere) is heard
 * while the client is written, and on both to the end, so that nothing writes into the staging
 * folder once the failure has it removed.
 */
async function makeSearchIndex(settings: Settings, thread: { indexed: Promise<ThreadResult>; problems: Problem[] }): Promise<{ search: SearchReport; doneAt: number }> {
  const [indexed, client] = await Promise.allSettled([thread.indexed, writeSearchClient(settings.outputDir).then(clockNow)]);
  if (client.status === "rejected") throw client.reason;
  if (indexed.status === "rejected") throw indexed.reason;
  return { search: { pagesIndexed: indexed.value.pagesIndexed, problems: thread.problems }, doneAt: Math.max(indexed.value.finishedAt, client.value) };
}

/**
 * Gives the search thread its stories' inputs and returns at once: the inputs are the thread's
 * copy from then on, and no frame that waits on the thread keeps the build's.
 */
function startSearchThread(
  settings: Settings,
  archive: Archive,
  searchWords: ReadonlyMap<string, string>,
  onProgress: BuildOptions["onProgress"],
  signal: AbortSignal,
): { indexed: Promise<ThreadResult>; problems: Problem[] } {
  const { inputs, problems } = searchInputs(settings, archive, searchWords);
  const job = { inputs, cacheDir: settings.cacheDir, articlesDir: settings.articlesDir, siteDir: settings.outputDir, besides: [officialsList(archive)] };
  const indexed = indexInThread(job, { signal, ...(onProgress && { onProgress: (done: number, total: number) => onProgress("indexing for search", done, total) }) });
  return { indexed, problems };
}

async function reuseSearchIndex(previousSite: string, site: string): Promise<SearchReport | undefined> {
  const reused = await carrySearchIndexOver(previousSite, site);
  if (reused) await writeSearchClient(site);
  return reused;
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
