import { queryWords, type QueryWord } from "../query.ts";
import { HEADLINE_FIELD } from "../keys.ts";
import { agreement, pageAge, rankPages, type WordHit } from "../ranking.ts";
import { likelierCorrection, type Correction } from "../typos.ts";
import { remembered } from "../../ingest/remembered.ts";
import { chosenFilters, type SearchState } from "../url-state.ts";
import type { Pagefind, PagefindResult } from "./pagefind.ts";
import type { VocabularyFiles } from "./vocabulary-files.ts";

export interface SearchOutcome {
  results: PagefindResult[];
  /** The keys each query word was found by, for marking excerpts. */
  terms: string[][];
  /** Words found in no reading and near no archive word: the search has no results because of them. */
  unmatched: string[];
  /** The query as it was searched when some words were corrected («هل تقصد …»). */
  corrected?: string;
}

/** What a word's search says of one page, with Pagefind's result to load it by. */
type PageHit = WordHit & { result: PagefindResult };

/** One way a query word is found: a key (a reading of it, or the nearest archive word) and what it finds. */
interface Reading {
  key: string;
  hits: Map<string, PageHit>;
  /** The word as corrected, when this reading is a correction. */
  correction?: string;
}

/** Combinations of readings weighed (each word has a few readings). */
const MAX_COMBINATIONS = 64;
/**
 * How many archive words are tried for a misspelt word, stage by stage: a few for the words the
 * archive does not hold, kept when every word is then in one headline (`enough`: agreement per
 * word, see src/search/ranking.ts); more, kept when the words meet at all; then for every word.
 */
const CORRECTION_STAGES = [
  { limit: 4, knownWordsToo: false, enough: 2 },
  { limit: 12, knownWordsToo: false, enough: 0 },
  { limit: 12, knownWordsToo: true, enough: 0 },
];

/**
 * Runs a reader's search. Each word is searched on its own, in each of its readings (as typed,
 * with a proclitic split off), because Pagefind drops a word that matches nothing and would
 * show the results of the other words as if it had found them all. An article counts when it
 * holds every word in one of its readings. A word found in no reading is matched to the nearest
 * archive words. With no words but a filter, every article of that filter, newest first.
 * Undefined: nothing asked yet.
 */
export async function runSearch(pagefind: Pagefind, vocabulary: VocabularyFiles, state: SearchState): Promise<SearchOutcome | undefined> {
  const filters = chosenFilters(state);
  const words = queryWords(state.q);
  if (words.length === 0) {
    if (state.q.trim()) return { results: [], terms: [], unmatched: [] };
    if (Object.keys(filters).length === 0) return undefined;
    const all = await pagefind.search(null, { filters });
    return { results: newestFirst(all?.results ?? []), terms: [], unmatched: [] };
  }
  const searched = new Map<string, Promise<Map<string, PageHit>>>();
  const search = (key: string) => remembered(searched, key, () => wordHits(pagefind, key, filters));
  const found = await Promise.all(words.map((word) => readingsOf(word, search, vocabulary)));
  // Corrections cost a Pagefind search each, often a word-index file of its own: the likeliest few
  // first, more when those do not put every word in one headline, and for the words the archive
  // holds whole only when the words meet nowhere (a slip can make another archive word, أخية for أخيرة).
  let readings = found.map((word) => word.readings);
  let likeliest: Combination | undefined;
  for (const { limit, knownWordsToo, enough } of CORRECTION_STAGES) {
    readings = await Promise.all(
      words.map(async (word, i) => (found[i]!.known && !knownWordsToo ? found[i]!.readings : [...found[i]!.readings, ...(await correctionsOf(word, vocabulary, search, limit))])),
    );
    likeliest = likeliestCombination(readings);
    if (likeliest && likeliest.agreement >= enough * words.length) break;
  }
  if (!likeliest) {
    const unmatched = words.filter((_, i) => readings[i]!.length === 0).map((word) => word.text);
    return { results: [], terms: words.map((word) => word.keys), unmatched };
  }
  const chosen = likeliest.chosen;
  const results = new Map<string, PagefindResult>();
  for (const reading of chosen) for (const [id, hit] of reading.hits) if (!results.has(id)) results.set(id, hit.result);
  const order = rankPages(chosen.map((reading) => reading.hits), state.sort);
  const correction = chosen.some((reading) => reading.correction) ? chosen.map((reading, i) => reading.correction ?? words[i]!.text).join(" ") : undefined;
  return {
    results: order.map((id) => results.get(id)!),
    terms: chosen.map((reading) => [reading.key]),
    unmatched: [],
    ...(correction ? { corrected: correction } : {}),
  };
}

