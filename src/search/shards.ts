/**
 * The search index in shards. Pagefind cannot add to an index, and indexing every story again
 * was most of the time of a build that added 100 articles. So the stories are cut into shards
 * (the stories of a day, newest day first; a large day in several), only the shards that are new or changed are indexed,
 * and each shard's part of the index is kept between builds (src/build/search-cache.ts). A
 * shard's part is made here from its records, in Pagefind's own layout (shardOf). The index the
 * reader loads is then made from all the shards' parts: one Pagefind bundle, as small to load as
 * one that Pagefind made whole (several bundles merged in the browser would each load their own
 * metadata and WebAssembly).
 *
 * Pure: records in, shards' parts out, and back.
 */
import { createHash } from "node:crypto";
import { decode, encode } from "cborg";
import type { IndexFile } from "pagefind";
import {
  chunkFile,
  compareCodePoints,
  inCodePointOrder,
  compareStrings,
  chunkContent,
  compress,
  compressChunk,
  contentHash,
  ENTRY_FILE,
  filterFile,
  fragmentFile,
  metaFile,
  WordChunkWriter,
  Writer,
  writeFilter,
  writeMeta,
  type Entry,
  type FilterValues,
  type Meta,
} from "./index-layout.ts";
import { DAY_FILTER, type SearchRecord } from "./records.ts";

/** A story as its shard holds it: its address, its day ("" when undated) and Pagefind's fragment, slimmed and gzipped. */
export interface ShardPage {
  url: string;
  day: string;
  fragment: Uint8Array;
}

/** One shard's part of the index, its pages numbered from 0 in the shard's order. */
export interface ShardIndex {
  pages: ShardPage[];
  /** Each word, and each variant form of a word as `word\0form`, in code-point order. */
  keys: string[];
  /** Per key, the index past its last posting. */
  keyEnds: Uint32Array;
  /** Per posting, its page in the shard. */
  postingPages: Uint32Array;
  /** Per posting, the offset past its locations in `locations`. */
  postingEnds: Uint32Array;
  locations: Uint8Array;
}

/** What every index shares: Pagefind's entry file (its hash and page count are the merged index's) and its scripts and WebAssembly. */
export interface SearchRuntime {
  entry: Entry;
  assets: IndexFile[];
}

/**
 * The stories a shard holds at most on average. A story that changes has its whole shard indexed
 * again, so a day of more stories is cut into 2, 4, 8 … shards, each story into the one its id's
 * hash names: a story added to a day, or changed, changes one of its shards. (Shards cut in the
 * order of the day's stories changed every shard after the story added: 100 articles added to a
 * 31,000-story archive of two months had most of it indexed again.)
 */
export const SHARD_STORIES = 100;

/**
 * Stories cut into shards: newest day first, undated last, a day's stories in as many shards as
 * its size asks (see SHARD_STORIES), their order in `items` kept within a shard.
 */
export function shardsOf<T>(items: readonly T[], dayOf: (item: T) => string, idOf: (item: T) => string): T[][] {
  const byDay = new Map<string, T[]>();
  for (const item of items) {
    const day = dayOf(item);
    const stories = byDay.get(day);
    if (stories) stories.push(item);
    else byDay.set(day, [item]);
  }
  return [...byDay.keys()].sort(newestFirst).flatMap((day) => cutDay(byDay.get(day)!, idOf));
}

function cutDay<T>(stories: T[], idOf: (item: T) => string): T[][] {
  let count = 1;
  while (stories.length > count * SHARD_STORIES) count *= 2;
  if (count === 1) return [stories];
  const shards = Array.from({ length: count }, (): T[] => []);
  for (const story of stories) shards[createHash("sha1").update(idOf(story)).digest().readUInt32BE(0) & (count - 1)]!.push(story);
  return shards.filter((shard) => shard.length > 0);
}

