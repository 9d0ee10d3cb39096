import { describe, expect, it } from "vitest";
import { compileKnowledge, loadKnowledgeData } from "../../src/extract/knowledge.ts";
import { extract, sentence } from "./helpers.ts";

const topicsOf = (text: string) => sentence(text).topics;

describe("topics", () => {
  it("ships the taxonomy with Arabic labels", () => {
    const { topics } = compileKnowledge(loadKnowledgeData());
    const ids = topics.topics.map((t) => t.id);
    for (const id of [
      "diplomacy", "economy", "trade-investment", "energy", "infrastructure", "transport", "technology", "security",
      "health", "belt-and-road", "palestine", "tourism-visas", "china-arab-summit", "culture", "sport",
    ]) {
      expect(ids).toContain(id);
    }
    expect(compileKnowledge(loadKnowledgeData()).topicLabel("health")).toBe("الصحة");
  });

  it("does not make a topic of one passing mention", () => {
    expect(topicsOf("قال الوزير إن الطاقة مهمة.")).toEqual([]);
    expect(topicsOf("التقى الوزير نظيره على هامش الأولمبياد.")).toEqual([]);
  });

  it("makes a topic when several terms add up", () => {
    expect(topicsOf("ناقش الجانبان الطاقة المتجددة والنفط والغاز الطبيعي.")).toContain("energy");
    expect(topicsOf("دعمت الصين الكويت ضد كوفيد-19 ووفرت لقاحات لمواجهة الجائحة.")).toContain("health");
    expect(topicsOf("تعزيز التعاون في إطار مبادرة الحزام والطريق.")).toContain("belt-and-road");
  });

  it("matches terms behind proclitics and the article, and stems written with *", () => {
    expect(topicsOf("وبحثا زيادة الاستثمارات والتبادل التجاري وللمستثمرين.")).toContain("trade-investment");
  });

  it("counts a term in the title twice", () => {
    expect(extract("الذكاء الاصطناعي في المدارس\nقال الوزير إن التقنية مهمة.").topics).toContain("technology");
  });

  it("counts one term at most three times", () => {
    expect(topicsOf("الكهرباء الكهرباء الكهرباء الكهرباء الكهرباء الكهرباء.")).toEqual([]);
  });

  it("lists topics strongest first", () => {
    const topics = topicsOf(
      "دعا الجانبان إلى مكافحة الإرهاب والتطرف والجريمة المنظمة وإنفاذ القانون، وتسهيل السياحة والإعفاء المتبادل من التأشيرات.",
    );
    expect(topics).toEqual(["security", "tourism-visas"]);
  });

  it("recognises the China–Arab summit and Palestine", () => {
    const topics = topicsOf("أكد دعم عقد القمة العربية – الصينية الثانية وموقف الصين من القضية الفلسطينية ودعم الشعب الفلسطيني.");
    expect(topics).toEqual(expect.arrayContaining(["china-arab-summit", "palestine"]));
  });
});
