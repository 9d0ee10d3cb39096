/**
 * A line that states when and where from a page published its story, and nothing else:
 * "/مصدر: شينخوا/   2024:12:02.10:20", "نشر في: 02/12/2024 - 10:20 م", "المصدر: وكالات",
 * "بكين 2 ديسمبر 2024 (شينخوا)". Such lines sit around the headline or at the very end.
 */
import { foldDigits } from "../text/normalize.ts";
import { agencyName, firstBracketedAgency, type Agencies } from "./agencies.ts";
import { findDate } from "./date-expression.ts";
import { parseDateline } from "./dateline.ts";
import { matchKey } from "./match-key.ts";

export interface Metadata {
  date?: string;
  source?: string;
  place?: string;
}

const MAX_WORDS = 16;
/** Words that label dates and sources on news pages (in matching form). */
const LABELS = new Set(
  [
    "نشر", "نشرت", "نشر في", "تاريخ", "التاريخ", "بتاريخ", "تاريخ النشر", "في", "الساعة", "بتوقيت", "توقيت",
    "مكة", "غرينتش", "غرينيتش", "gmt", "utc", "ص", "م", "هـ", "صباحا", "مساء", "الأحد", "الاثنين", "الإثنين",
    "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "يوم", "محرم", "صفر", "ربيع", "الأول", "الآخر", "الثاني",
    "جمادى", "الأولى", "الآخرة", "رجب", "شعبان", "رمضان", "شوال", "ذو", "ذي", "القعدة", "الحجة", "الموافق",
  ].flatMap((label) => matchKey(label).split(" ")),
);
/** A date the page gives as an update, not as the publication. */
const UPDATE_LABEL = /(آخر|اخر)\s+(تحديث|تعديل)|محدث|updated/iu;
const SOURCE_LABEL = /(?:^|[\s/|(])(?:ال)?مصدر\s*[:：\-–]\s*(?<value>[^/|()،,:\d]+)/u;
const DIGITS = /^\d+$/;

/** What a metadata line states; undefined when the line says anything else. */
export function parseMetadataLine(line: string, agencies: Agencies): Metadata | undefined {
  if (line.split(/\s+/).length > MAX_WORDS) return undefined;
  const dateline = parseDateline(line, agencies);
  if (dateline && dateline.length >= line.trimEnd().length) {
    const { length: _length, ...facts } = dateline;
    return facts;
  }

  let rest = foldDigits(line);
  const label = SOURCE_LABEL.exec(rest);
  if (label) rest = rest.replace(label[0], " ");
  const labelled = label?.groups!.value!.trim();
  const source = labelled ? (agencyName(labelled, agencies) ?? labelled) : firstBracketedAgency(rest, agencies);
  const date = findDate(rest);
  if (date?.iso) rest = rest.slice(0, date.index) + " " + rest.slice(date.index + date.length);
  if (!source && !date?.iso) return undefined;

  const leftover = matchKey(rest.replace(agencies.bracketed, " ").replace(UPDATE_LABEL, " "))
    .split(" ")
    .filter((word) => word && !LABELS.has(word) && !DIGITS.test(word));
  if (leftover.length > 0) return undefined;
  const found: Metadata = {};
  if (date?.iso && !UPDATE_LABEL.test(line)) found.date = date.iso;
  if (source) found.source = source;
  return found;
}
