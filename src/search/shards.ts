/**
 * The search index in shards. Pagefind cannot add to an index, and indexing every story again
 * was most of the time of a build that added 100 articles; holding the whole index in its
 * process took ~5 GB at 31,000 stories. So the stories are cut into shards (the stories of one
 * day, newest first), Pagefind indexes only the shards that are new or changed, a few hundred
 * stories at a time, and each shard's part of the index is kept between builds (src/build/
 * search-cache.ts). The index the reader loads is then made from all the shards' parts: one
 * Pagefind bundle, as small to load as one that Pagefind made whole (several bundles merged in
 * the browser would each load their own metadata and WebAssembly).
 *
 * Pure: Pagefind's files in, shards' parts out, and back.
 */
import { decode, encode } from "cborg";
import type { IndexFile } from "pagefind";
import {
  chunkFile,
  compareCodePoints,
  compareStrings,
  chunkContent,
  compress,
  compressChunk,
  contentHash,
  decompress,
  ENTRY_FILE,
  filterFile,
  fragmentFile,
  metaFile,
  parseEntry,
  readMeta,
  readWordChunk,
  unknownLayout,
  WordChunkWriter,
  Writer,
  writeFilter,
  writeMeta,
  type Entry,
  type FilterValues,
  type Meta,
} from "./index-layout.ts";
import { DAY_FILTER } from "./records.ts";

/** A story as its shard holds it: its address, its day ("" when undated) and Pagefind's fragment, slimmed and gzipped. */
export interface ShardPage {
  url: string;
  day: string;
  fragment: Uint8Array;
}

