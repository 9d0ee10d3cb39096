import { opendir, stat } from "node:fs/promises";
import path from "node:path";
import { SettingsError } from "../config/settings.ts";

/** An entry below the articles folder that is not read as an article, and why. */
export interface SkippedEntry {
  /** Path relative to the articles folder, with forward slashes. */
  file: string;
  reason: string;
}

export interface ArticleFolder {
  /** Relative paths of the files to read, with forward slashes, sorted. */
  files: string[];
  skipped: SkippedEntry[];
}

/**
 * The files below a folder in a stable order (sorted by relative path), and the entries left out:
 * hidden files and folders (names starting with a dot), symbolic links (never followed, so that
 * nothing outside the folder is read) and anything that is not a regular file.
 */
export async function scanFolder(dir: string): Promise<ArticleFolder> {
  const files: string[] = [];
  const skipped: SkippedEntry[] = [];
  async function walk(relative: string): Promise<void> {
    for await (const entry of await opendir(path.join(dir, relative))) {
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      const reason = skipReason(entry);
      if (reason) skipped.push({ file: child, reason });
      else if (entry.isDirectory()) await walk(child);
      else files.push(child);
    }
  }
  await checkFolder(dir);
  await walk("");
  const byPath = (a: { file: string }, b: { file: string }) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  return { files: files.sort(), skipped: skipped.sort(byPath) };
}

/** Relative paths of the files below dir, as scanFolder finds them. */
export async function listFiles(dir: string): Promise<string[]> {
  return (await scanFolder(dir)).files;
}

function skipReason(entry: { name: string; isDirectory(): boolean; isFile(): boolean; isSymbolicLink(): boolean }): string | undefined {
  if (entry.name.startsWith(".")) return entry.isDirectory() ? "hidden folder" : "hidden file";
  if (entry.isSymbolicLink()) return "symbolic link (not followed)";
  if (!entry.isDirectory() && !entry.isFile()) return "not a regular file";
  return undefined;
}

async function checkFolder(dir: string): Promise<void> {
  const info = await stat(dir).catch(() => undefined);
  if (info?.isDirectory()) return;
  const what = info ? "is not a folder" : "does not exist";
  throw new SettingsError(`the articles folder ${dir} ${what}. Create it and put article files in it, or name another with --articles.`);
}
