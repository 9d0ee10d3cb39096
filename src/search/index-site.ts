import type { IndexFile } from "pagefind";
import type { Archive } from "../archive/index.ts";
import type { Settings } from "../config/settings.ts";
import { loadKnowledgeData } from "../extract/knowledge.ts";
import { internalProblem } from "../record-values.ts";
import type { ArticleRecord, Problem } from "../record.ts";
import { articleSearchWords, DAY_FILTER, KEY_FIELDS, recordOf, SEARCH_FIELDS, searchInput, type RecordContext, type SearchInput, type SearchRecord } from "./records.ts";
import { PagefindFailure, startPagefindThread } from "./pagefind-thread.ts";
import { ENTRY_FILE, parseEntry, SearchIndexError } from "./index-layout.ts";
import { mergeShards, shardOf, shardsOf, type SearchRuntime, type ShardIndex } from "./shards.ts";
import { digestOf } from "../build/fingerprints.ts";
import { writeSearchClient } from "./client-bundle.ts";
import { VocabularyCounter } from "./vocabulary.ts";
import { archiveSources } from "../archive/sources.ts";
import { sourceResolver, sourcesData } from "../extract/sources.ts";
import { inBatches } from "../files/in-batches.ts";

export interface SearchIndexReport {
  pagesIndexed: number;
  /** Articles left out of the index, one problem each; their pages are published all the same. */
  problems: Problem[];
  /** Pagefind's index as files (paths relative to the pagefind/ folder), for the caller to write. */
  files: IndexFile[];
}

export { SearchIndexError };

/** Where each shard's part of the index is kept between builds (src/build/search-cache.ts). */
export interface ShardStore {
  shard(digest: string): Promise<ShardIndex | undefined>;
  storeShard(digest: string, shard: ShardIndex): Promise<void>;
  runtime(): Promise<SearchRuntime | undefined>;
  storeRuntime(runtime: SearchRuntime): Promise<void>;
  /** Forgets every shard but these. */
  keepOnly(digests: ReadonlySet<string>): Promise<void>;
}

