import { queryWords, type QueryWord } from "../query.ts";
import { HEADLINE_FIELD, textKeys } from "../keys.ts";
import { agreement, pageAge, rankPages, type WordHit } from "../ranking.ts";
import { allowedDistance, keyDistance, likelierCorrection, type Correction } from "../typos.ts";
import { remembered } from "../../ingest/remembered.ts";
import { chosenFilters, type SearchState } from "../url-state.ts";
import type { Pagefind, PagefindResult } from "./pagefind.ts";

export interface SearchOutcome {
  results: PagefindResult[];
  /** The keys each query word was found by, for marking excerpts. */
  terms: string[][];
  /** Words found in no reading and near no archive word: the search has no results because of them. */
  unmatched: string[];
  /** The query as it was searched when some words were corrected («هل تقصد …»). */
  corrected?: string;
}

/** The archive's vocabulary, as far as a search needs it (src/search/client/vocabulary-files.ts). */
export interface Vocabulary {
  /** How common the archive holds this key as a whole word (its frequency class, src/search/vocabulary.ts); undefined when it does not. */
  frequency(key: string): Promise<number | undefined>;
  /** The archive words nearest to a key, the likeliest first, `limit` at most. */
  corrections(key: string, limit: number): Promise<Correction[]>;
  /** About how many articles hold a word that begins with this key (0 when none, or a number). */
  pages(key: string): Promise<number>;
}

/** What a word's search says of one page, with Pagefind's result to load it by. */
type PageHit = WordHit & { result: PagefindResult };

/** One way a query word is found: a key (a reading of it, or the nearest archive word) and what it finds. */
interface Reading {
  key: string;
  hits: Map<string, PageHit>;
  /** The word as corrected, when this reading is a correction. */
  correction?: string;
  /** How far the correction is from the word as typed (src/search/typos.ts). */
  distance?: number;
  /** How many pages the word finds as typed: a slip makes a rare word more often than a common one. */
  typedPages?: number;
  /** Which of the word's keys the correction starts from (0: as typed, or its likeliest reading; more: a clitic split off). */
  splitReading?: number;
  /** The correction is no longer than the word: a letter changed, not one left out restored. */
  changed?: number;
}

/** A correction of one of a query word's readings (its keys, the likeliest first: `reading` is the place of `key` among them). */
interface Candidate {
  key: string;
  reading: number;
  correction: Correction;
}

/** Combinations of readings weighed at most; a word's likelier readings are kept first when there are more. */
const MAX_COMBINATIONS = 256;
/** Headlines read to correct a word from the words beside it: more would load too many results. */
const MAX_CONTEXT_HEADLINES = 64;
/** Corrections of one word taken from those headlines. */
const CONTEXT_CORRECTIONS = 4;
/** Archive words tried for a misspelt word at most, and how many at a time (each costs a Pagefind search, often a word-index file of its own). */
const MAX_CORRECTIONS = 12;
const CORRECTION_BATCH = 4;
/**
 * A key found in more articles than this is searched together with a rarer word of the query
 * (commonKeySearches): Pagefind's time grows faster than the pages a search finds (a key in 24,000
 * of 31,000 articles took 8 s; in 3,500, 0.2 s), and with the words that begin with the key
 * (إماراتي, in 1,000 articles as a dozen words, 0.4 s), which the vocabulary's estimate adds up
 * (VocabularyFiles.pages); only the pages holding the other words count.
 */
export const COMMON_PAGES = 2000;
/**
 * A word whose headlines are read for a correction of another is searched on its own up to this
 * many articles (a key found in fewer headlines than MAX_CONTEXT_HEADLINES is most often in
 * fewer articles than this); more, and its headlines are too many to read anyway.
 */
const CONTEXT_PAGES = 2000;
/** Keys of the anchor word a common key is searched with at most (commonKeySearches). */
const MAX_ANCHOR_KEYS = 8;
/** Keys of a headline: a word in a headline whose first key is here is taken to be within this many keys of it. */
const HEADLINE_SPAN = 12;

/**
 * Runs a reader's search. Each word is searched on its own, in each of its readings (as typed,
 * with a proclitic split off), because Pagefind drops a word that matches nothing and would
 * show the results of the other words as if it had found them all. An article counts when it
 * holds every word in one of its readings. Unless every word is then in one headline, words are
 * corrected: first to the near words of the headlines that hold all the others, then to the
 * nearest archive words. With no words but a filter, every article of that filter, newest first.
 * Undefined: nothing asked yet.
 */
