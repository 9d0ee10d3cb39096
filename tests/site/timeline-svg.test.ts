import { describe, expect, it } from "vitest";
import { monthlyCounts, timelineSvg } from "../../src/site/timeline-svg.ts";
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
    expect(svg).toContain("<title id=\"timeline-title\">المقالات شهرًا بشهر: الصين</title>");
    expect(svg).toContain("المؤرخة منها: ٤ مقالات من نوفمبر ٢٠٢٤ إلى يناير ٢٠٢٥، أكثرها في يناير ٢٠٢٥ (٣)");
    expect(svg).toMatch(/<table class="visually-hidden">.*<td>يناير ٢٠٢٥<\/td><td>٣<\/td>/);
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
