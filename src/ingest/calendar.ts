/**
 * Month and weekday names as Arabic news writes them, from the same data/dates.yaml that date
 * extraction reads: Egyptian/Gulf (يناير), Levantine and Iraqi (كانون الثاني), Maghrebi
 * (جانفي، يوليوز) and the Hijri months. Spellings are compared in matching form (match-key.ts).
 */
import { readFileSync } from "node:fs";
import yaml from "js-yaml";
import { matchKey } from "./match-key.ts";
import { loosePattern } from "./loose-pattern.ts";

interface CalendarNames {
  gregorian_months: Record<string, string[]>;
  hijri_months: Record<string, string[]>;
  weekdays: string[];
}

const CALENDAR = yaml.load(readFileSync(new URL("../../data/dates.yaml", import.meta.url), "utf8")) as CalendarNames;

/** Matching form of every spelling → month number. */
function monthsByKey(months: Record<string, string[]>): Map<string, number> {
  return new Map(Object.entries(months).flatMap(([month, names]) => names.map((name) => [matchKey(name), Number(month)] as const)));
}

/** Regular expression source matching any of the names in display text, longest first. */
function namesPattern(keys: Iterable<string>): string {
  return [...new Set(keys)]
    .sort((a, b) => b.length - a.length)
    .map((key) => loosePattern(key))
    .join("|");
}

const MONTH_BY_KEY = monthsByKey(CALENDAR.gregorian_months);
const HIJRI_BY_KEY = monthsByKey(CALENDAR.hijri_months);

/** Regular expression source for one month name in display text. */
export const MONTH_PATTERN = namesPattern(MONTH_BY_KEY.keys());

/** 1–12 for a month name in any of its spellings. */
export function monthNumber(name: string): number | undefined {
  return MONTH_BY_KEY.get(matchKey(name));
}

export const WEEKDAY_PATTERN = namesPattern(CALENDAR.weekdays.map(matchKey));

/** The day of a month written as a word rather than a number: "أول ديسمبر". */
export const FIRST_DAY_PATTERN = loosePattern(matchKey("الأول")) + "|" + loosePattern(matchKey("أول"));

/** YYYY-MM-DD, or YYYY-MM-DDTHH:mm with a time; undefined when no such calendar day exists. */
export function isoDate(year: number, month: number, day: number, time?: { hour: number; minute: number }): string | undefined {
  if (year < 1800 || year > 2200 || month < 1 || month > 12 || day < 1) return undefined;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return undefined;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (!time || time.hour > 23 || time.minute > 59) return date;
  return `${date}T${pad(time.hour)}:${pad(time.minute)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

export const HIJRI_MONTH_PATTERN = namesPattern(HIJRI_BY_KEY.keys());

/** 1–12 for a Hijri month name in any of its spellings. */
export function hijriMonthNumber(name: string): number | undefined {
  return HIJRI_BY_KEY.get(matchKey(name));
}
