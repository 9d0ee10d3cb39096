/**
 * One article file through ingest and extraction, isolated from every other: an unexpected
 * error in arshif's own code becomes a problem naming the file and the stage, and the article
 * is published with what could be made (its text without annotations) instead of stopping the
 * archive.
 */
import { ingestFile, type IngestOptions } from "../ingest/index.ts";
import { decodeBytes } from "../ingest/decode.ts";
import { cleanText } from "../ingest/clean-text.ts";
import { extractRecord } from "../extract/index.ts";
import type { Knowledge } from "../extract/knowledge.ts";
import type { ArticleRecord, Draft, Problem } from "../record.ts";
import { internalProblem } from "../record-values.ts";
import { articleSearchWords } from "../search/records.ts";
import { storySketch, type StorySketch } from "../archive/story-groups.ts";

export type ExtractedRecord = Omit<ArticleRecord, "id">;

export interface ArticleOutcome {
  file: string;
  /** Absent when the file could not become an article (the problems say why). */
  record?: ExtractedRecord;
  problems: Problem[];
  /** Encoding the bytes were decoded from, when it was not UTF-8. */
  convertedFrom?: string;
  /** For an annotation written beside a .txt or .html article: that original file. */
  original?: string;
  /** The search keys of the record's headline and story (see articleSearchWords). */
  searchWords?: string;
  /** The story as grouping compares it (see storySketch). */
  sketch?: StorySketch;
  /** The file's key in the record cache (its path and bytes), when a cache is used. */
  key?: string;
}

export interface ArticleContext {
  knowledge: Knowledge;
  ingest: IngestOptions;
}

export function readArticle(file: string, bytes: Uint8Array, context: ArticleContext): ArticleOutcome {
  const problems: Problem[] = [];
  const draft = ingestIsolated(file, bytes, context.ingest, problems);
  if (!draft) return { file, problems };
  const record = extractIsolated(draft, context.knowledge, problems);
  const outcome: ArticleOutcome = { file, record, problems, searchWords: articleSearchWords(record), sketch: storySketch(record) };
  if (draft.convertedFrom) outcome.convertedFrom = draft.convertedFrom;
  if (draft.original) outcome.original = draft.original;
  return outcome;
}

function ingestIsolated(file: string, bytes: Uint8Array, options: IngestOptions, problems: Problem[]): Draft | undefined {
  try {
    const result = ingestFile(file, bytes, options);
    problems.push(...result.problems);
    return result.draft;
  } catch (error) {
    const plain = plainDraft(file, bytes);
    problems.push(
      internalProblem(file, "ingest", error, plain ? "published as plain text, without annotations" : "not published"),
    );
    return plain;
  }
}

function extractIsolated(draft: Draft, knowledge: Knowledge, problems: Problem[]): ExtractedRecord {
  const extractProblems: Problem[] = [];
  try {
    const record = extractRecord(draft, knowledge, extractProblems);
    problems.push(...extractProblems);
    return record;
  } catch (error) {
    problems.push(internalProblem(draft.file, "extract", error, "published without annotations"));
    return unannotatedRecord(draft);
  }
}

/** What a reader still gets when ingest failed: the text's lines, the first one as the headline. */
function plainDraft(file: string, bytes: Uint8Array): Draft | undefined {
  try {
    const lines = cleanText(decodeBytes(bytes).text)
      .split("\n")
      .map((line) => line.trim())
      .filter(Boolean);
    if (lines.length === 0) return undefined;
    return { file, title: lines[0]!.slice(0, 200), titleDerived: true, paragraphs: lines.slice(1), frontMatter: {} };
  } catch {
    return undefined;
  }
}

function unannotatedRecord(draft: Draft): ExtractedRecord {
  const record: ExtractedRecord = {
    file: draft.file,
    title: draft.title,
    paragraphs: draft.paragraphs,
    countries: [],
    officials: [],
    dates: [],
    topics: [],
  };
  if (draft.date !== undefined) record.date = draft.date;
  if (draft.source !== undefined) record.source = draft.source;
  if (draft.place !== undefined) record.place = draft.place;
  return record;
}
