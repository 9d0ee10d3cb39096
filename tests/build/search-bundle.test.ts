import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { gunzipSync, gzipSync } from "node:zlib";
import type { IndexFile } from "pagefind";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSettings } from "../../src/config/settings.ts";
import { loadProjectArchive } from "../../src/build/project.ts";
import { decodeCbor, encodeCbor, writeSearchBundle, type Cbor } from "../../src/build/search-bundle.ts";
import { indexSite, SearchIndexError } from "../../src/search/index-site.ts";
import { PROJECT_ROOT } from "../../src/site/eleventy-site.ts";
import { siteSnapshot } from "./site-snapshot.ts";

const PREFIX = Buffer.from("pagefind_dcd");
const cborOf = (file: IndexFile) => gunzipSync(file.content).subarray(PREFIX.length);
const withCbor = (file: IndexFile, cbor: Uint8Array): IndexFile => ({ path: file.path, content: gzipSync(Buffer.concat([PREFIX, cbor])) });
const isData = (file: IndexFile) => /\.pf_(meta|filter)$/.test(file.path);

describe("writing Pagefind's index", () => {
  let work: string;
  let files: IndexFile[];
  const folder = (name: string) => path.join(work, name);
  const nodeFetch = globalThis.fetch;

  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), "arshif-search-bundle-"));
    const settings = loadSettings(PROJECT_ROOT, { outputDir: folder("client") });
    ({ files } = await indexSite(settings, (await loadProjectArchive(settings)).archive));
  });
  afterAll(async () => {
    globalThis.fetch = nodeFetch;
    await rm(work, { recursive: true, force: true });
  });

  it("reads and writes Pagefind's index data without changing a byte", () => {
    expect(files.filter(isData).length).toBeGreaterThan(1);
    for (const file of files.filter(isData)) expect(Buffer.from(encodeCbor(decodeCbor(cborOf(file))))).toEqual(cborOf(file));
  });

  it("writes the same bytes whatever order Pagefind listed the filters and their values in", async () => {
    await writeSearchBundle(folder("as-given"), files);
    await writeSearchBundle(folder("reversed"), files.map(reversedLists));
    expect(await siteSnapshot(folder("reversed"))).toEqual(await siteSnapshot(folder("as-given")));
  });

  it("gives the search client the same filters and results as Pagefind's own files", async () => {
    await writeRaw(folder("pagefind-own"), files);
    await writeSearchBundle(folder("sorted"), files.map(reversedLists));
    const [own, sorted] = await Promise.all([searchClient(folder("pagefind-own")), searchClient(folder("sorted"))]);
    expect(await sorted.filters()).toEqual(await own.filters());
    for (const filters of [{ country: "KZ" }, { topic: "energy" }, { country: ["CN", "KW"] }]) {
      expect(await resultUrls(sorted, filters)).toEqual(await resultUrls(own, filters));
    }
  });

  it("names each result by its age, the newest 0, and keeps in its fragment only what the search page shows", async () => {
    await writeSearchBundle(folder("named"), files);
    const client = (await searchClient(folder("named"))) as PagefindClient & { search(term: null, options: object): Promise<{ results: { id: string; data(): Promise<{ url: string; content: string; meta: { date?: string } }> }[] }> };
    const { results } = await client.search(null, { filters: {} });
    const pages = await Promise.all(results.map(async (result) => ({ age: parseInt(result.id, 36), ...(await result.data()) })));
    const byAge = [...pages].sort((a, b) => a.age - b.age);
    expect(byAge.map((page) => page.age)).toEqual(pages.map((_, i) => i));
    const dates = byAge.map((page) => page.meta.date ?? "");
    expect(dates).toEqual([...dates].sort().reverse());
    expect(pages.every((page) => page.content === "")).toBe(true);
  });

  it("refuses an index that lacks a file its metadata names", async () => {
    const fragment = files.find((file) => file.path.startsWith("fragment/"));
    const withoutFragment = files.filter((file) => file !== fragment);
    await expect(writeSearchBundle(folder("no-fragment"), withoutFragment)).rejects.toThrow(/index is incomplete: 1 file\(s\) missing or empty, such as fragment\//);
  });

  it("refuses an index with an empty file or an unreadable entry file", async () => {
    const emptied = (test: (file: IndexFile) => boolean) => files.map((file) => (test(file) ? { path: file.path, content: new Uint8Array() } : file));
    await expect(writeSearchBundle(folder("empty-index"), emptied((f) => f.path.startsWith("index/")))).rejects.toThrow(SearchIndexError);
    await expect(writeSearchBundle(folder("empty-entry"), emptied((f) => f.path === "pagefind-entry.json"))).rejects.toThrow(/pagefind-entry\.json is not valid/);
  });
});

/** The file with the lists whose order Pagefind does not fix (filter values; the metadata's filters) reversed. */
function reversedLists(file: IndexFile): IndexFile {
  if (!isData(file)) return file;
  const data = decodeCbor(cborOf(file)) as Cbor[];
  (data[file.path.endsWith(".pf_filter") ? 1 : 3] as Cbor[]).reverse();
  return withCbor(file, encodeCbor(data));
}

async function writeRaw(folder: string, files: IndexFile[]): Promise<void> {
  for (const file of files) {
    await mkdir(path.dirname(path.join(folder, file.path)), { recursive: true });
    await writeFile(path.join(folder, file.path), file.content);
  }
}

interface PagefindClient {
  filters(): Promise<Record<string, Record<string, number>>>;
  search(term: string | null, options: { filters: Record<string, unknown> }): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
}

/** Pagefind's own browser client (pagefind.js and its WebAssembly), run in Node over the files of a folder. */
async function searchClient(folder: string): Promise<PagefindClient> {
  globalThis.fetch = (async (url: string | URL) => new Response(await readFile(new URL(String(url))))) as typeof fetch;
  const client = await import(pathToFileURL(path.join(folder, "pagefind.js")).href);
  await client.options({ basePath: pathToFileURL(folder + path.sep).href, baseUrl: "/", noWorker: true });
  await client.init();
  return client;
}

async function resultUrls(client: PagefindClient, filters: Record<string, unknown>): Promise<string[]> {
  const { results } = await client.search(null, { filters });
  return (await Promise.all(results.map(async (result) => (await result.data()).url))).sort();
}
