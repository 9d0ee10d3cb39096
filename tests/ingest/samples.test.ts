import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ingestFile } from "../../src/ingest/index.ts";
import type { Draft } from "../../src/record.ts";

const ARTICLES = new URL("../../articles/", import.meta.url);
const BOILERPLATE = [
  "مشاركة :",
  "اترك رد",
  "لن يتم نشر عنوان بريدك الإلكتروني.",
  "صور ساخنة",
  "الصفحة الرئيسية >> التبادلات الدولية",
  "موقع متخصص بالشؤون الصينية",
  "0",
];

function sample(prefix: string): { lines: string[]; draft: Draft } {
  const name = readdirSync(ARTICLES).find((file) => file.startsWith(prefix))!;
  const bytes = readFileSync(new URL(name, ARTICLES));
  const { draft, problems } = ingestFile(name, bytes);
  expect(problems).toEqual([]);
  const lines = new TextDecoder().decode(bytes).split("\n").map((line) => line.trim()).filter(Boolean);
  return { lines, draft: draft! };
}

describe("the sample articles", () => {
  it.each([
    ["000", 0],
    ["001", 0],
    ["003", 1],
    ["004", 1],
  ])("%s: the headline line is the title", (prefix, headlineLine) => {
    const { lines, draft } = sample(prefix);
    expect(draft.title).toBe(lines[headlineLine]);
    expect(draft.titleDerived).toBe(false);
  });

  it("002 starts with the story: its title is cut from the first sentence, the paragraph stays whole", () => {
    const { lines, draft } = sample("002");
    const firstSentence = lines[0]!.slice(0, lines[0]!.indexOf(". "));
    expect(draft.titleDerived).toBe(true);
    expect(firstSentence.startsWith(draft.title)).toBe(true);
    expect(draft.title.split(" ").length).toBeLessThanOrEqual(15);
    expect(firstSentence.charAt(draft.title.length)).toBe(" ");
    expect(draft.paragraphs).toEqual([lines[0]]);
  });

  it.each(["000", "001", "002", "003", "004"])("%s: every story line is a paragraph, in order, and no boilerplate is", (prefix) => {
    const { lines, draft } = sample(prefix);
    const story = lines.filter((line) => line !== draft.title && !BOILERPLATE.includes(line) && !line.startsWith("/مصدر"));
    expect(draft.paragraphs).toEqual(story);
    for (const line of BOILERPLATE) expect(draft.paragraphs).not.toContain(line);
  });

  it("001 keeps its subtitle as the first paragraph", () => {
    const { lines, draft } = sample("001");
    expect(draft.paragraphs[0]).toBe(lines[1]);
  });

  it("004: published 2024-12-02 10:20 by شينخوا, dateline in تشنغدو", () => {
    const { draft } = sample("004");
    expect(draft.date).toBe("2024-12-02T10:20");
    expect(draft.source).toBe("شينخوا");
    expect(draft.place).toBe("تشنغدو");
  });

  it.each(["000", "001"])("%s: source كونا, no date (the text states none)", (prefix) => {
    const { draft } = sample(prefix);
    expect(draft.source).toBe("كونا");
    expect(draft.date).toBeUndefined();
  });

  it.each(["000", "001", "002", "003", "004"])("%s: nothing was converted and no front matter invented", (prefix) => {
    const { draft } = sample(prefix);
    expect(draft.convertedFrom).toBeUndefined();
    expect(draft.frontMatter).toEqual({});
  });
});
