/**
 * The files of a Pagefind 1.5 bundle, as arshif reads and writes them: pagefind-entry.json names
 * each language's metadata file (pagefind.<hash>.pf_meta), which lists the pages, the word-index
 * chunks (index/<hash>.pf_index) and the filters (filter/<hash>.pf_filter); every one of them is
 * CBOR behind a "pagefind_dcd" prefix, gzipped. Small files (metadata, filters) go through cborg;
 * the word index, tens of megabytes at 30,000 stories, is read and written posting by posting
 * here (cborg took 22 s to decode it and 34 s to encode it again).
 */
import { createHash } from "node:crypto";
import { promisify } from "node:util";
import { gunzipSync, gzip, gzipSync } from "node:zlib";
import { decode, encode } from "cborg";

export class SearchIndexError extends Error {}

export const ENTRY_FILE = "pagefind-entry.json";
const DECOMPRESSED_PREFIX = Buffer.from("pagefind_dcd");

export const metaFile = (hash: string) => `pagefind.${hash}.pf_meta`;
export const filterFile = (hash: string) => `filter/${hash}.pf_filter`;
export const chunkFile = (hash: string) => `index/${hash}.pf_index`;
export const fragmentFile = (name: string) => `fragment/${name}.pf_fragment`;

export interface Entry {
  version: string;
  languages: Record<string, { hash: string; wasm?: string | null; page_count: number }>;
  include_characters?: string[];
}

/** Pagefind 1.5's metadata: [version, pages [[name, words]], chunks [[from, to, hash]], filters [[name, hash]], sorts, fields]. */
export interface Meta {
  version: string;
  pages: [string, number][];
  chunks: [string, string, string][];
  filters: [string, string][];
  sorts: unknown[];
  fields: string[];
}

/** A filter file: its name and, per value, the pages that have it. */
export type FilterValues = [string, [string, number[]][]];

export function unknownLayout(what: string): SearchIndexError {
  return new SearchIndexError(`Pagefind wrote its ${what} in a layout that arshif does not know (it reads Pagefind 1.5's); keep the pagefind package at the version in package.json`);
}

export function parseEntry(bytes: Uint8Array): Entry {
  try {
    const entry = JSON.parse(Buffer.from(bytes).toString("utf8")) as Entry;
    if (typeof entry.languages !== "object" || entry.languages === null) throw new Error("no languages");
    return entry;
  } catch (error) {
    throw new SearchIndexError(`the search index's ${ENTRY_FILE} is not valid: ${(error as Error).message}`);
  }
}

export function readMeta(compressed: Uint8Array): Meta {
  const tuple = decodeSmall(compressed, "metadata");
  if (!Array.isArray(tuple) || tuple.length < 4) throw unknownLayout("metadata");
  const [version, pages, chunks, filters, sorts = [], fields = []] = tuple as [string, Meta["pages"], Meta["chunks"], Meta["filters"], unknown[]?, string[]?];
  const wellFormed =
    typeof version === "string" &&
    [pages, chunks, filters, sorts, fields].every(Array.isArray) &&
    pages.every((page) => typeof page[0] === "string") &&
    chunks.every((chunk) => typeof chunk[2] === "string") &&
    filters.every((filter) => typeof filter[0] === "string" && typeof filter[1] === "string") &&
    fields.every((field) => typeof field === "string");
  if (!wellFormed) throw unknownLayout("metadata");
  return { version, pages, chunks, filters, sorts, fields };
}

export function writeMeta(meta: Meta): Uint8Array {
  return compress(encode([meta.version, meta.pages, meta.chunks, meta.filters, meta.sorts, meta.fields]));
}

export function writeFilter(filter: FilterValues): Uint8Array {
  return compress(encode(filter));
}

function decodeSmall(compressed: Uint8Array, what: string): unknown {
  try {
    return decode(decompress(compressed));
  } catch (error) {
    if (error instanceof SearchIndexError) throw error;
    throw unknownLayout(what);
  }
}

