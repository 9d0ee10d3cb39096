import { queryTerms } from "./keys.ts";

/** How one reader's query is put to Pagefind. */
export interface QueryPlan {
  /** Each query word's keys, the likeliest first: what a result must match, and what excerpts mark. */
  terms: string[][];
  /**
   * Pagefind queries to try in order until one finds something: every word as typed first,
   * then every word read with one proclitic split off (وبكين → بكين).
   */
  attempts: string[];
}

export function planQuery(query: string): QueryPlan {
  const terms = queryTerms(query);
  if (terms.length === 0) return { terms, attempts: [] };
  const likeliest = terms.map((keys) => keys[0]!).join(" ");
  const split = terms.map((keys) => keys[keys.length - 1]!).join(" ");
  return { terms, attempts: likeliest === split ? [likeliest] : [likeliest, split] };
}
