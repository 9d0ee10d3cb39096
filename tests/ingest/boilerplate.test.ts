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
    "اقرأ أيضا: وزير الخارجية يتلقى اتصالا من نظيره القبرصي",
    "اقرأ أيضًا.. الحكومة: 1.5 مليار دولار لمشروعات المياه",
    "تخطى إلى المحتوى",
    "صدر الصورة، Getty Images",
    "التعليق على الصورة، نازحون في مخيم زمزم قرب الفاشر",
    "(الصورة: شينخوا)",
    "صورة: هسبريس",
    "Author, محمد عثمان",
    "كتب أحمد جمعة",
    "نستخدم ملفات تعريف الارتباط (الكوكيز) لتحسين تجربتك على موقعنا. بمتابعتك التصفح فإنك توافق على ذلك.",
    "اشترك في نشرتنا البريدية ليصلك كل جديد",
    "//انتهى//",
    "10:20ت م",
    "ع ب ر / م ع",
    "--(بترا) م ح/ر ت",
    "عبدالناصر منعم/ بتول كشواني",
    "list 2 of 4",
    "A A",
    "TT",
    "المرجو عدم تضمين تعليقاتكم بعبارات تسيء للأشخاص أو المقدسات",
    "تابعوا آخر أخبار الاقتصاد عبر سكاي نيوز عربية",
    "اقرأ أيضاالنيجر: مقتل عشرات الجنود في هجوم قرب الحدود مع مالي",
    "كتب- أحمد علي:",
    "الكاتب: سمير حميطوش",
    "اشترك لتصلك أهم الأخبار",
    "جانب من الاجتماع",
    "محتوى ممول",
    "كتب محرر الشؤون المحلية |",
    "تابع القبس على غوغل نيوز",
    "تابعوا أخبارنا عبر تطبيق واتساب",
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
    "وقال الوزير: اقرأوا التاريخ جيدا.",
    "كتب الرئيس الصيني رسالة تهنئة إلى نظيره",
    "صورة الوضع في غزة قاتمة، قال المسؤول الأممي.",
    "شاهد العيان قال إن الانفجار وقع فجرا.",
    "اشترك آلاف المتظاهرين في المسيرة.",
    "جانب من الاجتماع خصص لبحث الوضع في غزة.",
    "وتابع الوزير أن الحكومة ستعلن قرارها عبر التلفزيون الرسمي.",
    "تابع المجلس على مدى ساعات مناقشة الموازنة.",
  ])("%s is story", (line) => {
    expect(isBoilerplate(line, rules)).toBe(false);
  });

  it("no paragraph of the sample stories matches a rule", () => {
    for (const name of readdirSync(ARTICLES)) {
      const { draft } = ingestFile(name, readFileSync(new URL(name, ARTICLES)));
      for (const paragraph of draft!.paragraphs) expect(isBoilerplate(paragraph, rules), paragraph).toBe(false);
    }
  });

  it("is dropped wherever it stands: a line that matches a rule is never story text", () => {
    const text = ["مشاركة :", "العنوان الرئيسي للخبر هنا", "الفقرة الأولى من الخبر.", "اقرأ أيضا: عنوان خبر آخر في الموقع", "0", "الفقرة الثانية من الخبر.", "اترك رد", "0"].join("\n");
    const { draft } = ingestFile("a.txt", new TextEncoder().encode(text));
    expect(draft!.title).toBe("العنوان الرئيسي للخبر هنا");
    expect(draft!.paragraphs).toEqual(["الفقرة الأولى من الخبر.", "الفقرة الثانية من الخبر."]);
  });

  it("drops a list of headlines under a heading between two paragraphs, and nothing after it", () => {
    const text = [
      "العنوان الرئيسي للخبر هنا",
      "الفقرة الأولى من الخبر.",
      "اقرأ أيضا",
      "مصر تحذر من انهيار الهدنة في جنوب لبنان",
      "من هم قوات الدعم السريع؟",
      "وأضاف أن البلدين اتفقا على مواصلة التشاور",
      "«لن نتراجع».",
      "الفقرة الأخيرة من الخبر.",
    ].join("\n");
    const { draft } = ingestFile("a.txt", new TextEncoder().encode(text));
    expect(draft!.paragraphs).toEqual([
      "الفقرة الأولى من الخبر.",
      "وأضاف أن البلدين اتفقا على مواصلة التشاور",
      "«لن نتراجع».",
      "الفقرة الأخيرة من الخبر.",
    ]);
  });
});