export function decompress(content: Uint8Array): Uint8Array {
  let bytes: Uint8Array;
  try {
    bytes = gunzipSync(content);
  } catch {
    throw unknownLayout("index");
  }
  if (!Buffer.from(bytes.subarray(0, DECOMPRESSED_PREFIX.length)).equals(DECOMPRESSED_PREFIX)) throw unknownLayout("index");
  return bytes.subarray(DECOMPRESSED_PREFIX.length);
}

/** Gzip at zlib's default level, as Pagefind writes: level 9 took three times as long for 2 % fewer bytes. */
export function compress(cbor: Uint8Array): Uint8Array {
  return gzipSync(Buffer.concat([DECOMPRESSED_PREFIX, cbor]));
}


/**
 * Pagefind's name for content: the language, then the start of its SHA-1 in hex written without
 * leading zeros per byte (as Pagefind writes it), made longer while the name is taken.
 */
export function contentHash(language: string, content: Uint8Array, length: number, taken: (hash: string) => boolean): string {
  const digest = [...createHash("sha1").update(content).digest()].map((byte) => byte.toString(16)).join("");
  for (let size = length; ; size++) {
    const hash = `${language}_${digest.slice(0, size)}`;
    if (!taken(hash) || size >= digest.length) return hash;
  }
}

export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Strings in the order of their code points, which is the order of their UTF-8 bytes: Pagefind
 * orders words so (in Rust), and finds a word's chunk by it. JavaScript's own comparison orders
 * UTF-16 units, which differs where a character beyond U+FFFF meets one from U+E000 to U+FFFF.
 */
export function compareCodePoints(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return unitInCodePointOrder(x) - unitInCodePointOrder(y);
  }
  return a.length - b.length;
}

/** Sorts strings in code-point order, by the engine's own comparison when that is the same order (no character past U+D7FF). */
export function inCodePointOrder(strings: string[]): string[] {
  return strings.some((text) => BEYOND_BASIC_ORDER.test(text)) ? strings.sort(compareCodePoints) : strings.sort();
}

const BEYOND_BASIC_ORDER = /[\uD800-\uFFFF]/;

function unitInCodePointOrder(unit: number): number {
  if (unit < 0xd800) return unit;
  return unit >= 0xe000 ? unit - 0x800 : unit + 0x2000;
}

// ---------------------------------------------------------------------------------------------
// The word index. A chunk is [[word, …]]; a word is [text, [posting, …], [variant, …]]; a
// posting is [page, [location, …], [meta location, …]], locations being integers (a negative
// one marks a weight, or in meta locations a field: -(field + 1)); a variant is [form, [posting, …]].
// A list's postings are in the order of their pages, each page written as the difference from
// the page before it in the list.

const UNSIGNED = 0;
const NEGATIVE = 1;
const TEXT = 3;
const ARRAY = 4;

/**
 * Writes one word-index chunk, word by word in order: a word, its postings in the order of their
 * pages, then each variant form with its postings. The chunk is written behind the "pagefind_dcd"
 * prefix, ready to be gzipped (see chunkContent for the CBOR alone).
 */
export class WordChunkWriter {
  private readonly body = new Writer();
  private words = 0;
  private page = 0;
  private variantsLeft = 0;

  startWord(word: string, postings: number, variants: number): void {
    this.body.arrayHeader(3);
    this.body.text(word);
    this.body.arrayHeader(postings);
    this.page = 0;
    this.variantsLeft = variants;
    this.words++;
  }

  /**
   * Postings `from` to `to` of a shard: each one's page (in the whole index: the shard's `offset`
   * added) and its locations, the bytes of `locations` up to its end in `ends`.
   */
  postings(pages: Uint32Array, ends: Uint32Array, locations: Uint8Array, from: number, to: number, offset: number): void {
    this.page = this.body.postings(this.page, pages, ends, locations, from, to, offset);
  }

  /** Ends the word's own postings and opens its variants (or none); call startVariant for each. */
  startVariants(): void {
    this.body.arrayHeader(this.variantsLeft);
  }

