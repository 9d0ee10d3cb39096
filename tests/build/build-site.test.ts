import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadSettings } from "../../src/config/settings.ts";
import { buildSite } from "../../src/build/build-site.ts";
import { PROJECT_ROOT } from "../../src/site/eleventy-site.ts";

describe("buildSite", () => {
  const folders: string[] = [];
  afterAll(() => Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true }))));

  async function build(pathPrefix: string): Promise<string> {
    const outputDir = await mkdtemp(path.join(tmpdir(), "arshif-build-"));
    folders.push(outputDir);
    await buildSite(loadSettings(PROJECT_ROOT, { outputDir, pathPrefix }));
    return readFile(path.join(outputDir, "index.html"), "utf8");
  }

  it("renders each build with its own settings when one process builds twice", async () => {
    expect(await build("/")).toContain('href="/assets/style.css"');
    expect(await build("/archive/")).toContain('href="/archive/assets/style.css"');
  });

  it("reports the progress of reading, writing pages and indexing, each up to its total", async () => {
    const outputDir = await mkdtemp(path.join(tmpdir(), "arshif-build-"));
    folders.push(outputDir);
    const last = new Map<string, [number, number]>();
    const result = await buildSite(loadSettings(PROJECT_ROOT, { outputDir }), { onProgress: (stage, done, total) => last.set(stage, [done, total]) });
    expect(Object.fromEntries(last)).toEqual({
      "reading articles": [result.report.filesRead, result.report.filesRead],
      "writing pages": [result.pagesWritten, result.pagesWritten],
      "indexing for search": [result.articles, result.articles],
    });
  });
});
