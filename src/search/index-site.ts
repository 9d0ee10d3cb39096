import * as pagefind from "pagefind";
import type { IndexFile, PagefindIndex } from "pagefind";
import type { Archive } from "../archive/index.ts";
import type { Settings } from "../config/settings.ts";
import { loadKnowledgeData } from "../extract/knowledge.ts";
import { internalProblem } from "../record-values.ts";
import type { ArticleRecord, Problem } from "../record.ts";
import { searchRecord, type RecordContext } from "./records.ts";
import { writeSearchClient } from "./client-bundle.ts";

export interface SearchIndexReport {
  pagesIndexed: number;
  /** Articles left out of the index, one problem each; their pages are published all the same. */
  problems: Problem[];
  /** Pagefind's index as files (paths relative to the pagefind/ folder), for the caller to write. */
  files: IndexFile[];
}

export class SearchIndexError extends Error {}

/**
 * The site's search: a Pagefind index of every article, built from the records (not from the
 * rendered pages), and the search page's script beside the assets. An article whose record
 * cannot be made or that Pagefind refuses is left out and reported; the rest are indexed.
 */
export async function indexSite(
  settings: Settings,
  archive: Archive,
  onProgress?: (done: number, total: number) => void,
): Promise<SearchIndexReport> {
  const context = { archive, countries: loadKnowledgeData(settings.dataDir).countries, digits: settings.digits };
  await writeSearchClient(settings.outputDir);
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "ar" });
  if (!index) throw new SearchIndexError(`Pagefind could not start: ${errors.join("; ")}`);
  try {
    const problems = await addArticles(index, archive.articles, context, onProgress);
    const written = await index.getFiles();
    if (written.errors.length) throw new SearchIndexError(`Pagefind could not build its index: ${written.errors.join("; ")}`);
    return { pagesIndexed: archive.articles.length - problems.length, problems, files: written.files };
  } finally {
    await pagefind.close();
  }
}

/**
 * Records handed to Pagefind at once. Its service answers each record on its own, so awaiting
 * them one by one doubles the time; batches keep it busy without holding every record in memory.
 */
const BATCH = 500;

async function addArticles(
  index: PagefindIndex,
  articles: ArticleRecord[],
  context: RecordContext,
  onProgress?: (done: number, total: number) => void,
): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (let start = 0; start < articles.length; start += BATCH) {
    const batch = articles.slice(start, start + BATCH);
    const outcomes = await Promise.all(batch.map((article) => addArticle(index, article, context)));
    problems.push(...outcomes.filter((problem) => problem !== undefined));
    onProgress?.(start + batch.length, articles.length);
  }
  return problems;
}

async function addArticle(index: PagefindIndex, article: ArticleRecord, context: RecordContext): Promise<Problem | undefined> {
  try {
    const { errors } = await index.addCustomRecord(searchRecord(article, context));
    return errors.length ? leftOut(article, new Error(errors.join("; "))) : undefined;
  } catch (error) {
    return leftOut(article, error as Error);
  }
}

function leftOut(article: ArticleRecord, error: Error): Problem {
  // Pagefind's own messages go on to quote the whole record it was sent.
  error.message = error.message.split("\n")[0]!;
  return internalProblem(article.file, "search", error, "its page is published, but search does not find it");
}
