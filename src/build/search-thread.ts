/**
 * The search index made in a thread of its own: Eleventy renders on the main thread meanwhile,
 * and the index (the shards' parts, their merge, the bundle written) takes the second core. The
 * main thread makes what the records are made from, which needs the archive (searchInputs); the
 * thread cuts the stories into shards and makes the records of those not kept from before.
 */
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { IndexFile } from "pagefind";
import { indexShards, searchShards, SearchIndexError } from "../search/index-site.ts";
import type { SearchInput } from "../search/records.ts";
import { searchCache } from "./search-cache.ts";
import { writeSearchBundle } from "./search-bundle.ts";

/** What the thread is given: each story's input, where their parts are kept, where the bundle goes and files to write beside it. */
export interface SearchJob {
  inputs: SearchInput[];
  cacheDir: string;
  articlesDir: string;
  siteDir: string;
  besides: IndexFile[];
}

/** What the thread tells: progress, then the stories indexed and when it finished, or why it failed. */
type SearchMessage = { progress: [number, number] } | ({ indexed: number } & Pick<ThreadResult, "finishedAt">) | { failed: string; stack?: string; searchIndex: boolean };

export interface ThreadResult {
  pagesIndexed: number;
  /** When the thread finished, in milliseconds since 1970 (performance.timeOrigin + now()). */
  finishedAt: number;
}

const THREAD_ENTRY = new URL("./search-worker.js", import.meta.url);

export interface ThreadOptions {
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

/** Makes and writes the search bundle in a thread; resolves with the number of stories indexed and when it finished. */
export function indexInThread(job: SearchJob, options: ThreadOptions = {}): Promise<ThreadResult> {
  // The job is copied into the thread here; what waits on the thread below does not hold it.
  return threadOutcome(new Worker(THREAD_ENTRY, { workerData: job }), options);
}

function threadOutcome(worker: Worker, { signal, onProgress }: ThreadOptions): Promise<ThreadResult> {
  return new Promise((resolve, reject) => {
    const stop = () => void worker.terminate();
    signal?.addEventListener("abort", stop, { once: true });
    let settled = false;
    const settle = (end: () => void) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener("abort", stop);
      end();
    };
    worker.on("message", (message: SearchMessage) => {
      if ("progress" in message) onProgress?.(...message.progress);
      else if ("indexed" in message) settle(() => resolve({ pagesIndexed: message.indexed, finishedAt: message.finishedAt }));
      else settle(() => reject(threadError(message)));
    });
    worker.on("error", (error) => settle(() => reject(error)));
    worker.on("exit", (code) => settle(() => reject(signal?.aborted ? signal.reason : new Error(`the search index thread stopped (exit code ${code})`))));
  });
}

function threadError({ failed, stack, searchIndex }: Extract<SearchMessage, { failed: string }>): Error {
  const error = searchIndex ? new SearchIndexError(failed) : new Error(failed);
  if (stack) error.stack = stack;
  return error;
}

/** The thread's side: index the shards, write the bundle, tell the caller. */
export async function runSearchJob(job: SearchJob, tell: (message: SearchMessage) => void): Promise<void> {
  try {
    const { files, pagesIndexed } = await indexShards(searchShards(job.inputs), {
      cache: searchCache(job.cacheDir, job.articlesDir),
      onProgress: (done, total) => tell({ progress: [done, total] }),
    });
    await writeSearchBundle(path.join(job.siteDir, "pagefind"), [...files, ...job.besides]);
    tell({ indexed: pagesIndexed, finishedAt: performance.timeOrigin + performance.now() });
  } catch (error) {
    const cause = error instanceof Error ? error : new Error(String(error));
    tell({ failed: cause.message, ...(cause.stack && { stack: cause.stack }), searchIndex: cause instanceof SearchIndexError });
  }
}
