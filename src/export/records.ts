/**
 * The archive as data for researchers (`arshif export`): one flat record per article, as JSON
 * Lines or CSV. Pure: the archive in, lines out; the command writes them (src/cli/export.ts).
 * The fields are the data dictionary of the README ("Exporting the records").
 */
import type { Archive } from "../archive/index.ts";
import type { ArticleRecord } from "../record.ts";
import type { SiteLinks } from "../site/links.ts";

export interface ExportRecord {
  id: string;
  /** Path of the article file in the articles folder. */
  file: string;
  /** The article's page: the full URL when the site's URL is set, else its path on the site. */
  url: string;
  title: string;
  date: string | null;
  source: string | null;
  place: string | null;
  countries: string[];
  /** `name` is the person's spelling across the archive (the same in every article), not always the article's own. */
  officials: { name: string; role: string | null; country: string | null }[];
  dates: string[];
  topics: string[];
  /** Ids of the other articles of the same story; empty when it has none. */
  copies: string[];
  /** Id of the story's main article (the article's own id when it has no copies). */
  story: string;
}

export const EXPORT_FIELDS = ["id", "file", "url", "title", "date", "source", "place", "countries", "officials", "dates", "topics", "copies", "story"] as const satisfies readonly (keyof ExportRecord)[];

/** Every article of the archive as an export record, in the order of their files. */
export function exportRecords(archive: Archive, links: SiteLinks): ExportRecord[] {
  return [...archive.articles].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)).map((article) => exportRecord(article, archive, links));
}

function exportRecord(article: ArticleRecord, archive: Archive, links: SiteLinks): ExportRecord {
  const group = archive.storyOf.get(article.id);
  const members = group ? [group.main, ...group.copies] : [article];
  return {
    id: article.id,
    file: article.file,
    url: links.best(`/articles/${article.id}/`),
    title: article.title,
    date: article.date ?? null,
    source: article.source ?? null,
    place: article.place ?? null,
    countries: article.countries,
    officials: article.officials.map((o) => ({ name: o.person ?? o.name, role: o.role ?? null, country: o.country ?? null })),
    dates: article.dates,
    topics: article.topics,
    copies: members.filter((member) => member !== article).map((member) => member.id),
    story: members[0]!.id,
  };
}

/** One JSON object per line. */
export function jsonLine(record: ExportRecord): string {
  return JSON.stringify(record);
}

/** Lists in one CSV cell: values joined by this. */
export const CSV_LIST_SEPARATOR = "; ";
/** An official in one CSV cell: name, role and country (each possibly empty) joined by this. */
export const CSV_OFFICIAL_SEPARATOR = "|";

/** The header row of the CSV. */
export function csvHeader(): string {
  return EXPORT_FIELDS.map(csvCell).join(",");
}

/** One CSV row: lists joined in one cell, officials as name|role|country. */
export function csvRow(record: ExportRecord): string {
  return EXPORT_FIELDS.map((field) => csvCell(csvValue(record, field))).join(",");
}

function csvValue(record: ExportRecord, field: (typeof EXPORT_FIELDS)[number]): string {
  if (field === "officials") {
    return record.officials.map((o) => [o.name, o.role ?? "", o.country ?? ""].join(CSV_OFFICIAL_SEPARATOR)).join(CSV_LIST_SEPARATOR);
  }
  const value = record[field];
  return Array.isArray(value) ? value.join(CSV_LIST_SEPARATOR) : (value ?? "");
}

/** Text that a spreadsheet would read as a formula when a cell begins with it. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell as RFC 4180 writes it: in double quotes (doubled inside) when it holds a comma, a quote
 * or a line break. A cell that a spreadsheet would run as a formula (=, +, -, @ first) gets an
 * apostrophe before it, as OWASP advises: article text is never run by whoever opens the file.
 */
export function csvCell(text: string): string {
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
