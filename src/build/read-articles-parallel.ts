/**
 * The article files of an archive through ingest and extraction on every core: batches of files
 * go to a pool of worker threads, each with its own compiled knowledge, and the outcomes come
 * back in the order of the files. Small archives stay in this thread, where starting workers
 * would cost more than it saves. With a record cache, a file read before (same path, same
 * bytes, same arshif and data files) is not read again: its outcome comes from the cache.
 */
import { availableParallelism } from "node:os";
import { readFileSync } from "node:fs";
import path from "node:path";
import { Piscina } from "piscina";
import { loadKnowledge } from "../extract/knowledge.ts";
import { ingestOptions } from "./project.ts";
import { readArticle, type ArticleContext, type ArticleOutcome } from "./read-article.ts";
import { internalProblem } from "../record-values.ts";
import { cachedOutcome, fileKey, storeOutcome, type RecordCache } from "./record-cache.ts";
import { fileKeys } from "./file-keys.ts";

export interface ReadArticlesOptions {
  dataDir?: string;
  /** Worker threads; default: one per core, none for small archives. */
  threads?: number;
  /** The compiled knowledge, when the caller has it: used for work done in this thread. */
  context?: ArticleContext;
  /** Where outcomes are looked up before a file is read, and stored after. */
  cache?: RecordCache;
  onProgress?: (done: number, total: number) => void;
}

/** What a worker is asked: a batch of files of one archive, each with its cache key when cached. */
export interface ArticleBatch {
  articlesDir: string;
  files: string[];
  keys?: string[];
  dataDir?: string;
  cacheFolder?: string;
}

const BATCH_SIZE = 40;
const FILES_PER_THREAD = 400;
const WORKER_ENTRY = new URL("./article-worker.js", import.meta.url).href;

export async function readArticlesParallel(articlesDir: string, files: string[], options: ReadArticlesOptions = {}): Promise<ArticleOutcome[]> {
  let done = 0;
  const progress = (count: number) => options.onProgress?.((done += count), files.length);
  const looked = options.cache ? await lookUpCached(articlesDir, files, options.cache) : new Map<string, Lookup>();
  const known = [...looked.values()].filter((lookup) => "outcome" in lookup).length;
  progress(known);
  const toRead = files.filter((file) => !(looked.get(file) && "outcome" in looked.get(file)!));
  const keys = options.cache && toRead.map((file) => (looked.get(file) as { key: string }).key);
  const read = new Map((await readFiles(articlesDir, toRead, keys, options, progress)).map((outcome) => [outcome.file, outcome]));
  return files.map((file) => read.get(file) ?? (looked.get(file) as { outcome: ArticleOutcome }).outcome);
}

/** A file's outcome as the cache has it (or as its failed read makes it), or the key to store it under. */
type Lookup = { outcome: ArticleOutcome } | { key: string };

async function lookUpCached(articlesDir: string, files: string[], cache: RecordCache): Promise<Map<string, Lookup>> {
  const keys = await fileKeys(articlesDir, files, cache.cacheDir);
  const found = new Map<string, Lookup>();
  for (const file of files) {
    const { key, unreadable } = keys.get(file)!;
    if (unreadable) {
      const bytes = readArticleBytes(articlesDir, file);
      found.set(file, bytes instanceof Uint8Array ? { key: fileKey(file, bytes) } : { outcome: bytes });
      continue;
    }
    const outcome = cachedOutcome(cache, key);
    found.set(file, outcome ? { outcome } : { key });
  }
  return found;
}

async function readFiles(
  articlesDir: string,
  files: string[],
  keys: string[] | undefined,
  options: ReadArticlesOptions,
  progress: (count: number) => void,
): Promise<ArticleOutcome[]> {
  const threads = options.threads ?? Math.min(availableParallelism(), Math.floor(files.length / FILES_PER_THREAD));
  const batches = batchesOf(files).map((batch, index) => ({
    articlesDir,
    files: batch,
    dataDir: options.dataDir,
    ...(keys && options.cache && { keys: keys.slice(index * BATCH_SIZE, (index + 1) * BATCH_SIZE), cacheFolder: options.cache.folder }),
  }));
  const outcomes: ArticleOutcome[][] = [];
  const collect = (index: number, batchOutcomes: ArticleOutcome[]) => {
    outcomes[index] = batchOutcomes;
    progress(batchOutcomes.length);
  };

  if (threads < 2) {
    const context = options.context ?? articleContext(options.dataDir);
    for (const [index, batch] of batches.entries()) collect(index, await readBatch(batch, context));
  } else {
    const pool = new Piscina<ArticleBatch, ArticleOutcome[]>({ filename: WORKER_ENTRY, minThreads: threads, maxThreads: threads });
    try {
      await Promise.all(batches.map(async (batch, index) => collect(index, await runIsolated(pool, batch))));
    } finally {
      await pool.destroy();
    }
  }
  return outcomes.flat();
}

/**
 * A batch whose worker died (out of memory, a stack overflow in native code) is run again one
 * file at a time, so that only the file that kills a worker is lost, and said to be.
 */
async function runIsolated(pool: Piscina<ArticleBatch, ArticleOutcome[]>, batch: ArticleBatch): Promise<ArticleOutcome[]> {
  try {
    return await pool.run(batch);
  } catch (batchError) {
    if (batch.files.length === 1) return [{ file: batch.files[0]!, problems: [internalProblem(batch.files[0]!, "extract", batchError, "not published")] }];
    const single = batch.files.map((file, i) => runIsolated(pool, { ...batch, files: [file], ...(batch.keys && { keys: [batch.keys[i]!] }) }));
    return (await Promise.all(single)).flat();
  }
}

export function articleContext(dataDir: string | undefined): ArticleContext {
  return { knowledge: loadKnowledge(dataDir), ingest: ingestOptions(dataDir) };
}

/** Reads, ingests and extracts the files of a batch; with keys, stores each outcome in the cache. */
export async function readBatch(batch: ArticleBatch, context: ArticleContext): Promise<ArticleOutcome[]> {
  const outcomes: ArticleOutcome[] = [];
  for (const [i, file] of batch.files.entries()) {
    const bytes = readArticleBytes(batch.articlesDir, file);
    if (!(bytes instanceof Uint8Array)) {
      outcomes.push(bytes);
      continue;
    }
    const key = batch.keys?.[i];
    const outcome = { ...readArticle(file, bytes, context), ...(key && { key }) };
    if (key && batch.cacheFolder) await storeOutcome({ folder: batch.cacheFolder }, key, outcome);
    outcomes.push(outcome);
  }
  return outcomes;
}

/**
 * The file's bytes, or the outcome of a file that cannot be read. Read synchronously, in the
 * threads that read articles and do nothing else meanwhile: an asynchronous read cost five times
 * the CPU (four round trips through libuv's thread pool).
 */
function readArticleBytes(articlesDir: string, file: string): Uint8Array | ArticleOutcome {
  try {
    return readFileSync(path.join(articlesDir, file));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    return {
      file,
      problems: [{ file, severity: "error", message: `could not be read (${reason})`, hint: "Check that the file exists and that you may read it." }],
    };
  }
}

function batchesOf(files: string[]): string[][] {
  const batches: string[][] = [];
  for (let start = 0; start < files.length; start += BATCH_SIZE) batches.push(files.slice(start, start + BATCH_SIZE));
  return batches;
}
