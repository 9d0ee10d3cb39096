import { describe, expect, it } from "vitest";
import { defaultAgencies } from "../../src/ingest/agencies.ts";
import { parseMetadataLine } from "../../src/ingest/metadata-line.ts";

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
  ])("%s", (line, expected) => {
    expect(parseMetadataLine(line, agencies)).toEqual(expected);
  });

  it.each([
    "وقال الوزير في 2 ديسمبر 2024 إن الاجتماع كان مثمرا",
    "وزير الخارجية الصيني يلتقي نظرائه من كازاخستان وطاجيكستان وأوزبكستان",
    "الكويت والصين تختتمان جولة المشاورات السياسية الـ5",
    "تشنغدو أول ديسمبر 2024 (شينخوا) التقى وزير الخارجية الصيني وانغ يي",
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
