import { describe, expect, it } from "vitest";
import { denseRange, monthlyCounts, timelineSvg, type MonthCount } from "../../src/site/timeline-svg.ts";
import type { ArticleRecord } from "../../src/record.ts";

function dated(date?: string): ArticleRecord {
  return { id: date ?? "undated", file: "", title: "", paragraphs: [], countries: [], officials: [], dates: [], topics: [], ...(date && { date }) };
}

describe("articles per month", () => {
  it("counts every month from the first to the last, the empty ones too", () => {
    const counts = monthlyCounts([dated("2024-11-03"), dated("2025-01-20T10:00"), dated("2025-01-02"), dated()]);
    expect(counts).toEqual([{ month: "2024-11", count: 1 }, { month: "2024-12", count: 0 }, { month: "2025-01", count: 2 }]);
  });

  it("has nothing to count when no article is dated", () => {
    expect(monthlyCounts([dated()])).toEqual([]);
  });
});

describe("the timeline picture", () => {
  const counts = [{ month: "2024-11", count: 1 }, { month: "2024-12", count: 0 }, { month: "2025-01", count: 3 }];
  const svg = timelineSvg(counts, { title: "الصين", digits: "arab" });

  it("draws one bar per month that has articles, the busiest the tallest", () => {
    const heights = [...svg.matchAll(/<rect [^>]*height="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(heights).toEqual([100 / 3, 100].map((h) => Math.round(h * 100) / 100));
  });

  it("puts the oldest month on the right, as Arabic reads", () => {
    const xs = [...svg.matchAll(/<rect x="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(xs[0]).toBeGreaterThan(xs[1]!);
  });

  it("describes itself in Arabic for readers who cannot see it", () => {
    expect(svg).toContain('role="img"');
    expect(svg.replace(/\u00a0/g, " ")).toContain("المؤرخة منها: ٤ مقالات من نوفمبر ٢٠٢٤ إلى يناير ٢٠٢٥، أكثرها في يناير ٢٠٢٥ (٣)");
    expect(svg).toContain("<title id=\"timeline-title\">المقالات شهرًا بشهر: الصين</title>");
    expect(svg).toMatch(/<div class="visually-hidden"><table>.*<td>يناير ٢٠٢٥<\/td><td>٣<\/td>/);
  });

  it("writes the digits the site is set to", () => {
    expect(timelineSvg(counts, { title: "x", digits: "latn" })).toContain(">2025</text>");
  });

  it("escapes a title that carries markup", () => {
    const hostile = timelineSvg(counts, { title: `</title><script>alert(1)</script>"`, digits: "arab" });
    expect(hostile).not.toContain("<script>");
    expect(hostile).toContain("&#60;/title&#62;&#60;script&#62;");
  });

  it("is left out when there is nothing to draw", () => {
    expect(timelineSvg([], { title: "x", digits: "arab" })).toBe("");
  });
});

describe("a timeline at scale", () => {
  /** 2012 to 2018: a handful of articles in 2012 and 2015, the rest in 2018. */
  const months: MonthCount[] = Array.from({ length: 84 }, (_, i) => {
    const month = `${2012 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`;
    return { month, count: month === "2012-03" ? 1 : month === "2015-06" ? 2 : month.startsWith("2018") ? 100 : 0 };
  });
  const svg = timelineSvg(months, { title: "x", digits: "arab", monthUrl: (m) => `/archive/${m.replace("-", "/")}/`, yearUrl: (y) => `/archive/${y}/` });

  it("draws the dense range and names the few articles outside it, by year, with links", () => {
    expect(denseRange(months).shown.map((c) => c.month)).toEqual(Array.from({ length: 12 }, (_, i) => `2018-${String(i + 1).padStart(2, "0")}`));
    expect(svg.replace(/\u00a0/g, " ")).toContain('وخارج هذا المدى ٣ مقالات: في <a href="/archive/2012/">٢٠١٢ (١)</a>، <a href="/archive/2015/">٢٠١٥ (٢)</a>.');
  });

  it("links every bar to its month, with the month and its count as the link's name", () => {
    expect(svg).toContain('<a href="/archive/2018/05/" aria-label="مايو ٢٠١٨: ١٠٠ مقالة">'.replace(" مقالة", "\u00a0مقالة"));
    expect(svg).toContain('role="group"');
  });

  it("labels every month of a year by name, and never puts a label where the picture would cut it", () => {
    const labels = [...svg.matchAll(/<text[^>]* x="([\d.]+)"[^>]*>([^<]+)<\/text>/g)];
    expect(labels.map((m) => m[2])).toEqual(expect.arrayContaining(["يناير", "فبراير", "ديسمبر", "٢٠١٨"]));
    const width = Number(/viewBox="0 0 (\d+)/.exec(svg)![1]);
    for (const [, x, text] of labels) {
      expect(Number(x)).toBeGreaterThanOrEqual(text!.length * 5);
      expect(Number(x)).toBeLessThanOrEqual(width - text!.length * 5);
    }
  });

  it("keeps the whole range when the articles are spread over it", () => {
    const even = months.map((c) => ({ ...c, count: 3 }));
    expect(denseRange(even).shown).toHaveLength(84);
  });
});
