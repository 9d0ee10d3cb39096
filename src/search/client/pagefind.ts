/** The part of Pagefind's browser API (pagefind.js) the search page uses. */
export interface PagefindResultData {
  url: string;
  meta: Record<string, string | undefined>;
}

export interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}

export type FilterCounts = Record<string, Record<string, number>>;

export interface PagefindResponse {
  results: PagefindResult[];
  filters: FilterCounts;
}

export interface SearchOptions {
  filters?: Record<string, string>;
  sort?: Record<string, "asc" | "desc">;
}

export interface Pagefind {
  options(options: { baseUrl?: string; bundlePath?: string }): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: SearchOptions): Promise<PagefindResponse | null>;
  filters(): Promise<FilterCounts>;
}

/** Loads pagefind.js from the site's bundle folder, under the site's path prefix. */
export async function loadPagefind(bundlePath: string, baseUrl: string): Promise<Pagefind> {
  const pagefind = (await import(/* @vite-ignore */ `${bundlePath}pagefind.js`)) as Pagefind;
  await pagefind.options({ baseUrl, bundlePath });
  await pagefind.init();
  return pagefind;
}
