import type { DateContext, ParsedDate } from "../types.ts";

const DATELINE_REACH = 6;
const DAY_MS = 86_400_000;
const HALF_YEAR_DAYS = 183;

/**
 * Dates the text gives only in part get their missing pieces from the story's stated date —
 * the dateline ("تشنغدو أول ديسمبر 2024 (شينخوا)"), else the publication date — and are
 * dropped when there is none: "اليوم الأحد" is the last Sunday up to that date, "27 فبراير" the
 * 27 February nearest to it.
 */
export function anchorToStatedDate(dates: ParsedDate[], ctx: DateContext): ParsedDate[] {
  if (dates.every((date) => date.weekday === undefined && date.year !== undefined)) return dates;
  const anchor = datelineDate(dates, ctx) ?? parseIsoDay(ctx.statedDate);
  const storyTime = anchor ?? ledeDate(dates, ctx);
  return dates.flatMap((date) => {
    if (date.weekday !== undefined) return anchor ? [onWeekday(date, anchor)] : [];
    if (date.day !== undefined && date.year === undefined) return storyTime ? [inNearestYear(date, storyTime, directionAfter(date, ctx))] : [];
    return [date];
  });
}

/**
 * Without a stated date, the first full date of the lede stands for the story's time: a
 * lede says when the event happened ("يوم الاثنين 13 كانون الثاني 2025"), and "التاسع من
 * كانون الثاني" further on is the one nearest to it.
 */
function ledeDate(dates: ParsedDate[], ctx: DateContext): Date | undefined {
  const full = dates.find((date) => date.calendar === "gregorian" && date.year && date.month && date.day && date.weekday === undefined);
  if (!full || ctx.tokens[full.start]!.segment > LEDE_SEGMENTS) return undefined;
  return utc(full.year!, full.month!, full.day!);
}

/** The title and the first three paragraphs (a source line may stand first). */
const LEDE_SEGMENTS = 3;

/** "27 تشرين الثاني الماضي" is before the story's time, "الأول من أبريل المقبل" after it. */
function directionAfter(date: ParsedDate, ctx: DateContext): -1 | 0 | 1 {
  const next = ctx.tokens[date.end];
  if (!next || next.kind !== "word") return 0;
  if (PAST.has(next.folded)) return -1;
  if (COMING.has(next.folded)) return 1;
  return 0;
}

const PAST = new Set(["الماضي", "الماضيه", "المنصرم", "المنصرمه", "الفايت"]);
const COMING = new Set(["المقبل", "المقبله", "القادم", "القادمه"]);

function datelineDate(dates: ParsedDate[], ctx: DateContext): Date | undefined {
  const ledeStart = ctx.tokens.findIndex((token) => token.segment === 1);
  if (ledeStart < 0) return undefined;
  const dateline = dates.find(
    (date) => date.start >= ledeStart && date.start <= ledeStart + DATELINE_REACH && date.year && date.month && date.day,
  );
  return dateline && utc(dateline.year!, dateline.month!, dateline.day!);
}

function onWeekday(date: ParsedDate, anchor: Date): ParsedDate {
  const shift = date.ahead ? (date.weekday! - anchor.getUTCDay() + 7) % 7 || 7 : -((anchor.getUTCDay() - date.weekday! + 7) % 7);
  return { ...date, ...partsOf(new Date(anchor.getTime() + shift * DAY_MS)) };
}

function inNearestYear(date: ParsedDate, anchor: Date, direction: -1 | 0 | 1 = 0): ParsedDate {
  const year = anchor.getUTCFullYear();
  const candidates = [year - 1, year, year + 1].map((y) => utc(y, date.month!, date.day!));
  if (direction === -1) return { ...date, year: [...candidates].reverse().find((c) => c.getTime() <= anchor.getTime())!.getUTCFullYear() };
  if (direction === 1) return { ...date, year: candidates.find((c) => c.getTime() >= anchor.getTime())!.getUTCFullYear() };
  const nearest = candidates.find((c) => Math.abs(c.getTime() - anchor.getTime()) <= HALF_YEAR_DAYS * DAY_MS) ?? candidates[1]!;
  return { ...date, year: nearest.getUTCFullYear() };
}

function parseIsoDay(iso: string | undefined): Date | undefined {
  const match = iso?.match(/^(\d{4})-(\d{2})-(\d{2})/);
  return match ? utc(Number(match[1]), Number(match[2]), Number(match[3])) : undefined;
}

function utc(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

function partsOf(date: Date): Pick<ParsedDate, "year" | "month" | "day"> {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}
