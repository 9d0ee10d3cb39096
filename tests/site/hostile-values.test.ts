import { describe, expect, it } from "vitest";
import { buildArchive } from "../../src/archive/index.ts";
import { EARLIEST_YEAR, LATEST_YEAR, xmlText } from "../../src/record-values.ts";
import { formatGregorian, formatHijri } from "../../src/site/format.ts";
import { rfc3339 } from "../../src/site/metadata.ts";
import { buildSiteViews } from "../../src/site/pages.ts";
import { monthlyCounts, timelineSvg } from "../../src/site/timeline-svg.ts";
import type { ArticleRecord } from "../../src/record.ts";

const NOT_DATES = ["not-a-date", "9999-12-31", "2024-13-45", "20240101", "2024-02-30", "0000-00-00", "", "../../x", "2024-12-02T25:99"];

function dated(date: string, i = 0): ArticleRecord {
  return { id: `a${i}`, file: `${i}.txt`, title: "خبر", date, paragraphs: ["نص"], countries: ["CN"], officials: [], dates: [], topics: [] };
}

describe("dates that are no dates, wherever the site reads them", () => {
  it("are left out of a timeline, which ends however far apart the dates are", () => {
    expect(monthlyCounts([...NOT_DATES, "2024-11-03"].map((date, i) => dated(date, i)))).toEqual([{ month: "2024-11", count: 1 }]);
  });

  it("give a timeline across the whole accepted range of years without overflowing", () => {
    const counts = monthlyCounts([dated(`${EARLIEST_YEAR}-01-01`, 1), dated(`${LATEST_YEAR}-12-31`, 2)]);
    expect(counts).toHaveLength((LATEST_YEAR - EARLIEST_YEAR + 1) * 12);
    expect(timelineSvg(counts, { title: "الصين", digits: "latn" })).toContain("<svg");
  });

  it("are written as nothing, never thrown on, by the date formats of pages and feeds", () => {
    for (const date of NOT_DATES) {
      expect(formatGregorian(date, "arab")).toBe("");
      expect(formatHijri(date, "arab")).toBeUndefined();
      expect(rfc3339(date)).toBe("");
    }
  });

  it("make a record undated and keep it out of every feed", () => {
    const archive = buildArchive([...NOT_DATES.map((date, i) => dated(date, i)), dated("2024-05-01", 99)], {
      countryName: (code) => code,
      topicLabel: (id) => id,
      officialSlug: (official) => official.name,
    });
    const views = buildSiteViews(archive, { siteTitle: "أرشيف", digits: "arab", hasSiteUrl: false });
    expect(archive.undated).toHaveLength(NOT_DATES.length);
    expect(views.feeds.flatMap((feed) => feed.articles.map((a) => a.date))).toEqual(["2024-05-01", "2024-05-01"]);
  });
});

describe("text for an XML feed", () => {
  it("loses C0 controls, lone surrogates, U+FFFE and U+FFFF, and keeps everything else", () => {
    expect(xmlText("خبر\uFFFF\uFFFE\u0001\u001F\uD800 عاجل\t😀\n")).toBe("خبر عاجل\t😀\n");
  });
});
