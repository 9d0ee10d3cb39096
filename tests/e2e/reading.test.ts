import { beforeAll, describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { XMLParser } from "fast-xml-parser";
import { browseSite } from "../support/browser.ts";
import { brokenLinks, readPage } from "../support/site-files.ts";

const { outputDir: site } = inject("sampleSite");

const session = browseSite(() => site);
let page: Page;
beforeAll(async () => {
  page = await session.browser.newPage();
});

async function open(path: string) {
  const response = await page.goto(session.server.url + path.replace(/^\//, ""));
  expect(response?.status(), path).toBe(200);
}

/** Opens an index page and follows the link whose text is `name`. */
async function follow(indexPath: string, name: string) {
  await open(indexPath);
  await page.locator("main a", { hasText: new RegExp(`^${name}$`) }).first().click();
}

const listedArticles = () => page.locator("main .article-list").last().locator("li").count();

describe("a reader browsing the sample archive", () => {
  it("finds all five samples on the page of China", async () => {
    await open("/countries/cn/");
    expect(await page.locator("h1").textContent()).toBe("الصين");
    expect(await listedArticles()).toBe(5);
  });

  it("finds the two articles that mention Kazakhstan, in either spelling, on its page", async () => {
    await open("/countries/kz/");
    expect(await page.locator("h1").textContent()).toBe("كازاخستان");
    expect(await listedArticles()).toBe(2);
  });

  it("finds three articles on the page of وانغ يي", async () => {
    await follow("/officials/", "وانغ يي");
    expect(await page.locator("h1").textContent()).toBe("وانغ يي");
    expect(await listedArticles()).toBe(3);
  });

  it("finds two articles on the page of جاسم الناجم, one of which spells him جسام", async () => {
    await follow("/officials/all/", "جاسم الناجم");
    expect(await listedArticles()).toBe(2);
  });

  it("reaches an official named in one story from the whole officials list at that story, where the name is text, not a link to a page", async () => {
    await follow("/officials/all/", "سميح حيات");
    expect(new URL(page.url()).pathname).toMatch(/^\/articles\//);
    const chip = page.locator("main li", { hasText: /^سميح حيات/ });
    expect(await chip.count()).toBe(1);
    expect(await chip.locator("a").count()).toBe(0);
  });

  it("sees every country with its count on the countries page, named in Arabic", async () => {
    await open("/countries/");
    const lines = await page.locator("main .index-list li").allTextContents();
    expect(lines.some((line) => /^الصين\s+٥\s+مقالات$/.test(line.trim()))).toBe(true);
    expect(lines.join(" ")).not.toMatch(/[A-Za-z]{2}/);
  });

  it("sees the latest articles, countries and topics on the home page", async () => {
    await open("/");
    expect(await page.locator("#latest + .article-list li").count()).toBe(5);
    expect(await page.locator("#countries ~ .tags li").count()).toBeGreaterThan(3);
    expect(await page.locator("#topics ~ .tags li").count()).toBeGreaterThan(3);
  });
});

describe("an article page", () => {
  beforeAll(async () => {
    await follow("/countries/kz/", "وزير الخارجية الصيني يلتقي نظرائه من كازاخستان وطاجيكستان وأوزبكستان");
  });

  it("gives the date in the Gregorian and the Hijri calendars, the dateline and the source", async () => {
    const meta = await page.locator("article header .meta").textContent();
    expect(meta).toContain("٢ ديسمبر ٢٠٢٤");
    expect(meta).toContain("١ جمادى الآخرة ١٤٤٦ هـ");
    expect(meta).toContain("شينخوا");
  });

  it("links its countries, topics and officials to their pages", async () => {
    const links = page.locator(".annotations a");
    expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")))).toEqual(
      expect.arrayContaining(["/countries/cn/", "/countries/kz/", "/countries/tj/", "/countries/uz/"]),
    );
    expect(await page.locator(".annotations a", { hasText: "وانغ يي" }).count()).toBe(1);
  });

  it("suggests related articles and the next older one", async () => {
    expect(await page.locator(".related li").count()).toBeGreaterThan(0);
    expect(await page.locator('.article-nav a[rel="prev"]').count()).toBe(1);
  });

  it("describes itself as a NewsArticle in JSON-LD", async () => {
    const json = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(json).toMatchObject({ "@type": "NewsArticle", inLanguage: "ar", datePublished: expect.stringMatching(/^2024-12-02/) });
  });
});

describe("timelines", () => {
  it("show a country's articles per month as a picture with a text alternative", async () => {
    await open("/countries/cn/");
    const svg = page.locator("figure.timeline svg");
    expect(await svg.count()).toBe(1);
    expect(await svg.locator("title").textContent()).toContain("الصين");
    expect(await page.locator("figure.timeline table tr").count()).toBeGreaterThan(1);
  });

  it("lead from a bar to the page of its month", async () => {
    await open("/countries/cn/");
    const bar = page.locator("figure.timeline svg a").first();
    expect(await bar.getAttribute("aria-label")).toMatch(/٢٠٢٤/);
    await bar.click();
    expect(page.url()).toMatch(/\/archive\/\d{4}\/\d\d\/$/);
  });
});

describe("the month archive and the 404 page", () => {
  it("lists the years with a grid of their months, and the undated articles", async () => {
    await open("/archive/");
    expect(await page.locator("main h2 a").allTextContents()).toContain("٢٠٢٤");
    expect(await page.locator("main .month-grid a .name").allTextContents()).toContain("ديسمبر");
    expect(await page.locator("main a").allTextContents()).toContain("مقالات غير مؤرخة");
  });

  it("has a page per year with its months, and months that lead to the months around them", async () => {
    await open("/archive/2024/");
    expect(await page.locator("h1").textContent()).toContain("٢٠٢٤");
    await page.locator("main .months a", { hasText: "ديسمبر" }).click();
    expect(page.url()).toMatch(/\/archive\/2024\/12\/$/);
    expect(await page.locator(".month-nav a.up").textContent()).toContain("٢٠٢٤");
  });

  it("has a 404 page that leads back to the archive", () => {
    expect(readPage(site, "404.html")).toContain("الصفحة غير موجودة");
  });
});

describe("feeds", () => {
  const parser = new XMLParser({ ignoreAttributes: false });

  it("offer the whole archive as Atom, with a title, an id and dated entries", () => {
    const { feed } = parser.parse(readPage(site, "feed.xml"));
    expect(feed.title).toBe("أرشيف");
    expect(feed.id).toBeTruthy();
    expect(feed.updated).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    const entries = [feed.entry].flat();
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) expect(entry).toMatchObject({ title: expect.any(String), id: expect.any(String), updated: expect.any(String) });
  });

  it("offer each country as JSON Feed", () => {
    const feed = JSON.parse(readPage(site, "countries/kz/feed.json"));
    expect(feed).toMatchObject({ version: "https://jsonfeed.org/version/1.1", title: "أرشيف: كازاخستان" });
    for (const item of feed.items) expect(item).toMatchObject({ id: expect.any(String), content_html: expect.any(String) });
  });
});

describe("links", () => {
  it("all lead somewhere in the site", async () => {
    expect(await brokenLinks(site)).toEqual([]);
  });
});
