import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { IndexFile } from "pagefind";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSettings } from "../../src/config/settings.ts";
import { loadProjectArchive } from "../../src/build/project.ts";
import { writeSearchBundle } from "../../src/build/search-bundle.ts";
import { indexSite, SearchIndexError } from "../../src/search/index-site.ts";
import { PROJECT_ROOT } from "../../src/site/eleventy-site.ts";
import { searchClient } from "../search/pagefind-client.ts";

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

  it("names each result by its age, the newest 0, and keeps in its fragment only what the search page shows", async () => {
    await writeSearchBundle(folder("named"), files);
    const client = await searchClient(folder("named"));
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