export async function runSearch(pagefind: Pagefind, vocabulary: Vocabulary, state: SearchState): Promise<SearchOutcome | undefined> {
  const filters = chosenFilters(state);
  const words = queryWords(state.q);
  if (words.length === 0) {
    if (state.q.trim()) return { results: [], terms: [], unmatched: [] };
    if (Object.keys(filters).length === 0) return undefined;
    const all = await pagefind.search(null, { filters });
    return { results: newestFirst(all?.results ?? []), terms: [], unmatched: [] };
  }
  // A word alone is searched without its vocabulary (commonKeySearches): its files are not loaded for it.
  const warm = warmer(pagefind, words.length > 1 ? vocabulary : undefined, filters);
  warm(words.flatMap((word) => [...word.keys, word.typed]));
  const searched = new Map<string, Promise<Map<string, PageHit>>>();
  const alone = (key: string) => remembered(searched, key, () => wordHits(pagefind, key, filters));
  const paired = (key: string, anchor: string, anchorHits: Map<string, PageHit>) => remembered(searched, `${anchor} ${key}`, () => commonKeyHits(pagefind, key, anchor, anchorHits, filters));
  const searchOf = await commonKeySearches(words, vocabulary, alone, paired);
  const found = await Promise.all(words.map((word, i) => readingsOf(word, searchOf(i), vocabulary)));
  // What follows weighs every page found, a while for a common word: the page answers the reader first.
  await yieldToPage();
  const context: ContextSearch = async (key) => ((await vocabulary.pages(key)) <= CONTEXT_PAGES ? alone(key) : undefined);
  const { readings, likeliest } = await likeliestReadings(words, found, searchOf, context, vocabulary, warm);
  if (!likeliest) {
    const unmatched = words.filter((_, i) => readings[i]!.length === 0).map((word) => word.text);
    return { results: [], terms: words.map((word) => word.keys), unmatched };
  }
  const chosen = likeliest.chosen;
  // Each word's hits in the readings of the likeliest combination and of those as likely.
  const wordReadings = chosen.map((reading, i) => [reading, ...likeliest.asLikely.map((other) => other[i]!).filter((other) => other.key !== reading.key)]);
  const hitsOf = wordReadings.map((options) => mergedHits(options.map((reading) => reading.hits)));
  const results = new Map<string, PagefindResult>();
  for (const hits of hitsOf) for (const [id, hit] of hits) if (!results.has(id)) results.set(id, hit.result);
  const typed = await Promise.all(words.map((word, i) => (chosen[i]!.correction ? chosen[i]!.hits : searchOf(i)(word.typed))));
  await yieldToPage();
  const order = rankPages(hitsOf.map((hits, i) => withTypedInHeadline(hits, typed[i]!)), state.sort);
  const correction = chosen.some((reading) => reading.correction) ? chosen.map((reading, i) => reading.correction ?? words[i]!.text).join(" ") : undefined;
  return {
    results: order.map((id) => results.get(id)!),
    terms: wordReadings.map((options) => [...new Set(options.map((reading) => reading.key))]),
    unmatched: [],
    ...(correction ? { corrected: correction } : {}),
  };
}

/** Lets the page answer the reader (and paint) between the steps of a search, so that no step holds the main thread long. */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Starts loading what searching keys needs, once for each key (a Warm). */
type Warm = (keys: Iterable<string>) => void;

/**
 * Loads, all at once, what the searches of keys will need: each key's vocabulary file (for
 * VocabularyFiles.pages) and the word-index files that hold it and the words that begin with it
 * (wordHits), in one Pagefind preload. Searched one after another, a query's keys and corrections
 * waited for file after file (a vocabulary file, then an index file, then the next key's); loaded
 * together, the searches wait for the slowest file once.
 */
function warmer(pagefind: Pagefind, vocabulary: Vocabulary | undefined, filters: Record<string, string>): Warm {
  const warmed = new Set<string>();
  return (keys) => {
    const fresh = [...new Set(keys)].filter((key) => !warmed.has(key));
    if (fresh.length === 0) return;
    for (const key of fresh) {
      warmed.add(key);
      void vocabulary?.pages(key).catch(() => 0);
    }
    pagefind.preload(fresh.flatMap((key) => [key, pastEveryWordOf(key)]).join(" "), { filters }).catch(() => undefined);
  };
}

