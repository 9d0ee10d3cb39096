/**
 * Pagefind, driven from a thread of its own. Pagefind's Node API talks to its indexing process
 * through the event loop of the thread that starts it; on the main thread, which renders pages
 * meanwhile, its messages waited behind Eleventy and indexing took twice as long. Here it has an
 * event loop to itself, and the main thread only hands it records.
 */
import { Worker } from "node:worker_threads";
import type { IndexFile } from "pagefind";
import type { SearchRecord } from "./records.ts";

/** What the thread is asked, in order: records to add, then the index's files (a next index starts empty; `close` ends Pagefind). */
export type PagefindRequest = { add: SearchRecord[] } | { finish: true; close: boolean };

/** For `add`, Pagefind's complaint per record ("" when it took it); for `finish`, the files; or why Pagefind failed. */
export type PagefindAnswer = { added: string[] } | { files: IndexFile[] } | { failed: string };

/** Sent unasked when Pagefind's indexing process ends before it is closed: every request fails. */
type PagefindDeath = { died: string };

export interface PagefindThread {
  /** Resolves with Pagefind's complaint per record, "" for each record it took. */
  add(records: SearchRecord[]): Promise<string[]>;
  /** The index of the records added since the last call, as files; `last` ends the thread. */
  finish(last: boolean): Promise<IndexFile[]>;
  /** Ends the thread at once (after a failure elsewhere). */
  stop(): Promise<void>;
}

const THREAD_ENTRY = new URL("./pagefind-worker.js", import.meta.url);

export class PagefindFailure extends Error {}

export function startPagefindThread(): PagefindThread {
  const worker = new Worker(THREAD_ENTRY);
  const waiting: { resolve(answer: PagefindAnswer): void; reject(error: Error): void }[] = [];
  let death: PagefindFailure | undefined;
  const failAll = (error: Error) => waiting.splice(0).forEach((request) => request.reject(error));
  worker.on("message", (answer: PagefindAnswer | PagefindDeath) => {
    if ("died" in answer) failAll((death = new PagefindFailure(answer.died)));
    else waiting.shift()?.resolve(answer);
  });
  worker.on("error", failAll);
  worker.on("exit", (code) => failAll((death ??= new PagefindFailure(`the search indexing thread stopped (exit code ${code})`))));

  const ask = (request: PagefindRequest) =>
    new Promise<PagefindAnswer>((resolve, reject) => {
      if (death) return reject(death);
      waiting.push({ resolve, reject });
      worker.postMessage(request);
    }).then((answer) => {
      if ("failed" in answer) throw new PagefindFailure(answer.failed);
      return answer;
    });

  return {
    add: async (records) => ((await ask({ add: records })) as { added: string[] }).added,
    finish: async (last) => {
      const { files } = (await ask({ finish: true, close: last })) as { files: IndexFile[] };
      if (last) await worker.terminate();
      return files;
    },
    stop: async () => {
      await worker.terminate();
    },
  };
}
