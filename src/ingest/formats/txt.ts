import { cleanLine } from "../clean-text.ts";
import type { ParsedDocument } from "./index.ts";

/** No line of a hard-wrapped text is longer than this. */
const MAX_WRAP_WIDTH = 100;
/** A line broken by wrapping fills most of the width. */
const MIN_FILL = 0.6;
const SENTENCE_END = /[.!?؟:»"”]$/u;

/**
 * Plain text as scraped news comes: each non-empty line is a block. Text wrapped at a fixed
 * width (short lines, paragraphs set apart by blank lines) has its paragraphs joined back.
 */
export function parseText(text: string): ParsedDocument {
  const lines = text.split("\n").map(cleanLine);
  const blocks = isHardWrapped(lines) ? paragraphs(lines).map((lines) => lines.join(" ")) : lines.filter((line) => line !== "");
  return { blocks, frontMatter: {} };
}

function paragraphs(lines: string[]): string[][] {
  const result: string[][] = [[]];
  for (const line of lines) {
    if (line !== "") result[result.length - 1]!.push(line);
    else if (result[result.length - 1]!.length > 0) result.push([]);
  }
  return result.filter((paragraph) => paragraph.length > 0);
}

function isHardWrapped(lines: string[]): boolean {
  const width = lines.reduce((widest, line) => Math.max(widest, line.length), 0);
  const all = paragraphs(lines);
  if (width > MAX_WRAP_WIDTH || all.length < 2 || !all.some((paragraph) => paragraph.length >= 3)) return false;
  const broken = all.flatMap((paragraph) => paragraph.slice(0, -1));
  return (
    broken.every((line) => line.length >= width * MIN_FILL) &&
    broken.filter((line) => SENTENCE_END.test(line)).length <= broken.length / 5
  );
}
