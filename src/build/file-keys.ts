/**
 * The key of every article file (its path and bytes, see fileKey), remembered between builds
 * with the file's size, modification time and inode, so that a build reads only the files that
 * changed: at 31,000 articles, reading and hashing every file took 4 s of a build that had
 * nothing to do. A file modified less than two seconds before its key was taken may have changed
 * again within the clock's step, so its key is never trusted by its stat alone (as git does).
 *
 *   <cache>/file-keys/<articles folder>.json
 */
import { readFileSync, statSync, type Stats } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { digestOf } from "./fingerprints.ts";
import { writeCacheFile } from "./cache-files.ts";
import { fileKey } from "./record-cache.ts";

/** A file's key, or why it could not be read (its key is then of that reason). */
export interface FileKey {
  key: string;
  unreadable?: string;
}

/** [size, modified (ms), inode, key, when the key was taken (ms)] */
type Remembered = [number, number, number, string, number];

const RACY_MS = 2_000;

export async function fileKeys(articlesDir: string, files: readonly string[], cacheDir: string | undefined): Promise<Map<string, FileKey>> {
  const memoFile = cacheDir && path.join(cacheDir, "file-keys", `${digestOf(path.resolve(articlesDir)).slice(0, 12)}.json`);
  const known = memoFile ? await readMemo(memoFile) : {};
  const keys = new Map<string, FileKey>();
  const remembered: Record<string, Remembered> = {};
  for (const file of files) {
    const full = path.join(articlesDir, file);
    const info = statOrUndefined(full);
    const before = known[file];
    if (info && before && before[0] === info.size && before[1] === info.mtimeMs && before[2] === info.ino && info.mtimeMs < before[4] - RACY_MS) {
      keys.set(file, { key: before[3] });
      remembered[file] = before;
      continue;
    }
    const takenAt = Date.now();
    const bytes = bytesOrReason(full);
    if (typeof bytes === "string") {
      keys.set(file, { key: fileKey(file, Buffer.from(bytes)), unreadable: bytes });
      continue;
    }
    const key = fileKey(file, bytes);
    keys.set(file, { key });
    if (info) remembered[file] = [info.size, info.mtimeMs, info.ino, key, takenAt];
  }
  if (memoFile) await writeCacheFile(memoFile, JSON.stringify(remembered));
  return keys;
}

/*
 * Stat and read synchronously: nothing else runs meanwhile, and an asynchronous call costs a
 * round trip through libuv's thread pool (31,000 files took 4.8 s so, 64 at a time).
 */
function statOrUndefined(file: string): Stats | undefined {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
}

function bytesOrReason(file: string): Uint8Array | string {
  try {
    return readFileSync(file);
  } catch (error) {
    return `unreadable: ${(error as NodeJS.ErrnoException).code}`;
  }
}

async function readMemo(file: string): Promise<Record<string, Remembered>> {
  try {
    const memo = JSON.parse(await readFile(file, "utf8")) as unknown;
    return memo && typeof memo === "object" && !Array.isArray(memo) ? Object.assign(Object.create(null), memo) : {};
  } catch {
    return {};
  }
}