/** The hits of several readings of one word: a page found by more than one keeps the hit that puts the word in its headline, else the first. */
function mergedHits(readings: Map<string, PageHit>[]): Map<string, PageHit> {
  if (readings.length === 1) return readings[0]!;
  const merged = new Map<string, PageHit>();
  for (const hits of readings) for (const [id, hit] of hits) if (!merged.has(id) || (hit.inHeadline && !merged.get(id)!.inHeadline)) merged.set(id, hit);
  return merged;
}

type WordSearch = (key: string) => Promise<Map<string, PageHit>>;
/** A key's hits on its own, for the headlines a correction is read from; undefined when too common to search so (CONTEXT_PAGES). */
type ContextSearch = (key: string) => Promise<Map<string, PageHit> | undefined>;
/** The search of the i-th query word's keys. */
type WordSearches = (word: number) => WordSearch;

/**
 * The searches of each word's keys. In a query of several words, a common key (COMMON_PAGES) of
 * one word is searched only within the pages of its anchor, the rarest other word: with each key
 * of the anchor searched so far (its readings, and each correction as it is tried), so that the
 * pages that count, which hold every word in some reading, are all found. Others alone.
 */
async function commonKeySearches(
  words: QueryWord[],
  vocabulary: Vocabulary,
  alone: WordSearch,
  paired: (key: string, anchor: string, anchorHits: Map<string, PageHit>) => Promise<Map<string, PageHit>>,
): Promise<WordSearches> {
  if (words.length < 2) return () => alone;
  const anchors = await anchorWords(words, vocabulary);
  /** Each word's keys searched so far, and the common keys anchored on it with their hits, which grow with them. */
  const keysOf = words.map(() => new Set<string>());
  const anchored = words.map(() => new Map<string, Map<string, PageHit>>());
  const pairedWith = new Map<Map<string, PageHit>, number>();
  const addAnchorKey = async (commonKey: string, hits: Map<string, PageHit>, anchor: string) => {
    // Each common key is searched with so many of the anchor's keys at most: its readings and likeliest corrections.
    const count = pairedWith.get(hits) ?? 0;
    if (count >= MAX_ANCHOR_KEYS) return;
    pairedWith.set(hits, count + 1);
    for (const [id, hit] of await paired(commonKey, anchor, await alone(anchor))) if (!hits.has(id)) hits.set(id, hit);
  };
  const searched = async (i: number, key: string): Promise<Map<string, PageHit>> => {
    const hits = await alone(key);
    if (!keysOf[i]!.has(key)) {
      keysOf[i]!.add(key);
      await Promise.all([...anchored[i]!].map(([commonKey, common]) => addAnchorKey(commonKey, common, key)));
    }
    return hits;
  };
  return (i) => async (key) => {
    const a = anchors[i];
    if (a === undefined || (await vocabulary.pages(key)) <= COMMON_PAGES) return searched(i, key);
    let hits = anchored[a]!.get(key);
    if (!hits) {
      hits = new Map();
      anchored[a]!.set(key, hits);
      const anchorKeys = new Set([...words[a]!.keys, words[a]!.typed, ...keysOf[a]!]);
      await Promise.all([...anchorKeys].map((anchorKey) => searched(a, anchorKey)));
      await Promise.all([...keysOf[a]!].map((anchorKey) => addAnchorKey(key, hits!, anchorKey)));
    }
    return hits;
  };
}

/** For each word, the rarest other word when its keys together are no common key, else none. */
async function anchorWords(words: QueryWord[], vocabulary: Vocabulary): Promise<(number | undefined)[]> {
  const pages = await Promise.all(words.map(async (word) => (await Promise.all([...new Set([...word.keys, word.typed])].map((key) => vocabulary.pages(key)))).reduce((a, b) => a + b, 0)));
  return words.map((_, i) => {
    let best: number | undefined;
    for (let j = 0; j < words.length; j++) if (j !== i && pages[j]! <= COMMON_PAGES && (best === undefined || pages[j]! < pages[best]!)) best = j;
    return best;
  });
}

