import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { threadId } from "node:worker_threads";

/**
 * Writes a cache file beside its place and renames it there, so that a killed build never leaves
 * half an entry. A cache that cannot be written (a full disk, a folder removed meanwhile) only
 * costs the next build the work again: it never fails this one.
 */
export async function writeCacheFile(file: string, content: string | Uint8Array): Promise<void> {
  const partial = `${file}.${process.pid}.${threadId}.partial`;
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(partial, content);
    await rename(partial, file);
  } catch {
    await rm(partial, { force: true }).catch(() => {});
  }
}
