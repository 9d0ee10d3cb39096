import { monthAt, yearAt } from "../read.ts";
import type { DateContext, ParsedDate } from "../types.ts";

/** "ديسمبر 2024", "يوليو/ تموز 2023", "مارس من العام 2022". A month without a year is not taken. */
export function monthYear(ctx: DateContext): ParsedDate[] {
  const found: ParsedDate[] = [];
  let free = 0;
  for (const i of ctx.anchors) {
    const month = i >= free ? monthAt(ctx, i, ctx.knowledge.gregorianMonths) : undefined;
    const year = month && yearAt(ctx, month.end, "gregorian");
    if (!month || !year) continue;
    found.push({ calendar: "gregorian", start: i, end: year.end, month: month.value, year: year.value });
    free = year.end;
  }
  return found;
}
