import type { ParsedDate } from "../types.ts";

/** 31 April or 30 February: a misread, not a date. */
export function dropImpossible(dates: ParsedDate[]): ParsedDate[] {
  return dates.filter((date) => {
    if (!date.year || !date.month || !date.day) return true;
    const probe = new Date(Date.UTC(date.year, date.month - 1, date.day));
    return probe.getUTCMonth() === date.month - 1;
  });
}
