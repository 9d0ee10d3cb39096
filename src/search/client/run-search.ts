import { planQuery } from "../query.ts";
import { chosenFilters, type SearchState } from "../url-state.ts";
import type { FilterCounts, Pagefind, PagefindResult } from "./pagefind.ts";

export interface SearchOutcome {
  results: PagefindResult[];
  /** Results per filter value among these results. */
  counts: FilterCounts;
  /** The query words' keys, for marking excerpts. */
  terms: string[][];
}

/**
 * Runs a reader's search. Words go to Pagefind as keys (src/search/keys.ts); with no words
 * but a filter, every article of that filter is listed, newest first. Undefined: nothing asked yet.
 */
export async function runSearch(pagefind: Pagefind, state: SearchState): Promise<SearchOutcome | undefined> {
  const filters = chosenFilters(state);
  const { terms, attempts } = planQuery(state.q);
  const byDate = { date: "desc" } as const;
  if (attempts.length === 0) {
    if (state.q.trim()) return { results: [], counts: {}, terms };
    if (Object.keys(filters).length === 0) return undefined;
    const all = await pagefind.search(null, { filters, sort: byDate });
    return { results: all?.results ?? [], counts: all?.filters ?? {}, terms };
  }
  const sort = state.sort === "date" ? byDate : undefined;
  let found = { results: [] as PagefindResult[], counts: {} as FilterCounts };
  for (const attempt of attempts) {
    const response = await pagefind.search(attempt, { filters, ...(sort ? { sort } : {}) });
    found = { results: response?.results ?? [], counts: response?.filters ?? {} };
    if (found.results.length > 0) break;
  }
  return { ...found, terms };
}
