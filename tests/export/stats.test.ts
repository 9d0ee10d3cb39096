import { describe, expect, it } from "vitest";
import { buildArchive } from "../../src/archive/index.ts";
import { archiveStats, statsTable } from "../../src/export/stats.ts";
import { HOSPITAL_STORY, storyRecord } from "../support/story-records.ts";

const archive = buildArchive([
  storyRecord("a", { date: "2015-08-01", source: "واس", paragraphs: HOSPITAL_STORY, countries: ["SA"], topics: ["health"], officials: [{ name: "توفيق الربيعة", country: "SA" }] }),
  storyRecord("b", { date: "2015-08-02", source: "الرياض", paragraphs: HOSPITAL_STORY, countries: ["SA"], topics: ["health"], officials: [{ name: "توفيق الربيعة", country: "SA" }] }),
  storyRecord("c", { date: "2014-12-30", source: "واس", countries: ["KW", "SA"] }),
  storyRecord("d", { countries: ["KW"] }),
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

  it("count the spellings of one source as one, when told which source each stands for", () => {
    const named = archiveStats(archive, () => "وكالة الأنباء السعودية");
    expect(named.sources).toEqual([{ key: "وكالة الأنباء السعودية", label: "وكالة الأنباء السعودية", stories: 2, articles: 3 }]);
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
