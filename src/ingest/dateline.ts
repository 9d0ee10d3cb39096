/**
 * The dateline that opens a news story: "تشنغدو أول ديسمبر 2024 (شينخوا)",
 * "الرياض، الأحد 5 يناير 2025 /واس/ -", "بيروت - أ ف ب", "الكويت - 5 - 12 (كونا) --".
 * Place, then optionally a weekday and a date, then the agency in brackets or after a dash.
 */
import { foldDigits } from "../text/normalize.ts";
import { agencyAtStart, type Agencies } from "./agencies.ts";
import { HIJRI_MONTH_PATTERN, WEEKDAY_PATTERN } from "./calendar.ts";
import { dateAtStart } from "./date-expression.ts";

export interface Dateline {
  place: string;
  date?: string;
  source?: string;
  /** Characters of the text the dateline takes, separator included. */
  length: number;
}

/** Cities are one to three words: تشنغدو، أبو ظبي، دار السلام، ريو دي جانيرو. */
const MAX_PLACE_WORDS = 3;
const PLACES = Array.from({ length: MAX_PLACE_WORDS }, (_, i) => new RegExp(`^[\\p{L}\\p{M}]+(?:\\s+[\\p{L}\\p{M}]+){${i}}`, "u"));
const WEEKDAY = new RegExp(`^(?:${WEEKDAY_PATTERN})$`, "u");
const LEAD_IN = new RegExp(`^\\s*[،,]?\\s*(?:(?:${WEEKDAY_PATTERN})\\s*[،,]?\\s*)?(?:في\\s+)?`, "u");
/** Day and month without a year, as KUNA writes them: "5 - 12". */
const YEARLESS_NUMERIC = /^[-–—]?\s*\d{1,2}\s*[-/]\s*\d{1,2}(?!\d)\s*/u;
const SEPARATOR = /^\s*(?:[-–—:]+\s*)?/u;
/** A Hijri date before the Gregorian one: "01 جمادى الآخرة 1446 هـ الموافق ". */
const HIJRI_FIRST = new RegExp(
  `^\\d{1,2}\\s*(?:${HIJRI_MONTH_PATTERN})\\s*\\d{3,4}\\s*(?:هـ|ه)?\\.?\\s*[-–—،,]?\\s*(?:ال)?(?:موافق|الموافق)?\\s*(?:ل\\s*)?`,
  "u",
);

export function parseDateline(text: string, agencies: Agencies): Dateline | undefined {
  const folded = foldDigits(text);
  for (const place of PLACES) {
    const match = place.exec(folded);
    if (!match || WEEKDAY.test(match[0])) return undefined;
    const parsed = parseAfterPlace(folded.slice(match[0].length), agencies);
    if (parsed) return { place: text.slice(0, match[0].length), ...parsed, length: match[0].length + parsed.length };
  }
  return undefined;
}

function parseAfterPlace(rest: string, agencies: Agencies): Omit<Dateline, "place"> | undefined {
  let at = LEAD_IN.exec(rest)![0].length;
  at += HIJRI_FIRST.exec(rest.slice(at))?.[0].length ?? 0;
  const date = dateAtStart(rest.slice(at));
  let iso: string | undefined;
  if (date) {
    at += date.length;
    iso = date.iso;
  } else {
    at += YEARLESS_NUMERIC.exec(rest.slice(at))?.[0].length ?? 0;
  }
  // After a date the agency may stand bare, as SPA writes it: "… 02 ديسمبر 2024 م واس تلقى".
  const agency = agencyAtStart(rest.slice(at), agencies, iso !== undefined);
  if (agency) at += agency.length;
  else if (!iso || !/^\s*([-–—:]|$)/u.test(rest.slice(at))) return undefined;
  at += SEPARATOR.exec(rest.slice(at))![0].length;
  const result: Omit<Dateline, "place"> = { length: at };
  if (iso) result.date = iso;
  if (agency) result.source = agency.name;
  return result;
}
