import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readArticle, type ArticleContext } from "../../src/build/read-article.ts";
import { articleContext } from "../../src/build/read-articles-parallel.ts";
import type { Knowledge } from "../../src/extract/knowledge.ts";
import type { BoilerplateRules } from "../../src/ingest/boilerplate.ts";
import { PROJECT_ROOT } from "../../src/site/eleventy-site.ts";

/** An object every use of which throws, standing for a bug anywhere in the code that reads it. */
function poisoned<T>(): T {
  return new Proxy({}, { get: () => { throw new TypeError("Cannot read properties of undefined (reading 'kind')"); } }) as T;
}

const context = articleContext(undefined);
const sample = () => readFile(path.join(PROJECT_ROOT, "articles", "004_2df1704be3d1a27b.txt"));

describe("readArticle", () => {
  it("publishes an article whose extraction fails without annotations, and names the file and the stage", async () => {
    const broken: ArticleContext = { ...context, knowledge: poisoned<Knowledge>() };
    const outcome = readArticle("news/central-asia.txt", await sample(), broken);
    expect(outcome.record?.title).toBeTruthy();
    expect(outcome.record?.paragraphs.length).toBeGreaterThan(0);
    expect(outcome.record).toMatchObject({ countries: [], officials: [], topics: [] });
    expect(outcome.problems).toEqual([
      expect.objectContaining({ file: "news/central-asia.txt", severity: "error", internal: "extract", message: expect.stringMatching(/internal error in extract .*published without annotations/) }),
    ]);
    expect(outcome.problems[0]!.hint).toMatch(/bug in arshif/);
  });

  it("publishes an article whose ingest fails as plain text, its first line as the headline", () => {
    const broken: ArticleContext = { ...context, ingest: { boilerplate: poisoned<BoilerplateRules>() } };
    const text = "عنوان الخبر\n\nالفقرة الأولى من الخبر.\n\nالفقرة الثانية.";
    const outcome = readArticle("a.txt", new TextEncoder().encode(text), broken);
    expect(outcome.record).toMatchObject({ title: "عنوان الخبر", paragraphs: ["الفقرة الأولى من الخبر.", "الفقرة الثانية."] });
    expect(outcome.problems).toEqual([expect.objectContaining({ file: "a.txt", internal: "ingest" })]);
  });

  it("keeps the stack of an internal error for --debug, out of the message", async () => {
    const outcome = readArticle("a.txt", await sample(), { ...context, knowledge: poisoned<Knowledge>() });
    expect(outcome.problems[0]!.stack).toMatch(/\n\s+at /);
    expect(outcome.problems[0]!.message).not.toMatch(/\n/);
  });
});