/** One shard's part of the index, its pages numbered from 0 in the shard's order. */
export interface ShardIndex {
  pages: ShardPage[];
  /** Stories Pagefind refused, with its reason: [url, reason]. */
  refused: [string, string][];
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
 * A shard holds the stories of one day, at most this many. A story that changes has its whole
 * shard indexed again, and 100 articles added to a 31,000-story archive changed 61 stories of
 * other days (a new official's page, a new spelling of a name): with a shard a day, two thirds
 * of the archive was indexed again.
 */
export const SHARD_STORIES = 200;

/**
 * Stories cut into shards: newest day first, undated last (their order in `items` kept within a
 * day), one shard per day, a day of more than SHARD_STORIES in several.
 */
export function shardsOf<T>(items: readonly T[], dayOf: (item: T) => string): T[][] {
  const byDay = items.map((item, place) => ({ item, place, day: dayOf(item) }));
  byDay.sort((a, b) => newestFirst(a.day, b.day) || a.place - b.place);
  const shards: T[][] = [];
  let previousDay: string | undefined;
  for (const { item, day } of byDay) {
    const current = shards.at(-1);
    if (day !== previousDay || !current || current.length >= SHARD_STORIES) shards.push([item]);
    else current.push(item);
    previousDay = day;
  }
  return shards;
}

function newestFirst(a: string, b: string): number {
  if (a === b) return 0;
  if (!a) return 1;
  if (!b) return -1;
  return compareStrings(b, a);
}

// ── From one Pagefind index of several shards to each shard's part ────────────────────────────

/**
 * Splits the index Pagefind made of several shards' stories into each shard's part. `shards`
 * lists each shard's story addresses in order; `fields` are the metadata fields in the order the
 * merged index numbers them; `refused` are the stories Pagefind would not take, with why.
 */
export function splitIndex(files: IndexFile[], shards: string[][], fields: readonly string[], refused: ReadonlyMap<string, string>): ShardIndex[] {
  const byPath = new Map(files.map((file) => [file.path, file.content]));
  const fileNamed = (name: string) => {
    const content = byPath.get(name);
    if (!content) throw unknownLayout(`index (${name} is missing)`);
    return content;
  };
  const meta = readMeta(fileNamed(metaFile(onlyLanguage(parseEntry(fileNamed(ENTRY_FILE))).hash)));

  const place = new Map<string, [number, number]>();
  shards.forEach((urls, shard) => urls.filter((url) => !refused.has(url)).forEach((url, local) => place.set(url, [shard, local])));
  const builders = shards.map((urls) => new ShardBuilder(urls.filter((url) => !refused.has(url)).length, urls.flatMap((url) => (refused.has(url) ? [[url, refused.get(url)!] as [string, string]] : []))));
  const owners = meta.pages.map(([hash]) => {
    const page = slimFragment(fileNamed(fragmentFile(hash)));
    const owner = place.get(page.url);
    if (!owner) throw unknownLayout(`index (a page for ${page.url}, which it was not given)`);
    builders[owner[0]]!.pages[owner[1]] = page;
    return owner;
  });
  if (owners.length !== place.size) throw unknownLayout(`index (${owners.length} pages for ${place.size} stories)`);

  const fieldNumber = meta.fields.map((name) => {
    const number = fields.indexOf(name);
    if (number < 0) throw unknownLayout(`metadata (a field "${name}" arshif does not send)`);
    return number;
  });
  const field = (number: number) => fieldNumber[number] ?? fail(number);
  for (const [, , hash] of meta.chunks) {
    readWordChunk(decompress(fileNamed(chunkFile(hash))), field, (word, form, page, locations) => {
      const [shard, local] = owners[page] ?? fail(page);
      builders[shard]!.addPosting(form ? `${word}\0${form}` : word, local, locations);
    });
  }
  return builders.map((builder) => builder.done());
}

function fail(what: number): never {
  throw unknownLayout(`word index (a page or field numbered ${what}, which it does not list)`);
}

function onlyLanguage(entry: Entry): Entry["languages"][string] {
  const languages = Object.values(entry.languages);
  if (languages.length !== 1) throw unknownLayout(`entry file (${languages.length} languages where arshif sends one)`);
  return languages[0]!;
}

/**
 * A page's fragment as the search page reads it: its address and metadata, with its day (a
 * filter in the index, see src/search/records.ts) as the metadata `date`. Pagefind also keeps
 * the text it indexed (here the search keys, no text to show) and the filters, which the page
 * never reads from a result.
 */
function slimFragment(compressed: Uint8Array): ShardPage {
  let fragment: { url?: unknown; content?: string; filters?: Record<string, string[]>; meta?: Record<string, string> };
  try {
    fragment = JSON.parse(Buffer.from(decompress(compressed)).toString("utf8"));
  } catch {
    throw unknownLayout("fragment");
  }
  if (typeof fragment.url !== "string") throw unknownLayout("fragment");
  const day = fragment.filters?.[DAY_FILTER]?.[0] ?? "";
  fragment.content = "";
  fragment.filters = {};
  if (day) fragment.meta = { ...fragment.meta, date: day };
  return { url: fragment.url, day, fragment: compress(Buffer.from(JSON.stringify(fragment))) };
}

class ShardBuilder {
  readonly pages: ShardPage[];
  private readonly postings = new Map<string, number[]>();
  private readonly bytes = new Writer();

  constructor(
    pageCount: number,
    private readonly refused: [string, string][],
  ) {
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
    const keys = [...this.postings.keys()].sort(compareCodePoints);
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
    for (const [i, page] of this.pages.entries()) if (!page) throw unknownLayout(`index (no page for story ${i + 1} of a shard)`);
    return { pages: this.pages, refused: this.refused, keys, keyEnds, postingPages, postingEnds, locations: locations.done() };
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
type Places = number[];

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
  /** Writes the postings, in page order, and returns how many pages they name (a page may be named twice). */
  const writePostings = (places: Places): number => {
    let pages = 0;
    let previous = -1;
    for (let i = 0; i < places.length; i += 2) {
      const shard = shards[places[i]!]!;
      const offset = offsets[places[i]!]!;
      for (let p = start(places[i]!, places[i + 1]!), end = shard.keyEnds[places[i + 1]!]!; p < end; p++) {
        const page = offset + shard.postingPages[p]!;
        writer.posting(page, shard.locations, p === 0 ? 0 : shard.postingEnds[p - 1]!, shard.postingEnds[p]!);
        if (page !== previous) (pages++, (previous = page));
      }
    }
    return pages;
  };
  for (const { word, own, variants } of wordsInOrder(shards)) {
    if (writer.wordCount === 0) first = word;
    writer.startWord(word, count(own), variants.length);
    const pages = writePostings(own);
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
 * variant forms is, in shard order (so that its pages come in order).
 */
function* wordsInOrder(shards: readonly ShardIndex[]): Generator<MergedWord> {
  const places = new Map<string, Places>();
  shards.forEach((shard, s) =>
    shard.keys.forEach((key, k) => {
      const list = places.get(key);
      if (list) list.push(s, k);
      else places.set(key, [s, k]);
    }),
  );
  let current: MergedWord | undefined;
  for (const key of [...places.keys()].sort(compareCodePoints)) {
    const split = key.indexOf("\0");
    const word = split < 0 ? key : key.slice(0, split);
    if (current?.word !== word) {
      if (current) yield current;
      current = { word, own: [], variants: [] };
    }
    if (split < 0) current.own = places.get(key)!;
    else current.variants.push({ form: key.slice(split + 1), places: places.get(key)! });
  }
  if (current) yield current;
}

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

const SHARD_FORMAT = 3;

export function shardBytes(shard: ShardIndex): Uint8Array {
  return encode([
    SHARD_FORMAT,
    shard.pages.map((page) => [page.url, page.day, page.fragment]),
    shard.refused,
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
    const [format, pages, refused, keys, keyEnds, postingPages, postingEnds, locations] = decode(bytes) as [
      number,
      [string, string, Uint8Array][],
      [string, string][],
      string,
      Uint8Array,
      Uint8Array,
      Uint8Array,
      Uint8Array,
    ];
    if (format !== SHARD_FORMAT) return undefined;
    const shard: ShardIndex = {
      pages: pages.map(([url, day, fragment]) => ({ url, day, fragment })),
      refused,
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
