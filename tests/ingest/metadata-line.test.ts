import { describe, expect, it } from "vitest";
import { defaultAgencies } from "../../src/ingest/agencies.ts";
import { parseMetadataLine } from "../../src/ingest/metadata-line.ts";
import { ingestFile } from "../../src/ingest/index.ts";

const agencies = defaultAgencies();

describe("source and date lines", () => {
  it.each([
    ["/مصدر: شينخوا/   2024:12:02.10:20", { source: "شينخوا", date: "2024-12-02T10:20" }],
    ["نشر في: 05/01/2025 - 09:30 ص", { date: "2025-01-05T09:30" }],
    ["تاريخ النشر: 2024-12-02 10:20 م", { date: "2024-12-02T22:20" }],
    ["الاثنين 2 ديسمبر 2024", { date: "2024-12-02" }],
    ["الأحد 1 جمادى الآخرة 1446 هـ - 1 ديسمبر 2024 م", { date: "2024-12-01" }],
    ["المصدر: وكالات", { source: "وكالات" }],
    ["المصدر: وكالة الأنباء الكويتية", { source: "كونا" }],
    ["المصدر: الجزيرة نت", { source: "الجزيرة نت" }],
    ["بكين 2 ديسمبر 2024 (شينخوا)", { place: "بكين", date: "2024-12-02", source: "شينخوا" }],
    ["آخر تحديث: 2024-12-03 08:00", {}],
    ["نُشر: 10:20-2 ديسمبر 2024 م ـ 01 جمادى الآخرة 1446 هـ", { date: "2024-12-02T10:20" }],
    ["نشر في: 02 ديسمبر ,2024: 10:20 ص GST", { date: "2024-12-02T10:20" }],
    ["نشر في: 2 ديسمبر 2024 - 10:20 بتوقيت أبوظبي", { date: "2024-12-02T10:20" }],
    ["نشر في: 2/12/2024 - 10:20 آخر تحديث: 2/12/2024 - 13:05", { date: "2024-12-02T10:20" }],
    ["عبد الله مسلم |02.12.2024 - تحديث : 02.12.2024", { date: "2024-12-02" }],
    ["الإثنين، ٢ ديسمبر ٢٠٢٤ - ١٠:٢٠ ص", { date: "2024-12-02T10:20" }],
    ["٠٢/١٢/٢٠٢٤", { date: "2024-12-02" }],
    ["2 ديسمبر/ كانون الأول 2024", { date: "2024-12-02" }],
    ["1 جمادى الآخرة 1446 هـ الموافق 2 ديسمبر 2024", { date: "2024-12-02" }],
    ["arabic.news.cn | 2024-12-02 10:20:35", { date: "2024-12-02T10:20", source: "شينخوا" }],
    ["سكاي نيوز عربية - أبوظبي", { source: "سكاي نيوز عربية", place: "أبوظبي" }],
    ["هسبريس - الرباط", { source: "هسبريس", place: "الرباط" }],
    ["الدوحة - الجزيرة نت", { source: "الجزيرة نت", place: "الدوحة" }],
    ["الرياض: «الشرق الأوسط»", { source: "الشرق الأوسط", place: "الرياض" }],
    ["أنقرة/ الأناضول", { source: "الأناضول", place: "أنقرة" }],
    ["المصدر: الجزيرة + وكالات", { source: "الجزيرة نت" }],
    ["المصدر: موقع محلي + وكالات", { source: "موقع محلي" }],
    ["فرانس24/ أ ف ب", { source: "فرانس 24" }],
    ["الكويت - «الراي»", { place: "الكويت", source: "الراي" }],
    ["الإثنين 02-12-2024 10:20 | منذ 3 ساعات", { date: "2024-12-02T10:20" }],
    ["02:00 م الإثنين 02 ديسمبر 2024", { date: "2024-12-02T14:00" }],
    ["ديسمبر 2, 2024", { date: "2024-12-02" }],
    ["الاثنين 1 جمادى الآخرة 1446", { date: "2024-12-02" }],
    ["الاثنين، 2 ديسمبر 2024 الساعة 10:20 صباحاً", { date: "2024-12-02T10:20" }],
  ])("%s", (line, expected) => {
    expect(parseMetadataLine(line, agencies)).toEqual(expected);
  });

  it.each([
    "وقال الوزير في 2 ديسمبر 2024 إن الاجتماع كان مثمرا",
    "وزير الخارجية الصيني يلتقي نظرائه من كازاخستان وطاجيكستان وأوزبكستان",
    "الكويت والصين تختتمان جولة المشاورات السياسية الـ5",
    "تشنغدو أول ديسمبر 2024 (شينخوا) التقى وزير الخارجية الصيني وانغ يي",
    "بي بي سي نيوز عربي",
    "عبد الله مسلم",
    "تحديث المنظومة الصحية في البلاد",
    "الصين - الكويت",
    "الجزيرة نت | أخبار",
  ])("not %s", (line) => {
    expect(parseMetadataLine(line, agencies)).toBeUndefined();
  });

  it("prefers the stated publication date to the dateline's event date", async () => {
    const { ingestFile } = await import("../../src/ingest/index.ts");
    const text = "العنوان هنا\nنشر في: 03/12/2024\nبكين 2 ديسمبر 2024 (شينخوا) قال المتحدث.\n";
    expect(ingestFile("a.txt", new TextEncoder().encode(text)).draft).toMatchObject({ date: "2024-12-03", place: "بكين" });
    const datelineOnly = "العنوان هنا\nبكين 2 ديسمبر 2024 (شينخوا) قال المتحدث.\n";
    expect(ingestFile("a.txt", new TextEncoder().encode(datelineOnly)).draft).toMatchObject({ date: "2024-12-02", source: "شينخوا" });
  });
});

describe("credit lines of a story compiled from others' reports", () => {
  it("reads «متابعات» after an outlet as no place", () => {
    expect(parseMetadataLine("عين اليوم – متابعات", agencies)).toEqual({ source: "عين اليوم" });
    expect(parseMetadataLine("عين اليوم – جدة", agencies)).toEqual({ source: "عين اليوم", place: "جدة" });
  });

  it("reads a byline over «متابعات» as neither place nor source, and no paragraph", () => {
    const text = ["جماهير الاتحاد تطالب بمدرب جديد قبل الموسم", "سلوى سعد – متابعات", "أبدى عدد من جماهير الاتحاد رغبتهم في التعاقد مع مدرب جديد."].join("\n");
    const { draft } = ingestFile("a.txt", new TextEncoder().encode(text));
    expect(draft).toMatchObject({ paragraphs: ["أبدى عدد من جماهير الاتحاد رغبتهم في التعاقد مع مدرب جديد."] });
    expect(draft?.place).toBeUndefined();
    expect(draft?.source).toBeUndefined();
  });
});
