import type { DateContext, DateParser, DateRefiner, ParsedDate } from "./types.ts";
import type { DateKnowledge } from "./knowledge.ts";
import type { ArticleToken } from "../state.ts";
import { dayMonthYear } from "./parsers/day-month-year.ts";
import { monthYear } from "./parsers/month-year.ts";
import { year } from "./parsers/year.ts";
import { numericDate } from "./parsers/numeric.ts";
import { weekday } from "./parsers/weekday.ts";
import { dayRange } from "./parsers/day-range.ts";
import { borrowYear } from "./refiners/borrow-year.ts";
import { dropOverlaps } from "./refiners/drop-overlaps.ts";
import { hijriToGregorianDates } from "./refiners/hijri-to-gregorian.ts";
import { anchorToStatedDate } from "./refiners/anchor-to-stated-date.ts";
import { dropImpossible } from "./refiners/drop-impossible.ts";

export const DATE_PARSERS: DateParser[] = [
  dayMonthYear("gregorian"),
  dayMonthYear("hijri"),
  monthYear,
  year,
  numericDate,
  weekday,
  dayRange("gregorian"),
];

export const DATE_REFINERS: DateRefiner[] = [dropOverlaps, borrowYear, anchorToStatedDate, hijriToGregorianDates, dropImpossible];

/**
 * The tokens with what parsers need. Parsers look only around numbers and calendar words,
 * which are few in a story, instead of trying every token.
 */
export function dateContext(tokens: readonly ArticleToken[], knowledge: DateKnowledge, statedDate?: string): DateContext {
  const anchors: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.kind === "number" || knowledge.calendarWords.matchAt(tokens, i)) anchors.push(i);
  }
  return { tokens, knowledge, statedDate, anchors };
}

/** Explicit calendar dates in the text, in order of first mention, as YYYY-MM-DD, YYYY-MM or YYYY. */
export function findDates(ctx: DateContext): string[] {
  const parsed = DATE_PARSERS.flatMap((parse) => parse(ctx));
  const refined = DATE_REFINERS.reduce<ParsedDate[]>((dates, refine) => refine(dates, ctx), parsed);
  return [...new Set(refined.map(isoOf).filter((iso): iso is string => iso !== undefined))];
}

function isoOf(date: ParsedDate): string | undefined {
  if (!date.year) return undefined;
  const parts = [String(date.year).padStart(4, "0")];
  if (date.month) parts.push(String(date.month).padStart(2, "0"));
  if (date.month && date.day) parts.push(String(date.day).padStart(2, "0"));
  return parts.join("-");
}
