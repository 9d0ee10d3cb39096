/**
 * Gregorian month names as Arabic news writes them: Egyptian/Gulf (يناير), Levantine and
 * Iraqi (كانون الثاني) and Maghrebi (جانفي in Algeria and Tunisia, يوليوز and شتنبر in
 * Morocco). Spellings are in matching form (match-key.ts).
 */
import { matchKey } from "./match-key.ts";
import { loosePattern } from "./loose-pattern.ts";

const MONTHS: readonly (readonly string[])[] = [
  ["يناير", "كانون الثاني", "جانفي"],
  ["فبراير", "شباط", "فيفري", "فبرير"],
  ["مارس", "آذار", "اذار"],
  ["أبريل", "ابريل", "إبريل", "نيسان", "أفريل", "افريل"],
  ["مايو", "أيار", "ايار", "ماي"],
  ["يونيو", "يونيه", "حزيران", "جوان"],
  ["يوليو", "يوليه", "تموز", "جويلية", "جويلة", "يوليوز"],
  ["أغسطس", "اغسطس", "آب", "أوت", "اوت", "غشت"],
  ["سبتمبر", "أيلول", "ايلول", "شتنبر"],
  ["أكتوبر", "اكتوبر", "تشرين الأول"],
  ["نوفمبر", "تشرين الثاني", "نونبر"],
  ["ديسمبر", "كانون الأول", "دجنبر"],
];

const MONTH_BY_KEY = new Map(MONTHS.flatMap((names, index) => names.map((name) => [matchKey(name), index + 1] as const)));

/** Regular expression source for one month name in display text. */
export const MONTH_PATTERN = [...MONTH_BY_KEY.keys()]
  .sort((a, b) => b.length - a.length)
  .map((key) => loosePattern(key))
  .join("|");

/** 1–12 for a month name in any of its spellings. */
export function monthNumber(name: string): number | undefined {
  return MONTH_BY_KEY.get(matchKey(name));
}

export const WEEKDAY_PATTERN = ["الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"]
  .map((day) => loosePattern(matchKey(day)))
  .join("|");

/** The day of a month written as a word rather than a number: "أول ديسمبر". */
export const FIRST_DAY_PATTERN = loosePattern(matchKey("الأول")) + "|" + loosePattern(matchKey("أول"));

/** YYYY-MM-DD, or YYYY-MM-DDTHH:mm with a time; undefined when no such calendar day exists. */
export function isoDate(year: number, month: number, day: number, time?: { hour: number; minute: number }): string | undefined {
  if (year < 1800 || year > 2200 || month < 1 || month > 12 || day < 1) return undefined;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return undefined;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (!time || time.hour > 23 || time.minute > 59) return date;
  return `${date}T${pad(time.hour)}:${pad(time.minute)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** Hijri month names (SPA and Gulf pages print the Hijri date first: "01 جمادى الآخرة 1446 هـ"). */
const HIJRI_MONTHS: readonly (readonly string[])[] = [
  ["محرم"],
  ["صفر"],
  ["ربيع الأول"],
  ["ربيع الآخر", "ربيع الثاني"],
  ["جمادى الأولى"],
  ["جمادى الآخرة", "جمادى الثانية"],
  ["رجب"],
  ["شعبان"],
  ["رمضان"],
  ["شوال"],
  ["ذو القعدة", "ذي القعدة"],
  ["ذو الحجة", "ذي الحجة"],
];
const HIJRI_BY_KEY = new Map(HIJRI_MONTHS.flatMap((names, index) => names.map((name) => [matchKey(name), index + 1] as const)));

export const HIJRI_MONTH_PATTERN = [...HIJRI_BY_KEY.keys()]
  .sort((a, b) => b.length - a.length)
  .map((key) => loosePattern(key))
  .join("|");

/** 1–12 for a Hijri month name in any of its spellings. */
export function hijriMonthNumber(name: string): number | undefined {
  return HIJRI_BY_KEY.get(matchKey(name));
}
