import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import type { IndexFile } from "pagefind";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Archive } from "../../src/archive/index.ts";
import { loadProjectArchive } from "../../src/build/project.ts";
import { writeSearchBundle } from "../../src/build/search-bundle.ts";
import { loadSettings, type Settings } from "../../src/config/settings.ts";
import { compareCodePoints, inCodePointOrder } from "../../src/search/index-layout.ts";
import { indexSite, recordContext, type ShardStore } from "../../src/search/index-site.ts";
import { startPagefindThread } from "../../src/search/pagefind-thread.ts";
import { HEADLINE_FIELD } from "../../src/search/keys.ts";
import { DAY_FILTER, KEY_FIELDS, searchRecord, type SearchRecord } from "../../src/search/records.ts";
import { SHARD_STORIES, shardBytes, shardFromBytes, shardsOf, type SearchRuntime, type ShardIndex } from "../../src/search/shards.ts";
import { PROJECT_ROOT } from "../../src/site/eleventy-site.ts";
import { foundPages, searchClient, type PagefindClient } from "./pagefind-client.ts";

const dayOf = (record: SearchRecord) => record.filters[DAY_FILTER]?.[0] ?? "";
/** The article id of a record, which picks its shard within a day as the build does. */
const idOf = (record: SearchRecord) => record.url.split("/")[2]!;

/** The gold set's articles, in the styles of many outlets: an archive of 88 stories. */
const ARTICLES = path.join(PROJECT_ROOT, "tests/fixtures/extraction");

/** A record as Pagefind would index what the shards index: its content, and of its metadata the fields written in search keys. */
const keyFieldsOnly = (record: SearchRecord): SearchRecord => ({ ...record, meta: Object.fromEntries(Object.entries(record.meta).filter(([name]) => KEY_FIELDS.has(name))) });

describe("cutting stories into shards", () => {
  const cut = <T extends { id: string; day: string }>(stories: T[]) => shardsOf(stories, (story) => story.day, (story) => story.id);

  it("puts the newest day first and the undated last, one shard per day, keeping the order within a day", () => {
    const stories = [
      { id: "a", day: "2015-07-01" },
      { id: "b", day: "" },
      { id: "c", day: "2015-08-02" },
      { id: "d", day: "2015-07-01" },
      { id: "e", day: "2015-08-02" },
    ];
    expect(cut(stories).map((shard) => shard.map((story) => story.id))).toEqual([["c", "e"], ["a", "d"], ["b"]]);
  });

  const day = (count: number, from = 0) => Array.from({ length: count }, (_, i) => ({ id: `story-${from + i}`, day: "2015-07-01" }));

  it("cuts a day with more stories than a shard holds into several shards, none of them far larger", () => {
    const shards = cut(day(SHARD_STORIES * 8));
    expect(shards.length).toBeGreaterThan(4);
    expect(shards.flat()).toHaveLength(SHARD_STORIES * 8);
    expect(Math.max(...shards.map((shard) => shard.length))).toBeLessThan(SHARD_STORIES * 2);
  });

  it("changes one shard of a day when a story is added to it, whatever its place among the day's stories", () => {
    const stories = day(SHARD_STORIES * 5);
    const before = cut(stories).map((shard) => shard.map((story) => story.id).join());
    for (const place of [0, SHARD_STORIES, stories.length]) {
      const after = cut(stories.toSpliced(place, 0, { id: `added-${place}`, day: "2015-07-01" })).map((shard) => shard.map((story) => story.id).join());
      expect(after.filter((shard) => !before.includes(shard))).toHaveLength(1);
    }
  });
});

