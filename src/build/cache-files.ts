import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { threadId } from "node:worker_threads";

/** Folders this thread has made or found, so that each is made once and not once per entry. */
const foldersMade = new Set<string>();

/**
 * Writes a cache file beside its place and renames it there, so that a killed build never leaves
 * half an entry. A cache that cannot be written (a full disk, a folder removed meanwhile) only
 * costs the next build the work again: it never fails this one.
 *
 * The file system is called synchronously: the writers are worker threads with nothing else to
 * do meanwhile, and each asynchronous call costs a round trip through libuv's thread pool, which
 * cost more CPU than the write itself (0.6 ms an entry, against 0.3 ms).
 */
export async function writeCacheFile(file: string, content: string | Uint8Array): Promise<void> {
  const partial = `${file}.${process.pid}.${threadId}.partial`;
  const folder = path.dirname(file);
  try {
    if (!foldersMade.has(folder)) {
      mkdirSync(folder, { recursive: true });
      foldersMade.add(folder);
    }
    writeFileSync(partial, content);
    renameSync(partial, file);
  } catch {
    foldersMade.delete(folder);
    rmSync(partial, { force: true });
  }
}