function newestFirst(a: string, b: string): number {
  if (a === b) return 0;
  if (!a) return 1;
  if (!b) return -1;
  return compareStrings(b, a);
}

// ── From a shard's stories to its part of the index ───────────────────────────────────────────

/**
 * A shard's part of the index, made from its stories' records as Pagefind's indexer would make
 * it (`tests/search/shards.test.ts` holds the two side by side). A record's content is its search
 * keys (src/search/keys.ts): plain ASCII words, which Pagefind neither stems nor folds, so the
 * part is each word's places in the content and in `keyFields`, the metadata written in keys.
 * The other metadata (title, excerpt, source) is text for the result to show: the search page
 * looks up keys only, so its words are not indexed. Pagefind's indexer, a process of its own,
 * took two thirds of a cold build's search index for what is here a split on spaces.
 */
export function shardOf(records: readonly SearchRecord[], fields: readonly string[], keyFields: ReadonlySet<string>): ShardIndex {
  const builder = new ShardBuilder(records.length);
  const scratch = new Writer();
  records.forEach((record, page) => {
    builder.pages[page] = shardPage(record);
    for (const [word, places] of wordPlaces(record, fields, keyFields)) builder.addPosting(word, page, placesBytes(places, scratch));
  });
  return builder.done();
}

/** Where a word is in a record: its positions in the content, and per metadata field (by number) in that field's value. */
interface WordPlaces {
  content: number[];
  fields: Map<number, number[]>;
}

function wordPlaces(record: SearchRecord, fields: readonly string[], keyFields: ReadonlySet<string>): Map<string, WordPlaces> {
  const places = new Map<string, WordPlaces>();
  const of = (word: string) => places.get(word) ?? places.set(word, { content: [], fields: new Map() }).get(word)!;
  tokens(record.content).forEach((token, position) => {
    for (const word of indexedWords(token)) of(word).content.push(position);
  });
  fields.forEach((name, field) => {
    const value = record.meta[name];
    if (!keyFields.has(name) || !value) return;
    tokens(value).forEach((token, position) => {
      for (const word of indexedWords(token)) {
        const inField = of(word).fields;
        (inField.get(field) ?? inField.set(field, []).get(field)!).push(position);
      }
    });
  });
  return places;
}

