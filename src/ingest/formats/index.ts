/** Article file formats, each turning cleaned text into the blocks of one document. */
import type { FrontMatter } from "../front-matter.ts";
import { parseHtml } from "./html.ts";
import { parseMarkdown } from "./markdown.ts";
import { parseText } from "./txt.ts";

/** A file's content before any news-specific reading: blocks of text in reading order. */
export interface ParsedDocument {
  /** Paragraph-like blocks, display text, one line each, none empty. */
  blocks: string[];
  /** The headline when the markup marks one (Markdown heading, HTML h1). */
  heading?: string;
  /** Publication date-time the markup states (HTML meta), YYYY-MM-DD[THH:mm]. */
  published?: string;
  frontMatter: FrontMatter;
}

export type Format = (text: string) => ParsedDocument;

const FORMATS: Record<string, Format> = {
  ".txt": parseText,
  ".md": parseMarkdown,
  ".markdown": parseMarkdown,
  ".html": parseHtml,
  ".htm": parseHtml,
};

export const ARTICLE_EXTENSIONS: readonly string[] = Object.keys(FORMATS);

/** The lowercased article extension of a path, if it has one. */
export function articleExtension(file: string): string | undefined {
  const match = /\.[^./]+$/.exec(file);
  const extension = match?.[0].toLowerCase();
  return extension && extension in FORMATS ? extension : undefined;
}

export function formatFor(file: string): Format | undefined {
  const extension = articleExtension(file);
  return extension ? FORMATS[extension] : undefined;
}
