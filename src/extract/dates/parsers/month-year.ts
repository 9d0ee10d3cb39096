import { isWord, monthAt, yearAt } from "../read.ts";
import type { DateContext, ParsedDate } from "../types.ts";

/** "في أبريل وأكتوبر 2024": the first month has the year of the second. */
function sharedYear(ctx: DateContext, i: number): { value: number; end: number } | undefined {
  const at = isWord(ctx, i, "و") ? i + 1 : i;
  const second = monthAt(ctx, at, ctx.knowledge.gregorianMonths);
  if (!second || (at === i && ctx.tokens[i]!.readings[0] === ctx.tokens[i]!.readings.at(-1))) return undefined;
  const year = yearAt(ctx, second.end, "gregorian");
  return year && { value: year.value, end: i };
}

/** "ديسمبر 2024", "يوليو/ تموز 2023", "مارس من العام 2022". A month without a year is not taken. */
export function monthYear(ctx: DateContext): ParsedDate[] {
  const found: ParsedDate[] = [];
  let free = 0;
  for (const i of ctx.anchors) {
    const month = i >= free ? monthAt(ctx, i, ctx.knowledge.gregorianMonths) : undefined;
    const year = month && (yearAt(ctx, month.end, "gregorian") ?? sharedYear(ctx, month.end));
    if (!month || !year) continue;
    found.push({ calendar: "gregorian", start: i, end: year.end, month: month.value, year: year.value });
    free = year.end;
  }
  return found;
}
