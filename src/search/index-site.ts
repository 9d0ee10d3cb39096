import path from "node:path";
import * as pagefind from "pagefind";

export interface SearchIndexReport {
  pagesIndexed: number;
}

export class SearchIndexError extends Error {}

/** Builds the Pagefind index of a rendered site into <outputDir>/pagefind/. */
export async function indexSite(outputDir: string): Promise<SearchIndexReport> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "ar" });
  if (!index) throw new SearchIndexError(`Pagefind could not start: ${errors.join("; ")}`);
  try {
    const added = await index.addDirectory({ path: outputDir });
    if (added.errors.length) throw new SearchIndexError(`Pagefind could not index ${outputDir}: ${added.errors.join("; ")}`);
    const written = await index.writeFiles({ outputPath: path.join(outputDir, "pagefind") });
    if (written.errors.length) throw new SearchIndexError(`Pagefind could not write its index: ${written.errors.join("; ")}`);
    return { pagesIndexed: added.page_count };
  } finally {
    await pagefind.close();
  }
}
