import { describe, expect, it } from "vitest";
import { dateContext, findDates } from "../../src/extract/dates/index.ts";
import { dayMonthYear } from "../../src/extract/dates/parsers/day-month-year.ts";
import { monthYear } from "../../src/extract/dates/parsers/month-year.ts";
import { year } from "../../src/extract/dates/parsers/year.ts";
import { numericDate } from "../../src/extract/dates/parsers/numeric.ts";
import { weekday } from "../../src/extract/dates/parsers/weekday.ts";
import { anchorToStatedDate } from "../../src/extract/dates/refiners/anchor-to-stated-date.ts";
import type { DateContext } from "../../src/extract/dates/types.ts";
import { createState } from "../../src/extract/state.ts";
import { clean } from "../../src/extract/steps/clean.ts";
import { draftOf, extract, knowledge, sentence } from "./helpers.ts";

/** The date context of a one-paragraph story, for running one parser alone. */
function context(text: string, statedDate?: string): DateContext {
  const state = createState(draftOf(`خبر\n${text}`, { date: statedDate }), knowledge());
  clean(state);
  return dateContext(state.tokens, knowledge().dates, statedDate);
}

const datesOf = (text: string, date?: string) => sentence(text, { date }).dates;

describe("parser: day, month and year", () => {
  it.each([
    ["وقعت الاتفاقية في 15 يناير 2024 في الرياض.", "2024-01-15"],
    ["قال في 27 فبراير 2025، إن العلاقات ممتازة.", "2025-02-27"],
    ["أعلنت الحكومة يوم 3 آذار/مارس 2023 عن خطة.", "2023-03-03"],
    ["عقد الاجتماع في 1 يوليو/ تموز 2022.", "2022-07-01"],
    ["عقد الاجتماع في 1 تموز (يوليو) 2022.", "2022-07-01"],
    ["في الأول من كانون الأول 2021 أعلن الجيش.", "2021-12-01"],
    ["تشنغدو أول ديسمبر 2024 (شينخوا) التقى الوزير.", "2024-12-01"],
    ["سيعقد المؤتمر في 12 جانفي 2025 بالجزائر.", "2025-01-12"],
    ["في 5 ماي 2023 بالرباط و10 غشت 2023.", "2023-05-05"],
    ["صدر القرار بتاريخ ٢٧ فبراير ٢٠٢٥.", "2025-02-27"],
    ["وصل الرئيس في ۱۵ مارس ۲۰۲۴.", "2024-03-15"],
    ["في الـ27 من شهر فبراير من عام 2025.", "2025-02-27"],
    ["في 22 مارس 2024م.", "2024-03-22"],
  ])("%s", (text, expected) => {
    expect(dayMonthYear("gregorian")(context(text)).length).toBeGreaterThan(0);
    expect(datesOf(text)).toContain(expected);
  });
});

describe("parser: Hijri dates", () => {
  it("converts a full Hijri date with هـ to its Gregorian day", () => {
    expect(datesOf("ولد في 1 محرم 1400هـ.")).toEqual(["1979-11-20"]);
    expect(datesOf("توفي في 12 رمضان 1445 هـ.")).toEqual(["2024-03-22"]);
  });

  it("gives one date when the text states both calendars", () => {
    expect(datesOf("توفي في 12 رمضان 1445 هـ الموافق 22 مارس 2024م.")).toEqual(["2024-03-22"]);
  });

  it("converts dates outside the range where Node's own Umm al-Qura data is right", () => {
    expect(datesOf("في 1 رمضان 1360 هـ")).toEqual(["1941-09-21"]);
  });

  it("does not guess a Gregorian date from a Hijri month or year alone", () => {
    expect(datesOf("في رمضان 1445 هـ وفي عام 1445 هـ")).toEqual([]);
  });
});

describe("parser: month and year", () => {
  it("finds a month in any of the systems, with its pair", () => {
    expect(monthYear(context("خلال شهر أكتوبر 2023 ارتفعت الأسعار."))).toHaveLength(1);
    expect(datesOf("ولد في سبتمبر/أيلول 1985.")).toEqual(["1985-09"]);
    expect(datesOf("أيار 2021 وحزيران 2021 وجوان 2022.")).toEqual(["2021-05", "2021-06", "2022-06"]);
  });

  it("reads the first week of a month as the month, not as its first day", () => {
    expect(datesOf("في الأسبوع الأول من مارس 2024 اجتمع المجلس.")).toEqual(["2024-03"]);
  });

  it("takes no month without a year", () => {
    expect(datesOf("ستنعقد القمة في ديسمبر المقبل.")).toEqual([]);
  });
});

describe("parser: year", () => {
  it("takes a year after a cue or with the Gregorian marker", () => {
    expect(year(context("تأسست الشركة عام 1990 وتوسعت في 2010 ثم 2015م."))).toHaveLength(3);
    expect(datesOf("في أواخر عام 2019 ظهر الفيروس.")).toEqual(["2019"]);
  });

  it("takes the years of a list or a range after the first one", () => {
    expect(datesOf("بين عامي 2020 و2022 تراجعت التجارة.")).toEqual(["2020", "2022"]);
    expect(datesOf("خلال عامي 2019-2021.")).toEqual(["2019", "2021"]);
  });

  it("takes no year from a plan, a disease, an anniversary, a round or an amount", () => {
    expect(datesOf("رؤية 2030 ورؤية الكويت 2035 وكوفيد-19 والذكرى الـ55 والجولة الـ5.")).toEqual([]);
    expect(datesOf("بلغت الاستثمارات 2000 مليون دولار و100 مليون يورو.")).toEqual([]);
    expect(datesOf("ارتفع العدد إلى 1500 شخص.")).toEqual([]);
  });
});

