/**
 * The article files of an archive through ingest and extraction on every core: batches of files
 * go to a pool of worker threads, each with its own compiled knowledge, and the outcomes come
 * back in the order of the files. Small archives stay in this thread, where starting workers
 * would cost more than it saves.
 */
import { availableParallelism } from "node:os";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { Piscina } from "piscina";
import { loadKnowledge } from "../extract/knowledge.ts";
import { ingestOptions } from "./project.ts";
import { readArticle, type ArticleContext, type ArticleOutcome } from "./read-article.ts";
import { internalProblem } from "../record-values.ts";

export interface ReadArticlesOptions {
  dataDir?: string;
  /** Worker threads; default: one per core, none for small archives. */
  threads?: number;
  /** The compiled knowledge, when the caller has it: used for work done in this thread. */
  context?: ArticleContext;
  onProgress?: (done: number, total: number) => void;
}

/** What a worker is asked: a batch of files of one archive. */
export interface ArticleBatch {
  articlesDir: string;
  files: string[];
  dataDir?: string;
}

const BATCH_SIZE = 40;
const FILES_PER_THREAD = 400;
const WORKER_ENTRY = new URL("./article-worker.js", import.meta.url).href;

export async function readArticlesParallel(articlesDir: string, files: string[], options: ReadArticlesOptions = {}): Promise<ArticleOutcome[]> {
  const threads = options.threads ?? Math.min(availableParallelism(), Math.floor(files.length / FILES_PER_THREAD));
  const batches = batchesOf(files).map((batch) => ({ articlesDir, files: batch, dataDir: options.dataDir }));
  const outcomes: ArticleOutcome[][] = [];
  let done = 0;
  const collect = (index: number, batchOutcomes: ArticleOutcome[]) => {
    outcomes[index] = batchOutcomes;
    done += batchOutcomes.length;
    options.onProgress?.(done, files.length);
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
    const single = batch.files.map((file) => runIsolated(pool, { ...batch, files: [file] }));
    return (await Promise.all(single)).flat();
  }
}

export function articleContext(dataDir: string | undefined): ArticleContext {
  return { knowledge: loadKnowledge(dataDir), ingest: ingestOptions(dataDir) };
}

export async function readBatch(batch: ArticleBatch, context: ArticleContext): Promise<ArticleOutcome[]> {
  const outcomes: ArticleOutcome[] = [];
  for (const file of batch.files) outcomes.push(await readArticleFile(batch.articlesDir, file, context));
  return outcomes;
}

async function readArticleFile(articlesDir: string, file: string, context: ArticleContext): Promise<ArticleOutcome> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path.join(articlesDir, file));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    return {
      file,
      problems: [{ file, severity: "error", message: `could not be read (${reason})`, hint: "Check that the file exists and that you may read it." }],
    };
  }
  return readArticle(file, bytes, context);
}

function batchesOf(files: string[]): string[][] {
  const batches: string[][] = [];
  for (let start = 0; start < files.length; start += BATCH_SIZE) batches.push(files.slice(start, start + BATCH_SIZE));
  return batches;
}