export interface ShardOptions {
  /** Where each shard's part of the index is kept between builds; without one, every shard is indexed. */
  cache?: ShardStore;
  /** Stops indexing (the build failed elsewhere): the index then rejects. */
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

export interface IndexOptions extends ShardOptions {
  /** Per article id, the keys of its own words where they are known already (made where it was read). */
  searchWords?: ReadonlyMap<string, string>;
}

/** A shard's stories as the index is made of them, and the digest of what its part of the index is made from. */
export interface ShardInputs {
  digest: string;
  inputs: SearchInput[];
}

export interface SearchInputs {
  /** Every story of the archive but those left out, newest first. */
  inputs: SearchInput[];
  /** Articles left out of the index, one problem each. */
  problems: Problem[];
}

/**
 * The site's search: a Pagefind index of every story (a story's copies are left out), built from
 * the records (not from the rendered pages), and the search page's script beside the assets.
 */
export async function indexSite(settings: Settings, archive: Archive, { searchWords, ...options }: IndexOptions = {}): Promise<SearchIndexReport> {
  await writeSearchClient(settings.outputDir);
  options.signal?.throwIfAborted();
  const { inputs, problems } = searchInputs(settings, archive, searchWords);
  const { files, pagesIndexed } = await indexShards(searchShards(inputs), options);
  return { pagesIndexed, problems, files: [...files, officialsList(archive)] };
}

/**
 * What each story's search record is made from (see SearchInput): what needs the archive, made
 * where the archive is. An article whose input is not well formed is left out and reported; the
 * rest are indexed.
 */
export function searchInputs(settings: Settings, archive: Archive, searchWords: ReadonlyMap<string, string> = new Map()): SearchInputs {
  const context = recordContext(settings, archive);
  const inputs: SearchInput[] = [];
  const problems: Problem[] = [];
  for (const article of archive.stories) {
    try {
      inputs.push(wellFormed(searchInput(article, context, searchWords.get(article.id) ?? articleSearchWords(article))));
    } catch (error) {
      problems.push(leftOut(article, error as Error));
    }
  }
  return { inputs, problems };
}

/**
 * The stories in shards (src/search/shards.ts), each shard with the digest of what its part of
 * the index is made from: its stories' inputs but their filters (the filter files are made from
 * the inputs, so a story whose filters alone changed keeps its shard's part) other than the day.
 */
export function searchShards(inputs: readonly SearchInput[]): ShardInputs[] {
  return shardsOf(inputs, (input) => input.day, (input) => input.id).map((shard) => ({
    digest: digestOf(...shard.map(({ filters, ...indexed }) => JSON.stringify(indexed))),
    inputs: shard,
  }));
}

/**
 * The index of the shards, as Pagefind's files and the typo vocabulary's (paths relative to the
 * pagefind/ folder): a shard whose part is kept in the cache is not indexed again. It needs no
 * archive, only the shards, so that it can run in a thread of its own.
 */
export async function indexShards(shards: readonly ShardInputs[], { cache, signal, onProgress }: ShardOptions = {}): Promise<{ files: IndexFile[]; pagesIndexed: number }> {
  const parts = await inBatches(shards, (shard) => (cache ? cache.shard(shard.digest) : Promise.resolve(undefined)));
  await indexMissingShards(shards, parts, { cache, signal, onProgress });
  const runtime = await searchRuntime(cache);
  await cache?.keepOnly(new Set(shards.map((shard) => shard.digest)));
  const vocabulary = new VocabularyCounter();
  const filtersOf = (shard: number, page: number) => shards[shard]!.inputs[page]!.filters;
  const files = await mergeShards(parts as ShardIndex[], filtersOf, runtime, SEARCH_FIELDS, (word, pages) => vocabulary.addWord(word, pages));
  return { files: [...files, ...vocabulary.files()], pagesIndexed: parts.reduce((sum, part) => sum + part!.pages.length, 0) };
}

/**
 * A story's record as its shard's part is made from it: without its filters but the day (which
 * becomes the result's date).
 */
function asIndexed(record: SearchRecord): SearchRecord {
  const day = record.filters[DAY_FILTER];
  return { ...record, filters: day ? { [DAY_FILTER]: day } : {} };
}

/** What every search record of the archive is made with. */
export function recordContext(settings: Settings, archive: Archive): RecordContext {
  const { bySourceText } = archiveSources(archive.articles, sourceResolver(sourcesData(settings.dataDir)));
  const sourceSlug = (written: string) => bySourceText[written]?.slug;
  return { archive, countries: loadKnowledgeData(settings.dataDir).countries, digits: settings.digits, memo: new Map(), spellingsMemo: new Map(), sourceSlug };
}

/** Makes the part of each shard that has none yet (filling `parts` in) and keeps it in the cache. */
async function indexMissingShards(shards: readonly ShardInputs[], parts: (ShardIndex | undefined)[], { cache, signal, onProgress }: ShardOptions): Promise<void> {
  const total = shards.reduce((sum, shard) => sum + shard.inputs.length, 0);
  // Stories of shards kept from before count as indexed already.
  let done = shards.reduce((sum, shard, s) => sum + (parts[s] ? shard.inputs.length : 0), 0);
  onProgress?.(done, total);
  const memo = new Map<string, string[]>();
  for (const [s, shard] of shards.entries()) {
    if (parts[s]) continue;
    signal?.throwIfAborted();
    parts[s] = shardOf(shard.inputs.map((input) => asIndexed(recordOf(input, memo))), SEARCH_FIELDS, KEY_FIELDS);
    await cache?.storeShard(shard.digest, parts[s]);
    onProgress?.((done += shard.inputs.length), total);
  }
}

/**
 * Pagefind's scripts and WebAssembly, which the search page runs: those kept in the cache, or
 * those Pagefind writes with an index of one Arabic page of one word (the WebAssembly of a
 * language comes only with an index of a page with words in it).
 */
async function searchRuntime(cache: ShardStore | undefined): Promise<SearchRuntime> {
  const kept = await cache?.runtime();
  if (kept && hasWebAssembly(kept)) return kept;
  const pagefind = startPagefindThread();
  try {
    await pagefind.add([{ url: "/", content: "a", language: "ar", meta: {}, filters: {} }]);
    const runtime = runtimeOf(await pagefind.finish(true));
    await cache?.storeRuntime(runtime);
    return runtime;
  } catch (error) {
    await pagefind.stop();
    throw error instanceof PagefindFailure ? new SearchIndexError(error.message) : error;
  }
}

/** Whether Pagefind's files include the WebAssembly of a language (an index of no page has none). */
function hasWebAssembly(runtime: SearchRuntime): boolean {
  return Object.values(runtime.entry.languages).some(({ wasm }) => runtime.assets.some((file) => file.path === `wasm.${wasm}.pagefind`));
}

/** Pagefind's entry file, scripts and WebAssembly: the files of an index that are not its content. */
function runtimeOf(files: IndexFile[]): SearchRuntime {
  const entry = files.find((file) => file.path === ENTRY_FILE);
  if (!entry) throw new SearchIndexError(`Pagefind's index has no ${ENTRY_FILE}`);
  const content = (name: string) => name === ENTRY_FILE || /^(index|filter|fragment)\//.test(name) || /^pagefind\..*\.pf_meta$/.test(name);
  return { entry: parseEntry(entry.content), assets: files.filter((file) => !content(file.path)) };
}

/**
 * The officials the search page filters by, as [name, address] in alphabetical order, for its
 * type-ahead: loaded when the reader turns to that filter, not with the page (there are thousands).
 */
export function officialsList(archive: Archive): IndexFile {
  const officials = archive.officials.filter((official) => official.hasPage).map((official) => [official.name, official.slug]);
  officials.sort(([a], [b]) => (a! < b! ? -1 : a! > b! ? 1 : 0));
  return { path: OFFICIALS_LIST, content: Buffer.from(JSON.stringify(officials)) };
}

export const OFFICIALS_LIST = "officials.json";

/** The index and the search page read every metadata and filter value as text. */
function wellFormed(input: SearchInput): SearchInput {
  const { filters, aliases, ...fields } = input;
  const values = [...Object.entries(fields), ...Object.entries(filters).flatMap(([name, list]) => (Array.isArray(list) ? list.map((value) => [name, value] as const) : [[name, list] as const])), ...aliases.flat().map((spelling) => ["aliases", spelling] as const)];
  const notText = values.find(([, value]) => typeof value !== "string");
  if (notText) throw new TypeError(`the record's "${notText[0]}" holds ${typeof notText[1]}, not text`);
  return input;
}

/** The summary names the file and the stage: one line of the error is enough. */
function firstLine(message: string): string {
  return message.split("\n")[0]!;
}

function leftOut(article: ArticleRecord, error: Error): Problem {
  error.message = firstLine(error.message);
  return internalProblem(article.file, "search", error, "its page is published, but search does not find it");
}
