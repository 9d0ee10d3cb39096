/**
 * npm run screenshots: builds the sample archive, serves it, and photographs the home page,
 * an article and a country page, wide and narrow, light and dark, into screenshots/.
 */
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadSettings } from "../src/config/settings.ts";
import { buildSite } from "../src/build/build-site.ts";
import { PROJECT_ROOT } from "../src/site/eleventy-site.ts";
import { launchChromium, serveStatic } from "../tests/support/browser.ts";

const OUTPUT = path.join(PROJECT_ROOT, "screenshots");
const VIEWPORTS = { desktop: { width: 1280, height: 900 }, mobile: { width: 375, height: 812 } };
const SCHEMES = ["light", "dark"] as const;

const site = await mkdtemp(path.join(tmpdir(), "arshif-screenshots-"));
try {
  const { articles } = await buildSite(loadSettings(PROJECT_ROOT, { outputDir: site }));
  console.log(`built ${articles} articles`);
  const [browser, server] = await Promise.all([launchChromium(), serveStatic(site)]);
  await mkdir(OUTPUT, { recursive: true });
  const pages = { home: "", article: await firstArticleOf(server.url + "countries/kz/"), country: "countries/cn/" };

  for (const [name, url] of Object.entries(pages)) {
    for (const [size, viewport] of Object.entries(VIEWPORTS)) {
      for (const colorScheme of SCHEMES) {
        const context = await browser.newContext({ viewport, colorScheme });
        const page = await context.newPage();
        await page.goto(server.url + url);
        await page.evaluate(() => document.fonts.ready);
        const file = path.join(OUTPUT, `${name}-${size}-${colorScheme}.png`);
        await page.screenshot({ path: file, fullPage: true });
        console.log(path.relative(PROJECT_ROOT, file));
        await context.close();
      }
    }
  }
  await Promise.all([browser.close(), server.close()]);

  async function firstArticleOf(listUrl: string): Promise<string> {
    const page = await browser.newPage();
    await page.goto(listUrl);
    const href = await page.locator("main .article-list a").first().getAttribute("href");
    await page.close();
    return href!.replace(/^\//, "");
  }
} finally {
  await rm(site, { recursive: true, force: true });
}
