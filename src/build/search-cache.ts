/**
 * Each shard's part of the search index (src/search/shards.ts), kept between builds, and the
 * scripts and WebAssembly that Pagefind writes with every index:
 *
 *   <cache>/search/<articles folder>/<namespace>/<2 hex>/<shard digest>.cbor
 *   <cache>/search/<articles folder>/<namespace>/runtime.cbor
 *
 * A shard's digest is of the search records it is made from, so a changed story never finds a
 * stale part; the namespace is arshif's own fingerprint, so that a new arshif (or Pagefind)
 * indexes anew. As in the record cache, an entry that cannot be read is made again, and one
 * that cannot be written costs the next build time, never this one.
 */
import { readdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { decode, encode } from "cborg";
import { shardBytes, shardFromBytes } from "../search/shards.ts";
import type { ShardStore } from "../search/index-site.ts";
import { writeCacheFile } from "./cache-files.ts";
import { arshifDigest, digestOf } from "./fingerprints.ts";

/** The search cache of an articles folder. */
export function searchCache(cacheDir: string, articlesDir: string): ShardStore {
  const archive = digestOf(path.resolve(articlesDir)).slice(0, 12);
  const folder = path.join(cacheDir, "search", archive, digestOf(arshifDigest(), "search").slice(0, 16));
  const shardPath = (digest: string) => path.join(folder, digest.slice(0, 2), `${digest}.cbor`);
  const runtimePath = path.join(folder, "runtime.cbor");
  return {
    shard: async (digest) => {
      const bytes = await readFile(shardPath(digest)).catch(() => undefined);
      return bytes && shardFromBytes(bytes);
    },
    storeShard: (digest, shard) => writeCacheFile(shardPath(digest), shardBytes(shard)),
    runtime: async () => {
      try {
        const [entry, assets] = decode(await readFile(runtimePath)) as [string, [string, Uint8Array][]];
        return { entry: JSON.parse(entry), assets: assets.map(([name, content]) => ({ path: name, content })) };
      } catch {
        return undefined;
      }
    },
    storeRuntime: (runtime) => writeCacheFile(runtimePath, encode([JSON.stringify(runtime.entry), runtime.assets.map((file) => [file.path, file.content])])),
    keepOnly: (digests) => pruneSearchCache(folder, digests),
  };
}

/** Keeps this build's shards and nothing else: other namespaces, and shards since changed or gone. */
async function pruneSearchCache(folder: string, digests: ReadonlySet<string>): Promise<void> {
  const namespaces = path.dirname(folder);
  for (const other of await readdir(namespaces).catch(() => [])) {
    if (other !== path.basename(folder)) await rm(path.join(namespaces, other), { recursive: true, force: true });
  }
  for (const prefix of await readdir(folder, { withFileTypes: true }).catch(() => [])) {
    if (!prefix.isDirectory()) continue;
    const shards = path.join(folder, prefix.name);
    for (const name of await readdir(shards).catch(() => [])) {
      if (!digests.has(name.slice(0, -".cbor".length))) await rm(path.join(shards, name), { force: true });
    }
  }
}
