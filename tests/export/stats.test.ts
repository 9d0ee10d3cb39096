import { describe, expect, it } from "vitest";
import { buildArchive } from "../../src/archive/index.ts";
import { archiveStats, statsTable } from "../../src/export/stats.ts";
import type { ArticleRecord } from "../../src/record.ts";

const STORY = [
  "أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في مدينة الدمام بسعة ثلاثمئة سرير، وذلك ضمن خطة الوزارة لتوسيع الخدمات الصحية في المنطقة الشرقية خلال العامين المقبلين.",
  "وأوضح المتحدث الرسمي باسم الوزارة أن المستشفى يضم أقساما للطوارئ والعناية المركزة وجراحة القلب، ويعمل فيه أكثر من ألف موظف.",
];

function record(id: string, fields: Partial<ArticleRecord> = {}): ArticleRecord {
  return { id, file: `${id}.txt`, title: id, paragraphs: [], countries: [], officials: [], dates: [], topics: [], ...fields };
}

const archive = buildArchive([
  record("a", { date: "2015-08-01", source: "واس", paragraphs: STORY, countries: ["SA"], topics: ["health"], officials: [{ name: "توفيق الربيعة", country: "SA" }] }),
  record("b", { date: "2015-08-02", source: "الرياض", paragraphs: STORY, countries: ["SA"], topics: ["health"], officials: [{ name: "توفيق الربيعة", country: "SA" }] }),
  record("c", { date: "2014-12-30", source: "واس", countries: ["KW", "SA"] }),
  record("d", { countries: ["KW"] }),
], { countryName: (code) => ({ SA: "السعودية", KW: "الكويت" })[code] ?? code, topicLabel: (id) => `topic ${id}`, officialSlug: (o) => o.name });
const stats = archiveStats(archive);

describe("the archive's counts", () => {
  it("count a story once and each of its copies as an article", () => {
    expect([stats.articles, stats.stories, stats.copies]).toEqual([4, 3, 1]);
    expect(stats.countries).toEqual([
      { key: "SA", label: "السعودية", stories: 2, articles: 3 },
      { key: "KW", label: "الكويت", stories: 2, articles: 2 },
    ]);
    expect(stats.topics).toEqual([{ key: "health", label: "topic health", stories: 1, articles: 2 }]);
    expect(stats.officials).toEqual([{ key: "توفيق الربيعة|SA", label: "توفيق الربيعة", stories: 1, articles: 2 }]);
    expect(stats.sources).toEqual([{ key: "واس", label: "واس", stories: 2, articles: 2 }, { key: "الرياض", label: "الرياض", stories: 1, articles: 1 }]);
  });

  it("list years and months newest first", () => {
    expect(stats.years.map((row) => [row.key, row.stories, row.articles])).toEqual([["2015", 1, 2], ["2014", 1, 1]]);
    expect(stats.months.map((row) => row.key)).toEqual(["2015-08", "2014-12"]);
  });

  it("read as JSON the same on every run", () => {
    expect(JSON.stringify(archiveStats(archive))).toBe(JSON.stringify(stats));
  });

  it("make a table with the numbers first, as many rows as asked, and say how many more there are", () => {
    const table = statsTable(stats, 1);
    expect(table).toContain("4 articles, 3 stories, 1 copies");
    expect(table).toMatch(/by country \(2\)\n +stories +articles +name\n +2 +3 +السعودية \(SA\)\n +… 1 more/);
    expect(statsTable(stats, 0)).toMatch(/ +2 +2 +الكويت \(KW\)/);
  });
});
