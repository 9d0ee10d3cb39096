import { hijriToGregorian } from "@tabby_ai/hijri-converter";
import type { ParsedDate } from "../types.ts";

/**
 * A full Hijri date becomes its Gregorian day (Umm al-Qura, via @tabby_ai/hijri-converter:
 * Node's own Intl data is right only for about 1999–2029). A Hijri month or year alone spans
 * two Gregorian ones, so it is dropped rather than guessed.
 */
export function hijriToGregorianDates(dates: ParsedDate[]): ParsedDate[] {
  return dates.flatMap((date) => {
    if (date.calendar !== "hijri") return [date];
    if (!date.year || !date.month || !date.day) return [];
    try {
      const gregorian = hijriToGregorian({ year: date.year, month: date.month, day: date.day });
      return [{ ...date, calendar: "gregorian" as const, ...gregorian }];
    } catch {
      return [];
    }
  });
}
