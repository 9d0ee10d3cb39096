import { describe, expect, it } from "vitest";
import { formatArticleCount, formatGregorian, type Digits } from "../../src/site/format.ts";
import { articleCountText, gregorianText, numberText } from "../../src/search/client/formats.ts";

const DIGITS: Digits[] = ["arab", "latn"];

describe("the search page's numbers and dates, written without Intl", () => {
  it("counts results as the rest of the site counts articles, in either numerals", () => {
    const counts = [...Array.from({ length: 1200 }, (_, i) => i), 2000, 10_000, 31_030, 100_000, 1_234_567];
    for (const digits of DIGITS) for (const count of counts) expect(articleCountText(count, digits)).toBe(formatArticleCount(count, digits));
  });

  it("writes an article's date as its page does: a day, a month or a year, every month, either numerals", () => {
    const dates = ["2018", "1999-07", "2024-12-02", "2009-02-28", "2020-02-29", "1800-01-01", ...Array.from({ length: 12 }, (_, m) => `2017-${String(m + 1).padStart(2, "0")}-1${m % 10}`), "2018-03-05T10:30"];
    for (const digits of DIGITS) for (const date of dates) expect(gregorianText(date, digits)).toBe(formatGregorian(date, digits));
  });

  it("writes nothing for what is no date", () => {
    for (const date of ["", "soon", "2018-13-01", "2019-02-29"]) expect(gregorianText(date, "arab")).toBe("");
  });

  it("writes a number without grouping when asked", () => {
    expect(numberText(2018, "arab", false)).toBe("٢٠١٨");
    expect(numberText(12345, "latn")).toBe("12,345");
  });
});
