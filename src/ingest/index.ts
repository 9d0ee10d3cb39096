/**
 * Ingest: the bytes of one article file in, a Draft out (DESIGN.md, first arrow). Pure: no
 * file system access; the caller reads the bytes and names the file relative to articles/.
 */
import type { Draft, Problem } from "../record.ts";
import { defaultAgencies, type Agencies } from "./agencies.ts";
import { originalOf } from "./annotated-layout.ts";
import { personalFrontMatter } from "./annotations.ts";
import { defaultBoilerplateRules, type BoilerplateRules } from "./boilerplate.ts";
import { cleanText } from "./clean-text.ts";
import { decodeBytes } from "./decode.ts";
import { frontMatterFacts, type FrontMatterFacts } from "./front-matter-facts.ts";
import { ARTICLE_EXTENSIONS, formatFor, type ParsedDocument } from "./formats/index.ts";
import { IngestError, toProblem } from "./problem.ts";
import { runRules, type IngestState } from "./rules/index.ts";

export interface IngestOptions {
  boilerplate?: BoilerplateRules;
  agencies?: Agencies;
  /** Larger files are refused with a problem; default DEFAULT_MAX_BYTES. */
  maxBytes?: number;
}

export interface IngestResult {
  draft?: Draft;
  problems: Problem[];
}

export { ARTICLE_EXTENSIONS };
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export function ingestFile(file: string, bytes: Uint8Array, options: IngestOptions = {}): IngestResult {
  const problems: Problem[] = [];
  try {
    const draft = ingest(file, bytes, options, problems);
    return { draft, problems };
  } catch (error) {
    if (error instanceof IngestError) return { problems: [...problems, toProblem(file, error)] };
    throw error;
  }
}

function ingest(file: string, bytes: Uint8Array, options: IngestOptions, problems: Problem[]): Draft {
  const format = formatFor(file);
  if (!format) {
    throw new IngestError(
      `is not an article format (articles are ${ARTICLE_EXTENSIONS.join(", ")})`,
      "Move it out of the articles folder, or save it as one of these formats.",
    );
  }
  checkSize(bytes, options.maxBytes ?? DEFAULT_MAX_BYTES);
  const decoded = decodeBytes(bytes);
  const text = cleanText(decoded.text);
  if (text.trim() === "") throw emptyFile();

  const document = format(text);
  const facts = frontMatterFacts(document.frontMatter, file, problems);
  const state = runRules(initialState(document, facts, options));
  if (state.blocks.length === 0) {
    throw new IngestError(
      "has no story text: every line is page boilerplate, a headline or a source/date line",
      "If it is a story, a rule in boilerplate.yaml may match its lines; otherwise remove the file.",
    );
  }

  const draft: Draft = {
    file,
    title: state.title!,
    titleDerived: state.titleDerived,
    paragraphs: state.blocks,
    frontMatter: personalFrontMatter(document.frontMatter),
  };
  if (state.source !== undefined) draft.source = state.source;
  if (state.place !== undefined) draft.place = state.place;
  if (state.date !== undefined) draft.date = state.date;
  if (decoded.convertedFrom) draft.convertedFrom = decoded.convertedFrom;
  const original = originalOf(file, document.frontMatter);
  if (original) draft.original = original;
  return draft;
}

function checkSize(bytes: Uint8Array, maxBytes: number): void {
  if (bytes.length === 0) throw emptyFile();
  if (bytes.length > maxBytes) {
    throw new IngestError(
      `is ${megabytes(bytes.length)} MB, larger than the limit of ${megabytes(maxBytes)} MB for one article`,
      "Split it into one file per article, or raise the limit (maxBytes) if it really is one article.",
    );
  }
}

function emptyFile(): IngestError {
  return new IngestError("is empty", "Put the article's text in it, or remove the file.");
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}

function initialState(document: ParsedDocument, facts: FrontMatterFacts, options: IngestOptions): IngestState {
  const state: IngestState = {
    blocks: document.blocks,
    titleDerived: false,
    boilerplate: options.boilerplate ?? defaultBoilerplateRules(),
    agencies: options.agencies ?? defaultAgencies(),
    kinds: { edge: new Map(), furniture: new Map() },
  };
  const title = facts.title ?? document.heading;
  const date = facts.date ?? document.published;
  if (title !== undefined) state.title = title;
  if (date !== undefined) state.date = date;
  if (facts.source !== undefined) state.source = facts.source;
  if (facts.place !== undefined) state.place = facts.place;
  return state;
}