describe("parser: numeric dates", () => {
  it("reads day-first and year-first forms", () => {
    expect(numericDate(context("صدر في 15/03/2024 ونشر في 2024-03-20."))).toHaveLength(2);
    expect(datesOf("صدر في 15/03/2024 ونشر في 2024-03-20.")).toEqual(["2024-03-15", "2024-03-20"]);
  });

  it("does not read a score or a ratio as a date", () => {
    expect(datesOf("فاز الفريق 3-1 وارتفعت النسبة إلى 5/10.")).toEqual([]);
  });
});

describe("parser and refiner: a weekday relative to the story's date", () => {
  it("finds the weekday phrases", () => {
    expect(weekday(context("قال الوزير اليوم الأحد إن"))).toHaveLength(1);
    expect(weekday(context("التقى الوزير اليوم (الأحد) نظيره"))).toHaveLength(1);
    expect(weekday(context("ذهب إلى السوق ثم الأحد عاد"))).toHaveLength(0);
  });

  it("resolves only against a stated date", () => {
    expect(datesOf("قال الوزير اليوم الأحد إن البلدين اتفقا.")).toEqual([]);
    expect(datesOf("قال الوزير اليوم الأحد إن البلدين اتفقا.", "2024-12-01")).toEqual(["2024-12-01"]);
  });

  it("takes the last such weekday up to the stated date, or the next one for المقبل", () => {
    expect(datesOf("قال الوزير اليوم الأحد إن البلدين اتفقا.", "2024-12-02T10:20")).toEqual(["2024-12-01"]);
    expect(datesOf("اجتمع المجلس يوم الخميس الماضي.", "2024-12-02")).toEqual(["2024-11-28"]);
    expect(datesOf("سيجتمع المجلس الأربعاء المقبل.", "2024-12-02")).toEqual(["2024-12-04"]);
  });

  it("prefers the dateline's date to the publication date", () => {
    const record = extract("عنوان\nتشنغدو أول ديسمبر 2024 (شينخوا) التقى الوزير نظيره اليوم (الأحد).", { date: "2024-12-03" });
    expect(record.dates).toEqual(["2024-12-01"]);
  });

  it("completes a day and month without a year from the stated date", () => {
    const ctx = context("", "2025-03-05");
    expect(anchorToStatedDate([{ calendar: "gregorian", start: 0, end: 1, day: 27, month: 2 }], ctx)).toMatchObject([{ year: 2025 }]);
    expect(datesOf("بدأت الحرب في 7 أكتوبر.", "2024-01-10")).toEqual(["2023-10-07"]);
    expect(datesOf("بدأت الحرب في 7 أكتوبر.")).toEqual([]);
  });
});

describe("refiners", () => {
  it("drop an impossible day", () => {
    expect(datesOf("وقع الحادث في 31 نيسان 2024.")).toEqual([]);
  });

  it("keep the longer reading where two overlap, and list each date once in order of mention", () => {
    expect(findDates(context("في أول ديسمبر 2024 ثم في 2023 ثم في أول ديسمبر 2024"))).toEqual(["2024-12-01", "2023"]);
  });
});

describe("parser and refiners: ranges, pairs and years said once", () => {
  it("gives the first day of a range or pair the month and year of the last", () => {
    expect(sentence("تعقد الاجتماعات يومي 12 و13 فيفري 2025 في أديس أبابا.").dates).toEqual(["2025-02-12", "2025-02-13"]);
    expect(sentence("يقام المنتدى في الفترة من 4 إلى 10 جوان 2025 بالجزائر.").dates).toEqual(["2025-06-04", "2025-06-10"]);
  });

  it("gives a day and month the year of the full date that follows it closely", () => {
    expect(sentence("استضافت الدوحة الاجتماع في 30 يونيو و1 يوليو 2024 برعاية أممية.").dates).toEqual(["2024-06-30", "2024-07-01"]);
  });

  it("gives a month the year of the month paired with it", () => {
    expect(sentence("تبادل البلدان الهجمات في أبريل/نيسان وأكتوبر/تشرين الأول 2024.").dates).toEqual(["2024-04", "2024-10"]);
  });

  it("dates a day and month without a year from the lede's date, before it when it says الماضي", () => {
    const record = extract(
      "عون يكلف سلام\nأجريت الاستشارات يوم الاثنين 13 كانون الثاني 2025.\nوجاء التكليف بعد انتخاب عون في التاسع من كانون الثاني، وبعد اتفاق 27 تشرين الثاني الماضي.",
    );
    expect(record.dates).toEqual(["2025-01-13", "2025-01-09", "2024-11-27"]);
  });

  it("takes the year of the date before for a day of 'the same year'", () => {
    expect(sentence("عقدت المفاوضات في 29 مارس 2022، واندلعت الحرب في 24 فبراير من العام نفسه.").dates).toEqual(["2022-03-29", "2022-02-24"]);
  });

  it("leaves a day and month undated when nothing in the lede dates it", () => {
    const record = extract("خبر\nقال الوزير إن الجولة تبدأ يوم الخميس 15 مايو.\nفقرة.\nفقرة.\nوكانت آخر جولة في 29 مارس 2022.");
    expect(record.dates).toEqual(["2022-03-29"]);
  });
});
