import type { ParsedDate } from "../types.ts";

/** Where two parsers read the same words, the longer reading wins ("أول ديسمبر 2024" over "ديسمبر 2024"). */
export function dropOverlaps(dates: ParsedDate[]): ParsedDate[] {
  const byLength = [...dates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: ParsedDate[] = [];
  const taken = new Set<number>(); // tokens a kept reading covers
  for (const date of byLength) {
    if (coversAny(date, taken)) continue;
    kept.push(date);
    for (let i = date.start; i < date.end; i++) taken.add(i);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function coversAny(date: ParsedDate, taken: Set<number>): boolean {
  for (let i = date.start; i < date.end; i++) if (taken.has(i)) return true;
  return false;
}
