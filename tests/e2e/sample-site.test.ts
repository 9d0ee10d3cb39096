import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { htmlPages, internalLinks, readPage, resolvesInSite } from "../support/site-files.ts";
import { browseSite } from "../support/browser.ts";

const { outputDir: site, summary } = inject("sampleSite");
const SAMPLE_COUNTRIES = ["cn", "kw", "kz", "tj", "uz"];

describe("the bundled sample archive, built", () => {
  it("builds all five articles without a problem", () => {
    expect(summary).toMatchObject({ articles: 5, problems: 0 });
  });

  it("writes one page per article, linked from the home page", async () => {
    const articlePages = (await htmlPages(site)).filter((p) => p.startsWith("articles/"));
    expect(articlePages).toHaveLength(5);
    const home = readPage(site, "index.html");
    for (const page of articlePages) expect(home).toContain(`href="/${path.dirname(page)}/"`);
  });

  it("writes a page for every country mentioned, reachable from the countries index", () => {
    const index = readPage(site, "countries/index.html");
    for (const code of SAMPLE_COUNTRIES) {
      expect(existsSync(path.join(site, "countries", code, "index.html")), code).toBe(true);
      expect(index).toContain(`href="/countries/${code}/"`);
    }
  });

  it("writes topic and official pages", async () => {
    const pages = await htmlPages(site);
    expect(pages.filter((p) => /^topics\/[^/]+\/index\.html$/.test(p)).length).toBeGreaterThan(0);
    expect(pages.filter((p) => /^officials\/[^/]+\/index\.html$/.test(p)).length).toBeGreaterThan(0);
  });

  it("marks every page as right-to-left Arabic", async () => {
    for (const page of await htmlPages(site)) expect(readPage(site, page), page).toMatch(/<html lang="ar" dir="rtl">/);
  });

  it("has no internal link that leads nowhere", async () => {
    const broken: string[] = [];
    for (const page of await htmlPages(site)) {
      for (const url of internalLinks(readPage(site, page))) {
        if (!resolvesInSite(site, url)) broken.push(`${page} → ${url}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it("links each article to the pages of its countries", async () => {
    const articlePages = (await htmlPages(site)).filter((p) => p.startsWith("articles/"));
    const centralAsia = articlePages.map((p) => readPage(site, p)).find((html) => /<h1>[^<]*طاجيكستان/.test(html));
    for (const code of ["cn", "kz", "tj", "uz"]) expect(centralAsia).toContain(`href="/countries/${code}/"`);
  });

  it("writes the search index", () => {
    expect(existsSync(path.join(site, "pagefind", "pagefind.js"))).toBe(true);
  });
});

describe("searching the sample archive in a browser", () => {
  const session = browseSite(() => site);

  it("finds the articles about China when a reader searches for الصين", async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.server.url}search/?q=${encodeURIComponent("الصين")}`);
    const results = page.locator("#search-results li");
    await results.first().waitFor();
    expect(await results.count()).toBe(5);
  });
});