describe("ordering words as Pagefind does", () => {
  it("orders any two strings as their UTF-8 bytes are ordered, characters beyond U+FFFF included", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), fc.string({ unit: "binary" }), (a, b) => Math.sign(compareCodePoints(a, b)) === Math.sign(Buffer.compare(Buffer.from(a), Buffer.from(b)))),
    );
  });

  it("sorts lists of words in the order of their UTF-8 bytes, whether or not they hold characters beyond U+D7FF", () => {
    const words = fc.oneof(fc.string({ unit: "binary" }), fc.string({ unit: fc.constantFrom("a", "b", "ب", "z") }));
    fc.assert(
      fc.property(fc.array(words), (list) => {
        const bytes = [...list].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
        expect(inCodePointOrder([...list]).map((word) => Buffer.from(word).toString("hex"))).toEqual(bytes.map((word) => Buffer.from(word).toString("hex")));
      }),
    );
  });
});

describe("the search index in shards", () => {
  let work: string;
  let settings: Settings;
  let archive: Archive;
  let records: SearchRecord[];
  let own: PagefindClient;
  let merged: PagefindClient;
  const nodeFetch = globalThis.fetch;

  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), "arshif-shards-"));
    settings = loadSettings(PROJECT_ROOT, { articlesDir: ARTICLES, outputDir: path.join(work, "merged") });
    ({ archive } = await loadProjectArchive(settings));
    const context = recordContext(settings, archive);
    records = shardsOf(archive.stories.map((article) => searchRecord(article, context)), dayOf, idOf).flat();

    const thread = startPagefindThread();
    await thread.add(records.map(keyFieldsOnly));
    await writeFiles(path.join(work, "own"), await thread.finish(true));
    const { files } = await indexSite(settings, archive);
    await writeSearchBundle(path.join(work, "merged", "pagefind"), files);
    [own, merged] = await Promise.all([searchClient(path.join(work, "own")), searchClient(path.join(work, "merged", "pagefind"))]);
    await Promise.all([own, merged].map((client) => (client as unknown as { options(o: object): Promise<void> }).options({ ranking: { pageLength: 0 } })));
  }, 60_000);
  afterAll(async () => {
    globalThis.fetch = nodeFetch;
    await rm(work, { recursive: true, force: true });
  });

  it("finds, for every word of every story and headline, the pages and scores that Pagefind's own index of the same stories finds", async () => {
    const words = [...new Set(records.flatMap((record) => [...record.content.split(" ").slice(0, 8), ...record.meta[HEADLINE_FIELD]!.split(" ")]))];
    expect(words.length).toBeGreaterThan(500);
    for (const word of words) expect([word, await foundPages(merged, word)]).toEqual([word, await foundPages(own, word)]);
  });

  it("says, as Pagefind's own index does, when a word was found in the headline", async () => {
    const headlineWords = (client: PagefindClient, word: string) => client.search(word).then(({ results }) => results.map((result) => (result as unknown as { matchedMetaFields?: string[] }).matchedMetaFields?.toSorted()));
    const words = [...new Set(records.flatMap((record) => record.meta[HEADLINE_FIELD]!.split(" ")))].slice(0, 200);
    for (const word of words) expect([word, await headlineWords(merged, word)]).toEqual([word, await headlineWords(own, word)]);
  });

  it("shows every story found with its headline, excerpt, source and day, and none of its search keys", async () => {
    const { results } = await merged.search(records[0]!.meta[HEADLINE_FIELD]!.split(" ")[0]!);
    expect(results.length).toBeGreaterThan(0);
    for (const result of results) {
      const data = await result.data();
      const record = records.find((candidate) => candidate.url === data.url)!;
      expect(data.meta).toEqual({ ...record.meta, ...(dayOf(record) && { date: dayOf(record) }) });
      expect(data.content).toBe("");
    }
  });

  it("offers the same filters, with the same counts, and finds the same pages for each", async () => {
    const filters = await own.filters();
    expect(await merged.filters()).toEqual(filters);
    for (const [name, values] of Object.entries(filters)) {
      for (const value of Object.keys(values)) expect(await foundPages(merged, null, { [name]: value })).toEqual(await foundPages(own, null, { [name]: value }));
    }
  });

  it("indexes again only the shards whose stories changed, and gives the index it would give from nothing", async () => {
    const store = memoryStore();
    const indexed = async (of: Archive, cache?: ShardStore) => {
      const before = store.storiesIndexed;
      const report = await indexSite(settings, of, cache && { cache });
      return { total: store.storiesIndexed - before, files: sortedFiles(report.files) };
    };
    expect((await indexed(archive, store)).total).toBe(archive.stories.length);
    const edited: Archive = { ...archive, stories: archive.stories.map((article, i) => (i === 2 ? { ...article, title: `${article.title} محدث` } : article)) };
    const itsShard = shardsOf(records, dayOf, idOf).find((shard) => shard.some((record) => record.url === `/articles/${archive.stories[2]!.id}/`))!;
    expect(itsShard.length).toBeLessThan(archive.stories.length);
    const again = await indexed(edited, store);
    expect(again.total).toBe(itsShard.length);
    expect(again.files).toEqual((await indexed(edited)).files);
    expect((await indexed(edited, store)).total).toBe(0);
  }, 60_000);

  it("indexes nothing again when only a story's filters change (a topic, an official's page), and gives the index it would give from nothing", async () => {
    const store = memoryStore();
    await indexSite(settings, archive, { cache: store });
    const before = store.storiesIndexed;
    const retagged: Archive = { ...archive, stories: archive.stories.map((article, i) => (i === 1 ? { ...article, topics: [...article.topics, "economy"] } : article)) };
    const again = await indexSite(settings, retagged, { cache: store });
    expect(store.storiesIndexed).toBe(before);
    expect(sortedFiles(again.files)).toEqual(sortedFiles((await indexSite(settings, retagged)).files));
  }, 60_000);

  it("still writes the language's WebAssembly when the archive was empty at the build before", async () => {
    const store = memoryStore();
    const empty = await indexSite(settings, { ...archive, articles: [], stories: [] }, { cache: store });
    expect(empty.files.some((file) => file.path === "wasm.ar.pagefind")).toBe(false);
    const { files } = await indexSite(settings, archive, { cache: store });
    expect(files.some((file) => file.path === "wasm.ar.pagefind")).toBe(true);
    await expect(writeSearchBundle(path.join(work, "after-empty"), files)).resolves.toBeUndefined();
  }, 60_000);

  it("reads back a shard kept between builds as it was, and takes damaged bytes for no shard", async () => {
    const store = memoryStore();
    await indexSite(settings, archive, { cache: store });
    const [kept] = store.shards.values();
    expect(shardFromBytes(shardBytes(kept!))).toEqual(kept);
    const bytes = shardBytes(kept!);
    expect(shardFromBytes(bytes.subarray(0, bytes.length - 7))).toBeUndefined();
    expect(shardFromBytes(new Uint8Array([1, 2, 3]))).toBeUndefined();
  }, 60_000);
});