  startVariant(form: string, postings: number): void {
    this.body.arrayHeader(2);
    this.body.text(form);
    this.body.arrayHeader(postings);
    this.page = 0;
  }

  get size(): number {
    return this.body.length;
  }

  get wordCount(): number {
    return this.words;
  }

  /** The prefix, then [[word, …]]. */
  done(): Uint8Array {
    const chunk = new Writer();
    chunk.bytes(DECOMPRESSED_PREFIX);
    chunk.arrayHeader(1);
    chunk.arrayHeader(this.words);
    chunk.bytes(this.body.view());
    return chunk.done();
  }
}

/** A chunk's CBOR, without the prefix WordChunkWriter writes it behind. */
export function chunkContent(prefixed: Uint8Array): Uint8Array {
  return prefixed.subarray(DECOMPRESSED_PREFIX.length);
}

const gzipped = promisify(gzip);

/** Gzips a chunk that WordChunkWriter wrote, on libuv's threads: the word index is tens of megabytes, 6 s of one core at 31,000 stories. */
export async function compressChunk(prefixed: Uint8Array): Promise<Uint8Array> {
  return gzipped(prefixed);
}

/** CBOR in its shortest form, as Pagefind's encoder writes it, into a buffer that grows. */
export class Writer {
  private buffer = new Uint8Array(1024);
  private at = 0;

  private room(size: number): void {
    if (this.at + size <= this.buffer.length) return;
    const larger = new Uint8Array(Math.max(this.buffer.length * 2, this.at + size));
    larger.set(this.buffer.subarray(0, this.at));
    this.buffer = larger;
  }

  private head(major: number, value: number): void {
    this.room(9);
    const type = major << 5;
    if (value < 24) this.buffer[this.at++] = type | value;
    else if (value < 0x100) this.put(type | 24, value, 1);
    else if (value < 0x10000) this.put(type | 25, value, 2);
    else if (value < 0x100000000) this.put(type | 26, value, 4);
    else this.put(type | 27, value, 8);
  }

  private put(initial: number, value: number, size: number): void {
    this.buffer[this.at++] = initial;
    for (let i = size - 1, rest = value; i >= 0; i--, rest = Math.floor(rest / 256)) this.buffer[this.at + i] = rest % 256;
    this.at += size;
  }

  arrayHeader(length: number): void {
    this.head(ARRAY, length);
  }

  integer(value: number): void {
    if (value >= 0) this.head(UNSIGNED, value);
    else this.head(NEGATIVE, -1 - value);
  }

  text(value: string): void {
    const bytes = Buffer.from(value, "utf8");
    this.head(TEXT, bytes.length);
    this.bytes(bytes);
  }

  bytes(bytes: Uint8Array): void {
    this.room(bytes.length);
    this.buffer.set(bytes, this.at);
    this.at += bytes.length;
  }

  /**
   * Postings as [page difference, …locations] (see WordChunkWriter.postings), in one call: the
   * merged index writes millions of them, and a call per item was most of its time. Returns the
   * last page written.
   */
  postings(previous: number, pages: Uint32Array, ends: Uint32Array, locations: Uint8Array, from: number, to: number, offset: number): number {
    if (to <= from) return previous;
    const start = from === 0 ? 0 : ends[from - 1]!;
    this.room((to - from) * 10 + (ends[to - 1]! - start));
    let page = previous;
    for (let p = from, at = start; p < to; p++) {
      const next = offset + pages[p]!;
      this.buffer[this.at++] = (ARRAY << 5) | 3;
      this.integer(next - page);
      for (const end = ends[p]!; at < end; at++) this.buffer[this.at++] = locations[at]!;
      page = next;
    }
    return page;
  }

  get length(): number {
    return this.at;
  }

  reset(): void {
    this.at = 0;
  }

  /** The bytes written so far, valid until the next write. */
  view(): Uint8Array {
    return this.buffer.subarray(0, this.at);
  }

  done(): Uint8Array {
    return this.buffer.slice(0, this.at);
  }
}
