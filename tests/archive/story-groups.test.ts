import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { onePerStory, storyGroups, STORY_SETTINGS } from "../../src/archive/story-groups.ts";
import type { ArticleRecord } from "../../src/record.ts";

function record(id: string, paragraphs: string[], fields: Partial<ArticleRecord> = {}): ArticleRecord {
  return { id, file: `${id}.txt`, title: id, paragraphs, countries: [], officials: [], dates: [], topics: [], ...fields };
}

const AGENCY_STORY = [
  "أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في مدينة الدمام بسعة ثلاثمئة سرير، وذلك ضمن خطة الوزارة لتوسيع الخدمات الصحية في المنطقة الشرقية خلال العامين المقبلين.",
  "وأوضح المتحدث الرسمي باسم الوزارة أن المستشفى يضم أقساما للطوارئ والعناية المركزة وجراحة القلب، ويعمل فيه أكثر من ألف موظف من الأطباء والممرضين والفنيين.",
  "وأضاف أن الوزارة تعمل على إنشاء خمسة مستشفيات أخرى في مناطق مختلفة من المملكة، وأن العمل فيها يسير وفق الجدول الزمني المحدد، متوقعا افتتاحها قبل نهاية العام المقبل.",
];

const OTHER_STORY = [
  "فاز المنتخب الوطني لكرة القدم على نظيره الكويتي بثلاثة أهداف مقابل هدف واحد في المباراة الودية التي أقيمت مساء أمس على ملعب مدينة الملك عبدالله الرياضية بجدة.",
  "وسجل أهداف المنتخب مهاجمه في الدقيقة العاشرة ثم لاعب الوسط في الدقيقة الأربعين قبل أن يضيف البديل الهدف الثالث في الدقائق الأخيرة من اللقاء الذي حضره جمهور كبير.",
];

/** The agency story as another outlet ran it: its own first line, a sentence cut, a closing line added. */
const REWRITTEN = [
  "الدمام - خاص: افتتحت وزارة الصحة مستشفى جديدا في مدينة الدمام بسعة ثلاثمئة سرير، وذلك ضمن خطة الوزارة لتوسيع الخدمات الصحية في المنطقة الشرقية خلال العامين المقبلين.",
  AGENCY_STORY[1]!,
  AGENCY_STORY[2]!,
  "يذكر أن المنطقة الشرقية تشهد نموا سكانيا متسارعا.",
];

function telegram(president: string, country: string): string[] {
  return [
    `بعث خادم الحرمين الشريفين برقية تهنئة لفخامة الرئيس ${president} رئيس جمهورية ${country} بمناسبة ذكرى استقلال بلاده.`,
    `وأعرب خادم الحرمين الشريفين باسمه واسم شعب وحكومة المملكة عن أصدق التهاني وأطيب التمنيات بموفور الصحة والسعادة لفخامته، ولحكومة وشعب جمهورية ${country} الشقيق المزيد من التقدم والازدهار.`,
  ];
}

const ids = (articles: readonly ArticleRecord[]) => articles.map((a) => a.id);

