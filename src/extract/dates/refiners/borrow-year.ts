import type { DateContext, ParsedDate } from "../types.ts";

const REACH = 4;

/**
 * A day and month without a year takes the year of a full date that follows it closely in
 * the same sentence: "في 30 يونيو و1 يوليو 2024", "بين 12 و13 فيفري 2025"; or, said to be
 * "of the same year", the year of the date named before it.
 */
export function borrowYear(dates: ParsedDate[], ctx: DateContext): ParsedDate[] {
  const lastWithYear = new Map<ParsedDate["calendar"], ParsedDate>();
  return dates.map((date, index) => {
    const previous = lastWithYear.get(date.calendar);
    if (date.year !== undefined) lastWithYear.set(date.calendar, date);
    if (date.year !== undefined || date.month === undefined || date.weekday !== undefined) return date;
    if (previous && saysSameYear(ctx, date.end)) return { ...date, year: previous.year };
    const next = nextAfter(dates, index);
    if (!next?.year || next.calendar !== date.calendar || next.start - date.end > REACH) return date;
    for (let i = date.end; i < next.start; i++) if (ctx.tokens[i]!.kind === "punct") return date;
    return { ...date, year: next.year };
  });
}

/** The first date after this one; dates come in text order without overlaps, so it is the very next. */
function nextAfter(dates: ParsedDate[], index: number): ParsedDate | undefined {
  const { end } = dates[index]!;
  for (let j = index + 1; j < dates.length; j++) if (dates[j]!.start >= end) return dates[j];
  return undefined;
}

/** "من العام نفسه", "من العام ذاته", "من نفس العام": the year of the date named before. */
function saysSameYear(ctx: DateContext, i: number): boolean {
  const words = ctx.tokens.slice(i, i + 3).map((token) => token.folded);
  if (words[0] !== "من") return false;
  const [, a, b] = words;
  return (YEAR_WORDS.has(a!) && SAME.has(b!)) || ((a === "نفس" || a === "ذات") && YEAR_WORDS.has(b!));
}

const YEAR_WORDS = new Set(["العام", "السنه"]);
const SAME = new Set(["نفسه", "نفسها", "ذاته", "ذاتها"]);
