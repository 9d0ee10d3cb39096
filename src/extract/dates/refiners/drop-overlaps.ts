import type { ParsedDate } from "../types.ts";

/** Where two parsers read the same words, the longer reading wins ("أول ديسمبر 2024" over "ديسمبر 2024"). */
export function dropOverlaps(dates: ParsedDate[]): ParsedDate[] {
  const byLength = [...dates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: ParsedDate[] = [];
  for (const date of byLength) {
    if (!kept.some((other) => date.start < other.end && other.start < date.end)) kept.push(date);
  }
  return kept.sort((a, b) => a.start - b.start);
}
