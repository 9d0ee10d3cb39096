import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEFAULT_MAX_BYTES, ingestFile } from "../../src/ingest/index.ts";
import type { Problem } from "../../src/record.ts";

const FIXTURES = new URL("../fixtures/ingest/", import.meta.url);

function onlyProblem(name: string, bytes: Uint8Array = readFileSync(new URL(name, FIXTURES)), maxBytes?: number): Problem {
  const { draft, problems } = ingestFile(name, bytes, maxBytes === undefined ? {} : { maxBytes });
  expect(draft).toBeUndefined();
  expect(problems).toHaveLength(1);
  const problem = problems[0]!;
  expect(problem).toMatchObject({ file: name, severity: "error" });
  expect(problem.hint).toBeTruthy();
  return problem;
}

describe("input that cannot become an article", () => {
  it("an empty file", () => {
    expect(onlyProblem("empty.txt").message).toMatch(/empty/);
  });

  it("a file of whitespace only", () => {
    expect(onlyProblem("blank.txt").message).toMatch(/empty/);
  });

  it("a file of boilerplate only", () => {
    expect(onlyProblem("only-boilerplate.txt").message).toMatch(/no story text/);
  });

  it("broken YAML front matter names the line", () => {
    const problem = onlyProblem("broken-front-matter.md");
    expect(problem.message).toMatch(/front matter.*not valid YAML/);
    expect(problem.line).toBeGreaterThanOrEqual(2);
    expect(problem.line).toBeLessThanOrEqual(5);
  });

  it("front matter that is not key: value pairs", () => {
    const problem = onlyProblem("list.md", new TextEncoder().encode("---\n- a\n- b\n---\nقال الوزير إن الاجتماع كان مثمرا.\n"));
    expect(problem.message).toMatch(/key: value/);
  });

  it("bytes that are neither UTF-8 nor plausible Windows-1256 name the first bad line", () => {
    const problem = onlyProblem("invalid-encoding.txt");
    expect(problem.message).toMatch(/neither valid UTF-8 nor plausible Windows-1256/);
    expect(problem.line).toBe(2);
  });

  it("a UTF-8 byte order mark in front of invalid UTF-8", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("خبر\n"), 0xc3, 0x28]);
    expect(onlyProblem("bom.txt", bytes).message).toMatch(/not valid UTF-8/);
  });

  it("a binary file (an image saved as .txt)", () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, ...Array(64).fill(0)]);
    expect(onlyProblem("image.txt", png).message).toMatch(/binary/);
  });

  it("a 20 MB file is refused with its size and the limit", () => {
    const line = new TextEncoder().encode("قال وزير الخارجية إن العلاقات بين البلدين تشهد تطورا مستمرا.\n");
    const bytes = new Uint8Array(20 * 1024 * 1024);
    for (let at = 0; at + line.length <= bytes.length; at += line.length) bytes.set(line, at);
    const problem = onlyProblem("huge.txt", bytes);
    expect(problem.message).toMatch(/20\.0 MB.*limit of 5\.0 MB/);
    expect(bytes.length).toBeGreaterThan(DEFAULT_MAX_BYTES);
  });

  it("the size limit is configurable", () => {
    const bytes = readFileSync(new URL("article.utf8.txt", FIXTURES));
    expect(onlyProblem("article.utf8.txt", bytes, 100).message).toMatch(/limit/);
    expect(ingestFile("article.utf8.txt", bytes, { maxBytes: bytes.length }).draft).toBeDefined();
  });

  it.each(["notes.docx", "photo.JPG", "README", "feed.xml"])("%s is not an article format", (name) => {
    const bytes = name === "notes.docx" ? readFileSync(new URL(name, FIXTURES)) : new TextEncoder().encode("نص");
    expect(onlyProblem(name, bytes).message).toMatch(/not an article format/);
  });

  it("extensions are case-insensitive and sub-folders are fine", () => {
    const bytes = readFileSync(new URL("article.utf8.txt", FIXTURES));
    expect(ingestFile("2025/01/ARTICLE.TXT", bytes).draft?.file).toBe("2025/01/ARTICLE.TXT");
  });
});
