import { describe, expect, it } from "vitest";
import { articleId, MAX_ID_LENGTH } from "../../src/ingest/slug.ts";

const URL_SAFE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

describe("article ids", () => {
  it("are the plain name when it is already URL-safe", () => {
    expect(articleId("kuwait-china-talks.txt")).toBe("kuwait-china-talks");
  });

  it("are the same for an article and the Markdown file annotate writes beside it", () => {
    expect(articleId("2024/خبر.txt")).toBe(articleId("2024/خبر.md"));
  });

  it("do not change between builds and machines (pinned values)", () => {
    expect(articleId("000_b40dba48844b8837.txt")).toBe("000-b40dba48844b8837-cf142616");
    expect(articleId("news/2024/الصين والكويت.txt")).toBe("news-2024-alsyn-walkwyt-7d698566");
  });

  it("are the same for NFD (macOS) and NFC file names, and for backslashes", () => {
    expect(articleId("Été/x.txt".normalize("NFD"))).toBe(articleId("Été/x.txt".normalize("NFC")));
    expect(articleId("a\\b.txt")).toBe(articleId("a/b.txt"));
  });

  it.each([
    "000_b40dba48844b8837.txt",
    "news/2024/الصين والكويت.txt",
    "../../etc/passwd",
    "/abs/path/File Name (1).HTML",
    "..",
    "中文.txt",
    "ﷺ.txt",
    `${"طويل ".repeat(60)}.txt`,
  ])("%s gives a lowercase, bounded, URL-safe id", (file) => {
    const id = articleId(file);
    expect(id).toMatch(URL_SAFE);
    expect(id.length).toBeLessThanOrEqual(MAX_ID_LENGTH);
    expect(id).not.toContain("..");
    expect(id).not.toContain("/");
  });

  it.each([
    ["a/b.txt", "a-b.txt"],
    ["News.txt", "news.txt"],
    ["سلام.txt", "صلام.txt"],
    [`${"a".repeat(100)}1.txt`, `${"a".repeat(100)}2.txt`],
  ])("%s and %s differ", (one, other) => {
    expect(articleId(one)).not.toBe(articleId(other));
  });
});
