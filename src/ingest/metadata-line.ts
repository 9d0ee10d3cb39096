/**
 * A line that states when and where from a page published its story, and nothing else:
 * "/مصدر: شينخوا/   2024:12:02.10:20", "نشر في: 02/12/2024 - 10:20 م", "المصدر: وكالات",
 * "بكين 2 ديسمبر 2024 (شينخوا)". Such lines sit around the headline or at the very end.
 */
import { foldDigits } from "../text/normalize.ts";
import { agencyName, firstBracketedAgency, type Agencies } from "./agencies.ts";
import { findDate, findHijriDate } from "./date-expression.ts";
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
    "الموافق ل", "نشر", "نشر بتاريخ", "تم النشر", "gst", "ast", "est", "cet", "ksa", "uae",
  ].flatMap((label) => matchKey(label).split(" ")),
);
/** A date the page gives as an update, not as the publication: the line is read up to here. */
const UPDATE_LABEL = /(?<![\p{L}])(?:(?:آخر|اخر)\s+)?(?:تحديث|تعديل)(?![\p{L}])|محدث|updated|modified/iu;
/** The time zone a page names: "بتوقيت أبوظبي", "بتوقيت مكة المكرمة", "توقيت غرينتش". */
const TIME_ZONE = /ب?توقيت\s+[\p{L}\p{M}]+(?:\s+(?:المكرمة|المنورة))?/gu;
/** Parts of a line set apart: "سكاي نيوز عربية - أبوظبي", "عبد الله مسلم |02.12.2024". */
const PART_SEPARATOR = /\s*\|\s*|\s+[-–—]\s+/u;
const PLACE_SEPARATOR = /\s+[-–—]\s+/u;
/** Outlets and agencies that share a credit: "فرانس24/ أ ف ب", "الجزيرة + وكالات". */
const CREDIT_SEPARATOR = /\s*[|+]\s*|\s+[-–—/]\s*|\s*[-–—/]\s+/u;
/** "منذ 3 ساعات" beside a date: the page's clock, not a fact. */
const RELATIVE_TIME = /^منذ\s+(?:\d+\s+)?[\p{L}]+$/u;
/** A time printed apart from its date: "نُشر: 10:20-2 ديسمبر 2024". */
const LONE_TIME = /(?<![\d:])(\d{1,2}):(\d{2})(?![\d:])(?:\s*(ص|م)(?![\p{L}]))?/u;
/** A place or a person's name: a few words of letters. */
const NAME_PART = /^[\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+){0,3}$/u;
const SOURCE_LABEL = /(?:^|[\s/|(])(?:ال)?مصدر\s*[:：\-–]\s*(?<value>[^/|()،,:\d]+)/u;
const DIGITS = /^\d+$/;
const QUOTED_OUTLET = /^([\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+){0,2})\s*[-–—:/]\s*[«"“]([^»"”]{1,30})[»"”]\s*:?$/u;

/** What a metadata line states; undefined when the line says anything else. */
export function parseMetadataLine(line: string, agencies: Agencies): Metadata | undefined {
  if (line.split(/\s+/, MAX_WORDS + 1).length > MAX_WORDS) return undefined;
  const update = UPDATE_LABEL.exec(line);
  if (update) {
    // "نشر في: … | آخر تحديث: …": the publication part counts; a line that only states an update says nothing.
    const before = line.slice(0, update.index).replace(/[\s|،,\-–—:]+$/u, "");
    if (before.trim() !== "") return parseMetadataLine(before, agencies);
    const after = line.slice(update.index + update[0].length);
    return findDate(after)?.iso && parseMetadataLine(after, agencies) ? {} : undefined;
  }
  const dateline = parseDateline(line, agencies);
  if (dateline && dateline.length >= line.trimEnd().length) {
    const { length: _length, ...facts } = dateline;
    return facts;
  }
  return outletAndPlace(line, agencies) ?? quotedOutlet(line, agencies) ?? labelledLine(line, agencies);
}

/** Place and an outlet named in quotes, known or not: "الكويت - «الراي»", "رام الله - "القدس العربي":". */
function quotedOutlet(line: string, agencies: Agencies): Metadata | undefined {
  const match = QUOTED_OUTLET.exec(line.trim());
  if (!match) return undefined;
  const name = match[2]!.trim();
  return { place: match[1]!, source: agencyName(name, agencies) ?? name };
}

/** An outlet and the place it writes from, outlet first: "هسبريس - الرباط", "سكاي نيوز عربية - أبوظبي". */
function outletAndPlace(line: string, agencies: Agencies): Metadata | undefined {
  const credits = line.trim().split(CREDIT_SEPARATOR);
  if (credits.length > 1 && credits.every((credit) => agencyName(credit, agencies))) return { source: agencyName(credits[0]!, agencies)! };
  // Only a dash sets a place apart: "الجزيرة نت | أخبار" names a section.
  const parts = line.trim().split(PLACE_SEPARATOR);
  if (parts.length !== 2) return undefined;
  const source = agencyName(parts[0]!, agencies);
  const place = parts[1]!.trim();
  if (!source || !NAME_PART.test(place) || agencyName(place, agencies)) return undefined;
  return isCompiled(place) ? { source } : { source, place };
}

/**
 * "عين اليوم – متابعات", "سلوى سعد – متابعات": what a credit line writes where the place or the
 * outlet would stand when the story is compiled from others' reports; it names neither.
 */
const COMPILED = new Set(["متابعات", "خاص", "تقارير"].map(matchKey));

export function isCompiled(part: string): boolean {
  return COMPILED.has(matchKey(part));
}

function labelledLine(line: string, agencies: Agencies): Metadata | undefined {
  let rest = foldDigits(line).replace(TIME_ZONE, " ");
  // A part that only names an outlet ("arabic.news.cn | 2024-12-02") is the source; one that only
  // names a person next to a date ("عبد الله مسلم |02.12.2024") is a byline.
  let named: string | undefined;
  let byline = false;
  const parts = rest.split(PART_SEPARATOR);
  if (parts.length > 1) {
    rest = parts
      .filter((part) => {
        const agency = agencyName(part, agencies);
        if (agency) named ??= agency;
        else if (RELATIVE_TIME.test(part.trim())) return false;
        else if (NAME_PART.test(part.trim()) && !findDate(part)) byline = true;
        else return true;
        return false;
      })
      .join(" | ");
  }
  const label = SOURCE_LABEL.exec(rest);
  if (label) rest = rest.replace(label[0], " ");
  const labelled = label?.groups!.value!.trim();
  const source = labelled ? (agencyName(labelled, agencies) ?? firstAgency(labelled, agencies) ?? labelled) : (named ?? firstBracketedAgency(rest, agencies));
  // A Gregorian date wins; a page that prints only the Hijri one has stated its day too.
  const date = findDate(rest)?.iso ? findDate(rest) : (findHijriDate(rest) ?? findDate(rest));
  let iso = date?.iso;
  if (date && iso) rest = rest.slice(0, date.index) + " " + rest.slice(date.index + date.length);
  if (!source && !iso) return undefined;
  if (byline && !iso) return undefined;
  const time = iso && iso.length === 10 ? LONE_TIME.exec(rest) : null;
  if (iso && time) {
    const hour = Number(time[1]) + (time[3] === "م" && Number(time[1]) < 12 ? 12 : 0);
    if (hour < 24 && Number(time[2]) < 60) iso = `${iso}T${String(hour).padStart(2, "0")}:${time[2]}`;
    rest = rest.replace(time[0], " ");
  }

  const leftover = matchKey(rest.replace(agencies.bracketed, " "))
    .split(" ")
    .filter((word) => word && !LABELS.has(word) && !DIGITS.test(word));
  if (leftover.length > 0) return undefined;
  const found: Metadata = {};
  if (iso) found.date = iso;
  if (source) found.source = source;
  return found;
}

/**
 * The first of several sources a label names, as the archive writes it when it knows it:
 * "الجزيرة + وكالات" → الجزيرة نت, "الميادين نت + وكالات" → الميادين نت.
 */
function firstAgency(text: string, agencies: Agencies): string | undefined {
  const parts = text.split(/\s*[+،,&]\s*|\s+و(?=\p{L})/u).map((part) => part.trim());
  if (parts.length < 2 || !parts[0]) return undefined;
  return agencyName(parts[0], agencies) ?? parts[0];
}
