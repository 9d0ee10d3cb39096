/**
 * Image captions that scraping leaves between paragraphs: a short line, not closed like a
 * sentence, that ends by crediting the picture to an agency or a photographer:
 * "أطفال ينتظرون الحصول على الطعام في جباليا (رويترز)", "الرئيس خلال المؤتمر (صورة أرشيفية)".
 */
import { agencyName, type Agencies } from "./agencies.ts";

const MAX_CAPTION_WORDS = 20;
const CREDIT = /[(«]\s*([^()«»]{1,40}?)\s*[)»]\s*$/u;
const PHOTO = /^(?:ال)?(?:صورة|صور|تصوير|أرشيف|ارشيف|أرشيفية|ارشيفية)(?![\p{L}])/u;
/** A sentence ends before the credit: then the credit closes a story paragraph, not a caption. */
const SENTENCE_INSIDE = /[.!?؟:؛]/u;

export function isCaption(line: string, agencies: Agencies): boolean {
  if (line.split(/\s+/, MAX_CAPTION_WORDS + 1).length > MAX_CAPTION_WORDS) return false;
  const credit = CREDIT.exec(line);
  if (!credit) return false;
  const before = line.slice(0, credit.index).trim();
  if (before === "" || SENTENCE_INSIDE.test(before)) return false;
  const credited = credit[1]!;
  return PHOTO.test(credited) || agencyName(credited, agencies) !== undefined;
}