describe("storyGroups", () => {
  it("groups exact copies, the same story filed under two sections, with the earliest as the main article", () => {
    const groups = storyGroups([
      record("local/b", AGENCY_STORY, { date: "2015-08-02", source: "الرياض" }),
      record("health/a", AGENCY_STORY, { date: "2015-08-01", source: "الرياض" }),
      record("sport/c", OTHER_STORY, { date: "2015-08-01" }),
    ]);
    expect(groups.groups).toHaveLength(1);
    expect(groups.groups[0]!.main.id).toBe("health/a");
    expect(ids(groups.groups[0]!.copies)).toEqual(["local/b"]);
    expect(groups.groupOf.get("local/b")).toBe(groups.groups[0]);
    expect(groups.groupOf.has("sport/c")).toBe(false);
    expect([groups.exactCopies, groups.nearCopies]).toEqual([1, 0]);
  });

  it("groups an agency story republished with another first line, a sentence cut and a line added", () => {
    const groups = storyGroups([
      record("okaz/1", REWRITTEN, { date: "2015-08-02" }),
      record("was/1", AGENCY_STORY, { date: "2015-08-01" }),
    ]);
    expect(groups.groups.map((g) => [g.main.id, ids(g.copies)])).toEqual([["was/1", ["okaz/1"]]]);
    expect(groups.nearCopies).toBe(1);
  });

  it("keeps different stories apart, and telegrams of one wording to different countries", () => {
    const groups = storyGroups([
      record("a", AGENCY_STORY),
      record("b", OTHER_STORY),
      record("niger", telegram("محمدو إيسوفو", "النيجر"), { countries: ["SA", "NE"] }),
      record("chad", telegram("إدريس ديبي", "تشاد"), { countries: ["SA", "TD"] }),
    ]);
    expect(groups.groups).toEqual([]);
  });

  it("never groups stories too short to tell apart, however alike, unless their headline is the same too", () => {
    const brief = ["وصل الوفد إلى الرياض صباح اليوم."];
    expect(storyGroups([record("a", brief), record("b", brief)]).groups).toEqual([]);
    const filedTwice = storyGroups([record("a", brief, { title: "وصول الوفد" }), record("b", brief, { title: "وصول الوفد" }), record("c", [], { title: "وصول الوفد" })]);
    expect(filedTwice.groups.map((g) => [g.main.id, ids(g.copies)])).toEqual([["a", ["b"]]]);
    expect(filedTwice.exactCopies).toBe(1);
    expect(storyGroups([record("x", ["نص"], { title: "خبر" }), record("y", ["نص"], { title: "خبر" })]).groups).toEqual([]);
  });

  it("makes the longest the main article among copies of the same day, then the first by id", () => {
    const groups = storyGroups([
      record("short", AGENCY_STORY, { date: "2015-08-01" }),
      record("long", REWRITTEN, { date: "2015-08-01" }),
      record("undated", AGENCY_STORY),
    ]);
    expect(groups.groups.map((g) => [g.main.id, ids(g.copies)])).toEqual([["long", ["short", "undated"]]]);
  });

  it("gives the same groups whatever order the articles arrive in", () => {
    const records = [
      record("a", AGENCY_STORY, { date: "2015-08-01" }),
      record("b", REWRITTEN, { date: "2015-08-01" }),
      record("c", OTHER_STORY),
      record("d", OTHER_STORY),
      record("e", AGENCY_STORY),
    ];
    const shape = (articles: ArticleRecord[]) => storyGroups(articles).groups.map((g) => [g.main.id, ids(g.copies)]);
    fc.assert(fc.property(fc.shuffledSubarray(records, { minLength: records.length }), (shuffled) => {
      expect(shape(shuffled)).toEqual(shape(records));
    }));
  });

  it("never throws on any text, puts each article in one group at most, and always groups an exact copy", () => {
    const word = fc.stringMatching(/^[\u0621-\u064A\u0660-\u0669a-z0-9\u064B-\u0652]{1,8}$/);
    const paragraph = fc.array(word, { minLength: 0, maxLength: 40 }).map((words) => words.join(" "));
    fc.assert(fc.property(fc.array(fc.array(paragraph, { maxLength: 3 }), { minLength: 1, maxLength: 8 }), (stories) => {
      const records = stories.map((paragraphs, i) => record(`r${i}`, paragraphs));
      const copy = record("copy", records[0]!.paragraphs);
      const groups = storyGroups([...records, copy]);
      const members = groups.groups.flatMap((g) => [g.main, ...g.copies].map((a) => a.id));
      expect(new Set(members).size).toBe(members.length);
      const words = records[0]!.paragraphs.join(" ").split(/\s+/).filter(Boolean).length;
      if (words >= STORY_SETTINGS.minWords + 10) expect(groups.groupOf.get("copy")).toBe(groups.groupOf.get("r0"));
    }), { numRuns: 200 });
  });
});

describe("onePerStory", () => {
  it("lists a story once, by the article nearest its main one, and counts the copies left out", () => {
    const { groups, groupOf } = storyGroups([
      record("main", AGENCY_STORY, { date: "2015-08-01" }),
      record("copy1", AGENCY_STORY, { date: "2015-08-02" }),
      record("copy2", AGENCY_STORY, { date: "2015-08-03" }),
      record("other", OTHER_STORY),
    ]);
    const [main, copy1, copy2] = [groups[0]!.main, ...groups[0]!.copies];
    const other = record("other", OTHER_STORY);
    expect(onePerStory([copy2!, copy1!, other], groupOf)).toEqual({ articles: [copy1, other], copies: 1 });
    expect(onePerStory([copy2!, main!, copy1!], groupOf)).toEqual({ articles: [main], copies: 2 });
  });
});
