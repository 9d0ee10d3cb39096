import path from "node:path";
import * as pagefind from "pagefind";
import type { Archive } from "../archive/index.ts";
import type { Settings } from "../config/settings.ts";
import { loadKnowledgeData } from "../extract/knowledge.ts";
import { searchRecord } from "./records.ts";
import { writeSearchClient } from "./client-bundle.ts";

export interface SearchIndexReport {
  pagesIndexed: number;
}

export class SearchIndexError extends Error {}

/**
 * The site's search: a Pagefind index of every article, built from the records (not from the
 * rendered pages) into <outputDir>/pagefind/, and the search page's script beside the assets.
 */
export async function indexSite(settings: Settings, archive: Archive): Promise<SearchIndexReport> {
  const context = { archive, countries: loadKnowledgeData(settings.dataDir).countries, digits: settings.digits };
  await writeSearchClient(settings.outputDir);
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "ar" });
  if (!index) throw new SearchIndexError(`Pagefind could not start: ${errors.join("; ")}`);
  try {
    // All at once: Pagefind's service answers each record on its own, and awaiting them one by one doubles the time.
    const added = await Promise.all(archive.articles.map((article) => index.addCustomRecord(searchRecord(article, context))));
    const failed = archive.articles.flatMap((article, i) => added[i]!.errors.map((error) => `${article.file}: ${error}`));
    if (failed.length) throw new SearchIndexError(`Pagefind could not index ${failed.join("; ")}`);
    const written = await index.writeFiles({ outputPath: path.join(settings.outputDir, "pagefind") });
    if (written.errors.length) throw new SearchIndexError(`Pagefind could not write its index: ${written.errors.join("; ")}`);
    return { pagesIndexed: archive.articles.length };
  } finally {
    await pagefind.close();
  }
}
