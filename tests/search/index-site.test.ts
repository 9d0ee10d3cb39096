import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Archive } from "../../src/archive/index.ts";
import { loadSettings, type Settings } from "../../src/config/settings.ts";
import { loadProjectArchive } from "../../src/build/project.ts";
import { indexSite } from "../../src/search/index-site.ts";
import type { ArticleRecord } from "../../src/record.ts";
import { PROJECT_ROOT } from "../../src/site/eleventy-site.ts";

describe("indexing the archive for search", () => {
  let settings: Settings;
  let archive: Archive;

  beforeAll(async () => {
    settings = loadSettings(PROJECT_ROOT, { outputDir: await mkdtemp(path.join(tmpdir(), "arshif-index-site-")) });
    ({ archive } = await loadProjectArchive(settings));
  });
  afterAll(() => rm(settings.outputDir, { recursive: true, force: true }));

  /** The archive with its second story changed by `spoil` (search indexes one article per story). */
  const withSpoiledArticle = (spoil: (article: ArticleRecord) => ArticleRecord): Archive => ({
    ...archive,
    stories: archive.stories.map((article, i) => (i === 1 ? spoil(article) : article)),
  });

  async function expectLeftOut(spoiled: Archive): Promise<void> {
    const report = await indexSite(settings, spoiled);
    const file = archive.stories[1]!.file;
    expect(report.problems).toEqual([expect.objectContaining({ file, severity: "error", message: expect.stringMatching(/^internal error in search \([^\n]+\); its page is published, but search does not find it$/) })]);
    expect(report.pagesIndexed).toBe(archive.stories.length - 1);
    const entry = JSON.parse(Buffer.from(report.files.find((f) => f.path === "pagefind-entry.json")!.content).toString());
    expect(entry.languages.ar.page_count).toBe(archive.stories.length - 1);
  }

  it("leaves out an article whose search record cannot be made, reports it, and indexes the rest", async () => {
    await expectLeftOut(withSpoiledArticle((article) => ({ ...article, paragraphs: undefined as unknown as string[] })));
  });

  it("leaves out an article whose search record holds a value that is not text, reports it, and indexes the rest", async () => {
    await expectLeftOut(withSpoiledArticle((article) => ({ ...article, source: 42 as unknown as string })));
  });

  it("indexes one article per story: a copy is not found again", async () => {
    const [story] = archive.stories;
    const copy = { ...story!, id: `${story!.id}-copy`, file: `copy/${story!.file}` };
    const group = { main: story!, copies: [copy] };
    const withCopy: Archive = { ...archive, articles: [...archive.articles, copy], storyOf: new Map([[story!.id, group], [copy.id, group]]) };
    const report = await indexSite(settings, withCopy);
    expect(report.pagesIndexed).toBe(archive.stories.length);
  });
});
