import { describe, expect, it } from "vitest";
import { formatArticleCount, formatGregorian, formatHijri, formatNumber } from "../../src/site/format.ts";

describe("dates and numbers in the interface", () => {
  it("writes a Gregorian date in Arabic with the chosen digits", () => {
    expect(formatGregorian("2024-12-02", "arab")).toBe("٢ ديسمبر ٢٠٢٤");
    expect(formatGregorian("2024-12-02T10:20", "latn")).toBe("2 ديسمبر 2024");
  });

  it("writes a month or a year alone when that is all that is known", () => {
    expect(formatGregorian("2025-02", "latn")).toBe("فبراير 2025");
    expect(formatGregorian("2023", "arab")).toBe("٢٠٢٣");
  });

  it("gives the Umm al-Qura Hijri date of a full day", () => {
    expect(formatHijri("2024-12-02", "arab")).toBe("١ جمادى الآخرة ١٤٤٦ هـ");
    expect(formatHijri("2025-03-01", "latn")).toBe("1 رمضان 1446 هـ");
  });

  it("gives no Hijri date for a month alone", () => {
    expect(formatHijri("2024-12", "arab")).toBeUndefined();
  });

  it("groups large numbers with the locale's digits", () => {
    expect(formatNumber(12345, "arab")).toBe("١٢٬٣٤٥");
    expect(formatNumber(12345, "latn")).toBe("12,345");
  });
});

describe("counts of articles", () => {
  it("agree in Arabic with their number", () => {
    expect([0, 1, 2, 3, 10, 11, 103, 111].map((n) => formatArticleCount(n, "arab").replace(/\u00a0/g, " "))).toEqual([
      "لا مقالات", "مقالة واحدة", "مقالتان", "٣ مقالات", "١٠ مقالات", "١١ مقالة", "١٠٣ مقالات", "١١١ مقالة",
    ]);
  });

  it("keep the number and its noun on one line", () => {
    for (const n of [0, 1, 3, 11, 12345]) expect(formatArticleCount(n, "arab")).not.toMatch(/ /);
  });
});
