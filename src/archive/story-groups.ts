/**
 * Wire copies: articles whose story is the same text, found without comparing every article
 * with every other. Exact copies share a digest of their story's words in matching form (the
 * same story filed under two sections); near copies (an agency story republished by several
 * outlets, a first line changed, a sentence added) share enough MinHash values of their
 * five-word shingles. Candidates come from LSH bands of the MinHash signature, each new
 * article is checked against at most a few earlier ones per band, so the work grows with the
 * archive, not with its square.
 *
 * Pure: records in, groups out, the same groups whatever order the records arrive in.
 */
import { createHash } from "node:crypto";
import type { ArticleRecord } from "../record.ts";
import { matchWordHashes } from "../text/normalize.ts";

/** What grouping reads of an article. */
export type StoryText = Pick<ArticleRecord, "id" | "title" | "date" | "paragraphs" | "countries">;

export interface StoryGroup<T extends StoryText = ArticleRecord> {
  /** The article the others are copies of: the earliest, else the longest, else the first by id. */
  main: T;
  /** The other articles of the story, in the same order (earliest first). */
  copies: T[];
}

export interface StoryGroups<T extends StoryText = ArticleRecord> {
  /** Groups of two or more articles, in the order of their main article's id. */
  groups: StoryGroup<T>[];
  /** The group of every article that has copies or is one, by article id. */
  groupOf: Map<string, StoryGroup<T>>;
  /** Articles grouped because their story's words are the same as another's, and because they are close. */
  exactCopies: number;
  nearCopies: number;
}

/**
 * The articles of a country, topic, official, month, source …: one article per story (a story's
 * copies are counted once), in the order given, and how many copies were left out.
 */
export interface StoryList<T extends StoryText = ArticleRecord> {
  articles: T[];
  /** Articles of the list left out as copies of a story it lists. */
  copies: number;
}

/**
 * A list with one article per story: of a story's articles in the list, the one nearest its main
 * article (the main article itself when it is there), so that a story counts once on every page
 * however many times it was filed, and each page lists an article it has.
 */
export function onePerStory<T extends StoryText>(list: readonly T[], groupOf: ReadonlyMap<string, StoryGroup<T>>): StoryList<T> {
  const rank = (group: StoryGroup<T>, article: T) => ranksIn(group).get(article)!;
  const shown = new Map<StoryGroup<T>, T>();
  for (const article of list) {
    const group = groupOf.get(article.id);
    const best = group && shown.get(group);
    if (group && (!best || rank(group, article) < rank(group, best))) shown.set(group, article);
  }
  const articles = list.filter((article) => {
    const group = groupOf.get(article.id);
    return !group || shown.get(group) === article;
  });
  return { articles, copies: list.length - articles.length };
}

/** Each article's place in its group (the main article 0), worked out once per group: a group may hold thousands of copies. */
const groupRanks = new WeakMap<StoryGroup<never>, Map<StoryText, number>>();

function ranksIn<T extends StoryText>(group: StoryGroup<T>): Map<StoryText, number> {
  let ranks = groupRanks.get(group as StoryGroup<never>);
  if (!ranks) groupRanks.set(group as StoryGroup<never>, (ranks = new Map([group.main, ...group.copies].map((article, i) => [article, i]))));
  return ranks;
}

/** Settings measured on the SaudiNewsNet corpus (README, "Wire copies"). */
export const STORY_SETTINGS = {
  /** Words in a shingle. */
  shingle: 5,
  /** LSH: bands of the signature, and MinHash values in each band (the signature has bands × rows values). */
  bands: 16,
  rows: 4,
  /** Share of equal MinHash values (an estimate of the shingles' Jaccard similarity) from which two stories are one. */
  threshold: 0.5,
  /** Stories with fewer words are near copies of none, and exact copies only of a story with the same headline too: a caption or a one-line brief says too little to tell. */
  minWords: 25,
  /** Words of headline and story together, at least, for a short story to be an exact copy of another. */
  minExactWords: 8,
  /** Earlier articles of a band's bucket that a new article is checked against. */
  perBucket: 4,
} as const;

type Settings = typeof STORY_SETTINGS;

/** One article's story as grouping compares it. */
interface Sketch {
  words: number;
  /** Digest of the story's words in matching form (with the headline's, for a short story); undefined for an empty one. */
  exact?: string;
  /** MinHash values, bands × rows of them; undefined when too short to group. */
  signature?: Int32Array;
}

/**
 * A sketch as plain data (with STORY_SETTINGS): made where an article is read and kept with its
 * record, so that grouping an archive does not go through every story's words again.
 */
export interface StorySketch {
  words: number;
  exact?: string;
  signature?: number[];
}

