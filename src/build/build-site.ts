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
  pageDigests,
  planRender,
  previousSearchIndex,
  readPageList,
  recordDigests,
  searchDigest,
  sharedDigest,
  writePageList,
  type PageList,
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
 * What the build writes goes beside the output folder first. A site built whole takes the output
 * folder's place when complete; a site built on the previous one (its page list tells which pages
 * to keep) has its new files moved in once all are written.
 */
export async function buildSite(settings: Settings, options: BuildOptions = {}): Promise<BuildResult> {
  const started = performance.now();
  const inputs = await siteInputsDigest(settings);
  const previous = await readPageList(settings.outputDir);
  if (previous?.inputs === inputs) return upToDate(previous.result, performance.now() - started);
  const site = await stageSite(settings);
  try {
    const { result, kept } = await buildInto({ ...settings, outputDir: site.staging }, { folder: site.output, list: previous }, inputs, options);
    const publishing = performance.now();
    await (kept ? site.update(kept) : site.publish());
    result.report.timings.publish = performance.now() - publishing;
    return result;
  } finally {
    await site.close();
  }
}

/** The result of the build that made the site in the output folder, when nothing has changed since. */
function upToDate(result: StoredResult, checked: number): BuildResult {
  return { ...result, pagesReused: result.pagesWritten, upToDate: true, report: { ...result.report, timings: { check: checked } } };
}

/** The site in the output folder, and its page list when it has one. */
interface PreviousSite {
  folder: string;
  list: PageList | undefined;
}

/**
 * Builds the site into settings.outputDir. With `kept`, the build is of the previous site's
 * changes: the site is the files written and the previous site's files in `kept`.
 */
async function buildInto(settings: Settings, previous: PreviousSite, inputs: string, { onProgress }: BuildOptions): Promise<{ result: BuildResult; kept?: Set<string> }> {
  const { archive, report, searchWords, fileKeys } = await loadProjectArchive(settings, onProgress && ((done, total) => onProgress("reading articles", done, total)));

  const started = performance.now();
  const views = siteViews(archive, settings);
  const records = recordDigests(archive, fileKeys);
  const shared = sharedDigest(settings, views);
  const search = searchDigest(shared, records);
  const keptSearch = previous.list?.search === search ? previousSearchIndex(previous.folder, previous.list) : undefined;

  // The search index needs only the archive: its thread starts on the second core while the pages
  // to render are found, and goes on while Eleventy renders them on the main thread. When either
  // fails, the other is stopped and waited for, so that nothing writes into the staging folder
  // once it is removed.
  const stop = new AbortController();
  const indexing = indexSearch(settings, archive, searchWords, report, onProgress, keptSearch?.report, stop.signal);
  const rendering = planRender(views, pageDigests(views, archive, records), shared, previous.folder, previous.list).then(async (plan) => {
    report.timings.find_changes = performance.now() - started;
    return { plan, written: await renderPages(settings, archive, plan.views, report, onProgress) };
  });
  const [{ plan, written }, indexed] = await bothOrNeither(rendering, indexing, stop);
  const result = { report, articles: archive.articles.length, pagesWritten: written.size + plan.reused.size, pagesReused: plan.reused.size, pagesIndexed: indexed.pagesIndexed };
  const { timings, ...stored } = report;
  const { pagesReused, ...kept } = result;
  await writePageList(settings.outputDir, plan, written, { inputs, result: { ...kept, report: stored }, search, searchReport: indexed });
  return { result, ...(previous.list && { kept: new Set([...plan.reused.values(), ...(keptSearch?.files ?? [])]) }) };
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
 * The search index: the previous site's when every record it is made from is the same (`kept`,
 * what indexing reported then), else made anew. The words of the articles are the search's
 * alone: the map is emptied once used, so that the build does not hold them while it renders.
 */
async function indexSearch(
  settings: Settings,
  archive: Archive,
  searchWords: Map<string, string>,
  report: LoadReport,
  onProgress: BuildOptions["onProgress"],
  kept: SearchReport | undefined,
  signal: AbortSignal,
): Promise<SearchReport> {
  const started = clockNow();
  if (kept) await writeSearchClient(settings.outputDir);
  const { search, doneAt } = kept ? { search: kept, doneAt: clockNow() } : await makeSearchIndex(settings, startSearchThread(settings, archive, searchWords, onProgress, signal));
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
