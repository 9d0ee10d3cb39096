/**
 * The key of every article file (its path and bytes, see fileKey), remembered between builds
 * with the file's size, modification time and inode, so that a build reads only the files that
 * changed: at 31,000 articles, reading and hashing every file took 4 s of a build that had
 * nothing to do. A file modified less than two seconds before its key was taken may have changed
 * again within the clock's step, so its key is never trusted by its stat alone (as git does).
 *
 *   <cache>/file-keys/<articles folder>.json
 */
import { readFile, stat } from "node:fs/promises";
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
const AT_ONCE = 64;

export async function fileKeys(articlesDir: string, files: readonly string[], cacheDir: string | undefined): Promise<Map<string, FileKey>> {
  const memoFile = cacheDir && path.join(cacheDir, "file-keys", `${digestOf(path.resolve(articlesDir)).slice(0, 12)}.json`);
  const known = memoFile ? await readMemo(memoFile) : {};
  const keys = new Map<string, FileKey>();
  const remembered: Record<string, Remembered> = {};
  for (let start = 0; start < files.length; start += AT_ONCE) {
    await Promise.all(
      files.slice(start, start + AT_ONCE).map(async (file) => {
        const full = path.join(articlesDir, file);
        const info = await stat(full).catch(() => undefined);
        const before = known[file];
        if (info && before && before[0] === info.size && before[1] === info.mtimeMs && before[2] === info.ino && info.mtimeMs < before[4] - RACY_MS) {
          keys.set(file, { key: before[3] });
          remembered[file] = before;
          return;
        }
        const takenAt = Date.now();
        const bytes = await readFile(full).catch((error: NodeJS.ErrnoException) => `unreadable: ${error.code}`);
        if (typeof bytes === "string") return keys.set(file, { key: fileKey(file, Buffer.from(bytes)), unreadable: bytes });
        const key = fileKey(file, bytes);
        keys.set(file, { key });
        if (info) remembered[file] = [info.size, info.mtimeMs, info.ino, key, takenAt];
      }),
    );
  }
  if (memoFile) await writeCacheFile(memoFile, JSON.stringify(remembered));
  return keys;
}

async function readMemo(file: string): Promise<Record<string, Remembered>> {
  try {
    const memo = JSON.parse(await readFile(file, "utf8")) as unknown;
    return memo && typeof memo === "object" && !Array.isArray(memo) ? Object.assign(Object.create(null), memo) : {};
  } catch {
    return {};
  }
}
