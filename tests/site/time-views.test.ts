import { describe, expect, it } from "vitest";
import { buildArchive } from "../../src/archive/index.ts";
import type { ArticleRecord } from "../../src/record.ts";
import { monthLinks, timePages } from "../../src/site/time-views.ts";

const dates = ["2018-05-02", "2018-05-20", "2018-07-01", "2012-01-09", undefined];
const archive = buildArchive(dates.map((date, i): ArticleRecord => ({
  id: `a${i}`, file: `a${i}.txt`, title: `خبر ${i}`, paragraphs: [], countries: [], officials: [], dates: [], topics: [], ...(date && { date }),
})), { countryName: (c) => c, topicLabel: (t) => t, officialSlug: (o) => o.name });

describe("the archive by time", () => {
  const pages = timePages(archive, "arab");

  it("has a front page with every year, newest first, its count and a grid of its twelve months", () => {
    const [home] = pages;
    expect(home!.url).toBe("/archive/");
    expect(home!.years.map((y) => [y.label, y.count])).toEqual([["٢٠١٨", 3], ["٢٠١٢", 1]]);
    const may = home!.years[0]!.months[4]!;
    expect([may.name, may.count, may.url]).toEqual(["مايو", 2, "/archive/2018/05/"]);
    expect(home!.years[0]!.months[5]!.url).toBeUndefined();
    expect(home!.undated).toEqual({ url: "/archive/undated/", count: 1 });
  });

  it("has a page for every year with its months, a timeline and the years around it", () => {
    const year = pages.find((p) => p.url === "/archive/2018/")!;
    expect(year.timeline!.counts).toHaveLength(12);
    expect(year.previous).toEqual({ label: "٢٠١٢", url: "/archive/2012/" });
    expect(year.next).toBeUndefined();
    expect(pages.map((p) => p.url)).toEqual(["/archive/", "/archive/2018/", "/archive/2012/"]);
  });

  it("links every month to the months with articles before and after it, and to its year", () => {
    const links = monthLinks(archive.months, "arab");
    expect(links.get("2018-07")).toEqual({ year: { label: "٢٠١٨", url: "/archive/2018/" }, previous: { label: "مايو ٢٠١٨", url: "/archive/2018/05/" } });
    expect(links.get("2018-05")!.previous!.url).toBe("/archive/2012/01/");
  });
});
