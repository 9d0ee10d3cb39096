import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadSettings } from "../../src/config/settings.ts";
import { buildSite } from "../../src/build/build-site.ts";
import { PROJECT_ROOT } from "../../src/site/eleventy-site.ts";
import { siteSnapshot } from "./site-snapshot.ts";

describe("rebuilding", () => {
  let work: string;
  afterAll(() => rm(work, { recursive: true, force: true }));

  it("gives byte-identical sites for the same articles, search index included", async () => {
    work = await mkdtemp(path.join(tmpdir(), "arshif-deterministic-"));
    const [first, second] = [path.join(work, "first"), path.join(work, "second")];
    await buildSite(loadSettings(PROJECT_ROOT, { outputDir: first }));
    await buildSite(loadSettings(PROJECT_ROOT, { outputDir: second }));

    const [one, two] = [await siteSnapshot(first), await siteSnapshot(second)];
    expect(Object.keys(one).filter((file) => file.startsWith("pagefind/filter/")).length).toBeGreaterThan(1);
    expect(two).toEqual(one);
  }, 120_000);
});
