import { describe, expect, it } from "vitest";
import { deriveTitle, MAX_DERIVED_WORDS, readsAsHeadline } from "../../src/ingest/title.ts";

describe("headlines", () => {
  it.each([
    "وزير الخارجية الصيني يلتقي نظرائه من كازاخستان وطاجيكستان وأوزبكستان",
    "الكويت والصين تختتمان جولة المشاورات السياسية الـ5",
    "هل تنجح الوساطة في إنهاء الأزمة؟",
    "الصين: «لا تراجع» عن دعم الحوار",
  ])("%s reads as a headline", (line) => {
    expect(readsAsHeadline(line)).toBe(true);
  });

  it.each([
    "قال الوزير إن الاجتماع كان مثمرا.",
    "قال الوزير إن الاجتماع كان مثمرا. وأضاف أن البلدين اتفقا على التعاون",
    "وقال المتحدث:",
    Array(30).fill("كلمة").join(" "),
  ])("%s does not", (line) => {
    expect(readsAsHeadline(line)).toBe(false);
  });
});

describe("derived titles", () => {
  it("are the first sentence when it is short", () => {
    expect(deriveTitle("قال الوزير إن الاجتماع كان مثمرا. وأضاف أن البلدين اتفقا.")).toBe("قال الوزير إن الاجتماع كان مثمرا");
  });

  it("are cut at a word boundary, not on a dangling particle", () => {
    const sentence = "قال عضو مجلس الدولة وزير الخارجية الصيني الزائر وانغ يي هنا يوم الجمعة في العاصمة إن الصين مستعدة للعمل.";
    const title = deriveTitle(sentence);
    expect(sentence.startsWith(title)).toBe(true);
    expect(title.split(" ").length).toBeLessThanOrEqual(MAX_DERIVED_WORDS);
    expect(title.endsWith(" في")).toBe(false);
    expect(sentence.charAt(title.length)).toBe(" ");
  });

  it("do not end a sentence at an abbreviation such as د.", () => {
    expect(deriveTitle("استقبل د. محمد علي الوفد الزائر. ثم عقد مؤتمرا صحفيا.")).toBe("استقبل د. محمد علي الوفد الزائر");
  });
});

describe("derived titles from long sentences", () => {
  it("end at a comma when the clause before it is long enough", () => {
    const sentence = "أعلنت فرنسا الثلاثاء أنها ستستضيف مؤتمرا دوليا حول المناخ في الربيع المقبل، في خطوة تهدف إلى إحياء المفاوضات المتعثرة.";
    expect(deriveTitle(sentence)).toBe("أعلنت فرنسا الثلاثاء أنها ستستضيف مؤتمرا دوليا حول المناخ في الربيع المقبل");
  });
});
