import { readArticleFiles } from "../files/read-articles.ts";
import { ingestFile, type IngestOptions } from "../ingest/index.ts";
import { articleId } from "../ingest/slug.ts";
import { extractRecord } from "../extract/index.ts";
import type { Knowledge } from "../extract/knowledge.ts";
import { unifyOfficials } from "../archive/identities.ts";
import { buildArchive, type Archive, type ArchiveNaming } from "../archive/index.ts";
import type { ArticleRecord, Problem } from "../record.ts";

export interface LoadReport {
  filesRead: number;
  /** Files decoded from an encoding other than UTF-8, with that encoding. */
  converted: { file: string; encoding: string }[];
  problems: Problem[];
  /** [original, annotated Markdown file]: originals that their annotation stands in for. */
  superseded: [string, string][];
  /** Milliseconds per stage. */
  timings: Record<string, number>;
}

export interface LoadedArchive {
  archive: Archive;
  report: LoadReport;
}

/** files → drafts → records → archive: the whole pipeline up to what Eleventy renders. */
export async function loadArchive(
  articlesDir: string,
  knowledge: Knowledge,
  naming: ArchiveNaming,
  ingestOptions: IngestOptions = {},
): Promise<LoadedArchive> {
  const report: LoadReport = { filesRead: 0, converted: [], problems: [], superseded: [], timings: {} };
  const started = performance.now();
  const records: ArticleRecord[] = [];
  const annotated = new Map<string, string>(); // original file → the annotated Markdown file that stands for it

  for await (const { file, bytes } of readArticleFiles(articlesDir)) {
    report.filesRead++;
    const { draft, problems } = ingestFile(file, bytes, ingestOptions);
    report.problems.push(...problems);
    if (!draft) continue;
    if (draft.convertedFrom) report.converted.push({ file, encoding: draft.convertedFrom });
    if (draft.original) annotated.set(draft.original, file);
    records.push({ id: articleId(file), ...extractRecord(draft, knowledge) });
  }
  const current = records.filter((record) => !annotated.has(record.file));
  const read = new Set(records.map((record) => record.file));
  report.superseded = [...annotated].filter(([original]) => read.has(original));
  report.timings.read_extract = performance.now() - started;

  const archiveStarted = performance.now();
  const archive = buildArchive(unifyOfficials(current, knowledge), naming);
  report.timings.archive = performance.now() - archiveStarted;
  return { archive, report };
}
