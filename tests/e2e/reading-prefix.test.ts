import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { XMLParser } from "fast-xml-parser";
import { loadSettings } from "../../src/config/settings.ts";
import { buildSite } from "../../src/build/build-site.ts";
import { PROJECT_ROOT } from "../../src/site/eleventy-site.ts";
import { launchChromium, serveStatic, type StaticServer } from "../support/browser.ts";
import { brokenLinks, readPage } from "../support/site-files.ts";

const PREFIX = "/archive/";
const SITE_URL = "https://example.org";

let site: string;
let browser: Browser;
let server: StaticServer;
beforeAll(async () => {
  site = await mkdtemp(path.join(tmpdir(), "arshif-prefixed-site-"));
  await buildSite(loadSettings(PROJECT_ROOT, { outputDir: site, pathPrefix: PREFIX, siteUrl: SITE_URL }));
  [browser, server] = await Promise.all([launchChromium(), serveStatic(site, PREFIX)]);
});
afterAll(async () => {
  await Promise.all([browser?.close(), server?.close()]);
  if (site) await rm(site, { recursive: true, force: true });
});

/** The path of a full URL of the site, under the prefix, to look up in the build. */
const localPath = (url: string) => url.replace(SITE_URL, "");

describe("the sample archive served from a sub-path, /archive/", () => {
  it("has no link that leads nowhere", async () => {
    expect(await brokenLinks(site, PREFIX)).toEqual([]);
  });

  it("serves its pages, styles and fonts from under the prefix", async () => {
    const page = await browser.newPage();
    const failed: string[] = [];
    page.on("response", (response) => { if (response.status() >= 400) failed.push(response.url()); });
    await page.goto(`${server.url}countries/cn/`);
    await page.evaluate(() => document.fonts.ready);
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain("Noto Naskh Arabic");
    expect(await page.evaluate(() => [...document.fonts].some((f) => f.status === "loaded"))).toBe(true);
    expect(failed).toEqual([]);
  });

  it("loads the search and shows no error on the search page", async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("console", (message) => { if (message.type() === "error") errors.push(message.text()); });
    page.on("pageerror", (error) => errors.push(error.message));
    expect((await page.goto(`${server.url}pagefind/pagefind.js`))?.status()).toBe(200);
    await page.goto(`${server.url}search/`);
    await page.waitForLoadState("networkidle");
    expect(errors).toEqual([]);
  });

  it("writes Atom feeds whose links point into the sub-path", () => {
    const { feed } = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(readPage(site, "countries/cn/feed.xml"));
    expect(feed.id).toBe(`${SITE_URL}${PREFIX}countries/cn/feed.xml`);
    for (const entry of [feed.entry].flat()) {
      expect(entry.link.href.startsWith(`${SITE_URL}${PREFIX}articles/`)).toBe(true);
      expect(readPage(site, `${localPath(entry.link.href).slice(PREFIX.length)}index.html`)).toContain("<article>");
    }
  });

  it("writes a JSON feed with full URLs", () => {
    const feed = JSON.parse(readPage(site, "feed.json"));
    expect(feed.feed_url).toBe(`${SITE_URL}${PREFIX}feed.json`);
    expect(feed.items.every((item: { url: string }) => item.url.startsWith(`${SITE_URL}${PREFIX}articles/`))).toBe(true);
  });

  it("lists every page in a sitemap named in robots.txt, with canonical links to match", () => {
    const { urlset } = new XMLParser().parse(readPage(site, "sitemap.xml"));
    const locations: string[] = urlset.url.map((u: { loc: string }) => u.loc);
    expect(locations).toContain(`${SITE_URL}${PREFIX}countries/cn/`);
    expect(readPage(site, "robots.txt")).toContain(`Sitemap: ${SITE_URL}${PREFIX}sitemap.xml`);
    expect(readPage(site, "countries/cn/index.html")).toContain(`<link rel="canonical" href="${SITE_URL}${PREFIX}countries/cn/">`);
  });
});
