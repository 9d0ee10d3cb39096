import { dayAt, isWord, monthAt, yearAt } from "../read.ts";
import type { DateContext, DateParser, ParsedDate } from "../types.ts";

/**
 * "27 فبراير 2025", "أول ديسمبر 2024", "الأول من كانون الأول 2023", "12 رمضان 1445 هـ",
 * and the same without the year ("27 فبراير"), which a refiner completes from the story's date.
 */
export function dayMonthYear(calendar: ParsedDate["calendar"]): DateParser {
  return (ctx: DateContext) => {
    const months = calendar === "hijri" ? ctx.knowledge.hijriMonths : ctx.knowledge.gregorianMonths;
    const found: ParsedDate[] = [];
    let free = 0;
    for (const i of ctx.anchors) {
      const day = i >= free ? dayAt(ctx, i) : undefined;
      if (!day) continue;
      const month = monthAt(ctx, isWord(ctx, day.end, "من") ? day.end + 1 : day.end, months);
      if (!month) continue;
      const year = yearAt(ctx, month.end, calendar);
      found.push({ calendar, start: i, end: year?.end ?? month.end, day: day.value, month: month.value, year: year?.value });
      free = year?.end ?? month.end;
    }
    return found;
  };
}
