import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { loadSettings } from "../../src/config/settings.ts";
import { buildSite } from "../../src/build/build-site.ts";
import { PROJECT_ROOT } from "../../src/site/eleventy-site.ts";
import { browseSite } from "../support/browser.ts";
import { htmlPages } from "../support/site-files.ts";

const TITLE = `خبر <script>window.__pwned = "title"; alert(1)</script> عن الصين </script><img src=x onerror="window.__pwned='img'">`;
const BODY = [
  `قال مسؤول في بكين إن الصين <img src=x onerror="window.__pwned='body'; alert(2)"> تدعم التعاون.`,
  `وأضاف </script><script>window.__pwned = "body script"</script> أن {{ 7 * 7 }} ليست نتيجة.`,
];

let root: string;
let output: string;
const dialogs: string[] = [];

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "arshif-hostile-"));
  await mkdir(path.join(root, "articles"));
  const frontMatter = `---\ntitle: '${TITLE.replaceAll("'", "''")}'\ndate: 2024-12-02\nsource: '<b onmouseover=alert(3)>كونا</b>'\n---\n\n`;
  await writeFile(path.join(root, "articles", "hostile.md"), frontMatter + BODY.join("\n\n") + "\n");
  await writeFile(path.join(root, "articles", "hostile-plain.txt"), `${TITLE}\n\n${BODY.join("\n\n")}\n`);
  output = path.join(root, "site");
  await buildSite(loadSettings(PROJECT_ROOT, { articlesDir: path.join(root, "articles"), outputDir: output }));
});
afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});
const session = browseSite(() => output);

async function visit(url: string): Promise<Page> {
  const page = await session.browser.newPage();
  page.on("dialog", async (dialog) => {
    dialogs.push(`${url}: ${dialog.message()}`);
    await dialog.dismiss();
  });
  await page.goto(url);
  await page.waitForLoadState("load");
  return page;
}

describe("an article whose title and text carry scripts", () => {
  it("runs none of them on any page of the site", async () => {
    const pages = (await htmlPages(path.join(root, "site"))).filter((p) => !p.startsWith("search/"));
    expect(pages.length).toBeGreaterThan(5);
    for (const file of pages) {
      const page = await visit(session.server.url + file.replace(/index\.html$/, ""));
      expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned), file).toBeUndefined();
      await page.close();
    }
    expect(dialogs).toEqual([]);
  });

  it("shows the markup of a plain-text article to the reader as text", async () => {
    const page = await visit(`${session.server.url}archive/undated/`);
    await page.locator(".article-list a").first().click();
    expect(await page.locator("h1").textContent()).toBe(TITLE);
    const story = await page.locator(".story").textContent();
    expect(story).toContain(`<img src=x onerror="window.__pwned='body'; alert(2)">`);
    expect(story).toContain(`</script><script>window.__pwned = "body script"</script>`);
    expect(story).toContain("{{ 7 * 7 }}");
  });

  it("keeps the headline whole inside the JSON-LD, which stays the page's only script", async () => {
    const page = await visit(session.server.url);
    await page.locator(".article-list a").first().click();
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(jsonLd.headline).toBe(TITLE);
    expect(await page.locator("script").count()).toBe(1);
  });
});
