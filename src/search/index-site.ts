import type { IndexFile } from "pagefind";
import type { Archive } from "../archive/index.ts";
import type { Settings } from "../config/settings.ts";
import { loadKnowledgeData } from "../extract/knowledge.ts";
import { internalProblem } from "../record-values.ts";
import type { ArticleRecord, Problem } from "../record.ts";
import { DAY_FILTER, SEARCH_FIELDS, searchRecord, type RecordContext, type SearchRecord } from "./records.ts";
import { PagefindFailure, startPagefindThread } from "./pagefind-thread.ts";
import { ENTRY_FILE, parseEntry, SearchIndexError } from "./index-layout.ts";
import { mergeShards, shardsOf, splitIndex, type SearchRuntime, type ShardIndex } from "./shards.ts";
import { digestOf } from "../build/fingerprints.ts";
import { writeSearchClient } from "./client-bundle.ts";
import { VocabularyCounter } from "./vocabulary.ts";
import { archiveSources } from "../archive/sources.ts";
import { sourceResolver, sourcesData } from "../extract/sources.ts";

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

export interface IndexOptions {
  /** Per article id, the keys of its own words where they are known already (made where it was read). */
  searchWords?: ReadonlyMap<string, string>;
  /** Where each shard's part of the index is kept between builds; without one, every shard is indexed. */
  cache?: ShardStore;
  /** Stops indexing (the build failed elsewhere): indexSite then rejects. */
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

type IndexContext = RecordContext & { searchWords: ReadonlyMap<string, string> };

interface MadeRecord {
  article: ArticleRecord;
  record: SearchRecord;
}

interface Shard {
  records: MadeRecord[];
  digest: string;
}

/**
 * The site's search: a Pagefind index of every story (a story's copies are left out), built from
 * the records (not from the rendered pages), and the search page's script beside the assets.
 * The stories are indexed in shards of a day (src/search/shards.ts): a shard whose records are
 * those of a shard kept in the cache is not indexed again. An article whose record cannot be
 * made or that Pagefind refuses is left out and reported; the rest are indexed.
 */
export async function indexSite(
  settings: Settings,
  archive: Archive,
  { searchWords = new Map(), cache, signal, onProgress }: IndexOptions = {},
): Promise<SearchIndexReport> {
  const context = { ...recordContext(settings, archive), searchWords };
  await writeSearchClient(settings.outputDir);
  signal?.throwIfAborted();

  const made = archive.stories.map((article) => madeRecord(article, context));
  const problems = made.flatMap((entry) => ("problem" in entry ? [entry.problem] : []));
  const shards: Shard[] = shardsOf(
    made.filter((entry): entry is MadeRecord => "record" in entry),
    (entry) => entry.record.filters[DAY_FILTER]?.[0] ?? "",
  ).map((records) => ({ records, digest: digestOf(...records.map((entry) => JSON.stringify(forPagefind(entry.record)))) }));

  const parts = await inBatches(shards, (shard) => (cache ? cache.shard(shard.digest) : Promise.resolve(undefined)));
  const kept = await cache?.runtime();
  const cachedAssets = kept && hasWebAssembly(kept) ? kept : undefined;
  const runtime = await indexMissingShards(shards, parts, cachedAssets, { cache, signal, onProgress });
  if (cache) {
    if (!cachedAssets && hasWebAssembly(runtime)) await cache.storeRuntime(runtime);
    await cache.keepOnly(new Set(shards.map((shard) => shard.digest)));
  }

  const byUrl = new Map(shards.flatMap((shard) => shard.records.map((entry) => [entry.record.url, entry.article] as const)));
  for (const part of parts) for (const [url, reason] of part!.refused) problems.push(leftOut(byUrl.get(url)!, new Error(reason)));
  problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const indexed = shards.map((shard, s) => {
    const refused = new Set(parts[s]!.refused.map(([url]) => url));
    return shard.records.filter((entry) => !refused.has(entry.record.url));
  });
  const vocabulary = new VocabularyCounter();
  const filtersOf = (shard: number, page: number) => indexed[shard]![page]!.record.filters;
  const files = await mergeShards(parts as ShardIndex[], filtersOf, runtime, SEARCH_FIELDS, (word, pages) => vocabulary.addWord(word, pages));
  const pagesIndexed = parts.reduce((sum, part) => sum + part!.pages.length, 0);
  return { pagesIndexed, problems, files: [...files, ...vocabulary.files(), officialsList(archive)] };
}

/**
 * A record as Pagefind is given it: without its filters but the day (which becomes the result's
 * date). The filter files are made from the records (src/search/shards.ts), so a story whose
 * filters alone changed keeps its shard's part of the index.
 */
function forPagefind(record: SearchRecord): SearchRecord {
  const day = record.filters[DAY_FILTER];
  return { ...record, filters: day ? { [DAY_FILTER]: day } : {} };
}

/** What every search record of the archive is made with. */
export function recordContext(settings: Settings, archive: Archive): RecordContext {
  const { bySourceText } = archiveSources(archive.articles, sourceResolver(sourcesData(settings.dataDir)));
  const sourceSlug = (written: string) => bySourceText[written]?.slug;
  return { archive, countries: loadKnowledgeData(settings.dataDir).countries, digits: settings.digits, memo: new Map(), sourceSlug };
}

/**
 * Has Pagefind index the shards that have no part yet (filling `parts` in) and returns Pagefind's
 * scripts and WebAssembly: those kept, or those of this run. Consecutive shards go to Pagefind
 * together, up to STORIES_PER_INDEX stories, each group an index of its own that Pagefind drops
 * once it has handed it over, so that its process never holds more than that.
 */
async function indexMissingShards(
  shards: Shard[],
  parts: (ShardIndex | undefined)[],
  cachedAssets: SearchRuntime | undefined,
  { cache, signal, onProgress }: Pick<IndexOptions, "cache" | "signal" | "onProgress">,
): Promise<SearchRuntime> {
  // Pagefind writes the WebAssembly of a language only with an index of it: without it kept, a shard is indexed again.
  const groups = groupsToIndex(shards, parts);
  if (!groups.length && !cachedAssets && shards.length) groups.push([0]);
  // Stories of shards kept from before count as indexed already.
  const total = shards.reduce((sum, shard) => sum + shard.records.length, 0);
  let done = shards.reduce((sum, shard, s) => sum + (parts[s] ? shard.records.length : 0), 0);
  onProgress?.(done, total);
  if (!groups.length && cachedAssets) return cachedAssets;
  const pagefind = startPagefindThread();
  signal?.addEventListener("abort", () => void pagefind.stop(), { once: true });
  try {
    // Every group is asked for at once: the thread answers in order, and Pagefind should not wait
    // for this thread, busy rendering or splitting the group before, to ask for the next.
    const asked = (groups.length ? groups : [[]]).map((group, i, all) => {
      const records = group.flatMap((s) => shards[s]!.records);
      const added = inParts(records, RECORDS_PER_MESSAGE).map((part) =>
        pagefind.add(part.map((entry) => forPagefind(entry.record))).then((complaints) => {
          onProgress?.((done += part.length), total);
          return complaints.flatMap((complaint, j) => (complaint ? [[part[j]!.record.url, firstLine(complaint)] as const] : []));
        }),
      );
      return { group, added: Promise.all(added), files: pagefind.finish(i === all.length - 1) };
    });
    let runtime = cachedAssets;
    for (const { group, added, files } of asked) {
      const [refused, index] = await Promise.all([added, files]);
      runtime ??= runtimeOf(index);
      if (!group.length) continue;
      const split = splitIndex(index, group.map((s) => shards[s]!.records.map((entry) => entry.record.url)), SEARCH_FIELDS, new Map(refused.flat()));
      for (const [j, s] of group.entries()) {
        parts[s] = split[j]!;
        await cache?.storeShard(shards[s]!.digest, split[j]!);
      }
    }
    return runtime!;
  } catch (error) {
    await pagefind.stop();
    throw error instanceof PagefindFailure ? new SearchIndexError(error.message) : error;
  }
}

/** Stories Pagefind indexes in one index at most (a shard is never cut): its process holds about 0.2 MB a story. */
const STORIES_PER_INDEX = 2_000;

/** Records sent to the thread in one message, so that progress is told as Pagefind goes. */
const RECORDS_PER_MESSAGE = 500;

/** The shards without a part, as groups of consecutive shards of at most STORIES_PER_INDEX stories. */
function groupsToIndex(shards: Shard[], parts: (ShardIndex | undefined)[]): number[][] {
  const groups: number[][] = [];
  let size = 0;
  shards.forEach((shard, s) => {
    if (parts[s]) return;
    const current = groups.at(-1);
    if (current && current.at(-1) === s - 1 && size + shard.records.length <= STORIES_PER_INDEX) {
      current.push(s);
      size += shard.records.length;
    } else {
      groups.push([s]);
      size = shard.records.length;
    }
  });
  return groups;
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

function inParts<T>(items: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
}

/** Reads at most 64 files at once: an archive of years has thousands of shards, and a process a limit on open files. */
async function inBatches<T, R>(items: T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += 64) results.push(...(await Promise.all(items.slice(start, start + 64).map(work))));
  return results;
}

/**
 * The officials the search page filters by, as [name, address] in alphabetical order, for its
 * type-ahead: loaded when the reader turns to that filter, not with the page (there are thousands).
 */
function officialsList(archive: Archive): IndexFile {
  const officials = archive.officials.filter((official) => official.hasPage).map((official) => [official.name, official.slug]);
  officials.sort(([a], [b]) => (a! < b! ? -1 : a! > b! ? 1 : 0));
  return { path: OFFICIALS_LIST, content: Buffer.from(JSON.stringify(officials)) };
}

export const OFFICIALS_LIST = "officials.json";

function madeRecord(article: ArticleRecord, context: IndexContext): MadeRecord | { problem: Problem } {
  try {
    const record = searchRecord(article, context, context.searchWords.get(article.id));
    return { article, record };
  } catch (error) {
    return { problem: leftOut(article, error as Error) };
  }
}

/** Pagefind's own messages go on to quote the whole record it was sent. */
function firstLine(message: string): string {
  return message.split("\n")[0]!;
}

function leftOut(article: ArticleRecord, error: Error): Problem {
  error.message = firstLine(error.message);
  return internalProblem(article.file, "search", error, "its page is published, but search does not find it");
}
