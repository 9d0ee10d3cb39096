import { rememberedBounded } from "../ingest/remembered.ts";
import { gregorianToHijri } from "@tabby_ai/hijri-converter";
import { dateParts } from "../record-values.ts";

/** Numerals of the interface: "arab" → ٢٠٢٤, "latn" → 2024. */
export type Digits = "arab" | "latn";

const HIJRI_MONTHS = [
  "محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة",
  "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة",
];

function locale(digits: Digits): string {
  return `ar-u-nu-${digits}`;
}

/** Intl formatters are slow to make and quick to use: a site build formats tens of thousands of dates. */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let formatter = formatters.get(key);
  if (!formatter) formatters.set(key, (formatter = make()));
  return formatter as T;
}

function numberFormat(digits: Digits, grouping = true): Intl.NumberFormat {
  return cached(`number ${digits} ${grouping}`, () => new Intl.NumberFormat(locale(digits), { useGrouping: grouping }));
}

export function formatNumber(value: number, digits: Digits): string {
  return numberFormat(digits).format(value);
}

/** "2024-12-02" → "٢ ديسمبر ٢٠٢٤"; "2024-12" → "ديسمبر ٢٠٢٤"; "2024" → "٢٠٢٤"; nothing for what is no date. */
export function formatGregorian(iso: string, digits: Digits): string {
  // An archive has a few thousand days, each written on hundreds of pages.
  return rememberedBounded(gregorianDates, `${digits} ${iso}`, () => gregorianDate(iso, digits));
}

const gregorianDates = new Map<string, string>();

function gregorianDate(iso: string, digits: Digits): string {
  const parts = dateParts(iso);
  if (!parts) return "";
  const date = new Date(Date.UTC(parts.year, (parts.month ?? 1) - 1, parts.day ?? 1));
  const precision = parts.day ? "day" : parts.month ? "month" : "year";
  return cached(`date ${digits} ${precision}`, () => {
    const options: Intl.DateTimeFormatOptions = { year: "numeric", timeZone: "UTC", calendar: "gregory" };
    if (parts.month) options.month = "long";
    if (parts.day) options.day = "numeric";
    return new Intl.DateTimeFormat(locale(digits), options);
  }).format(date);
}

/** The Umm al-Qura date of a full ISO day, e.g. "١ جمادى الآخرة ١٤٤٦ هـ"; undefined for partial dates. */
export function formatHijri(iso: string, digits: Digits): string | undefined {
  const parts = dateParts(iso);
  if (!parts?.day) return undefined;
  try {
    const hijri = gregorianToHijri({ year: parts.year, month: parts.month!, day: parts.day });
    const number = (n: number) => numberFormat(digits, false).format(n);
    return `${number(hijri.day)} ${HIJRI_MONTHS[hijri.month - 1]} ${number(hijri.year)} هـ`;
  } catch {
    return undefined; // outside the converter's range
  }
}

/** A no-break space: a count and its noun stay on one line. */
export const NO_BREAK = "\u00a0";

/**
 * "مقالة واحدة", "مقالتان", "٣ مقالات", "١١ مقالة": the noun agrees with the number, as Arabic
 * wants, and never goes to the next line without its number.
 */
export function formatArticleCount(count: number, digits: Digits): string {
  return articleCountPhrase(count, (number) => formatNumber(number, digits));
}

/** The phrase of formatArticleCount, with the number written by `written`. */
export function articleCountPhrase(count: number, written: (count: number) => string): string {
  if (count === 0) return `لا${NO_BREAK}مقالات`;
  if (count === 1) return `مقالة${NO_BREAK}واحدة`;
  if (count === 2) return "مقالتان";
  const lastTwo = count % 100;
  return `${written(count)}${NO_BREAK}${lastTwo >= 3 && lastTwo <= 10 ? "مقالات" : "مقالة"}`;
}
