/**
 * `arshif annotate` on disk: writes each article's record as YAML front matter a person can
 * correct, into the article itself (Markdown) or into a Markdown file beside it (.txt, .html;
 * see ingest/annotated-layout.ts). Values a person changed are kept (ingest/annotations.ts).
 */
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { ArticleRecord, Problem } from "../record.ts";
import { annotationFileFor, originalOf } from "../ingest/annotated-layout.ts";
import { annotationFields, GENERATED_KEY, mergeAnnotations, ORIGINAL_KEY } from "../ingest/annotations.ts";
import { decodeBytes } from "../ingest/decode.ts";
import { readFrontMatter, writeFrontMatter, type FrontMatter } from "../ingest/front-matter.ts";
import { markdownBody } from "../ingest/markdown-body.ts";
import { IngestError, toProblem } from "../ingest/problem.ts";

export interface AnnotateOutcome {
  /** The file written (or that would have been), as given. */
  target: string;
  changed: boolean;
  problems: Problem[];
}

export interface AnnotateSummary {
  written: string[];
  unchanged: string[];
  problems: Problem[];
}

/** Annotates the article file at `file` (a path on disk) with its record. */
export async function annotateFile(file: string, record: ArticleRecord): Promise<AnnotateOutcome> {
  const target = annotationFileFor(file);
  const outcome: AnnotateOutcome = { target, changed: false, problems: [] };
  try {
    const before = existsSync(target) ? decodeBytes(await readFile(target)).text : undefined;
    const after = annotatedText(file, target, before, record);
    if (after !== before) {
      await writeFile(target, after, "utf8");
      outcome.changed = true;
    }
  } catch (error) {
    if (!(error instanceof IngestError)) throw error;
    outcome.problems.push(toProblem(record.file, error));
  }
  return outcome;
}

/** Annotates every record's file below articlesDir, one after another. */
export async function annotateArticles(articlesDir: string, records: Iterable<ArticleRecord>): Promise<AnnotateSummary> {
  const summary: AnnotateSummary = { written: [], unchanged: [], problems: [] };
  for (const record of records) {
    const outcome = await annotateFile(path.join(articlesDir, record.file), record);
    const target = path.relative(articlesDir, outcome.target).split(path.sep).join("/");
    summary.problems.push(...outcome.problems);
    if (outcome.problems.length === 0) (outcome.changed ? summary.written : summary.unchanged).push(target);
  }
  return summary;
}

function annotatedText(file: string, target: string, before: string | undefined, record: ArticleRecord): string {
  const extracted = annotationFields(record);
  if (before === undefined) {
    const frontMatter = withOriginal(mergeAnnotations({}, extracted), path.basename(file));
    return writeFrontMatter(frontMatter, markdownBody(record.paragraphs));
  }
  const { frontMatter, body } = readFrontMatter(before);
  if (target !== file && originalOf(path.basename(target), frontMatter) !== path.basename(file)) {
    throw new IngestError(
      `cannot be annotated: ${path.basename(target)} already exists beside it and is not its annotation`,
      `Rename one of the two files, or add "${ORIGINAL_KEY}: ${path.basename(file)}" to the front matter of ${path.basename(target)}.`,
    );
  }
  return writeFrontMatter(mergeAnnotations(frontMatter, extracted), body);
}

/** Puts the name of the original before the machine's bookkeeping, where a person looks last. */
function withOriginal(frontMatter: FrontMatter, original: string): FrontMatter {
  const { [GENERATED_KEY]: generated, ...fields } = frontMatter;
  return generated === undefined ? { ...fields, [ORIGINAL_KEY]: original } : { ...fields, [ORIGINAL_KEY]: original, [GENERATED_KEY]: generated };
}
