import { opendir, readFile } from "node:fs/promises";
import path from "node:path";

export interface ArticleFile {
  /** Path relative to the articles folder, with forward slashes. */
  file: string;
  bytes: Uint8Array;
}

/**
 * Every file below the articles folder, in a stable order (sorted by relative path),
 * read one at a time so memory stays flat however large the archive is.
 */
export async function* readArticleFiles(articlesDir: string): AsyncGenerator<ArticleFile> {
  for (const file of await listFiles(articlesDir)) {
    yield { file, bytes: await readFile(path.join(articlesDir, file)) };
  }
}

/** Relative paths of all files below dir, hidden files and folders excluded, sorted. */
export async function listFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  async function walk(relative: string): Promise<void> {
    for await (const entry of await opendir(path.join(dir, relative))) {
      if (entry.name.startsWith(".")) continue;
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await walk(child);
      else if (entry.isFile()) found.push(child);
    }
  }
  await walk("");
  return found.sort();
}
