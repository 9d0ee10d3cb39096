import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, unlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSettings, type Settings } from "../../src/config/settings.ts";
import { buildSite } from "../../src/build/build-site.ts";
import { PROJECT_ROOT } from "../../src/site/eleventy-site.ts";
import { siteSnapshot } from "./site-snapshot.ts";

const SAMPLES = path.join(PROJECT_ROOT, "articles");
/** With a site URL, the site has a sitemap, and robots.txt names it whether or not it is rendered again. */
const SITE_URL = "https://example.org";

describe("building again after the archive changed", () => {
  let work: string;
  let articles: string;
  let data: string;
  /** The settings of the site that is built again and again, with its own cache. */
  let kept: Settings;

  /** A cold build of the same articles and data: a new output folder and an empty cache. */
  async function coldBuildSnapshot(name: string): Promise<Record<string, string>> {
    const output = path.join(work, name);
    await buildSite(loadSettings(work, { articlesDir: articles, dataDir: data, siteUrl: SITE_URL, outputDir: output, cacheDir: path.join(work, `${name}-cache`) }));
    return siteSnapshot(output);
  }

  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), "arshif-incremental-"));
    articles = path.join(work, "articles");
    data = path.join(work, "data");
    await cp(SAMPLES, articles, { recursive: true });
    await mkdir(data);
    kept = loadSettings(work, { articlesDir: articles, dataDir: data, siteUrl: SITE_URL, outputDir: path.join(work, "site"), cacheDir: path.join(work, "cache") });
    await buildSite(kept);
  }, 120_000);
  afterAll(() => rm(work, { recursive: true, force: true }));

  it("leaves the site as it is when nothing changed, and says so", async () => {
    const page = path.join(kept.outputDir, "index.html");
    const before = await stat(page);
    const result = await buildSite(kept);
    expect(result.upToDate).toBe(true);
    expect(result.articles).toBe(5);
    expect((await stat(page)).mtimeMs).toBe(before.mtimeMs);
  }, 60_000);

  it("gives the same site as a cold build after articles are added, edited and removed, rendering only what changed", async () => {
    const [first, second] = ["000_b40dba48844b8837.txt", "002_e0f4cdc7d8754b33.txt"];
    const text = await readFile(path.join(articles, first), "utf8");
    await writeFile(path.join(articles, "005_added.txt"), text.replace(/\n/, " (تحديث)\n") + "\nوزار وزير الخارجية الصيني الكويت.\n");
    await writeFile(path.join(articles, second), (await readFile(path.join(articles, second), "utf8")) + "\nوأشاد الجانبان بالعلاقات مع اليابان.\n");
    await unlink(path.join(articles, "003_7f709111a102fe8d.txt"));
    const timesBefore = await fileTimes(kept.outputDir);

    const result = await buildSite(kept);
    expect(result.upToDate).toBeUndefined();
    expect(result.articles).toBe(5);
    expect(result.pagesReused).toBeGreaterThan(0);
    expect(result.pagesReused).toBeLessThan(result.pagesWritten);
    expect(await siteSnapshot(kept.outputDir)).toEqual(await coldBuildSnapshot("cold-after-edits"));
    // The pages kept are the previous site's files, untouched: a deploy tool that compares times uploads only the rest.
    const timesAfter = await fileTimes(kept.outputDir);
    const untouched = [...timesAfter].filter(([file, time]) => timesBefore.get(file) === time);
    expect(untouched.length).toBeGreaterThanOrEqual(result.pagesReused);
    expect(await readFile(path.join(kept.outputDir, "robots.txt"), "utf8")).toContain("Sitemap: https://example.org/sitemap.xml");
  }, 180_000);

  it("builds the whole site again when the output has lost its page list, as a build killed while moving its files in leaves it", async () => {
    await rm(path.join(kept.outputDir, ".arshif-pages.json"));
    await writeFile(path.join(articles, "006_after_kill.txt"), "خبر بعد الانقطاع\n\nوزار وزير الخارجية الصيني الكويت لبحث العلاقات الثنائية بين البلدين.\n");
    const result = await buildSite(kept);
    expect(result.pagesReused).toBe(0);
    expect(await siteSnapshot(kept.outputDir)).toEqual(await coldBuildSnapshot("cold-after-kill"));
    await unlink(path.join(articles, "006_after_kill.txt"));
  }, 180_000);

  it("gives the same site as a cold build when a copy of a story is added, and the story's page names the copy", async () => {
    const story = "004_2df1704be3d1a27b.txt";
    await mkdir(path.join(articles, "copies"), { recursive: true });
    await cp(path.join(articles, story), path.join(articles, "copies", story));
    const result = await buildSite(kept);
    expect(result.pagesReused).toBeGreaterThan(0);
    const site = await siteSnapshot(kept.outputDir);
    expect(site).toEqual(await coldBuildSnapshot("cold-after-copy"));
    const pages = Object.keys(site).filter((file) => /^articles\/[^/]+\/index\.html$/.test(file));
    const html = await Promise.all(pages.map((file) => readFile(path.join(kept.outputDir, file), "utf8")));
    const main = html.find((page) => page.includes("نُشر أيضًا في") && /href="\/articles\/copies-[^"]*"/.test(page));
    expect(main).toBeDefined();
    const copy = pages.findIndex((file) => file.startsWith("articles/copies-"));
    expect(html[copy]).toContain("نسخة من خبر");
  }, 180_000);

  it("gives the same site as a cold build when the spelling most of a source's articles use changes, on pages of articles that did not", async () => {
    const story = (n: number, source: string) => `---\ntitle: "خبر محلي ${n}"\ndate: 2024-05-0${n}\nsource: "${source}"\n---\n\n${"افتتح مجلس المدينة حديقة عامة جديدة في الحي الشرقي. ".repeat(n)}وقال رئيس المجلس إن الحديقة رقم ${n} تخدم ${n * 1000} ساكن.\n`;
    await mkdir(path.join(articles, "local"), { recursive: true });
    await writeFile(path.join(articles, "local", "1.md"), story(1, "صحيفة الأفق"));
    await writeFile(path.join(articles, "local", "2.md"), story(2, "صحيفة الافق"));
    await writeFile(path.join(articles, "local", "3.md"), story(3, "صحيفة الافق"));
    await buildSite(kept);
    const page = await readFile(path.join(kept.outputDir, "sources", (await readdir(path.join(kept.outputDir, "sources"))).find((name) => name.startsWith("shyfa"))!, "index.html"), "utf8");
    expect(page).toContain("<h1>صحيفة الافق</h1>");

    await writeFile(path.join(articles, "local", "4.md"), story(4, "صحيفة الأفق"));
    await writeFile(path.join(articles, "local", "5.md"), story(5, "صحيفة الأفق"));
    const result = await buildSite(kept);
    expect(result.pagesReused).toBeGreaterThan(0);
    expect(await siteSnapshot(kept.outputDir)).toEqual(await coldBuildSnapshot("cold-after-source-spelling"));
  }, 180_000);

  it("keeps the search index as it is when no article changed, and gives the same site as a cold build", async () => {
    const timesBefore = await fileTimes(path.join(kept.outputDir, "pagefind"));
    // A hidden file is left out of the archive: the build has run again, and every article is as it was.
    await writeFile(path.join(articles, ".notes"), "ملاحظات المحرر\n");
    const result = await buildSite(kept);
    expect(result.upToDate).toBeUndefined();
    expect(await fileTimes(path.join(kept.outputDir, "pagefind"))).toEqual(timesBefore);
    expect(await siteSnapshot(kept.outputDir)).toEqual(await coldBuildSnapshot("cold-after-hidden-file"));
    await unlink(path.join(articles, ".notes"));
  }, 180_000);

  it("reads the articles again when a data file changes, and gives the same site as a cold build", async () => {
    await writeFile(path.join(data, "countries.yaml"), "countries:\n  CN: { display: جمهورية الصين الشعبية }\n");
    const result = await buildSite(kept);
    expect(result.pagesReused).toBe(0);
    const site = await siteSnapshot(kept.outputDir);
    expect(site).toEqual(await coldBuildSnapshot("cold-after-data"));
    expect(await readFile(path.join(kept.outputDir, "countries/cn/index.html"), "utf8")).toContain("جمهورية الصين الشعبية");
  }, 180_000);
});

/** Each file of a site, by its path, with the time it was last written. */
async function fileTimes(site: string): Promise<Map<string, number>> {
  const entries = await readdir(site, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
  return new Map(await Promise.all(files.map(async (file) => [path.relative(site, file), (await stat(file)).mtimeMs] as const)));
}