/**
 * A common key's hits among the pages that hold `anchor` (a key of another query word, whose hits
 * are `anchorHits`): one Pagefind search for both, which finds few pages, instead of one for the
 * common key that finds most of the archive. Its places are those the anchor does not take; the
 * headline holds it when Pagefind says the headline holds one of the two and the anchor is not
 * there, or is there and the key is before it or close after it (the headline's keys come
 * first, src/search/records.ts).
 */
export async function commonKeyHits(pagefind: Pagefind, key: string, anchor: string, anchorHits: Map<string, WordHit>, filters: Record<string, string>): Promise<Map<string, PageHit>> {
  await pagefind.preload(pastEveryWordOf(key), { filters });
  const response = await pagefind.search(`${anchor} ${key}`, { filters });
  const hits = new Map<string, PageHit>();
  for (const result of response?.results ?? []) {
    const anchorHit = anchorHits.get(result.id);
    if (!anchorHit) continue;
    const taken = new Set(anchorHit.locations);
    const own = result.words.filter((location) => !taken.has(location));
    const locations = own.length > 0 ? own : result.words;
    const first = Math.min(...anchorHit.locations);
    const headlineMatched = result.matchedMetaFields?.includes(HEADLINE_FIELD) ?? false;
    const inHeadline = headlineMatched && (!anchorHit.inHeadline || locations.some((location) => location < first + HEADLINE_SPAN));
    hits.set(result.id, { score: Math.max(0, result.score - anchorHit.score), locations, inHeadline, result });
  }
  return hits;
}

/** A word that sorts after every index word that begins with `key` and before the words after them (keys are ASCII letters and digits). */
export function pastEveryWordOf(key: string): string {
  return `${key}zzzzzzzz`;
}

/** A word's hits, each marked when the page's headline holds the word as typed (what `typed`, its search as typed, says). */
function withTypedInHeadline(hits: Map<string, PageHit>, typed: Map<string, PageHit>): Map<string, WordHit> {
  return new Map([...hits].map(([id, hit]) => [id, { ...hit, typedInHeadline: typed.get(id)?.inHeadline ?? false }]));
}

/**
 * A word's hits: the pages holding an index word that begins with `key`. Pagefind loads only the
 * word-index file whose words span the key itself, so the words that begin with it but sort into
 * the next file were not found (المؤسس missed المؤسسة), or were only when an earlier search had
 * loaded that file. The file where they end is loaded first, by a word that sorts after them all.
 */
async function wordHits(pagefind: Pagefind, key: string, filters: Record<string, string>): Promise<Map<string, PageHit>> {
  await pagefind.preload(pastEveryWordOf(key), { filters });
  const response = await pagefind.search(key, { filters });
  return new Map(
    (response?.results ?? []).map((result) => [
      result.id,
      { score: result.score, locations: result.words, inHeadline: result.matchedMetaFields?.includes(HEADLINE_FIELD) ?? false, result },
    ]),
  );
}

/**
 * The readings of a word that find something. A clitic split off that leaves a word most
 * articles hold (لمن read as ل + من) is no reading when the word as typed finds something: that
 * word is a function word, in every headline, and would stand for the word the reader meant.
 */
async function readingsOf(word: QueryWord, search: WordSearch, vocabulary: Vocabulary): Promise<Reading[]> {
  const common = await Promise.all(word.keys.map(async (key, i) => i > 0 && (await vocabulary.pages(key)) > COMMON_PAGES));
  // The keys searched whatever the word as typed finds are searched at once with it; a common one only when it finds nothing.
  const rare = Promise.all(word.keys.map(async (key, i) => ({ key, hits: common[i] ? undefined : await search(key) })));
  const asTyped = await search(word.keys[0]!);
  const found = await Promise.all((await rare).map(async (reading) => ({ key: reading.key, hits: reading.hits ?? (asTyped.size > 0 ? new Map<string, PageHit>() : await search(reading.key)) })));
  return found.filter((reading) => reading.hits.size > 0);
}

