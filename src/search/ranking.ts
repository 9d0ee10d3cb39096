/**
 * The order of results, from what Pagefind says of each query word on its own (before any
 * result is loaded): an article counts when it holds every word; then those with the words in
 * their headline come first, then those with the words in order, close together, then those
 * whose headline holds the words as typed (بالأبعاد, not only أبعاد in لإبعادها); then the
 * better Pagefind score; then the newer. A page's age is its name: its place in the page list,
 * which lists the newest first (src/search/shards.ts).
 */

/** What one word's search says of one page. */
export interface WordHit {
  score: number;
  /** Where the word's keys are in the page's content (its headline's keys first). */
  locations: number[];
  inHeadline: boolean;
  /** The page's headline holds the word as typed, clitics and all, not only one of its readings. */
  typedInHeadline?: boolean;
}

export type SortOrder = "relevance" | "date";

/** Keys of one word may sit this far apart and the words still read as a phrase (a word has up to three keys). */
const PHRASE_GAP = 4;
/** Scores closer than this count as equal, and the newer page goes first. */
const SCORE_STEP = 2;

/** The age of a page from its name ("3f"): 0 for the newest. */
export function pageAge(id: string): number {
  return parseInt(id, 36);
}

/** The pages every word's hits hold, in the order to show them. */
export function rankPages(words: ReadonlyMap<string, WordHit>[], order: SortOrder): string[] {
  if (words.length === 0) return [];
  const [fewest, ...others] = [...words].sort((a, b) => a.size - b.size);
  const pages = [...fewest!.keys()].filter((id) => others.every((hits) => hits.has(id)));
  if (order === "date") return pages.sort((a, b) => pageAge(a) - pageAge(b));
  const ranked = pages.map((id) => ({ id, ...standing(words.map((hits) => hits.get(id)!)), age: pageAge(id) }));
  ranked.sort((a, b) => b.inHeadline - a.inHeadline || Number(b.phrase) - Number(a.phrase) || b.typedInHeadline - a.typedInHeadline || b.score - a.score || a.age - b.age);
  return ranked.map((page) => page.id);
}

/**
 * How well the words agree in the page where they agree best: twice the number of them its
 * headline holds, and one more when they read as a phrase; and how many pages hold them all.
 * It tells the likelier of two readings of a query. The pages are counted until one agrees as
 * well as any can: then at least that many.
 */
export function agreement(words: ReadonlyMap<string, WordHit>[]): { agreement: number; pages: number } {
  const [fewest, ...others] = [...words].sort((a, b) => a.size - b.size);
  // No page agrees better than one whose headline holds every word, as a phrase when they are more than one.
  const most = 2 * words.length + Number(words.length > 1);
  let best = -1;
  let pages = 0;
  for (const id of fewest?.keys() ?? []) {
    if (!others.every((hits) => hits.has(id))) continue;
    const hits = words.map((wordHits) => wordHits.get(id)!);
    best = Math.max(best, 2 * hits.filter((hit) => hit.inHeadline).length + Number(isPhrase(hits)));
    pages++;
    if (best === most) break;
  }
  return { agreement: best, pages };
}

function standing(hits: WordHit[]): { inHeadline: number; phrase: boolean; typedInHeadline: number; score: number } {
  const score = hits.reduce((sum, hit) => sum + hit.score, 0);
  return {
    inHeadline: hits.filter((hit) => hit.inHeadline).length,
    phrase: isPhrase(hits),
    typedInHeadline: hits.filter((hit) => hit.typedInHeadline).length,
    score: Math.round(score / SCORE_STEP),
  };
}

/** The words occur in the order asked, each within PHRASE_GAP of the one before. */
export function isPhrase(hits: WordHit[]): boolean {
  if (hits.length < 2) return false;
  let reached = hits[0]!.locations;
  for (const hit of hits.slice(1)) {
    reached = hit.locations.filter((location) => reached.some((before) => location > before && location - before <= PHRASE_GAP));
    if (reached.length === 0) return false;
  }
  return true;
}
