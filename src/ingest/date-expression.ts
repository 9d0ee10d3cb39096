/**
 * Calendar dates as news pages print them, for datelines and "published" lines: numeric
 * (2024-12-02, 2024:12:02.10:20, 02/12/2024) and with month names ("أول ديسمبر 2024",
 * "5 كانون الثاني/يناير 2025"), each with an optional time. The full date understanding of
 * a story's text lives in extraction; this is only what ingest needs.
 */
import { foldDigits } from "../text/normalize.ts";
import { hijriToGregorian } from "@tabby_ai/hijri-converter";
import { FIRST_DAY_PATTERN, HIJRI_MONTH_PATTERN, hijriMonthNumber, isoDate, MONTH_PATTERN, monthNumber } from "./calendar.ts";

export interface DateExpression {
  index: number;
  length: number;
  /** Absent when the text names no year or no real calendar day. */
  iso?: string;
}

const NOT_LETTER = "(?![\\p{L}\\p{M}])";
const TIME =
  "(?:\\s*[-–,،T.|:]?\\s*(?:الساعة\\s*)?(?<hour>\\d{1,2}):(?<minute>\\d{2})(?::\\d{2})?(?:\\s*(?<half>ص|م|صباحاً|صباحا|مساءً|مساء|AM|PM)" +
  NOT_LETTER +
  ")?)?";
const YEAR = "(?<year>\\d{4})(?!\\d)";

const FORMS: readonly RegExp[] = [
  new RegExp(`(?<!\\d)${YEAR}\\s*[-/.:]\\s*(?<month>\\d{1,2})\\s*[-/.:]\\s*(?<day>\\d{1,2})(?!\\d)${TIME}`, "u"),
  new RegExp(`(?<!\\d)(?<day>\\d{1,2})\\s*[-/.]\\s*(?<month>\\d{1,2})\\s*[-/.]\\s*${YEAR}${TIME}`, "u"),
  new RegExp(
    `(?<![\\p{L}\\d])(?<day>\\d{1,2}|${FIRST_DAY_PATTERN})\\s*(?:من\\s+)?(?<monthName>${MONTH_PATTERN})${NOT_LETTER}` +
      `(?:\\s*[/(]\\s*(?:${MONTH_PATTERN})\\s*\\)?)?` +
      `(?:\\s*[،,]?\\s*(?:(?:من\\s+)?(?:عام|سنة)\\s+)?${YEAR}(?:\\s*م${NOT_LETTER})?${TIME})?`,
    "u",
  ),
  // Month first, as some sites print it: "ديسمبر 2, 2024".
  new RegExp(`(?<![\\p{L}])(?<monthName>${MONTH_PATTERN})\\s+(?<day>\\d{1,2})\\s*[،,]\\s*${YEAR}${TIME}`, "u"),
];

/** The same forms, tried at one place only (sticky): for a date that must open a text. */
const FORMS_AT_START: readonly RegExp[] = FORMS.map((form) => new RegExp(form.source, form.flags + "y"));

/** The first date expression in a text (Arabic-Indic digits allowed). */
export function findDate(text: string): DateExpression | undefined {
  const folded = foldDigits(text);
  let first: RegExpExecArray | undefined;
  for (const form of FORMS) {
    const match = form.exec(folded);
    if (match && (!first || match.index < first.index)) first = match;
  }
  return first && expressionOf(first);
}

/** The date expression that opens a text, if one does: the rest of a long text is not searched. */
export function dateAtStart(text: string): DateExpression | undefined {
  const folded = foldDigits(text);
  for (const form of FORMS_AT_START) {
    form.lastIndex = 0;
    const match = form.exec(folded);
    if (match) return expressionOf(match);
  }
  return undefined;
}

function expressionOf(match: RegExpExecArray): DateExpression {
  const expression: DateExpression = { index: match.index, length: match[0].length };
  const iso = toIso(match.groups ?? {});
  if (iso) expression.iso = iso;
  return expression;
}

function toIso(groups: Record<string, string | undefined>): string | undefined {
  if (!groups.year) return undefined;
  const month = groups.monthName ? monthNumber(groups.monthName) : Number(groups.month);
  const day = /^\d+$/.test(groups.day ?? "") ? Number(groups.day) : 1;
  if (!month) return undefined;
  return isoDate(Number(groups.year), month, day, time(groups));
}

function time(groups: Record<string, string | undefined>): { hour: number; minute: number } | undefined {
  if (!groups.hour || !groups.minute) return undefined;
  let hour = Number(groups.hour);
  const half = groups.half?.toLowerCase();
  const afternoon = half === "م" || half === "pm" || half?.startsWith("مساء");
  if (afternoon && hour < 12) hour += 12;
  if (!afternoon && half && hour === 12) hour = 0;
  return { hour, minute: Number(groups.minute) };
}

const HIJRI_DATE = new RegExp(
  `(?<![\\p{L}\\d])(?<day>\\d{1,2})\\s*(?<month>${HIJRI_MONTH_PATTERN})\\s*(?<year>\\d{4})(?!\\d)(?:\\s*(?:هـ|ه)(?![\\p{L}]))?`,
  "u",
);

/**
 * The first full Hijri date in a text, as its Gregorian day (Umm al-Qura): for pages that
 * print only "الاثنين 1 جمادى الآخرة 1446".
 */
export function findHijriDate(text: string): DateExpression | undefined {
  const match = HIJRI_DATE.exec(foldDigits(text));
  if (!match) return undefined;
  const expression: DateExpression = { index: match.index, length: match[0].length };
  const month = hijriMonthNumber(match.groups!.month!);
  try {
    const day = hijriToGregorian({ year: Number(match.groups!.year), month: month!, day: Number(match.groups!.day) });
    const iso = isoDate(day.year, day.month, day.day);
    if (iso) expression.iso = iso;
  } catch {
    // Not a real Hijri day: the expression is still a date, with no calendar day to give.
  }
  return expression;
}
