import { isPunct, numberAt } from "../read.ts";
import type { DateContext, ParsedDate } from "../types.ts";

const SEPARATORS = "/-.";

/** "27/2/2025", "27-02-2025", "2025-02-27", "2025/2/27": day first unless the year is. */
export function numericDate(ctx: DateContext): ParsedDate[] {
  const found: ParsedDate[] = [];
  let free = 0;
  for (const i of ctx.anchors) {
    if (i < free || i + 4 >= ctx.tokens.length) continue;
    const separator = ctx.tokens[i + 1]!.folded;
    if (!isPunct(ctx, i + 1, SEPARATORS) || ctx.tokens[i + 3]!.folded !== separator) continue;
    const parts = [i, i + 2, i + 4].map((at) => ctx.tokens[at]!);
    if (parts.some((part) => part.kind !== "number")) continue;
    const yearFirst = parts[0]!.folded.length === 4;
    const year = numberAt(ctx, yearFirst ? i : i + 4, 1900, 2100, 4);
    const month = numberAt(ctx, i + 2, 1, 12);
    const day = numberAt(ctx, yearFirst ? i + 4 : i, 1, 31);
    if (!year || !month || !day) continue;
    found.push({ calendar: "gregorian", start: i, end: i + 5, year: year.value, month: month.value, day: day.value });
    free = i + 5;
  }
  return found;
}
