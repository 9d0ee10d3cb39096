import { dateParts } from "../../record-values.ts";
import { articleCountPhrase, type Digits } from "../../site/format.ts";

/**
 * Numbers and dates as the site writes them (src/site/format.ts, formatArticleCount and
 * formatGregorian), written out here without Intl: the first Intl number or date format a page
 * makes loads the browser's Arabic locale data, 50–200 ms of main thread on a phone, in the task
 * that shows the results. tests/search/formats.test.ts holds both to the same text.
 */

const GREGORIAN_MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];
const ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩";

/** An integer in the interface's numerals, grouped by thousands (١٬٢٣٤ or 1,234). */
export function numberText(value: number, digits: Digits, grouping = true): string {
  const plain = String(Math.trunc(Math.abs(value)));
  const grouped = grouping ? plain.replace(/\B(?=(\d{3})+$)/g, digits === "arab" ? "٬" : ",") : plain;
  const written = digits === "arab" ? grouped.replace(/\d/g, (digit) => ARABIC_INDIC[Number(digit)]!) : grouped;
  return value < 0 ? `-${written}` : written;
}

/** "مقالة واحدة", "مقالتان", "٣ مقالات", "١١ مقالة" (formatArticleCount). */
export function articleCountText(count: number, digits: Digits): string {
  return articleCountPhrase(count, (number) => numberText(number, digits));
}

/** "2024-12-02" → "٢ ديسمبر ٢٠٢٤"; "2024-12" → "ديسمبر ٢٠٢٤"; "2024" → "٢٠٢٤"; nothing for what is no date (formatGregorian). */
export function gregorianText(iso: string, digits: Digits): string {
  const parts = dateParts(iso);
  if (!parts) return "";
  const year = numberText(parts.year, digits, false);
  if (!parts.month) return year;
  const month = `${GREGORIAN_MONTHS[parts.month - 1]} ${year}`;
  return parts.day ? `${numberText(parts.day, digits, false)} ${month}` : month;
}
