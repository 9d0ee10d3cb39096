import { scanFolder, type SkippedEntry } from "../files/read-articles.ts";
import { articleId } from "../ingest/slug.ts";
import type { Knowledge } from "../extract/knowledge.ts";
import type { IngestOptions } from "../ingest/index.ts";
import { unifyOfficials } from "../archive/identities.ts";
import { buildArchive, type Archive, type ArchiveNaming } from "../archive/index.ts";
import type { StorySketch } from "../archive/story-groups.ts";
import type { ArticleRecord, Problem } from "../record.ts";
import { readArticlesParallel } from "./read-articles-parallel.ts";
import { pruneCache, type RecordCache } from "./record-cache.ts";

export interface LoadReport {
  filesRead: number;
  /** Entries of the articles folder left unread (hidden, symbolic links, special files), with why. */
  skipped: SkippedEntry[];
  /** Files decoded from an encoding other than UTF-8, with that encoding. */
  converted: { file: string; encoding: string }[];
  problems: Problem[];
  /** Files that could not become an article (their problems say why). */
  rejected: string[];
  /** [original, annotated Markdown file]: originals that their annotation stands in for. */
  superseded: [string, string][];
  /** Milliseconds per stage. */
  timings: Record<string, number>;
}

export interface LoadedArchive {
  archive: Archive;
  report: LoadReport;
  /** Per article id: the search keys of its own words (see articleSearchWords). */
  searchWords: Map<string, string>;
  /** Per article id: the cache key of its file (path and bytes), when a record cache is used. */
  fileKeys: Map<string, string>;
}

export interface LoadOptions {
  /** The user's data folder, which worker threads compile their own knowledge from. */
  dataDir?: string;
  ingest?: IngestOptions;
  /** Worker threads for ingest and extraction; default: one per core for large archives. */
  threads?: number;
  cache?: RecordCache;
  onProgress?: (done: number, total: number) => void;
}

/** files → drafts → records → archive: the whole pipeline up to what Eleventy renders. */
export async function loadArchive(
  articlesDir: string,
  knowledge: Knowledge,
  naming: ArchiveNaming,
  options: LoadOptions = {},
): Promise<LoadedArchive> {
  const started = performance.now();
  const { files, skipped } = await scanFolder(articlesDir);
  const report: LoadReport = { filesRead: files.length, skipped, converted: [], problems: [], rejected: [], superseded: [], timings: {} };
  const outcomes = await readArticlesParallel(articlesDir, files, {
    ...options,
    context: { knowledge, ingest: options.ingest ?? {} },
  });

  const records: ArticleRecord[] = [];
  const searchWords = new Map<string, string>();
  const fileKeys = new Map<string, string>();
  const sketches = new Map<string, StorySketch>();
  const annotated = new Map<string, string>(); // original file → the annotated Markdown file that stands for it
  for (const outcome of outcomes) {
    report.problems.push(...outcome.problems);
    if (!outcome.record) {
      report.rejected.push(outcome.file);
      continue;
    }
    if (outcome.convertedFrom) report.converted.push({ file: outcome.file, encoding: outcome.convertedFrom });
    if (outcome.original) annotated.set(outcome.original, outcome.file);
    const id = articleId(outcome.file);
    records.push({ id, ...outcome.record });
    if (outcome.searchWords !== undefined) searchWords.set(id, outcome.searchWords);
    if (outcome.key) fileKeys.set(id, outcome.key);
    if (outcome.sketch) sketches.set(outcome.record.file, outcome.sketch);
  }
  if (options.cache) await pruneCache(options.cache, new Set(outcomes.flatMap((outcome) => (outcome.key ? [outcome.key] : []))));
  const current = records.filter((record) => !annotated.has(record.file));
  const read = new Set(records.map((record) => record.file));
  report.superseded = [...annotated].filter(([original]) => read.has(original));
  report.timings.read_extract = performance.now() - started;

  const archiveStarted = performance.now();
  const archive = buildArchive(unifyOfficials(current, knowledge), naming, sketches);
  report.timings.archive = performance.now() - archiveStarted;
  return { archive, report, searchWords, fileKeys };
}
