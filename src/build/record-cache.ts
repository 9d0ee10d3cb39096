/**
 * What reading an article file made (its record, problems and search words), kept on disk so
 * that a file read before is not read again: the key is the file's path and bytes, within a
 * namespace of arshif's own fingerprint and the user's data folder, so that a new arshif or a
 * changed knowledge file reads everything anew and nothing stale is ever served.
 *
 *   <cache>/records/<articles folder>/<namespace>/<2 hex>/<key>.json
 *
 * Each articles folder has its own entries, so that two archives built with one cache folder
 * never prune each other's.
 */
import { readFileSync } from "node:fs";
import { readdir, rm } from "node:fs/promises";
import path from "node:path";
import type { ArticleOutcome } from "./read-article.ts";
import { writeCacheFile } from "./cache-files.ts";
import { arshifDigest, dataFolderDigest, digestOf } from "./fingerprints.ts";

export interface RecordCache {
  folder: string;
  /** The cache folder, where the files' keys are remembered too (file-keys.ts). */
  cacheDir: string;
}

export function recordCache(cacheDir: string, articlesDir: string, dataDir: string | undefined): RecordCache {
  const archive = digestOf(path.resolve(articlesDir)).slice(0, 12);
  const namespace = digestOf(arshifDigest(), dataFolderDigest(dataDir)).slice(0, 16);
  return { folder: path.join(cacheDir, "records", archive, namespace), cacheDir };
}

/** The key of an article file: its path in the archive and its bytes. */
export function fileKey(file: string, bytes: Uint8Array): string {
  return digestOf(file, bytes).slice(0, 40);
}

function entryPath(cache: Pick<RecordCache, "folder">, key: string): string {
  return path.join(cache.folder, key.slice(0, 2), `${key}.json`);
}

/**
 * The outcome stored under a key, or undefined when there is none or it cannot be read. Read
 * synchronously: the build waits for every look-up before it reads a file, and an asynchronous
 * read costs four round trips through libuv's thread pool.
 */
export function cachedOutcome(cache: RecordCache, key: string): ArticleOutcome | undefined {
  try {
    return JSON.parse(readFileSync(entryPath(cache, key), "utf8")) as ArticleOutcome;
  } catch {
    return undefined; // absent or damaged: the file is read again
  }
}

/** Stores an outcome (see writeCacheFile: never half an entry, never a failed build). */
export async function storeOutcome(cache: Pick<RecordCache, "folder">, key: string, outcome: ArticleOutcome): Promise<void> {
  await writeCacheFile(entryPath(cache, key), JSON.stringify(outcome));
}

/**
 * Keeps the entries of this build's files and nothing else: entries of other namespaces (an
 * older arshif, other data files) and of files since changed or removed, so the cache does not
 * grow with every edit.
 */
export async function pruneCache(cache: RecordCache, keys: ReadonlySet<string>): Promise<void> {
  const namespaces = path.dirname(cache.folder);
  for (const other of await readdir(namespaces).catch(() => [])) {
    if (other !== path.basename(cache.folder)) await rm(path.join(namespaces, other), { recursive: true, force: true });
  }
  for (const prefix of await readdir(cache.folder).catch(() => [])) {
    const folder = path.join(cache.folder, prefix);
    for (const name of await readdir(folder).catch(() => [])) {
      if (name.endsWith(".json") && !keys.has(name.slice(0, -".json".length))) await rm(path.join(folder, name), { force: true });
    }
  }
}
