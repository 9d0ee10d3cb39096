import { mkdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import type { IndexFile } from "pagefind";
import { chunkFile, ENTRY_FILE, filterFile, fragmentFile, metaFile, parseEntry, readMeta, SearchIndexError, type Meta } from "../search/index-layout.ts";
import { inBatches } from "../files/in-batches.ts";

/**
 * Writes the search index (src/search/shards.ts) into a folder, and checks what is on disk afterwards.
 *
 * Why not Pagefind's own writeFiles(): its service can answer before its writes have reached the
 * disk. It writes with tokio's File::write_all, which returns once a write is queued on a
 * background thread, and never flushes (tokio-rs/tokio#4296), so closing the service at once
 * leaves files empty or cut short, and nothing in its protocol says when the writes are done.
 * getFiles() returns the same bytes in its answer, and the files written here are complete
 * when their promises resolve.
 */
export async function writeSearchBundle(folder: string, files: IndexFile[]): Promise<void> {
  checkReferences(files);
  await writeAll(folder, files);
  await checkWritten(folder, files);
}

async function writeAll(folder: string, files: IndexFile[]): Promise<void> {
  for (const file of files) {
    if (!isInsideFolder(file.path)) throw new SearchIndexError(`Pagefind named a file outside its folder: ${file.path}`);
  }
  await Promise.all([...new Set(files.map((file) => path.dirname(path.join(folder, file.path))))].map((dir) => mkdir(dir, { recursive: true })));
  await inBatches(files, (file) => writeFile(path.join(folder, file.path), file.content));
}

function isInsideFolder(relative: string): boolean {
  const normal = path.normalize(relative);
  return !path.isAbsolute(normal) && normal !== ".." && !normal.startsWith(`..${path.sep}`);
}

/** Every file on disk has the size it was given; the entry file on disk still names its files. */
async function checkWritten(folder: string, files: IndexFile[]): Promise<void> {
  await inBatches(files, async (file) => {
    const { size } = await stat(path.join(folder, file.path));
    if (size !== file.content.length) {
      throw new SearchIndexError(`the search index file ${file.path} holds ${size} bytes instead of ${file.content.length}; build again, and check the disk if it recurs`);
    }
  });
  parseEntry(await readFile(path.join(folder, ENTRY_FILE)));
}

/** Every file that the entry and the metadata name is in the bundle and not empty. */
function checkReferences(files: IndexFile[]): void {
  const sizes = new Map(files.map((file) => [file.path, file.content.length]));
  const named = [ENTRY_FILE];
  for (const [language, { hash, wasm }] of Object.entries(parseEntry(contentOf(files, ENTRY_FILE)).languages)) {
    if (wasm) named.push(`wasm.${wasm}.pagefind`);
    if (!sizes.get(metaFile(hash))) throw new SearchIndexError(`Pagefind wrote no metadata for the language "${language}"`);
    named.push(...filesNamedByMeta(readMeta(contentOf(files, metaFile(hash)))));
  }
  const missing = named.filter((file) => !sizes.get(file));
  if (missing.length) throw new SearchIndexError(`Pagefind's index is incomplete: ${missing.length} file(s) missing or empty, such as ${missing[0]}`);
}

function filesNamedByMeta(meta: Meta): string[] {
  return [...meta.pages.map(([name]) => fragmentFile(name)), ...meta.chunks.map(([, , hash]) => chunkFile(hash)), ...meta.filters.map(([, hash]) => filterFile(hash))];
}

function contentOf(files: IndexFile[], name: string): Uint8Array {
  const file = files.find((f) => f.path === name);
  if (!file) throw new SearchIndexError(`Pagefind's index has no ${name}`);
  return file.content;
}

