import { withPacedFinalization } from "./paced-finalization.ts";

/** The part of Pagefind's browser API (pagefind.js) the search page uses. */
export interface PagefindResultData {
  url: string;
  meta: Record<string, string | undefined>;
}

export interface PagefindResult {
  id: string;
  score: number;
  /** Where the words matched in the page's content. */
  words: number[];
  /** The metadata fields the words matched (Pagefind 1.5 searches metadata too). */
  matchedMetaFields?: string[];
  data(): Promise<PagefindResultData>;
}

export interface PagefindResponse {
  results: PagefindResult[];
}

export interface SearchOptions {
  filters?: Record<string, string>;
}

export interface Pagefind {
  options(options: { baseUrl?: string; bundlePath?: string; ranking?: { pageLength?: number } }): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: SearchOptions): Promise<PagefindResponse | null>;
  /** Loads the word-index files a search for these words (space-separated) needs. */
  preload(term: string, options?: SearchOptions): Promise<void>;
}

/** Loads pagefind.js from the site's bundle folder, under the site's path prefix. */
export async function loadPagefind(bundlePath: string, baseUrl: string): Promise<Pagefind> {
  const pagefind = (await import(/* @vite-ignore */ `${bundlePath}pagefind.js`)) as Pagefind;
  await withPacedFinalization(async () => {
    // Every page is listed with the same length (src/search/shards.ts): length is not weighed.
    await pagefind.options({ baseUrl, bundlePath, ranking: { pageLength: 0 } });
    await pagefind.init();
  });
  return pagefind;
}
