import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  combineBoilerplateRules,
  defaultBoilerplateRules,
  isBoilerplate,
  loadBoilerplateRules,
} from "../../src/ingest/boilerplate.ts";
import { ingestFile } from "../../src/ingest/index.ts";

const rules = defaultBoilerplateRules();
const ARTICLES = new URL("../../articles/", import.meta.url);

describe("boilerplate lines", () => {
  it.each([
    "مشاركة :",
    "مشاركة",
    "شارك الخبر",
    "اترك رد",
    "اترك رداً",
    "لن يتم نشر عنوان بريدك الإلكتروني.",
    "لن يتم نشر عنوان بريدك الالكتروني. الحقول الإلزامية مشار إليها بـ *",
    "صور ساخنة",
    "الصفحة الرئيسية >> التبادلات الدولية",
    "أخبار » عربي ودولي » الخليج",
    "موقع متخصص بالشؤون الصينية",
    "0",
    "٣",
    "(12)",
    "0 تعليق",
    "عدد المشاهدات: 1,250",
    "الوسوم: الصين، الكويت",
    "جميع الحقوق محفوظة © 2024",
    "اقرأ أيضاً:",
    "الرئيسية / أخبار / سياسة",
    "منذ 3 ساعات",
    "كتب: محمد أحمد",
    "(النهاية) ع ش",
    "#الصين #الكويت",
    "https://example.org/news/1",
  ])("%s is page furniture", (line) => {
    expect(isBoilerplate(line, rules)).toBe(true);
  });

  it.each([
    "مشاركة الصين في المعرض تعكس عمق العلاقات بين البلدين.",
    "وشارك في الاجتماع ممثلون عن 20 دولة.",
    "التعليقات التي أدلى بها الوزير أثارت جدلا واسعا في الأوساط السياسية.",
    "الرئيسية في هذا الملف هي قضية الطاقة",
    "الصين / الكويت: محادثات جديدة",
    "كتب الرئيس الصيني رسالة تهنئة إلى نظيره الكويتي بمناسبة العيد الوطني.",
    "منذ ثلاثة أعوام والبلدان يعملان على الاتفاق.",
    "النهاية السعيدة للمفاوضات جاءت بعد عامين.",
    "0.5 في المئة",
    "الصين: «لا تراجع» عن دعم الحوار",
  ])("%s is story", (line) => {
    expect(isBoilerplate(line, rules)).toBe(false);
  });

  it("no paragraph of the sample stories matches a rule", () => {
    for (const name of readdirSync(ARTICLES)) {
      const { draft } = ingestFile(name, readFileSync(new URL(name, ARTICLES)));
      for (const paragraph of draft!.paragraphs) expect(isBoilerplate(paragraph, rules), paragraph).toBe(false);
    }
  });

  it("is dropped only at the edges: the same line inside a story stays", () => {
    const text = ["مشاركة :", "العنوان الرئيسي للخبر هنا", "الفقرة الأولى من الخبر.", "اقرأ أيضا", "0", "الفقرة الثانية من الخبر.", "اترك رد", "0"].join("\n");
    const { draft } = ingestFile("a.txt", new TextEncoder().encode(text));
    expect(draft!.title).toBe("العنوان الرئيسي للخبر هنا");
    expect(draft!.paragraphs).toEqual(["الفقرة الأولى من الخبر.", "اقرأ أيضا", "0", "الفقرة الثانية من الخبر."]);
  });
});

describe("user rules", () => {
  const user = loadBoilerplateRules(`
lines:
  - اشترك في قناتنا
starts:
  - حمّل تطبيق
patterns:
  - '^إعلان ممول'
`);

  it("recognise the user's lines, in any spelling variant", () => {
    expect(isBoilerplate("اشترك في قناتنا!", user)).toBe(true);
    expect(isBoilerplate("حمل تطبيق الموقع الآن", user)).toBe(true);
    expect(isBoilerplate("إعلان ممول من الشركة", user)).toBe(true);
    expect(isBoilerplate("مشاركة :", user)).toBe(false);
  });

  it("extend the shipped rules when combined", () => {
    const both = combineBoilerplateRules(rules, user);
    expect(isBoilerplate("مشاركة :", both)).toBe(true);
    expect(isBoilerplate("اشترك في قناتنا", both)).toBe(true);
  });

  it("are applied by ingest", () => {
    const text = "العنوان هنا\nالفقرة الأولى من الخبر.\nاشترك في قناتنا";
    const { draft } = ingestFile("a.txt", new TextEncoder().encode(text), { boilerplate: user });
    expect(draft!.paragraphs).toEqual(["الفقرة الأولى من الخبر."]);
  });

  it("explain what is wrong with a bad file", () => {
    expect(() => loadBoilerplateRules("patterns:\n  - '(unclosed'\n")).toThrow(/pattern "\(unclosed" is not a valid regular expression/);
    expect(() => loadBoilerplateRules("lines: just one\n")).toThrow(/"lines" must be a list of strings/);
  });
});
