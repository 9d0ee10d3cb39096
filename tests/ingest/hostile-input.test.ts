import { describe, expect, it } from "vitest";
import { ingestFile } from "../../src/ingest/index.ts";

function ingest(file: string, text: string) {
  return ingestFile(file, new TextEncoder().encode(text));
}

function secondsToIngest(file: string, text: string): number {
  const start = performance.now();
  ingest(file, text);
  return (performance.now() - start) / 1000;
}

describe("files shaped to break a reader", () => {
  it("a long line of words set apart by » that ends in a full stop is read in a moment", () => {
    const line = Array.from({ length: 25 }, () => "كلمة").join(" » ") + ".";
    expect(secondsToIngest("a.txt", `عنوان الخبر هنا\n${line}\nقال الوزير إن الزيارة مهمة.`)).toBeLessThan(1);
  });

  it("a text file of two hundred thousand lines is read", () => {
    const text = `قال الوزير إن الزيارة مهمة.${"\n".repeat(200_000)}وأضاف أن البلدين يعملان معا.`;
    expect(ingest("a.txt", text).draft?.paragraphs).toEqual(["قال الوزير إن الزيارة مهمة.", "وأضاف أن البلدين يعملان معا."]);
  });

  it("an HTML page nested a hundred thousand elements deep is read, with its text", () => {
    const html = `<html><body>${"<div>".repeat(100_000)}<p>قال الوزير إن الزيارة مهمة.</p></body></html>`;
    expect(ingest("a.html", html).draft?.paragraphs).toEqual(["قال الوزير إن الزيارة مهمة."]);
  });

  it("an HTML page nested two hundred elements deep keeps all its words, none run together", () => {
    const html = `<html><body>${"<div>".repeat(200)}<p>قال الوزير إن الزيارة مهمة.</p><p>وأضاف أن البلدين يعملان معا.</p></body></html>`;
    expect(ingest("a.html", html).draft?.paragraphs.join(" ")).toBe("قال الوزير إن الزيارة مهمة. وأضاف أن البلدين يعملان معا.");
  });

  it("a Markdown article of two hundred thousand brackets is read in seconds", () => {
    expect(secondsToIngest("a.md", `# عنوان الخبر\n\nقال الوزير ${"![".repeat(100_000)}`)).toBeLessThan(5);
  });
});
