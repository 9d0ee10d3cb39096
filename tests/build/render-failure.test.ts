import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { loadSettings } from "../../src/config/settings.ts";
import { buildSite } from "../../src/build/build-site.ts";
import { SITE_MARKER } from "../../src/build/output-folder.ts";
import { PROJECT_ROOT } from "../../src/site/eleventy-site.ts";
import { siteSnapshot } from "./site-snapshot.ts";

vi.mock("@11ty/eleventy", () => ({
  default: class {
    disableLogger(): void {}
    async write(): Promise<never> {
      throw new Error("a template failed");
    }
  },
}));

describe("a build whose rendering fails", () => {
  let work: string;
  afterAll(() => rm(work, { recursive: true, force: true }));

  it("keeps the previous site whole and leaves nothing of its own beside it", async () => {
    work = await mkdtemp(path.join(tmpdir(), "arshif-render-failure-"));
    const output = path.join(work, "_site");
    await mkdir(path.join(output, "articles", "a"), { recursive: true });
    await writeFile(path.join(output, SITE_MARKER), "");
    await writeFile(path.join(output, "index.html"), "<p>the previous site</p>\n");
    await writeFile(path.join(output, "articles", "a", "index.html"), "<p>an article</p>\n");
    const before = await siteSnapshot(output);

    await expect(buildSite(loadSettings(PROJECT_ROOT, { outputDir: output }))).rejects.toThrow("a template failed");

    expect(await siteSnapshot(output)).toEqual(before);
    expect(await readdir(work)).toEqual(["_site"]);
  });
});
