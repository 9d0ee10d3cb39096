import { readFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<{ url: string; content: string; meta: Record<string, string> }>;
}

export interface PagefindClient {
  filters(): Promise<Record<string, Record<string, number>>>;
  search(term: string | null, options?: { filters?: Record<string, unknown> }): Promise<{ results: PagefindResult[] }>;
}

/**
 * Pagefind's own browser client (pagefind.js and its WebAssembly), run in Node over the files of a
 * folder. It reads its files with fetch, which is pointed at the disk (one client per test file:
 * the module is imported once per folder).
 */
export async function searchClient(folder: string): Promise<PagefindClient> {
  globalThis.fetch = (async (url: string | URL) => new Response(await readFile(new URL(String(url))))) as typeof fetch;
  const client = await import(pathToFileURL(path.join(folder, "pagefind.js")).href);
  await client.options({ basePath: pathToFileURL(folder + path.sep).href, baseUrl: "/", noWorker: true });
  await client.init();
  return client;
}

/** The addresses of the pages a search finds, with their scores, in Pagefind's order. */
export async function foundPages(client: PagefindClient, term: string | null, filters: Record<string, unknown> = {}): Promise<[string, number][]> {
  const { results } = await client.search(term, { filters });
  return Promise.all(results.map(async (result) => [(await result.data()).url, Math.round(result.score * 1000) / 1000] as [string, number]));
}
