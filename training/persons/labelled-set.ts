/**
 * The labelled articles (articles.jsonl + labels/*.jsonl), split: batches 5, 8, 10 and 18 are held out
 * (never tuned on), the others train. See README.md.
 */
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

export interface LabelledOfficial {
  name: string;
  role?: string;
  country?: string;
}

export interface LabelledArticle {
  id: string;
  source: string;
  title: string;
  text: string;
  persons: string[];
  officials: LabelledOfficial[];
  heldOut: boolean;
}

export const HELD_OUT_BATCHES = new Set(["batch-5.jsonl", "batch-8.jsonl", "batch-10.jsonl", "batch-18.jsonl"]);

const here = (name: string) => fileURLToPath(new URL(name, import.meta.url));

function jsonLines<T>(file: string): T[] {
  return readFileSync(file, "utf8").split("\n").filter((line) => line.trim()).map((line) => JSON.parse(line) as T);
}

export function loadLabelledSet(): LabelledArticle[] {
  const articles = new Map(jsonLines<{ id: string; source: string; title: string; text: string }>(here("articles.jsonl")).map((a) => [a.id, a]));
  const labelled: LabelledArticle[] = [];
  for (const batch of readdirSync(here("labels")).filter((f) => f.endsWith(".jsonl")).sort()) {
    for (const label of jsonLines<{ id: string; persons: string[]; officials: LabelledOfficial[] }>(here(`labels/${batch}`))) {
      const article = articles.get(label.id);
      if (!article) throw new Error(`${batch}: unknown article ${label.id}`);
      labelled.push({ ...article, persons: label.persons, officials: label.officials, heldOut: HELD_OUT_BATCHES.has(batch) });
    }
  }
  return labelled;
}

/** The article as a plain-text file holds it: the headline, then the story. */
export function asTextFile(article: LabelledArticle): string {
  return `${article.title}\n\n${article.text}\n`;
}
