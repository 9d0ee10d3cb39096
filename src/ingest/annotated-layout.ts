/**
 * Where annotations live. A Markdown article carries its own front matter. A .txt or .html
 * article gets a Markdown file beside it (same name, .md) whose front matter names the
 * original under ORIGINAL_KEY; from then on that Markdown file is the article and the
 * original is superseded, so an archive never counts one story twice.
 */
import path from "node:path/posix";
import type { Draft } from "../record.ts";
import { ORIGINAL_KEY } from "./annotations.ts";
import type { FrontMatter } from "./front-matter.ts";

const MARKDOWN = /\.(md|markdown)$/i;

/** The file that holds the annotations of an article file (itself for Markdown). */
export function annotationFileFor(file: string): string {
  return MARKDOWN.test(file) ? file : file.replace(/\.[^./]+$/, "") + ".md";
}

/** The original an annotated Markdown file was written from, relative to the articles folder. */
export function originalOf(file: string, frontMatter: FrontMatter): string | undefined {
  const original = frontMatter[ORIGINAL_KEY];
  if (typeof original !== "string" || original.includes("/") || original.includes("\\") || original.startsWith(".")) return undefined;
  return path.join(path.dirname(file), original);
}

/** Files that an annotated Markdown file among the drafts stands for. */
export function supersededFiles(drafts: readonly Pick<Draft, "original">[]): Set<string> {
  return new Set(drafts.flatMap((draft) => (draft.original ? [draft.original] : [])));
}
