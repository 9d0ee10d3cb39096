import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSettings } from "../../src/config/settings.ts";
import { buildSite, type BuildResult } from "../../src/build/build-site.ts";
import { listFiles } from "../../src/files/read-articles.ts";
import { articleId } from "../../src/ingest/slug.ts";
import { PROJECT_ROOT } from "../../src/site/eleventy-site.ts";
import { readPage } from "../support/site-files.ts";

const STORY = "قال وزير الخارجية إن المحادثات بين البلدين كانت مثمرة وبناءة.";
const RESERVED = new Set(["page", "search", "assets", "pagefind", "feed", "sitemap", "all", "countries", "roles"]);
/** Characters XML 1.0 forbids even escaped. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

const markdown = (frontMatter: string, title = "خبر") => `---\n${frontMatter}\n---\n# ${title}\n\n${STORY}\n`;

/** Files that name their neighbours' addresses, reserved words, and values made to break what reads them. */
const ARTICLES: Record<string, string> = {
  "foo.txt": `خبر أول\n${STORY}\n`,
  "foo.TXT": `خبر ثان\n${STORY}\n`,
  "note.txt": `ملاحظة\n${STORY}\n`,
  "note.md": markdown("title: ملاحظة أخرى"),
  "Bar.txt": `خبر\n${STORY}\n`,
  [`${articleId("Bar.txt")}.txt`]: `خبر يحمل اسم غيره\n${STORY}\n`,
  ...Object.fromEntries([...RESERVED, "-", "index"].map((name) => [`${name}.txt`, `خبر ${name}\n${STORY}\n`])),
  // Two people of one name, each named in two stories of their own: a page each.
  ...Object.fromEntries(["US", "GB"].flatMap((country) => [1, 2].map((n) => [
    `bolton-${country.toLowerCase()}-${n}.md`,
    `---\ndate: 2024-01-0${n}\nofficials: [{name: جون بولتون, country: ${country}}]\n---\n# خبر ${country} ${n}\n\nخبر رقم ${n} عن ${country} يروي ما قاله جون بولتون للصحفيين في مؤتمر صحفي طويل.\n`,
  ]))),
  "values.md": markdown(
    `date: not-a-date\ntopics: ["__proto__", "..", "page"]\ncountries: ["../../x", "__proto__", "ZZ"]\nofficials: ["", "__proto__", ".."]\nsource: __proto__`,
  ),
  "far-future.md": markdown("date: 9999-12-31\ncountries: KW"),
  "bad-month.md": markdown("date: 2024-13-45\ntopics: energy"),
  "proto-key.md": markdown("__proto__: {polluted: yes}\nconstructor: {prototype: {polluted: yes}}\ndate: 2024-02-01"),
  "xml.md": markdown(`date: 2024-03-01\ntitle: "خبر\\uFFFF\\uFFFE عاجل"\nsource: "كونا\\x01"`),
  "meta.html": `<html><head><meta property="article:published_time" content="2024-13-45"></head><body><h1>خبر</h1><p>${STORY}</p></body></html>`,
  "entities.html": `<html><head><meta property="article:published_time" content="2024-04-01"></head><body><h1>خبر&#xFFFF; عاجل&#xFFFE;</h1><p>${STORY}&#xFFFF;</p></body></html>`,
};

let root: string;
let site: string;
let result: BuildResult;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "arshif-hostile-archive-"));
  await mkdir(path.join(root, "articles"));
  for (const [file, text] of Object.entries(ARTICLES)) await writeFile(path.join(root, "articles", file), text);
  site = path.join(root, "site");
  result = await buildSite(loadSettings(PROJECT_ROOT, { articlesDir: path.join(root, "articles"), outputDir: site }));
});
afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

/** The pages Eleventy wrote: everything but the copied assets and the search index. */
async function pages(): Promise<string[]> {
  return (await listFiles(site)).filter((file) => !file.startsWith("assets/") && !file.startsWith("pagefind/"));
}

describe("an archive of articles made to collide and to escape", () => {
  it("builds every file into an article", () => {
    expect(result.articles).toBe(Object.keys(ARTICLES).length);
  });

  it("gives every page an output path of its own", async () => {
    expect(await pages()).toHaveLength(result.pagesWritten);
    const articlePages = (await pages()).filter((page) => page.startsWith("articles/"));
    expect(articlePages).toHaveLength(result.articles);
  });

  it("gives two officials of one name and different countries a page each", async () => {
    const officials = (await pages()).filter((page) => /^officials\/[^/]+\/index\.html$/.test(page));
    const bolton = officials.filter((page) => readPage(site, page).includes("<h1>جون بولتون</h1>"));
    expect(bolton).toHaveLength(2);
  });

  it("writes every page inside its section, none at a reserved name and no file outside the site", async () => {
    const section = /^(index\.html|404\.html|robots\.txt|feed\.(xml|json)|sitemap(-\d+)?\.xml|search\/index\.html|(articles|countries|topics|officials|sources)\/[a-z0-9-]+\/(page\/\d+\/)?(index\.html|feed\.(xml|json))|(countries|topics|officials|sources)\/(page\/\d+\/)?index\.html|officials\/(all\/|countries\/([a-z0-9-]+\/)?(all\/)?|roles\/[a-z0-9-]+\/(all\/)?)(page\/\d+\/)?index\.html|archive\/((\d{4}(\/\d{2})?|undated)\/)?(page\/\d+\/)?index\.html)$/;
    const lists = /^officials\/(all|countries|roles)\//;
    for (const page of await pages()) {
      expect(page).toMatch(section);
      const slug = /^(?:articles|countries|topics|officials|sources)\/([^/]+)\//.exec(page)?.[1];
      if (slug && slug !== "page" && !lists.test(page)) expect(RESERVED.has(slug), page).toBe(false);
    }
    const outside = (await listFiles(root)).filter((file) => !file.startsWith("articles/") && !file.startsWith("site/"));
    expect(outside.filter((file) => /\.(html|xml|json)$/.test(file))).toEqual([]);
  });

  it("changes no prototype through Eleventy's data", () => {
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("writes feeds that are well-formed XML of allowed characters only", async () => {
    const feeds = (await pages()).filter((page) => page.endsWith(".xml"));
    expect(feeds.length).toBeGreaterThan(0);
    for (const feed of feeds) {
      expect(XMLValidator.validate(readPage(site, feed)), feed).toBe(true);
      expect(readPage(site, feed), feed).not.toMatch(NOT_XML);
    }
    expect(readPage(site, "feed.xml")).toContain("<title>خبر عاجل</title>");
  });

  it("reports every value it left out, with the file", () => {
    const warnings = result.report.problems.filter((problem) => problem.severity === "warning");
    for (const file of ["values.md", "far-future.md", "bad-month.md"]) {
      expect(warnings.some((warning) => warning.file === file), file).toBe(true);
    }
  });
});
