import { describe, expect, it } from "vitest";
import { buildArchive } from "../../src/archive/index.ts";
import { buildSiteViews, paginate, sitemaps } from "../../src/site/pages.ts";
import type { ArticleRecord } from "../../src/record.ts";

function record(i: number, fields: Partial<ArticleRecord> = {}): ArticleRecord {
  const day = String((i % 28) + 1).padStart(2, "0");
  return { id: `a${String(i).padStart(3, "0")}`, file: "", title: `خبر ${i}`, date: `2024-03-${day}`, paragraphs: [], countries: ["CN"], officials: [], dates: [], topics: [], ...fields };
}

const archive = buildArchive(
  [...Array.from({ length: 120 }, (_, i) => record(i)), record(500, { date: undefined, countries: ["KZ"] })],
  { countryName: (c) => c, topicLabel: (t) => t, officialSlug: (o) => o.name },
);
const views = buildSiteViews(archive, { siteTitle: "أرشيف", digits: "arab", hasSiteUrl: true });

describe("long lists", () => {
  it("are cut into pages of fifty, the first at the list's own address", () => {
    const pages = paginate(Array.from({ length: 120 }, (_, i) => i), "/countries/cn/");
    expect(pages.map((p) => [p.url, p.items.length, p.previousUrl, p.nextUrl])).toEqual([
      ["/countries/cn/", 50, undefined, "/countries/cn/page/2/"],
      ["/countries/cn/page/2/", 50, "/countries/cn/", "/countries/cn/page/3/"],
      ["/countries/cn/page/3/", 20, "/countries/cn/page/2/", undefined],
    ]);
  });

  it("give a country with 120 articles three pages, the timeline on the first only", () => {
    const china = views.entryPages.filter((p) => p.kind === "country" && p.title === "CN");
    expect(china.map((p) => p.url)).toEqual(["/countries/cn/", "/countries/cn/page/2/", "/countries/cn/page/3/"]);
    expect(china.map((p) => Boolean(p.timeline))).toEqual([true, false, false]);
  });
});

describe("the month archive", () => {
  it("has a page per month and one for the undated articles", () => {
    const urls = views.entryPages.filter((p) => p.kind === "month").map((p) => p.url);
    expect(urls).toEqual(["/archive/2024/03/", "/archive/2024/03/page/2/", "/archive/2024/03/page/3/", "/archive/undated/"]);
  });
});

describe("an article page", () => {
  it("links to the next older and newer articles", () => {
    const [newest, second] = views.articles;
    expect(newest!.newer).toBeUndefined();
    expect(newest!.older).toBe(second!.article);
    expect(second!.newer).toBe(newest!.article);
  });
});

describe("feeds and sitemaps", () => {
  it("give a country without a dated article no feed", () => {
    expect(views.feeds.map((f) => f.folder)).toEqual(["/", "/countries/cn/"]);
    expect(views.entryPages.find((p) => p.url === "/countries/kz/")!.feed).toBeUndefined();
  });

  it("name every sitemap in a sitemap index, none listing more than 50,000 pages", () => {
    const paths = Array.from({ length: 100_001 }, (_, i) => `/articles/a${i}/`);
    const [index, ...sets] = sitemaps(paths);
    expect(index).toEqual({ url: "/sitemap.xml", sitemaps: ["/sitemap-1.xml", "/sitemap-2.xml", "/sitemap-3.xml"] });
    expect(sets.map((set) => ("paths" in set ? set.paths.length : 0))).toEqual([50_000, 50_000, 1]);
    expect(views.sitemapUrls).toEqual(["/sitemap.xml"]);
  });

  it("list every page in the sitemap, and only when the site's address is known", () => {
    const paths = views.sitemaps.flatMap((s) => ("paths" in s ? s.paths : []));
    expect(paths).toContain("/countries/cn/page/3/");
    expect(paths).toContain("/articles/a000/");
    expect(new Set(paths).size).toBe(paths.length);
    expect(buildSiteViews(archive, { siteTitle: "أرشيف", digits: "arab", hasSiteUrl: false }).sitemaps).toEqual([]);
  });
});

describe("the digits setting", () => {
  it("writes page numbers and months in Latin digits when asked", () => {
    const latin = buildSiteViews(archive, { siteTitle: "أرشيف", digits: "latn", hasSiteUrl: false });
    expect(latin.entryPages.find((p) => p.url === "/countries/cn/page/2/")!.pageTitle).toBe("CN | صفحة 2");
    expect(latin.timePages.find((p) => p.url === "/archive/2024/")!.years[0]!.months[2]!.name).toBe("مارس");
    expect(latin.entryPages.find((p) => p.url === "/countries/cn/page/2/")!.description).toContain("الصفحة 2 من 3");
  });
});
