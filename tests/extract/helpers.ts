import { loadKnowledge, type Knowledge } from "../../src/extract/knowledge.ts";
import { extractRecord } from "../../src/extract/index.ts";
import type { ArticleRecord, Draft } from "../../src/record.ts";

let shared: Knowledge | undefined;

/** The shipped knowledge, compiled once for all tests of a file. */
export function knowledge(): Knowledge {
  shared ??= loadKnowledge();
  return shared;
}

export function draftOf(text: string, extra: Partial<Draft> = {}): Draft {
  const [title = "", ...paragraphs] = text.split("\n").map((line) => line.trim()).filter(Boolean);
  return { file: "test.txt", title, titleDerived: false, paragraphs, frontMatter: {}, ...extra };
}

/** The record of a text whose first line is the title and whose other lines are paragraphs. */
export function extract(text: string, extra: Partial<Draft> = {}, using: Knowledge = knowledge()): Omit<ArticleRecord, "id"> {
  return extractRecord(draftOf(text, extra), using);
}

/** A one-sentence story: the sentence is the whole body, under a neutral title. */
export function sentence(text: string, extra: Partial<Draft> = {}): Omit<ArticleRecord, "id"> {
  return extract(`خبر\n${text}`, extra);
}

export function officialNames(text: string, extra: Partial<Draft> = {}): string[] {
  return sentence(text, extra).officials.map((o) => o.name);
}
