import type { IndexFile } from "pagefind";
import type { Archive } from "../archive/index.ts";
import type { Settings } from "../config/settings.ts";
import { loadKnowledgeData } from "../extract/knowledge.ts";
import { internalProblem } from "../record-values.ts";
import type { ArticleRecord, Problem } from "../record.ts";
import { searchRecord, type RecordContext, type SearchRecord } from "./records.ts";
import { PagefindFailure, startPagefindThread, type PagefindThread } from "./pagefind-thread.ts";
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

export class SearchIndexError extends Error {}

export interface IndexOptions {
  /** Per article id, the keys of its own words where they are known already (made where it was read). */
  searchWords?: ReadonlyMap<string, string>;
  /** Stops indexing (the build failed elsewhere): indexSite then rejects. */
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

type IndexContext = RecordContext & { searchWords: ReadonlyMap<string, string>; vocabulary: VocabularyCounter };

/**
 * The site's search: a Pagefind index of every story (a story's copies are left out), built from the records (not from the
 * rendered pages), and the search page's script beside the assets. An article whose record
 * cannot be made or that Pagefind refuses is left out and reported; the rest are indexed.
 */
export async function indexSite(
  settings: Settings,
  archive: Archive,
  { searchWords = new Map(), signal, onProgress }: IndexOptions = {},
): Promise<SearchIndexReport> {
  const vocabulary = new VocabularyCounter();
  const { bySourceText } = archiveSources(archive.articles, sourceResolver(sourcesData(settings.dataDir)));
  const sourceSlug = (written: string) => bySourceText[written]?.slug;
  const context = { archive, countries: loadKnowledgeData(settings.dataDir).countries, digits: settings.digits, searchWords, memo: new Map(), vocabulary, sourceSlug };
  await writeSearchClient(settings.outputDir);
  signal?.throwIfAborted();
  const pagefind = startPagefindThread();
  signal?.addEventListener("abort", () => void pagefind.stop(), { once: true });
  try {
    // The index is asked for as soon as the last record is sent: the thread answers in order, and
    // it should not wait for the main thread, busy rendering, to read its answers first.
    // One result per story: its copies are named on its page, not found again. The stories come
    // newest first, and Pagefind keeps the order it is given: a result's place in its page list
    // is its age, which the search page sorts by (src/build/search-bundle.ts names pages by it).
    const added = addArticles(pagefind, archive.stories, context, onProgress);
    const [problems, files] = await Promise.all([added, pagefind.finish()]);
    return { pagesIndexed: archive.stories.length - problems.length, problems, files: [...files, ...vocabulary.files(), officialsList(archive)] };
  } catch (error) {
    await pagefind.stop();
    throw error instanceof PagefindFailure ? new SearchIndexError(error.message) : error;
  }
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

/**
 * Records handed to Pagefind at once. Every batch is sent at once, without waiting for the
 * thread to take the last: the main thread is about to render pages, and a batch sent only when
 * it next had a moment would leave Pagefind idle for most of the build.
 */
const BATCH = 500;

async function addArticles(
  pagefind: PagefindThread,
  articles: ArticleRecord[],
  context: IndexContext,
  onProgress?: (done: number, total: number) => void,
): Promise<Problem[]> {
  const problems: Problem[] = [];
  const pending: Promise<void>[] = [];
  let done = 0;
  for (let start = 0; start < articles.length; start += BATCH) {
    const batch = articles.slice(start, start + BATCH);
    const made = batch.map((article) => madeRecord(article, context));
    const records = made.filter((entry) => "record" in entry);
    problems.push(...made.filter((entry) => "problem" in entry).map((entry) => entry.problem));
    pending.push(pagefind.add(records.map((entry) => entry.record)).then((complaints) => {
      complaints.forEach((complaint, i) => complaint && problems.push(leftOut(records[i]!.article, new Error(complaint))));
      onProgress?.((done += batch.length), articles.length);
    }));
  }
  await Promise.all(pending);
  return problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

function madeRecord(article: ArticleRecord, context: IndexContext): { article: ArticleRecord; record: SearchRecord } | { problem: Problem } {
  try {
    const record = searchRecord(article, context, context.searchWords.get(article.id));
    context.vocabulary.addArticle(record.content);
    return { article, record };
  } catch (error) {
    return { problem: leftOut(article, error as Error) };
  }
}

function leftOut(article: ArticleRecord, error: Error): Problem {
  // Pagefind's own messages go on to quote the whole record it was sent.
  error.message = error.message.split("\n")[0]!;
  return internalProblem(article.file, "search", error, "its page is published, but search does not find it");
}