it("drops tags listed under a tag heading at the end, however many words each has", () => {
  const text = ["العنوان الرئيسي للخبر هنا", "الفقرة الأولى من الخبر.", "الفقرة الأخيرة من الخبر.", "الكلمات المفتاحية", "صندوق النقد الدولي", "منظمة الأمم المتحدة للطفولة", "مصر"].join("\n");
  expect(ingestFile("a.txt", new TextEncoder().encode(text)).draft!.paragraphs).toEqual(["الفقرة الأولى من الخبر.", "الفقرة الأخيرة من الخبر."]);
});

describe("story paragraphs that look like page furniture", () => {
  const story = [
    "وقال الوزير إن الاجتماع كان مثمرا وإن البلدين سيواصلان التشاور.",
    "وشارك في الاجتماع ممثلون عن 20 دولة ومنظمة دولية.",
    "شارك آلاف المتظاهرين في المسيرة التي جابت شوارع العاصمة.",
    'وقال الوزير: "اقرأوا التاريخ جيدا، فالشعوب لا تنسى".',
    "اقرأ ما كتبه الرئيس في رسالته، قال المتحدث للصحافيين.",
    "«لن نتراجع».",
    "التعليقات التي أدلى بها الوزير أثارت جدلا واسعا.",
    "وكتب الرئيس على منصة إكس أن بلاده لن تقبل بالأمر الواقع.",
    "منذ ثلاثة أعوام والبلدان يعملان على الاتفاق.",
    "وتابع: «نحن مستعدون».",
    "الرئيس الفرنسي في مؤتمر صحافي (أ ف ب): «لن نتراجع».",
    "وأضاف أن الحكومة ستطرح كميات إضافية من السلع في المنافذ التابعة لوزارة التموين",
  ];

  it.each(story)("%s stays, in the middle and at either edge", (paragraph) => {
    const middle = ingestFile("a.txt", new TextEncoder().encode(["العنوان الرئيسي للخبر هنا", "الفقرة الأولى من الخبر.", paragraph, "الفقرة الأخيرة من الخبر."].join("\n")));
    expect(middle.draft!.paragraphs).toEqual(["الفقرة الأولى من الخبر.", paragraph, "الفقرة الأخيرة من الخبر."]);
    const last = ingestFile("a.txt", new TextEncoder().encode(["العنوان الرئيسي للخبر هنا", "الفقرة الأولى من الخبر.", paragraph, "مشاركة :"].join("\n")));
    expect(last.draft!.paragraphs).toEqual(["الفقرة الأولى من الخبر.", paragraph]);
  });

  it("a story without a period stays whole, even under an inline «اقرأ أيضا» link", () => {
    const paragraphs = [
      "أكد وزير الري أن مصر لن تقبل المساس بحصتها من مياه النيل مشددا على أن الأمن المائي قضية وجودية",
      "وقال الوزير إن الدولة تنفذ مشروعات كبرى لتبطين الترع",
      "وأشار إلى أن الوزارة انتهت من تأهيل آلاف الكيلومترات من الترع",
    ];
    const text = ["وزير الري: مصر لن تقبل المساس بحصتها", paragraphs[0], "اقرأ أيضا: وزير الري يتابع تطهير المصارف", paragraphs[1], "اقرأ أيضًا.. الحكومة تعلن خطة المياه", paragraphs[2]].join("\n");
    expect(ingestFile("a.txt", new TextEncoder().encode(text)).draft!.paragraphs).toEqual(paragraphs);
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
