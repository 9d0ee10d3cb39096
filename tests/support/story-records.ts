import type { ArticleRecord } from "../../src/record.ts";

/** A story long enough to be grouped with its copies (story-groups.ts never groups short ones). */
export const HOSPITAL_STORY = [
  "أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في مدينة الدمام بسعة ثلاثمئة سرير، وذلك ضمن خطة الوزارة لتوسيع الخدمات الصحية في المنطقة الشرقية خلال العامين المقبلين.",
  "وأوضح المتحدث الرسمي باسم الوزارة أن المستشفى يضم أقساما للطوارئ والعناية المركزة وجراحة القلب، ويعمل فيه أكثر من ألف موظف.",
];

/** A record with nothing in it but what the test gives. */
export function storyRecord(id: string, fields: Partial<ArticleRecord> = {}): ArticleRecord {
  return { id, file: `${id}.txt`, title: id, paragraphs: [], countries: [], officials: [], dates: [], topics: [], ...fields };
}