/**
 * The readings of every word, corrections included, and their likeliest combination. Unless the
 * words as typed meet in one headline, words are corrected, in stages that stop once they do:
 * to the near words of the headlines that hold all the other words; to the nearest archive
 * words of the words the archive does not hold as typed (a key that is no archive word finds
 * only longer words that begin with it, and may be a slip: خبار for أخبار finds خبارات); then,
 * in a query of several words, of every word, taken only when it brings every word into one
 * headline (a slip can make another archive word: سوة for سطوة).
 */
async function likeliestReadings(words: QueryWord[], found: Reading[][], search: WordSearches, context: ContextSearch, vocabulary: Vocabulary, warm: Warm): Promise<Choice> {
  let choice: Choice = { readings: found, likeliest: likeliestCombination(found) };
  if (everyWordInOneHeadline(choice, words)) return choice;
  const frequencies = await Promise.all(words.map((word) => vocabulary.frequency(word.keys[0]!)));
  const known = frequencies.map((frequency) => frequency !== undefined);
  // The archive words nearest to a word it does not hold are looked up meanwhile: their vocabulary files load while the headlines are read.
  const unknownCandidates = words.map((word, i) => (known[i] ? Promise.resolve([]) : vocabularyCandidates(word, false, vocabulary)));
  if (words.length > 1) {
    const fromHeadlines = await Promise.all(words.map(async (word, i) => correctionsFromHeadlines(word, known[i]!, await headlinesOfOthers(words, found, i, context))));
    choice = await widenInBatches(words, choice.readings, async (i) => fromHeadlines[i]!, search, warm);
    if (everyWordInOneHeadline(choice, words)) return choice;
  }
  choice = await widenInBatches(words, choice.readings, (i) => unknownCandidates[i]!, search, warm);
  if (everyWordInOneHeadline(choice, words)) return choice;
  // A word alone has no other word to tell whether it was meant as typed.
  if (words.length === 1 && choice.likeliest) return choice;
  const knownCandidates = async (i: number) => (known[i] ? commonerCandidates(await vocabularyCandidates(words[i]!, true, vocabulary), frequencies[i]!) : []);
  const widened = await widenInBatches(words, choice.readings, knownCandidates, search, warm);
  return everyWordInOneHeadline(widened, words) || !choice.likeliest ? widened : choice;
}

/** A word's readings, and their likeliest combination. */
interface Choice {
  readings: Reading[][];
  likeliest?: Combination;
}

/** Every word is in one headline in the likeliest combination (src/search/ranking.ts, agreement). */
function everyWordInOneHeadline({ likeliest }: Choice, words: QueryWord[]): boolean {
  return likeliest !== undefined && likeliest.agreement >= 2 * words.length;
}

/**
 * Adds each word's candidates to its readings, a batch at a time, the likeliest first, until
 * every word is in one headline: the corrections weighed first are most often the right ones,
 * and a slip makes a rare word more often than a common one, so the rarer word as typed goes first.
 */
async function widenInBatches(words: QueryWord[], readings: Reading[][], candidatesOf: (word: number) => Promise<Candidate[]>, search: WordSearches, warm: Warm): Promise<Choice> {
  let choice: Choice = { readings, likeliest: likeliestCombination(readings) };
  const pages = await Promise.all(words.map(async (word, i) => (await search(i)(word.typed)).size));
  const order = words.map((_, i) => i).sort((a, b) => pages[a]! - pages[b]!);
  const candidatesOfWord = order.map((i) => candidatesOf(i));
  for (const [place, i] of order.entries()) {
    const candidates = await candidatesOfWord[place]!;
    for (let start = 0; start < candidates.length; start += CORRECTION_BATCH) {
      // This batch's files and the next one's load together, while this batch is searched.
      warm(candidates.slice(start, start + 2 * CORRECTION_BATCH).map((candidate) => candidate.correction.key));
      const batch = await searchedCorrections(words[i]!, candidates.slice(start, start + CORRECTION_BATCH), search(i));
      const widened = choice.readings.map((options, j) => (j === i ? withReadings(options, batch) : options));
      choice = { readings: widened, likeliest: likeliestCombination(widened) };
      if (everyWordInOneHeadline(choice, words)) return choice;
    }
  }
  return choice;
}

/** A word's readings and those of `more` that search another key. */
function withReadings(readings: Reading[], more: Reading[]): Reading[] {
  const keys = new Set(readings.map((reading) => reading.key));
  return [...readings, ...more.filter((reading) => !keys.has(reading.key))];
}

