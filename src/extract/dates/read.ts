import type { DateContext } from "./types.ts";
import type { PhraseLexicon } from "../lexicon.ts";

/** A value read from the tokens, and the index just after it. */
export interface Read<T> {
  value: T;
  end: number;
}

const GREGORIAN_YEARS = { min: 1900, max: 2100 };
const HIJRI_YEARS = { min: 1300, max: 1500 };

export function numberAt(ctx: DateContext, i: number, min: number, max: number, digits?: number): Read<number> | undefined {
  const token = ctx.tokens[i];
  if (token?.kind !== "number" || (digits && token.folded.length !== digits)) return undefined;
  const value = Number(token.folded);
  return value >= min && value <= max ? { value, end: i + 1 } : undefined;
}

export function isWord(ctx: DateContext, i: number, ...words: string[]): boolean {
  const token = ctx.tokens[i];
  if (token?.kind !== "word") return false;
  for (const reading of token.readings) if (words.includes(reading)) return true;
  return false;
}

export function isPunct(ctx: DateContext, i: number, marks: string): boolean {
  const token = ctx.tokens[i];
  return token?.kind === "punct" && marks.includes(token.folded);
}

/** A day of the month: 1–31 (with an optional "الـ" before it), or a word such as أول. */
export function dayAt(ctx: DateContext, i: number): Read<number> | undefined {
  const start = ctx.tokens[i]?.folded === "ال" && ctx.tokens[i + 1]?.kind === "number" ? i + 1 : i;
  const number = numberAt(ctx, start, 1, 31);
  if (number && ctx.tokens[start]!.folded.length <= 2) return number;
  const ordinal = ctx.knowledge.dayOrdinals.matchAt(ctx.tokens, i);
  if (!ordinal || followsDefiniteNoun(ctx, i, ordinal.reading)) return undefined;
  return { value: ordinal.value, end: ordinal.end };
}

/** "الأسبوع الأول من مارس" is a week, not the first of March. */
function followsDefiniteNoun(ctx: DateContext, i: number, reading: string): boolean {
  const previous = ctx.tokens[i - 1];
  return reading.startsWith("ال") && previous?.kind === "word" && previous.folded.startsWith("ال");
}

/**
 * A month name, with a second name for the same month in another system after a slash or in
 * brackets: "يوليو/ تموز", "يوليو (تموز)". The first name decides the month.
 */
export function monthAt(ctx: DateContext, i: number, months: PhraseLexicon<number>): Read<number> | undefined {
  const month = months.matchAt(ctx.tokens, i);
  if (!month) return undefined;
  let end = month.end;
  const opensPair = isPunct(ctx, end, "/(-،");
  const second = opensPair ? months.matchAt(ctx.tokens, end + 1) : undefined;
  if (second) end = isPunct(ctx, second.end, ")") ? second.end + 1 : second.end;
  return { value: month.value, end };
}

/** A year after a month or a cue: "2024", "من عام 2024", "2024م", "1445 هـ". */
export function yearAt(ctx: DateContext, i: number, calendar: "gregorian" | "hijri"): Read<number> | undefined {
  let start = i;
  if (isWord(ctx, start, "من") && isWord(ctx, start + 1, "عام", "العام", "سنه", "السنه")) start++;
  if (isWord(ctx, start, "عام", "العام", "سنه", "السنه")) start++;
  const range = calendar === "hijri" ? HIJRI_YEARS : GREGORIAN_YEARS;
  const year = numberAt(ctx, start, range.min, range.max, 4);
  if (!year) return undefined;
  const { hijriMarkers, gregorianMarkers } = ctx.knowledge;
  const marker = ctx.tokens[year.end];
  const markedHijri = marker !== undefined && hijriMarkers.hasReading(marker);
  const markedGregorian = marker !== undefined && gregorianMarkers.hasReading(marker);
  if ((calendar === "hijri" && markedGregorian) || (calendar === "gregorian" && markedHijri)) return undefined;
  return { value: year.value, end: markedHijri || markedGregorian ? year.end + 1 : year.end };
}
