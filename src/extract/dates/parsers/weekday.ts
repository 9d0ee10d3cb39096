import { isPunct, isWord } from "../read.ts";
import type { DateContext, ParsedDate } from "../types.ts";

const TODAY = ["اليوم", "يوم", "مساء", "صباح", "ليله", "فجر", "ظهر", "امس"];
const AHEAD = ["المقبل", "القادم"];
const PAST = ["الماضي", "المنصرم"];

/**
 * A weekday said of the story's own time: "اليوم الأحد", "اليوم (الأحد)", "يوم الجمعة",
 * "الأحد الماضي", "الخميس المقبل". It has no date until a refiner anchors it to a stated date.
 */
export function weekday(ctx: DateContext): ParsedDate[] {
  const found: ParsedDate[] = [];
  ctx.anchors.forEach((i) => {
    const day = ctx.knowledge.weekdays.matchAt(ctx.tokens, i)?.value;
    if (day === undefined) return;
    const bracketed = isPunct(ctx, i - 1, "(") && isPunct(ctx, i + 1, ")");
    const before = bracketed ? i - 2 : i - 1;
    const after = bracketed ? i + 2 : i + 1;
    const ahead = isWord(ctx, after, ...AHEAD);
    if (!isWord(ctx, before, ...TODAY) && !ahead && !isWord(ctx, after, ...PAST)) return;
    found.push({ calendar: "gregorian", start: isWord(ctx, before, ...TODAY) ? before : i, end: after, weekday: day, ahead });
  });
  return found;
}