/**
 * Pagefind's results for the pages whose headline holds every word but the i-th: by the word as
 * typed when some headline holds it so, else in one of its readings; none when there are too
 * many to read.
 */
async function headlinesOfOthers(words: QueryWord[], readings: Reading[][], i: number, context: ContextSearch): Promise<PagefindResult[]> {
  let pages: Map<string, PagefindResult> | undefined;
  for (const [j, word] of words.entries()) {
    if (j === i) continue;
    const typedHits = await context(word.typed);
    if (!typedHits) return [];
    const typed = inHeadline([{ key: word.typed, hits: typedHits }]);
    let found = typed;
    if (typed.size === 0) {
      const all = await Promise.all(readings[j]!.map(async (reading) => ({ key: reading.key, hits: reading.correction ? reading.hits : await context(reading.key) })));
      if (all.some((reading) => !reading.hits)) return [];
      found = inHeadline(all as Reading[]);
    }
    pages = pages ? new Map([...pages].filter(([id]) => found.has(id))) : found;
  }
  return pages && pages.size <= MAX_CONTEXT_HEADLINES ? [...pages.values()] : [];
}

/** The pages whose headline holds one of these readings. */
function inHeadline(readings: Reading[]): Map<string, PagefindResult> {
  return new Map(readings.flatMap((reading) => [...reading.hits].filter(([, hit]) => hit.inHeadline).map(([id, hit]) => [id, hit.result] as const)));
}

/**
 * The words of these headlines near one of the word's readings, as readings of their own: a
 * reader who remembers a headline misspells one word of it more often than all.
 */
async function correctionsFromHeadlines(word: QueryWord, known: boolean, headlines: PagefindResult[]): Promise<Candidate[]> {
  if (headlines.length === 0) return [];
  const titles = await Promise.all(headlines.map(async (result) => (await result.data()).meta.title ?? ""));
  const headlineKeys = textKeys(titles.join(" "));
  const candidates: Candidate[] = [];
  correctable(word).forEach((key, reading) => {
    const bound = boundFor(key, known);
    for (const near of headlineKeys) {
      if (near.startsWith(key)) continue;
      const distance = keyDistance(key, near, bound);
      if (distance <= bound) candidates.push({ key, reading, correction: { key: near, distance, frequency: 0, longer: near.length > key.length } });
    }
  });
  return likeliestCandidates(candidates, CONTEXT_CORRECTIONS);
}

/**
 * The keys of a word a correction may start from: its readings, and last the word as typed when
 * a clitic and the article were split off it, since the split may be the slip's doing
 * (بالدية for بخالدية reads as دية).
 */
function correctable(word: QueryWord): string[] {
  return word.keys.includes(word.typed) ? word.keys : [...word.keys, word.typed];
}

/**
 * How far a correction may be from a key: as far as typos.ts allows, but one slip for a word the
 * archive holds, which is more likely meant as typed than two slips away from another.
 */
function boundFor(key: string, known: boolean): number {
  return known ? Math.min(1, allowedDistance(key)) : allowedDistance(key);
}

/** The archive words nearest to each reading of a word, the likeliest first. */
async function vocabularyCandidates(word: QueryWord, known: boolean, vocabulary: Vocabulary): Promise<Candidate[]> {
  const perKey = await Promise.all(
    correctable(word).map(async (key, reading) =>
      (await vocabulary.corrections(key, MAX_CORRECTIONS)).filter((correction) => correction.distance <= boundFor(key, known)).map((correction) => ({ key, reading, correction })),
    ),
  );
  return likeliestCandidates(perKey.flat(), MAX_CORRECTIONS);
}

/**
 * The candidates at least as common as an archive word typed: a slip turns a word into a rarer
 * one far more often than into a commoner one (سطوة into سوة), and weighing the rarer neighbours
 * of a common word (المناخة for المناخية) only costs searches.
 */
function commonerCandidates(candidates: Candidate[], typedFrequency: number): Candidate[] {
  return candidates.filter((candidate) => candidate.correction.frequency >= typedFrequency);
}