type WordSearch = (key: string) => Promise<Map<string, PageHit>>;

async function wordHits(pagefind: Pagefind, key: string, filters: Record<string, string>): Promise<Map<string, PageHit>> {
  const response = await pagefind.search(key, { filters });
  return new Map(
    (response?.results ?? []).map((result) => [
      result.id,
      { score: result.score, locations: result.words, inHeadline: result.matchedMetaFields?.includes(HEADLINE_FIELD) ?? false, result },
    ]),
  );
}

/**
 * The readings of a word that find something, and whether the archive has the word itself in one
 * of them: a key that is no archive word finds only longer words that begin with it, and may be a
 * slip (خبار for أخبار finds خبارات) to be corrected.
 */
async function readingsOf(word: QueryWord, search: WordSearch, vocabulary: VocabularyFiles): Promise<{ readings: Reading[]; known: boolean }> {
  const [found, held] = await Promise.all([
    Promise.all(word.keys.map(async (key) => ({ key, hits: await search(key) }))),
    Promise.all(word.keys.map((key) => vocabulary.holds(key))),
  ]);
  return { readings: found.filter((reading) => reading.hits.size > 0), known: held.some(Boolean) };
}

/** The nearest archive words to each reading of a word, as readings of their own, the nearest first. */
async function correctionsOf(word: QueryWord, vocabulary: VocabularyFiles, search: WordSearch, limit: number): Promise<Reading[]> {
  const perKey = await Promise.all(word.keys.map(async (key) => (await vocabulary.corrections(key, limit)).map((correction) => ({ key, correction }))));
  const nearest = new Map<string, { key: string; correction: Correction }>();
  for (const candidate of perKey.flat().sort((a, b) => likelierCorrection(a.correction, b.correction))) {
    if (!nearest.has(candidate.correction.key)) nearest.set(candidate.correction.key, candidate);
  }
  const candidates = [...nearest.values()].slice(0, limit);
  const found = await Promise.all(
    candidates.map(async ({ key, correction }) => ({ key: correction.key, hits: await search(correction.key), correction: word.corrected(key, correction.key) })),
  );
  return found.filter((reading) => reading.hits.size > 0);
}

interface Combination {
  chosen: Reading[];
  agreement: number;
  corrections: number;
}

/**
 * Of the combinations of one reading per word whose pages meet, the one whose words agree best
 * in some page (src/search/ranking.ts, agreement): which of a word's readings was meant (و part of
 * the word or a clitic), and which archive word a misspelt one is. Among equals, the one with
 * fewer corrections, then the first, which takes the likelier readings (as typed before split).
 */
function likeliestCombination(readings: Reading[][]): Combination | undefined {
  let best: Combination | undefined;
  for (const chosen of combinations(readings)) {
    const { agreement: score, pages } = agreement(chosen.map((reading) => reading.hits));
    const corrections = chosen.filter((reading) => reading.correction).length;
    if (pages === 0) continue;
    if (!best || score > best.agreement || (score === best.agreement && corrections < best.corrections)) best = { chosen, agreement: score, corrections };
  }
  return best;
}

/** Ways of taking one reading per word, in order (the first reading of each word first), MAX_COMBINATIONS at most. */
function combinations(readings: Reading[][]): Reading[][] {
  return readings.reduce<Reading[][]>((partial, options) => partial.flatMap((chosen) => options.map((reading) => [...chosen, reading])).slice(0, MAX_COMBINATIONS), [[]]);
}

function newestFirst(results: PagefindResult[]): PagefindResult[] {
  return [...results].sort((a, b) => pageAge(a.id) - pageAge(b.id));
}
