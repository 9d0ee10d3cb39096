import { dayAt, isPunct, isWord, monthAt, yearAt } from "../read.ts";
import type { DateContext, DateParser, ParsedDate } from "../types.ts";

/**
 * The first day of a range or a pair that names the month only once: "يومي 12 و13 فيفري
 * 2025", "من 4 إلى 10 جوان 2025", "بين 3 و5 مارس", "15-17 أبريل 2024". The last day is
 * day-month-year's; this parser gives the first one the same month and year.
 */
export function dayRange(calendar: ParsedDate["calendar"]): DateParser {
  return (ctx: DateContext) => {
    const months = calendar === "hijri" ? ctx.knowledge.hijriMonths : ctx.knowledge.gregorianMonths;
    const found: ParsedDate[] = [];
    for (const i of ctx.anchors) {
      if (ctx.tokens[i]?.kind !== "number") continue;
      const first = dayAt(ctx, i);
      if (!first) continue;
      const joinEnd = joinerEnd(ctx, first.end);
      if (joinEnd === undefined) continue;
      const last = dayAt(ctx, joinEnd);
      if (!last || ctx.tokens[joinEnd]?.kind !== "number" || last.value <= first.value) continue;
      const month = monthAt(ctx, last.end, months);
      if (!month) continue;
      const year = yearAt(ctx, month.end, calendar);
      found.push({ calendar, start: i, end: first.end, day: first.value, month: month.value, year: year?.value });
    }
    return found;
  };
}

/** "و", "إلى", "الى", "حتى", "-": where the second day begins, or undefined. */
function joinerEnd(ctx: DateContext, i: number): number | undefined {
  if (isWord(ctx, i, "و", "الي", "حتي", "لغايه") || isPunct(ctx, i, "-–—")) return i + 1;
  return undefined;
}
