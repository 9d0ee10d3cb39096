import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ingestFile } from "../../src/ingest/index.ts";

const FIXTURES = new URL("../fixtures/ingest/", import.meta.url);

function ingestFixture(name: string) {
  return ingestFile(name, readFileSync(new URL(name, FIXTURES)));
}

describe("one article saved in different encodings", () => {
  const reference = ingestFixture("article.utf8.txt");

  it("reads the UTF-8 original (CRLF line ends) fully", () => {
    expect(reference.problems).toEqual([]);
    expect(reference.draft).toMatchObject({
      title: "الرياض وبكين توقعان اتفاقية للتعاون في مجال الطاقة المتجددة",
      date: "2025-01-05T09:30",
      source: "واس",
      place: "الرياض",
    });
    expect(reference.draft!.paragraphs).toHaveLength(3);
    expect(reference.draft!.convertedFrom).toBeUndefined();
  });

  it.each([
    ["article.utf8-bom.txt", undefined],
    ["article.utf16le.txt", "utf-16le"],
    ["article.utf16be.txt", "utf-16be"],
    ["article.cp1256.txt", "windows-1256"],
  ])("%s gives the same draft, converted from %s", (name, encoding) => {
    const { draft, problems } = ingestFixture(name);
    expect(problems).toEqual([]);
    const { convertedFrom, file, ...rest } = draft!;
    const { file: _file, ...expected } = reference.draft!;
    expect(file).toBe(name);
    expect(rest).toEqual(expected);
    expect(convertedFrom).toBe(encoding);
  });
});
