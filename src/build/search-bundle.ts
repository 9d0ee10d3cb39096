import { createHash } from "node:crypto";
import { mkdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import type { IndexFile } from "pagefind";
import { SearchIndexError } from "../search/index-site.ts";
import { DAY_FILTER } from "../search/records.ts";

/**
 * Writes Pagefind's index (the files of `index.getFiles()`) into a folder, in an order that does
 * not change from build to build, and checks what is on disk afterwards.
 *
 * Why not Pagefind's own writeFiles(): its service can answer before its writes have reached the
 * disk. It writes with tokio's File::write_all, which returns once a write is queued on a
 * background thread, and never flushes (tokio-rs/tokio#4296), so closing the service at once
 * leaves files empty or cut short, and nothing in its protocol says when the writes are done.
 * getFiles() returns the same bytes in its answer, and the files written here are complete
 * when their promises resolve.
 */
export async function writeSearchBundle(folder: string, files: IndexFile[]): Promise<void> {
  checkReferences(files);
  const bundle = inStableOrder(files);
  await writeAll(folder, bundle);
  await checkWritten(folder, bundle);
}

async function writeAll(folder: string, files: IndexFile[]): Promise<void> {
  for (const file of files) {
    if (!isInsideFolder(file.path)) throw new SearchIndexError(`Pagefind named a file outside its folder: ${file.path}`);
  }
  await Promise.all([...new Set(files.map((file) => path.dirname(path.join(folder, file.path))))].map((dir) => mkdir(dir, { recursive: true })));
  await inBatches(files, (file) => writeFile(path.join(folder, file.path), file.content));
}

/** Files handled at once: enough to keep the disk busy, few enough to stay below open-file limits. */
const BATCH = 64;

async function inBatches<T>(items: T[], work: (item: T) => Promise<void>): Promise<void> {
  for (let start = 0; start < items.length; start += BATCH) await Promise.all(items.slice(start, start + BATCH).map(work));
}

function isInsideFolder(relative: string): boolean {
  const normal = path.normalize(relative);
  return !path.isAbsolute(normal) && normal !== ".." && !normal.startsWith(`..${path.sep}`);
}

/** Every file on disk has the size it was given; the entry file on disk still names its files. */
async function checkWritten(folder: string, files: IndexFile[]): Promise<void> {
  await inBatches(files, async (file) => {
    const { size } = await stat(path.join(folder, file.path));
    if (size !== file.content.length) {
      throw new SearchIndexError(`the search index file ${file.path} holds ${size} bytes instead of ${file.content.length}; build again, and check the disk if it recurs`);
    }
  });
  parseEntry(await readFile(path.join(folder, ENTRY_FILE)));
}

// ---------------------------------------------------------------------------------------------
// What the files refer to: pagefind-entry.json names each language's metadata file, which names
// the fragment, word-index and filter files of that language (layout of Pagefind 1.5).

const ENTRY_FILE = "pagefind-entry.json";
const DECOMPRESSED_PREFIX = Buffer.from("pagefind_dcd");

interface Entry {
  version: string;
  languages: Record<string, { hash: string; wasm?: string | null; page_count: number }>;
}

export type Cbor = number | string | Cbor[];

const metaFile = (hash: string) => `pagefind.${hash}.pf_meta`;
const filterFile = (hash: string) => `filter/${hash}.pf_filter`;

/** Every file that the entry and the metadata name is in the bundle and not empty. */
function checkReferences(files: IndexFile[]): void {
  const sizes = new Map(files.map((file) => [file.path, file.content.length]));
  const named = [ENTRY_FILE];
  for (const [language, { hash, wasm }] of Object.entries(parseEntry(contentOf(files, ENTRY_FILE)).languages)) {
    if (wasm) named.push(`wasm.${wasm}.pagefind`);
    if (!sizes.get(metaFile(hash))) throw new SearchIndexError(`Pagefind wrote no metadata for the language "${language}"`);
    named.push(...filesNamedByMeta(readMeta(contentOf(files, metaFile(hash)))));
  }
  const missing = named.filter((file) => !sizes.get(file));
  if (missing.length) throw new SearchIndexError(`Pagefind's index is incomplete: ${missing.length} file(s) missing or empty, such as ${missing[0]}`);
}

function filesNamedByMeta(meta: PagefindMeta): string[] {
  return [
    ...meta.pages.map(([hash]) => `fragment/${hash}.pf_fragment`),
    ...meta.chunks.map(([, , hash]) => `index/${hash}.pf_index`),
    ...meta.filters.map(([, hash]) => filterFile(hash)),
  ];
}

function parseEntry(bytes: Uint8Array): Entry {
  try {
    const entry = JSON.parse(Buffer.from(bytes).toString("utf8")) as Entry;
    if (typeof entry.languages !== "object" || entry.languages === null) throw new Error("no languages");
    return entry;
  } catch (error) {
    throw new SearchIndexError(`the search index's ${ENTRY_FILE} is not valid: ${(error as Error).message}`);
  }
}

function contentOf(files: IndexFile[], name: string): Uint8Array {
  const file = files.find((f) => f.path === name);
  if (!file) throw new SearchIndexError(`Pagefind's index has no ${name}`);
  return file.content;
}

// ---------------------------------------------------------------------------------------------
// Stable order. Pagefind 1.5 keeps filters in hash maps with a random seed, so each filter file
// lists its values, and the metadata lists the filters, in a new order on every run; the file
// names, which are hashes of the contents, change with them. Pages, words and fragments are
// already in a stable order. The search client reads both lists into maps, so sorting them
// changes nothing it finds.

interface PagefindMeta {
  tuple: Cbor[];
  pages: [string, number][];
  chunks: [string, string, string][];
  filters: [string, string][];
}

function inStableOrder(files: IndexFile[]): IndexFile[] {
  const entry = parseEntry(contentOf(files, ENTRY_FILE));
  const replaced = new Set([ENTRY_FILE]); // Pagefind's files that are written anew under new names
  const rewritten = new Map<string, Uint8Array>();
  for (const [language, about] of Object.entries(entry.languages)) {
    const meta = readMeta(contentOf(files, metaFile(about.hash)));
    replaced.add(metaFile(about.hash));
    for (const filter of meta.filters) {
      replaced.add(filterFile(filter[1]));
      const sorted = sortedFilter(contentOf(files, filterFile(filter[1])));
      filter[1] = contentHash(language, sorted, 7, (hash) => rewritten.has(filterFile(hash)));
      rewritten.set(filterFile(filter[1]), compress(sorted));
    }
    meta.filters.sort(([a], [b]) => compareStrings(a, b));
    renamePages(meta, files, replaced, rewritten);
    const encodedMeta = encodeCbor(meta.tuple);
    about.hash = contentHash(language, encodedMeta, 10, (hash) => rewritten.has(metaFile(hash)));
    rewritten.set(metaFile(about.hash), compress(encodedMeta));
  }
  rewritten.set(ENTRY_FILE, Buffer.from(JSON.stringify(sortedEntry(entry))));
  const kept = files.filter((file) => !replaced.has(file.path));
  return [...kept, ...[...rewritten].map(([name, content]) => ({ path: name, content }))].sort((a, b) => compareStrings(a.path, b.path));
}

/**
 * Names each page by its age in base 36 ("0" for the newest, then "1" … "a3f"), gives every page
 * the same length, and slims its fragment to what the search page reads. Pagefind names a page
 * by a hash of its fragment, seven characters that compress not at all, and lists its length in
 * words: at 31,000 pages the two made most of the metadata every first search loads. The search
 * page reads a result's age from its name, to put the newer first (src/search/ranking.ts), and
 * asks Pagefind not to weigh a page's length (src/search/client/pagefind.ts): a page's keys count
 * at most three times each, which already keeps a long story from outweighing a short one.
 * A name is no longer a hash of its content: hosts serve such files to be checked again, not kept.
 */
function renamePages(meta: PagefindMeta, files: IndexFile[], replaced: Set<string>, rewritten: Map<string, Uint8Array>): void {
  const byPath = new Map(files.map((file) => [file.path, file.content]));
  const fragments = meta.pages.map(([hash]) => slimFragment(byPath.get(`fragment/${hash}.pf_fragment`)!));
  const byAge = fragments.map((fragment, place) => ({ place, date: fragment.date })).sort((a, b) => compareStrings(b.date, a.date) || a.place - b.place);
  byAge.forEach(({ place }, age) => {
    const page = meta.pages[place]!;
    replaced.add(`fragment/${page[0]}.pf_fragment`);
    page[0] = age.toString(36);
    page[1] = SAME_LENGTH;
    rewritten.set(`fragment/${page[0]}.pf_fragment`, fragments[place]!.content);
  });
}

const SAME_LENGTH = 1;

/**
 * A result's fragment as the search page reads it: its address and metadata, with its day (a
 * filter in the index, see src/search/records.ts) as the metadata `date`. Pagefind also keeps the
 * text it indexed (here the search keys, no text to show) and the filters, which the page never
 * reads from a result. Also the day, "" when undated (sorted as the oldest).
 */
function slimFragment(compressed: Uint8Array): { content: Uint8Array; date: string } {
  const fragment = JSON.parse(Buffer.from(decompress(compressed)).toString("utf8")) as { content?: string; filters?: Record<string, string[]>; meta?: Record<string, string> };
  const date = fragment.filters?.[DAY_FILTER]?.[0] ?? "";
  fragment.content = "";
  fragment.filters = {};
  if (date) fragment.meta = { ...fragment.meta, date };
  return { content: compress(Buffer.from(JSON.stringify(fragment))), date };
}

function sortedEntry(entry: Entry): Entry {
  const languages = Object.keys(entry.languages).sort(compareStrings);
  return { ...entry, languages: Object.fromEntries(languages.map((language) => [language, entry.languages[language]!])) };
}

/** A filter file's content with its values sorted: [name, [[value, [page, …]], …]]. */
function sortedFilter(compressed: Uint8Array): Uint8Array {
  const filter = decodeCbor(decompress(compressed));
  if (!Array.isArray(filter) || !Array.isArray(filter[1])) throw unknownLayout("filter");
  const values = filter[1] as [string, number[]][];
  values.sort(([a], [b]) => compareStrings(a, b));
  return encodeCbor(filter);
}

/** Pagefind 1.5's metadata: [version, pages [[hash, words]], chunks [[from, to, hash]], filters [[name, hash]], sorts, fields]. */
function readMeta(compressed: Uint8Array): PagefindMeta {
  const tuple = decodeCbor(decompress(compressed));
  if (!Array.isArray(tuple) || tuple.length < 4 || !tuple.slice(1, 4).every(Array.isArray)) throw unknownLayout("metadata");
  const [, pages, chunks, filters] = tuple as [string, PagefindMeta["pages"], PagefindMeta["chunks"], PagefindMeta["filters"]];
  const wellFormed =
    pages.every((page) => typeof page[0] === "string") &&
    chunks.every((chunk) => typeof chunk[2] === "string") &&
    filters.every((filter) => typeof filter[0] === "string" && typeof filter[1] === "string");
  if (!wellFormed) throw unknownLayout("metadata");
  return { tuple, pages, chunks, filters };
}

function unknownLayout(what: string): SearchIndexError {
  return new SearchIndexError(`Pagefind wrote its ${what} in a layout that arshif does not know (it reads Pagefind 1.5's); keep the pagefind package at the version in package.json`);
}

/**
 * Pagefind's name for content: the language, then the start of its SHA-1 in hex written without
 * leading zeros per byte (as Pagefind writes it, so that content in Pagefind's own order keeps
 * Pagefind's name), made longer while the name is taken.
 */
function contentHash(language: string, content: Uint8Array, length: number, taken: (hash: string) => boolean): string {
  const digest = [...createHash("sha1").update(content).digest()].map((byte) => byte.toString(16)).join("");
  for (let size = length; ; size++) {
    const hash = `${language}_${digest.slice(0, size)}`;
    if (!taken(hash) || size >= digest.length) return hash;
  }
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function decompress(content: Uint8Array): Uint8Array {
  const bytes = gunzipSync(content);
  if (!bytes.subarray(0, DECOMPRESSED_PREFIX.length).equals(DECOMPRESSED_PREFIX)) throw unknownLayout("index");
  return bytes.subarray(DECOMPRESSED_PREFIX.length);
}

function compress(cbor: Uint8Array): Uint8Array {
  return gzipSync(Buffer.concat([DECOMPRESSED_PREFIX, cbor]), { level: 9 });
}

// ---------------------------------------------------------------------------------------------
// The part of CBOR (RFC 8949) that Pagefind's index files use: unsigned integers, text and
// arrays of definite length, each in its shortest form, as Pagefind's encoder writes them.

const UNSIGNED = 0;
const TEXT = 3;
const ARRAY = 4;
const utf8 = new TextDecoder("utf-8", { fatal: true });

export function decodeCbor(bytes: Uint8Array): Cbor {
  const reader = { bytes, at: 0 };
  const value = readItem(reader);
  if (reader.at !== bytes.length) throw unknownLayout("index");
  return value;
}

function readItem(reader: { bytes: Uint8Array; at: number }): Cbor {
  const initial = reader.bytes[reader.at++];
  if (initial === undefined) throw unknownLayout("index");
  const major = initial >> 5;
  const argument = readArgument(reader, initial & 0x1f);
  if (major === UNSIGNED) return argument;
  // Text takes a byte per unit of its length and so does an array's item at least: more than is left is not Pagefind's.
  if (argument > reader.bytes.length - reader.at) throw unknownLayout("index");
  if (major === TEXT) {
    reader.at += argument;
    return utf8.decode(reader.bytes.subarray(reader.at - argument, reader.at));
  }
  if (major === ARRAY) return Array.from({ length: argument }, () => readItem(reader));
  throw unknownLayout("index");
}

function readArgument(reader: { bytes: Uint8Array; at: number }, info: number): number {
  if (info < 24) return info;
  const size = { 24: 1, 25: 2, 26: 4, 27: 8 }[info];
  if (!size || reader.at + size > reader.bytes.length) throw unknownLayout("index");
  let value = 0;
  for (let i = 0; i < size; i++) value = value * 256 + reader.bytes[reader.at++]!;
  return value;
}

export function encodeCbor(value: Cbor): Uint8Array {
  const out: number[] = [];
  const write = (item: Cbor): void => {
    if (typeof item === "number") out.push(...header(UNSIGNED, item));
    else if (typeof item === "string") {
      const bytes = Buffer.from(item, "utf8");
      out.push(...header(TEXT, bytes.length), ...bytes);
    } else {
      out.push(...header(ARRAY, item.length));
      item.forEach(write);
    }
  };
  write(value);
  return Uint8Array.from(out);
}

function header(major: number, argument: number): number[] {
  const type = major << 5;
  if (argument < 24) return [type | argument];
  const size = argument < 0x100 ? 1 : argument < 0x10000 ? 2 : argument < 0x100000000 ? 4 : 8;
  const bytes: number[] = [];
  for (let rest = argument, i = 0; i < size; i++, rest = Math.floor(rest / 256)) bytes.unshift(rest % 256);
  return [type | { 1: 24, 2: 25, 4: 26, 8: 27 }[size]!, ...bytes];
}
