/**
 * npm run screenshots: builds the sample archive, serves it, and photographs the home page,
 * an article and a country page, wide and narrow, light and dark, into screenshots/.
 *
 * npm run screenshots -- --site DIR [--out DIR]: photographs a site already built (a large
 * archive) instead: the busiest year of /archive/, its busiest month, the largest country on its
 * first and hundredth page, the officials index and the largest source.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadSettings } from "../src/config/settings.ts";
import { buildSite } from "../src/build/build-site.ts";
import { PROJECT_ROOT } from "../src/site/eleventy-site.ts";
import type { Browser } from "playwright-core";
import { launchChromium, serveStatic } from "../tests/support/browser.ts";

const option = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const OUTPUT = path.resolve(option("out") ?? path.join(PROJECT_ROOT, "screenshots"));
const VIEWPORTS = { desktop: { width: 1280, height: 900 }, mobile: { width: 375, height: 812 } };
const SCHEMES = ["light", "dark"] as const;

const builtSite = option("site");
if (builtSite) {
  await photograph(path.resolve(builtSite), async () => pagesOf(path.resolve(builtSite)));
  process.exit(0);
}

/** The pages of a large site worth looking at, found from its own lists. */
function pagesOf(site: string): Record<string, string> {
  const read = (url: string) => readFileSync(path.join(site, url, "index.html"), "utf8");
  const firstLink = (url: string, under: string) => new RegExp(`<a href="/(${under}[^"/]+/)"`).exec(read(url))?.[1];
  const pageCount = (url: string) => (existsSync(path.join(site, url, "page")) ? readdirSync(path.join(site, url, "page")).length : 0);
  const years = readdirSync(path.join(site, "archive")).filter((n) => /^\d{4}$/.test(n));
  const monthsOf = (year: string) => readdirSync(path.join(site, "archive", year)).filter((n) => /^\d\d$/.test(n)).map((m) => `archive/${year}/${m}/`);
  const busiest = (urls: string[]) => urls.reduce((a, b) => (pageCount(b) > pageCount(a) ? b : a));
  const month = busiest(years.flatMap(monthsOf));
  const country = firstLink("countries/", "countries/")!;
  return {
    "archive-year": `archive/${month.split("/")[1]}/`,
    month,
    "country-1": country,
    "country-100": `${country}page/100/`,
    officials: "officials/",
    source: firstLink("sources/", "sources/")!,
  };
}

/** Photographs the chosen pages of a built site, each wide and narrow, light and dark, into OUTPUT. */
async function photograph(site: string, choose: (browser: Browser, serverUrl: string) => Promise<Record<string, string>>) {
  const [browser, server] = await Promise.all([launchChromium(), serveStatic(site)]);
  await mkdir(OUTPUT, { recursive: true });
  for (const [name, url] of Object.entries(await choose(browser, server.url))) {
    for (const [size, viewport] of Object.entries(VIEWPORTS)) {
      for (const colorScheme of SCHEMES) {
        const context = await browser.newContext({ viewport, colorScheme });
        const page = await context.newPage();
        await page.goto(server.url + url);
        await page.evaluate(() => document.fonts.ready);
        const file = path.join(OUTPUT, `${name}-${size}-${colorScheme}.png`);
        await page.screenshot({ path: file, fullPage: true });
        console.log(`${path.relative(PROJECT_ROOT, file)} (/${url})`);
        await context.close();
      }
    }
  }
  await Promise.all([browser.close(), server.close()]);
}

async function firstArticleOf(browser: Browser, listUrl: string): Promise<string> {
  const page = await browser.newPage();
  await page.goto(listUrl);
  const href = await page.locator("main .article-list a").first().getAttribute("href");
  await page.close();
  return href!.replace(/^\//, "");
}

const site = await mkdtemp(path.join(tmpdir(), "arshif-screenshots-"));
try {
  const { articles } = await buildSite(loadSettings(PROJECT_ROOT, { outputDir: site }));
  console.log(`built ${articles} articles`);
  await photograph(site, async (browser, serverUrl) => ({ home: "", article: await firstArticleOf(browser, serverUrl + "countries/kz/"), country: "countries/cn/" }));
} finally {
  await rm(site, { recursive: true, force: true });
}
