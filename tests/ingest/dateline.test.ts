import { describe, expect, it } from "vitest";
import { defaultAgencies, loadAgencies } from "../../src/ingest/agencies.ts";
import { parseDateline } from "../../src/ingest/dateline.ts";

const agencies = defaultAgencies();

describe("datelines", () => {
  it.each([
    ["تشنغدو أول ديسمبر 2024 (شينخوا) التقى وزير الخارجية", { place: "تشنغدو", date: "2024-12-01", source: "شينخوا" }],
    ["بكين 2 ديسمبر 2024 /شينخوا/ قال", { place: "بكين", date: "2024-12-02", source: "شينخوا" }],
    ["بيروت - أ ف ب - قال", { place: "بيروت", source: "أ ف ب" }],
    ["باريس (أ.ف.ب) - أعلنت", { place: "باريس", source: "أ ف ب" }],
    ["القاهرة (رويترز) - قال", { place: "القاهرة", source: "رويترز" }],
    ["أبو ظبي - وام: أعلنت", { place: "أبو ظبي", source: "وام" }],
    ["الرياض، الأحد 5 يناير 2025 (واس) - وقعت", { place: "الرياض", date: "2025-01-05", source: "واس" }],
    ["عمّان 5 كانون الثاني/يناير 2025 (بترا) - قال", { place: "عمّان", date: "2025-01-05", source: "بترا" }],
    ["دمشق 14 شباط 2025 (سانا) - أكد", { place: "دمشق", date: "2025-02-14", source: "سانا" }],
    ["الجزائر 12 جانفي 2025 (واج) - استقبل", { place: "الجزائر", date: "2025-01-12", source: "واج" }],
    ["تونس 7 فيفري 2025 (وات) - أكد", { place: "تونس", date: "2025-02-07", source: "وات" }],
    ["الرباط 3 شتنبر 2024 (ومع) - أجرى", { place: "الرباط", date: "2024-09-03", source: "لاماب" }],
    ["بغداد ١٥ تشرين الأول ٢٠٢٤ (واع) - أعلن", { place: "بغداد", date: "2024-10-15", source: "واع" }],
    ["الكويت - 10 - 12 (كونا) -- أكد", { place: "الكويت", source: "كونا" }],
    ["رام الله 1 أيار 2024 (وفا) - قال", { place: "رام الله", date: "2024-05-01", source: "وفا" }],
    ["أنقرة “الأناضول” - قال", { place: "أنقرة", source: "الأناضول" }],
    ["القدس 3 يوليو 2024 - قالت الشرطة", { place: "القدس", date: "2024-07-03" }],
    ["الرياض 01 جمادى الآخرة 1446 هـ الموافق 02 ديسمبر 2024 م واس تلقى", { place: "الرياض", date: "2024-12-02", source: "واس" }],
    ["أبوظبي في 2 ديسمبر/ وام/ بحث", { place: "أبوظبي", source: "وام" }],
    ["الدوحة في 02 ديسمبر /قنا/ شاركت", { place: "الدوحة", source: "قنا" }],
    ["عمان 2 كانون الأول (بترا)- بحث", { place: "عمان", source: "بترا" }],
    ["دمشق-سانا", { place: "دمشق", source: "سانا" }],
    ["الرباط – و م ع", { place: "الرباط", source: "لاماب" }],
    ["لندن - رويترز - قال", { place: "لندن", source: "رويترز" }],
  ])("%s", (text, expected) => {
    const { length, ...found } = parseDateline(text, agencies)!;
    expect(found).toEqual(expected);
    expect(length).toBeLessThanOrEqual(text.length);
  });

  it.each([
    "قال وزير الخارجية الصيني إن بلاده مستعدة للعمل مع الكويت.",
    "الصين تدعو إلى الحوار",
    "التقى الرئيس الصيني (شي جين بينغ) بنظيره",
    "أكد سفير دولة الكويت لدى الصين جاسم الناجم اليوم الأربعاء",
    "العاصمة بكين 2 ديسمبر 2024 شهدت اجتماعا",
    "الرياض واس تلقى",
  ])("none in %s", (text) => {
    expect(parseDateline(text, agencies)).toBeUndefined();
  });

  it("takes the year-less date as no date", () => {
    expect(parseDateline("الرياض 15 يناير (واس) - قال", agencies)).toMatchObject({ place: "الرياض", source: "واس" });
    expect(parseDateline("الرياض 15 يناير (واس) - قال", agencies)?.date).toBeUndefined();
  });

  it("knows the agencies a user adds", () => {
    const mine = loadAgencies("- name: الوكالة المحلية\n  variants: [ومح]\n");
    expect(parseDateline("المدينة (ومح) - قال", mine)).toMatchObject({ place: "المدينة", source: "الوكالة المحلية" });
    expect(() => loadAgencies("- variants: [x]\n")).toThrow(/needs a "name"/);
  });
});
