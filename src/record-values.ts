/**
 * What a value of the record (record.ts) may be. Values are checked where they enter (front
 * matter, a page's metadata) and read the same way wherever they are used (archive, pages,
 * feeds), so that a value a person mistyped is reported once and can never stop a build later.
 * The search page's script reads dates through here too: nothing in this file may need Node.
 */
import type { Problem } from "./record.ts";

export const EARLIEST_YEAR = 1800;
/** Next year: a story may be dated a little ahead of the build's clock (time zones, scheduled posts). */
export const LATEST_YEAR = new Date().getUTCFullYear() + 1;

export interface DateParts {
  year: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
}

const RECORD_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2}))?)?)?$/;
/** An ISO 8601 date-time as pages and people write it: seconds and a zone are allowed, and left out. */
const WRITTEN_DATE = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;

/**
 * The parts of a date in one of the record's forms (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-MM-DDTHH:mm),
 * when it is a real calendar date between EARLIEST_YEAR and LATEST_YEAR; undefined for any other text.
 */
export function dateParts(text: string): DateParts | undefined {
  const match = RECORD_DATE.exec(text);
  if (!match) return undefined;
  const [year, month, day, hour, minute] = match.slice(1).map((part) => (part === undefined ? undefined : Number(part)));
  if (year! < EARLIEST_YEAR || year! > LATEST_YEAR) return undefined;
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (day !== undefined && (day < 1 || day > daysIn(year!, month!))) return undefined;
  if (hour !== undefined && (hour > 23 || minute! > 59)) return undefined;
  return { year: year!, month, day, hour, minute };
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** When an article was published, as the record keeps it (YYYY-MM-DD or YYYY-MM-DDTHH:mm), from a string or a YAML Date. */
export function publicationDate(value: unknown): string | undefined {
  const written = WRITTEN_DATE.exec(textOfDate(value) ?? "");
  if (!written) return undefined;
  const date = written[2] ? `${written[1]}T${written[2]}` : written[1]!;
  return dateParts(date) ? date : undefined;
}

/** A date a text mentions, as the record keeps it: YYYY-MM-DD, YYYY-MM or YYYY (a bare year may be a number). */
export function mentionedDate(value: unknown): string | undefined {
  const text = Number.isInteger(value) ? String(value) : textOfDate(value);
  const parts = text === undefined ? undefined : dateParts(text);
  return parts && parts.hour === undefined ? text : undefined;
}

function textOfDate(value: unknown): string | undefined {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return undefined;
    const iso = value.toISOString();
    return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
  }
  return typeof value === "string" ? value.trim() : undefined;
}

/** Characters XML 1.0 cannot carry, whatever the escaping: C0 controls, lone surrogates, U+FFFE and U+FFFF. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** The text without the characters that would make an XML document (a feed, a sitemap) invalid. */
export function xmlText(text: string): string {
  return text.replace(NOT_XML, "");
}

/** A front matter value that was left out, said so with what the key accepts. */
export function frontMatterWarning(file: string, key: string, value: unknown, accepted: string, line?: number): Problem {
  const problem: Problem = {
    file,
    severity: "warning",
    message: `front matter ${key}: ${describeValue(value)} is not accepted; it was left out`,
    hint: `${key} accepts ${accepted}.`,
  };
  if (line !== undefined) problem.line = line;
  return problem;
}

/** The value as the person wrote it, short enough for one line of a summary. */
function describeValue(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

/** A bug in arshif met on one file: said as such, with what happened to the article and what to send. */
export function internalProblem(file: string, stage: NonNullable<Problem["internal"]>, error: unknown, outcome: string): Problem {
  const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const problem: Problem = {
    file,
    severity: "error",
    internal: stage,
    message: `internal error in ${stage} (${reason}); ${outcome}`,
    hint: "This is a bug in arshif, not in the file: please report it with this file attached (run with --debug for the stack trace).",
  };
  if (error instanceof Error && error.stack) problem.stack = error.stack;
  return problem;
}