function tokens(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/** A token joined by punctuation ("a|b", where two alias groups meet) is indexed as each part and as the parts run together, as Pagefind does. */
function indexedWords(token: string): string[] {
  const parts = token.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return parts.length > 1 ? [...parts, parts.join("")] : parts;
}

/**
 * Pagefind's mark before locations of the default weight: weights are stored as 24ths and marked
 * as −(weight + 1). Custom records have one weight throughout.
 */
const DEFAULT_WEIGHT_MARK = -25;

/** A posting's locations as Pagefind writes them: [mark, positions…] and [−(field + 1), positions…, …], positions as differences from the one before. */
function placesBytes({ content, fields }: WordPlaces, scratch: Writer): Uint8Array {
  scratch.reset();
  scratch.arrayHeader(content.length ? content.length + 1 : 0);
  if (content.length) {
    scratch.integer(DEFAULT_WEIGHT_MARK);
    writeDifferences(content, scratch);
  }
  const inOrder = [...fields].sort(([a], [b]) => a - b);
  scratch.arrayHeader(inOrder.reduce((sum, [, positions]) => sum + 1 + positions.length, 0));
  for (const [field, positions] of inOrder) {
    scratch.integer(-(field + 1));
    writeDifferences(positions, scratch);
  }
  return scratch.view();
}

function writeDifferences(positions: readonly number[], scratch: Writer): void {
  let previous = 0;
  for (const position of positions) {
    scratch.integer(position - previous);
    previous = position;
  }
}

/**
 * A story's page as the search page reads it: its address and metadata (fields in order of name,
 * as Pagefind writes them), with its day as the metadata `date`. No text: the result's excerpt
 * is in its metadata, and the page never reads a result's filters.
 */
function shardPage(record: SearchRecord): ShardPage {
  const day = record.filters[DAY_FILTER]?.[0] ?? "";
  const meta: Record<string, string> = Object.fromEntries(Object.entries(record.meta).sort(([a], [b]) => compareStrings(a, b)));
  if (day) meta.date = day;
  const fragment = { url: record.url, content: "", word_count: tokens(record.content).length, filters: {}, meta, anchors: [] };
  return { url: record.url, day, fragment: compress(Buffer.from(JSON.stringify(fragment))) };
}

class ShardBuilder {
  readonly pages: ShardPage[];
  private readonly postings = new Map<string, number[]>();
  private readonly bytes = new Writer();

  constructor(pageCount: number) {
    this.pages = new Array<ShardPage>(pageCount);
  }

  addPosting(key: string, page: number, locations: Uint8Array): void {
    const start = this.bytes.length;
    this.bytes.bytes(locations);
    const list = this.postings.get(key);
    if (list) list.push(page, start, this.bytes.length);
    else this.postings.set(key, [page, start, this.bytes.length]);
  }

  /** Keys in code-point order, each key's postings by page (and bytes, for pages listed twice): the same shard always gives the same part. */
  done(): ShardIndex {
    const raw = this.bytes.view();
    const keys = inCodePointOrder([...this.postings.keys()]);
    const total = keys.reduce((sum, key) => sum + this.postings.get(key)!.length / 3, 0);
    const keyEnds = new Uint32Array(keys.length);
    const postingPages = new Uint32Array(total);
    const postingEnds = new Uint32Array(total);
    const locations = new Writer();
    let posting = 0;
    keys.forEach((key, k) => {
      const flat = this.postings.get(key)!;
      const order = Array.from({ length: flat.length / 3 }, (_, i) => i * 3);
      order.sort((a, b) => flat[a]! - flat[b]! || Buffer.compare(raw.subarray(flat[a + 1], flat[a + 2]), raw.subarray(flat[b + 1], flat[b + 2])));
      for (const at of order) {
        locations.bytes(raw.subarray(flat[at + 1], flat[at + 2]));
        postingPages[posting] = flat[at]!;
        postingEnds[posting++] = locations.length;
      }
      keyEnds[k] = posting;
    });
    return { pages: this.pages, keys, keyEnds, postingPages, postingEnds, locations: locations.done() };
  }
}

// ── From the shards' parts to the index the reader loads ─────────────────────────────────────

/** Bytes of postings per word-index chunk: about Pagefind's own chunk size (20,000 locations). */
const CHUNK_BYTES = 48 * 1024;

/**
 * Every page is listed with the same length: the page asks Pagefind not to weigh a page's length
 * (src/search/client/pagefind.ts), and a story's keys count at most three times each already.
 */
const SAME_LENGTH = 1;

/**
 * The index of all shards, in their order, as one Pagefind bundle. A page is named by its place
 * in base 36 ("0" for the newest story): the search page reads a result's age from its name
 * (src/search/ranking.ts), and short names in order made the page list that every first search
 * loads a third of what Pagefind's seven-character hashes did.
 */
export async function mergeShards(
  shards: readonly ShardIndex[],
  filtersOf: PageFilters,
  runtime: SearchRuntime,
  fields: readonly string[],
  onWord: (word: string, pages: number) => void = () => {},
): Promise<IndexFile[]> {
  const offsets: number[] = [];
  let pageCount = 0;
  for (const shard of shards) {
    offsets.push(pageCount);
    pageCount += shard.pages.length;
  }
  const language = Object.keys(runtime.entry.languages)[0];
  if (pageCount === 0 || !language) return emptyIndex(runtime);
  const files: IndexFile[] = [...runtime.assets];
  const pages: Meta["pages"] = [];
  shards.forEach((shard, s) =>
    shard.pages.forEach((page, local) => {
      const name = (offsets[s]! + local).toString(36);
      pages.push([name, SAME_LENGTH]);
      files.push({ path: fragmentFile(name), content: page.fragment });
    }),
  );

  const chunks = mergeWords(shards, offsets, onWord).map((chunk) => ({ ...chunk, hash: "" }));
  const chunkNames = new Set<string>();
  const compressed: Promise<void>[] = [];
  for (const chunk of chunks) {
    chunk.hash = contentHash(language, chunkContent(chunk.content), 7, (hash) => chunkNames.has(hash));
    chunkNames.add(chunk.hash);
    compressed.push(compressChunk(chunk.content).then((content) => void files.push({ path: chunkFile(chunk.hash), content })));
  }
  await Promise.all(compressed);

  const filterNames = new Set<string>();
  const filters: Meta["filters"] = filterValues(shards, offsets, filtersOf).map((filter) => {
    const content = writeFilter(filter);
    const hash = contentHash(language, content, 7, (taken) => filterNames.has(taken));
    filterNames.add(hash);
    files.push({ path: filterFile(hash), content });
    return [filter[0], hash];
  });

  const meta = writeMeta({ version: runtime.entry.version, pages, chunks: chunkRanges(chunks), filters, sorts: [], fields: [...fields] });
  const metaHash = contentHash(language, meta, 10, () => false);
  files.push({ path: metaFile(metaHash), content: meta });
  const about = runtime.entry.languages[language];
  const entry: Entry = { ...runtime.entry, languages: { [language]: { hash: metaHash, wasm: about?.wasm ?? language, page_count: pageCount } } };
  files.push({ path: ENTRY_FILE, content: Buffer.from(JSON.stringify(entry)) });
  return files.sort((a, b) => compareStrings(a.path, b.path));
}

/** The index of no page, as Pagefind writes it: an entry of no language, its scripts and the WebAssembly of none. */
function emptyIndex(runtime: SearchRuntime): IndexFile[] {
  const assets = runtime.assets.filter((file) => !/^wasm\./.test(file.path) || file.path === "wasm.unknown.pagefind");
  const entry: Entry = { ...runtime.entry, languages: {} };
  return [...assets, { path: ENTRY_FILE, content: Buffer.from(JSON.stringify(entry)) }].sort((a, b) => compareStrings(a.path, b.path));
}

interface Chunk {
  first: string;
  last: string;
  content: Uint8Array;
}

/** Where a key is, in shard order: shard, key number, shard, key number… */
type Places = ArrayLike<number>;

/** The words of all shards in code-point order, each with its postings from every shard, in chunks; `onWord` is told each word's number of pages. */
function mergeWords(shards: readonly ShardIndex[], offsets: readonly number[], onWord: (word: string, pages: number) => void): Chunk[] {
  const chunks: Chunk[] = [];
  let writer = new WordChunkWriter();
  let first = "";
  let last = "";
  const start = (s: number, k: number) => (k === 0 ? 0 : shards[s]!.keyEnds[k - 1]!);
  const count = (places: Places) => {
    let sum = 0;
    for (let i = 0; i < places.length; i += 2) sum += shards[places[i]!]!.keyEnds[places[i + 1]!]! - start(places[i]!, places[i + 1]!);
    return sum;
  };
  /** Writes the postings, in page order. */
  const writePostings = (places: Places): void => {
    for (let i = 0; i < places.length; i += 2) {
      const shard = shards[places[i]!]!;
      writer.postings(shard.postingPages, shard.postingEnds, shard.locations, start(places[i]!, places[i + 1]!), shard.keyEnds[places[i + 1]!]!, offsets[places[i]!]!);
    }
  };
  for (const { word, own, variants } of wordsInOrder(shards)) {
    if (writer.wordCount === 0) first = word;
    // A shard has one posting per word and page (shardOf), and shards hold other pages: a posting is a page.
    const pages = count(own);
    writer.startWord(word, pages, variants.length);
    writePostings(own);
    writer.startVariants();
    for (const variant of variants) {
      writer.startVariant(variant.form, count(variant.places));
      writePostings(variant.places);
    }
    // A word found only in some variant form is rare: its pages are counted once each.
    onWord(word, variants.length ? pagesNamed(shards, offsets, [own, ...variants.map((variant) => variant.places)]) : pages);
    last = word;
    if (writer.size >= CHUNK_BYTES) {
      chunks.push({ first, last, content: writer.done() });
      writer = new WordChunkWriter();
    }
  }
  if (writer.wordCount > 0) chunks.push({ first, last, content: writer.done() });
  return chunks;
}

function pagesNamed(shards: readonly ShardIndex[], offsets: readonly number[], lists: Places[]): number {
  const pages = new Set<number>();
  for (const places of lists) {
    for (let i = 0; i < places.length; i += 2) {
      const shard = shards[places[i]!]!;
      const k = places[i + 1]!;
      for (let p = k === 0 ? 0 : shard.keyEnds[k - 1]!; p < shard.keyEnds[k]!; p++) pages.add(offsets[places[i]!]! + shard.postingPages[p]!);
    }
  }
  return pages.size;
}

interface MergedWord {
  word: string;
  own: Places;
  variants: { form: string; places: Places }[];
}

/**
 * Every word of every shard once, in code-point order, with where it is and where each of its
 * variant forms is, in shard order (so that its pages come in order). The places are laid out in
 * one array, each key's together, by number rather than by a list per key: a list per key for
 * 3.5 million keys of 368 shards was most of a merge's time.
 */
function* wordsInOrder(shards: readonly ShardIndex[]): Generator<MergedWord> {
  const ids = new Map<string, number>();
  const idsOfShards = shards.map((shard) => {
    const idsOfKeys = new Uint32Array(shard.keys.length);
    shard.keys.forEach((key, k) => {
      let id = ids.get(key);
      if (id === undefined) ids.set(key, (id = ids.size));
      idsOfKeys[k] = id;
    });
    return idsOfKeys;
  });
  const keys = inCodePointOrder([...ids.keys()]);
  const rankOfId = new Uint32Array(keys.length);
  keys.forEach((key, rank) => (rankOfId[ids.get(key)!] = rank));
  const ends = new Uint32Array(keys.length + 1);
  for (const idsOfKeys of idsOfShards) for (const id of idsOfKeys) ends[rankOfId[id]! + 1]! += 2;
  for (let rank = 0; rank < keys.length; rank++) ends[rank + 1]! += ends[rank]!;
  const places = new Uint32Array(ends[keys.length]!);
  const filled = ends.slice(0, keys.length);
  idsOfShards.forEach((idsOfKeys, s) =>
    idsOfKeys.forEach((id, k) => {
      const at = filled[rankOfId[id]!]!;
      places[at] = s;
      places[at + 1] = k;
      filled[rankOfId[id]!] = at + 2;
    }),
  );
  let current: MergedWord | undefined;
  for (const [rank, key] of keys.entries()) {
    const split = key.indexOf("\0");
    const word = split < 0 ? key : key.slice(0, split);
    if (current?.word !== word) {
      if (current) yield current;
      current = { word, own: NOWHERE, variants: [] };
    }
    const where = places.subarray(ends[rank], ends[rank + 1]);
    if (split < 0) current.own = where;
    else current.variants.push({ form: key.slice(split + 1), places: where });
  }
  if (current) yield current;
}

const NOWHERE: Places = new Uint32Array(0);

/**
 * A chunk is named in the metadata by the range of words it holds, each end cut to the shortest
 * start that still tells it from its neighbour's, as Pagefind names them (the search page loads
 * the chunk whose range holds the word searched for).
 */
function chunkRanges(chunks: (Chunk & { hash: string })[]): Meta["chunks"] {
  const ranges = chunks.map((chunk) => [chunk.first, chunk.last, chunk.hash] as [string, string, string]);
  for (let i = 0; i + 1 < ranges.length; i++) {
    const before = ranges[i]!;
    const after = ranges[i + 1]!;
    const [to, from] = distinctPrefixes(before[1], after[0]);
    if (compareCodePoints(to, before[0]) >= 0) before[1] = to;
    after[0] = from;
  }
  return ranges;
}

function distinctPrefixes(a: string, b: string): [string, string] {
  const left = Array.from(a);
  const right = Array.from(b);
  let common = 0;
  while (common < left.length && common < right.length && left[common] === right[common]) common++;
  return [left.slice(0, common + 1).join(""), right.slice(0, common + 1).join("")];
}

/** A page's filters and their values, by shard and page in the shard. */
export type PageFilters = (shard: number, page: number) => Record<string, readonly string[]>;

/**
 * The filter files, made from the records themselves: Pagefind is not given the filters (but the
 * day, which becomes the fragment's date), so that a story whose filters alone change (a new
 * official's page, another address) does not have its shard indexed again.
 */
function filterValues(shards: readonly ShardIndex[], offsets: readonly number[], filtersOf: PageFilters): FilterValues[] {
  const merged = new Map<string, Map<string, number[]>>();
  shards.forEach((shard, s) =>
    shard.pages.forEach((_, local) => {
      for (const [name, values] of Object.entries(filtersOf(s, local))) {
        const byValue = merged.get(name) ?? merged.set(name, new Map()).get(name)!;
        for (const value of values) (byValue.get(value) ?? byValue.set(value, []).get(value)!).push(offsets[s]! + local);
      }
    }),
  );
  return [...merged]
    .sort(([a], [b]) => compareStrings(a, b))
    .map(([name, values]) => [name, [...values].sort(([a], [b]) => compareStrings(a, b))]);
}

// ── A shard's part as bytes, to keep between builds ──────────────────────────────────────────

const SHARD_FORMAT = 4;

export function shardBytes(shard: ShardIndex): Uint8Array {
  return encode([
    SHARD_FORMAT,
    shard.pages.map((page) => [page.url, page.day, page.fragment]),
    shard.keys.join("\n"),
    bytesOf(shard.keyEnds),
    bytesOf(shard.postingPages),
    bytesOf(shard.postingEnds),
    shard.locations,
  ]);
}

/** A shard's part read back, or undefined when the bytes are not one (a damaged or older entry: the shard is indexed again). */
export function shardFromBytes(bytes: Uint8Array): ShardIndex | undefined {
  try {
    const [format, pages, keys, keyEnds, postingPages, postingEnds, locations] = decode(bytes) as [
      number,
      [string, string, Uint8Array][],
      string,
      Uint8Array,
      Uint8Array,
      Uint8Array,
      Uint8Array,
    ];
    if (format !== SHARD_FORMAT) return undefined;
    const shard: ShardIndex = {
      pages: pages.map(([url, day, fragment]) => ({ url, day, fragment })),
      keys: keys ? keys.split("\n") : [],
      keyEnds: uint32s(keyEnds),
      postingPages: uint32s(postingPages),
      postingEnds: uint32s(postingEnds),
      locations,
    };
    const consistent = shard.keyEnds.length === shard.keys.length && shard.postingPages.length === shard.postingEnds.length && (shard.keyEnds.at(-1) ?? 0) === shard.postingPages.length && (shard.postingEnds.at(-1) ?? 0) === locations.length;
    return consistent ? shard : undefined;
  } catch {
    return undefined;
  }
}

function bytesOf(numbers: Uint32Array): Uint8Array {
  return new Uint8Array(numbers.buffer, numbers.byteOffset, numbers.byteLength);
}

function uint32s(bytes: Uint8Array): Uint32Array {
  if (bytes.byteLength % 4) throw new Error("not a list of 32-bit numbers");
  return new Uint32Array(bytes.slice().buffer);
}