/** The likeliest candidates, each archive word once: the nearer, then a correction of the likelier reading (as typed before a clitic split off), then likelierCorrection. */
function likeliestCandidates(candidates: Candidate[], limit: number): Candidate[] {
  const sorted = [...candidates].sort((a, b) => a.correction.distance - b.correction.distance || a.reading - b.reading || likelierCorrection(a.correction, b.correction));
  const nearest = new Map<string, Candidate>();
  for (const candidate of sorted) if (!nearest.has(candidate.correction.key)) nearest.set(candidate.correction.key, candidate);
  return [...nearest.values()].slice(0, limit);
}

async function searchedCorrections(word: QueryWord, candidates: Candidate[], search: WordSearch): Promise<Reading[]> {
  const found = await Promise.all(
    candidates.map(async ({ key, reading, correction }) => ({
      key: correction.key,
      hits: await search(correction.key),
      correction: word.corrected(key, correction.key),
      distance: correction.distance,
      typedPages: (await search(word.typed)).size,
      splitReading: reading,
      changed: correction.longer ? 0 : 1,
    })),
  );
  return found.filter((reading) => reading.hits.size > 0);
}

interface Combination {
  chosen: Reading[];
  /**
   * Other combinations without corrections as likely as this one (each word in one headline
   * in both, say, as بإقالة in one and as إقالة in another): their pages are shown too.
   */
  asLikely: Reading[][];
  agreement: number;
  corrections: number;
  distance: number;
  typedPages: number;
  splitReadings: number;
  changed: number;
}

/**
 * Of the combinations of one reading per word whose pages meet, the one whose words agree best
 * in some page (src/search/ranking.ts, agreement): which of a word's readings was meant (و part of
 * the word or a clitic), and which archive word a misspelt one is (likelier); among equals, the
 * first, which takes the likelier readings (as typed before split).
 */
function likeliestCombination(readings: Reading[][]): Combination | undefined {
  let best: Combination | undefined;
  for (const chosen of combinations(readings)) {
    const { agreement: score, pages } = agreement(chosen.map((reading) => reading.hits));
    if (pages === 0) continue;
    const corrections = chosen.filter((reading) => reading.correction).length;
    const combination = { chosen, asLikely: [], agreement: score, corrections, distance: sum(chosen, "distance"), typedPages: sum(chosen, "typedPages"), splitReadings: sum(chosen, "splitReading"), changed: sum(chosen, "changed") };
    if (!best || likelier(combination, best)) best = combination;
    else if (corrections === 0 && best.corrections === 0 && !likelier(best, combination)) best.asLikely.push(chosen);
  }
  return best;
}

function sum(readings: Reading[], field: "distance" | "typedPages" | "splitReading" | "changed"): number {
  return readings.reduce((total, reading) => total + (reading[field] ?? 0), 0);
}

/**
 * The likelier of two combinations: more words in one headline; fewer corrections, nearer;
 * corrections of the words as typed before those of a reading with a clitic split off; those
 * that restore a letter left out, the commonest slip (src/search/typos.ts), before those that
 * change one (بأدي is بأدبي before عادي); the words in order; corrections of rarer words.
 */
function likelier(a: Combination, b: Combination): boolean {
  return (wordsInHeadline(b) - wordsInHeadline(a) || a.corrections - b.corrections || a.distance - b.distance || a.splitReadings - b.splitReadings || a.changed - b.changed || b.agreement - a.agreement || a.typedPages - b.typedPages) < 0;
}

/** How many of the words one headline holds: agreement counts two for each, and one for a phrase. */
function wordsInHeadline(combination: Combination): number {
  return Math.floor(combination.agreement / 2);
}

/**
 * Ways of taking one reading per word, in order (the first reading of each word first). When
 * there are more than MAX_COMBINATIONS, the word with the most readings loses its last ones
 * first, so that every word keeps its likelier readings and its corrections are weighed.
 */
function combinations(readings: Reading[][]): Reading[][] {
  const kept = readings.map((options) => options.length);
  const count = () => kept.reduce((product, n) => product * n, 1);
  while (count() > MAX_COMBINATIONS) kept[kept.indexOf(Math.max(...kept))]!--;
  return readings.reduce<Reading[][]>((partial, options, i) => partial.flatMap((chosen) => options.slice(0, kept[i]).map((reading) => [...chosen, reading])), [[]]);
}

function newestFirst(results: PagefindResult[]): PagefindResult[] {
  return [...results].sort((a, b) => pageAge(a.id) - pageAge(b.id));
}