export function storySketch(article: Pick<StoryText, "title" | "paragraphs">): StorySketch {
  const { signature, ...sketch } = sketchOf(article, STORY_SETTINGS);
  return signature ? { ...sketch, signature: Array.from(signature) } : sketch;
}

/**
 * The story groups of these articles: see the top of this file. `storedSketch` gives an article's
 * sketch where one was kept (storySketch); it is used with the standard settings only.
 */
export function storyGroups<T extends StoryText>(
  records: readonly T[],
  settings: Settings = STORY_SETTINGS,
  storedSketch: (article: T) => StorySketch | undefined = () => undefined,
): StoryGroups<T> {
  const articles = [...records].sort((a, b) => compare(a.id, b.id));
  const stored = (article: T) => (settings === STORY_SETTINGS ? storedSketch(article) : undefined);
  const sketches = articles.map((article) => fromStored(stored(article)) ?? sketchOf(article, settings));
  const sets = disjointSets(articles.length);
  const exact = joinExactCopies(sketches, sets);
  joinNearCopies(articles, sketches, exact, sets, settings);
  return collectGroups(articles, sketches, exact, sets);
}

interface DisjointSets {
  /** The first article of i's group (the least index). */
  find(i: number): number;
  union(a: number, b: number): void;
}

function disjointSets(size: number): DisjointSets {
  const parent = Array.from({ length: size }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  return {
    find,
    union(a, b) {
      const [x, y] = [find(a), find(b)];
      if (x !== y) parent[Math.max(x, y)] = Math.min(x, y);
    },
  };
}

/** Joins the articles whose story's words are the same; returns the ones that are copies of an earlier one. */
function joinExactCopies(sketches: Sketch[], sets: DisjointSets): Set<number> {
  const copies = new Set<number>();
  const byText = new Map<string, number>();
  sketches.forEach((sketch, i) => {
    if (sketch.exact === undefined) return;
    const first = byText.get(sketch.exact);
    if (first === undefined) byText.set(sketch.exact, i);
    else {
      sets.union(first, i);
      copies.add(i);
    }
  });
  return copies;
}

/**
 * Joins the articles whose stories are close: each is checked against the first few earlier
 * articles of each LSH band it falls in. Two groups become one only when their first articles
 * are close too: a chain of stories, each close to the next (the same telegram of
 * congratulation to one president after another), is not one story.
 */
function joinNearCopies(articles: StoryText[], sketches: Sketch[], exact: ReadonlySet<number>, sets: DisjointSets, settings: Settings): void {
  const close = (a: number, b: number) =>
    a === b || (similarity(sketches[a]!.signature!, sketches[b]!.signature!) >= settings.threshold && sameCountries(articles[a]!, articles[b]!));
  const buckets = Array.from({ length: settings.bands }, () => new Map<number, number[]>());
  sketches.forEach((sketch, i) => {
    if (!sketch.signature || exact.has(i)) return; // an exact copy has the signature of the article it copies
    const checked = new Set<number>(); // an earlier article met again in another band is not checked again
    for (let band = 0; band < settings.bands; band++) {
      const key = bandKey(sketch.signature, band, settings.rows);
      const earlier = buckets[band]!.get(key);
      if (!earlier) {
        buckets[band]!.set(key, [i]);
        continue;
      }
      for (const other of earlier) {
        if (checked.has(other) || sets.find(other) === sets.find(i)) continue;
        checked.add(other);
        if (close(other, i) && close(sets.find(other), sets.find(i))) sets.union(other, i);
      }
      if (earlier.length < settings.perBucket) earlier.push(i);
    }
  });
}

/** The groups of two or more articles, each with its main article first, in the order of their main article's id. */
function collectGroups<T extends StoryText>(articles: T[], sketches: Sketch[], exact: ReadonlySet<number>, sets: DisjointSets): StoryGroups<T> {
  const members = new Map<number, number[]>();
  articles.forEach((_, i) => {
    const list = members.get(sets.find(i));
    if (list) list.push(i);
    else members.set(sets.find(i), [i]);
  });
  const groups: StoryGroup<T>[] = [];
  const groupOf = new Map<string, StoryGroup<T>>();
  let exactCopies = 0;
  for (const list of members.values()) {
    if (list.length < 2) continue;
    const ordered = list.sort((a, b) => mainFirst(articles[a]!, sketches[a]!, articles[b]!, sketches[b]!));
    const group = { main: articles[ordered[0]!]!, copies: ordered.slice(1).map((i) => articles[i]!) };
    groups.push(group);
    for (const i of ordered) groupOf.set(articles[i]!.id, group);
    exactCopies += list.filter((i) => exact.has(i)).length;
  }
  groups.sort((a, b) => compare(a.main.id, b.main.id));
  const copies = groups.reduce((sum, group) => sum + group.copies.length, 0);
  return { groups, groupOf, exactCopies, nearCopies: copies - exactCopies };
}

function fromStored(sketch: StorySketch | undefined): Sketch | undefined {
  if (!sketch) return undefined;
  const { signature, ...rest } = sketch;
  return signature ? { ...rest, signature: Int32Array.from(signature) } : rest;
}

/** The story's words in matching form, its exact digest and its MinHash signature. */
function sketchOf(article: Pick<StoryText, "title" | "paragraphs">, settings: Settings): Sketch {
  const words = matchWordHashes(article.paragraphs.join("\n"));
  if (words.length >= settings.minWords) return { words: words.length, exact: digestOfWords(words), signature: minHash(words, settings) };
  // A short story is an exact copy only with its headline: a byline or a caption alone says too little.
  const headline = matchWordHashes(article.title);
  const enough = words.length > 0 && headline.length + words.length >= settings.minExactWords;
  return { words: words.length, ...(enough && { exact: digestOfWords([...headline, -1, ...words]) }) };
}

function digestOfWords(words: number[]): string {
  return createHash("sha1").update(Int32Array.from(words)).digest("base64");
}

/** The least value of each of bands × rows hash functions over the story's shingles. */
function minHash(hashes: number[], settings: Settings): Int32Array {
  const size = settings.bands * settings.rows;
  const width = settings.shingle;
  // Signed 32-bit values throughout: they stay small integers to the engine, where unsigned ones
  // above 2³¹ would be doubles. Any fixed order serves MinHash as well as another.
  const signature = new Int32Array(size).fill(0x7fffffff);
  const seeds = permutationSeeds(size);
  for (let start = 0; start + width <= hashes.length; start++) {
    let shingle = 0x811c9dc5;
    for (let j = start; j < start + width; j++) shingle = Math.imul(shingle ^ hashes[j]!, 0x01000193);
    const mixed = mix(shingle);
    for (let p = 0; p < size; p++) {
      // The p-th hash function: a seed and a multiplication, both bijections of the mixed shingle.
      let value = Math.imul(mixed ^ seeds[p]!, 0x9e3779b1);
      value ^= value >>> 15;
      if (value < signature[p]!) signature[p] = value;
    }
  }
  return signature;
}

/** MurmurHash3's finalizer: a bijection of 32-bit values that spreads every input bit. */
function mix(value: number): number {
  let h = value;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

const seedLists = new Map<number, Int32Array>();

/** One seed per hash function, the same on every run. */
function permutationSeeds(size: number): Int32Array {
  let seeds = seedLists.get(size);
  if (!seeds) {
    seeds = Int32Array.from({ length: size }, (_, i) => mix(Math.imul(i + 1, 0x9e3779b1)));
    seedLists.set(size, seeds);
  }
  return seeds;
}

function bandKey(signature: Int32Array, band: number, rows: number): number {
  let key = 0x811c9dc5;
  for (let i = band * rows; i < (band + 1) * rows; i++) key = Math.imul(key ^ signature[i]!, 0x01000193);
  return key;
}

/**
 * Whether the countries of one story are all among the other's: telegrams of congratulation,
 * condolences and weather reports share most of their words and differ in the country they
 * are about, and a longer version of a story may name more countries than a shorter one.
 */
function sameCountries(a: StoryText, b: StoryText): boolean {
  const [fewer, more] = a.countries.length <= b.countries.length ? [a, b] : [b, a];
  return fewer.countries.every((code) => more.countries.includes(code));
}

/** Share of equal values of two signatures: an estimate of their shingles' Jaccard similarity. */
export function similarity(a: Int32Array, b: Int32Array): number {
  let equal = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) equal++;
  return equal / a.length;
}

/** The main article first: the earliest (undated last), then the longest, then by id. */
function mainFirst(a: StoryText, sa: Sketch, b: StoryText, sb: Sketch): number {
  if (a.date !== b.date) {
    if (!a.date) return 1;
    if (!b.date) return -1;
    return a.date < b.date ? -1 : 1;
  }
  return sb.words - sa.words || compare(a.id, b.id);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** For measurement: the estimated similarity of two stories, as grouping sees it (undefined when either is too short). */
export function storySimilarity(a: StoryText, b: StoryText, settings: Settings = STORY_SETTINGS): number | undefined {
  const [x, y] = [sketchOf(a, settings), sketchOf(b, settings)];
  return x.signature && y.signature ? similarity(x.signature, y.signature) : undefined;
}
