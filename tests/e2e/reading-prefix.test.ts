import { describe, expect, inject, it } from "vitest";
import { XMLParser } from "fast-xml-parser";
import { browseSite } from "../support/browser.ts";
import { brokenLinks, readPage } from "../support/site-files.ts";

const { outputDir: site, pathPrefix: PREFIX, siteUrl } = inject("prefixedSampleSite");
const SITE_URL = siteUrl!;
const session = browseSite(() => site, PREFIX);

/** The path of a full URL of the site, under the prefix, to look up in the build. */
const localPath = (url: string) => url.replace(SITE_URL, "");

describe("the sample archive served from a sub-path, /archive/", () => {
  it("has no link that leads nowhere", async () => {
    expect(await brokenLinks(site, PREFIX)).toEqual([]);
  });

  it("serves its pages, styles and fonts from under the prefix", async () => {
    const page = await session.browser.newPage();
    const failed: string[] = [];
    page.on("response", (response) => { if (response.status() >= 400) failed.push(response.url()); });
    await page.goto(`${session.server.url}countries/cn/`);
    await page.evaluate(() => document.fonts.ready);
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain("Noto Naskh Arabic");
    expect(await page.evaluate(() => [...document.fonts].some((f) => f.status === "loaded"))).toBe(true);
    expect(failed).toEqual([]);
  });

  it("loads the search and shows no error on the search page", async () => {
    const page = await session.browser.newPage();
    const errors: string[] = [];
    page.on("console", (message) => { if (message.type() === "error") errors.push(message.text()); });
    page.on("pageerror", (error) => errors.push(error.message));
    // fetched, not opened: a browser that opens a script asks the server's root for /favicon.ico,
    // which lies outside the site and is no error of the search page
    expect((await page.request.get(`${session.server.url}pagefind/pagefind.js`)).status()).toBe(200);
    await page.goto(`${session.server.url}search/`);
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

  it("lists every page in a sitemap of the sitemap index named in robots.txt, with canonical links to match", () => {
    const parser = new XMLParser({ isArray: (name) => name === "sitemap" || name === "url" });
    const { sitemapindex } = parser.parse(readPage(site, "sitemap.xml"));
    const sitemaps: string[] = sitemapindex.sitemap.map((s: { loc: string }) => s.loc);
    expect(sitemaps).toEqual([`${SITE_URL}${PREFIX}sitemap-1.xml`]);
    const { urlset } = parser.parse(readPage(site, "sitemap-1.xml"));
    const locations: string[] = urlset.url.map((u: { loc: string }) => u.loc);
    expect(locations).toContain(`${SITE_URL}${PREFIX}countries/cn/`);
    expect(readPage(site, "robots.txt")).toContain(`Sitemap: ${SITE_URL}${PREFIX}sitemap.xml`);
    expect(readPage(site, "countries/cn/index.html")).toContain(`<link rel="canonical" href="${SITE_URL}${PREFIX}countries/cn/">`);
  });
});