/** A shard store in memory, that keeps what it is given in its byte form, as the disk would. */
function memoryStore(): ShardStore & { shards: Map<string, ShardIndex>; storiesIndexed: number } {
  const shards = new Map<string, ShardIndex>();
  let runtime: SearchRuntime | undefined;
  return {
    shards,
    storiesIndexed: 0,
    shard: async (digest) => shards.get(digest),
    async storeShard(digest, shard) {
      this.storiesIndexed += shard.pages.length;
      shards.set(digest, shardFromBytes(shardBytes(shard))!);
    },
    runtime: async () => runtime,
    storeRuntime: async (kept) => void (runtime = kept),
    keepOnly: async (digests) => [...shards.keys()].filter((digest) => !digests.has(digest)).forEach((digest) => shards.delete(digest)),
  };
}

function sortedFiles(files: IndexFile[]): [string, string][] {
  return files.map((file) => [file.path, Buffer.from(file.content).toString("base64")] as [string, string]).sort(([a], [b]) => (a < b ? -1 : 1));
}

async function writeFiles(folder: string, files: IndexFile[]): Promise<void> {
  for (const file of files) {
    await mkdir(path.dirname(path.join(folder, file.path)), { recursive: true });
    await writeFile(path.join(folder, file.path), file.content);
  }
}
