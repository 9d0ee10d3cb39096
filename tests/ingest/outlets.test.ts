/**
 * Scraped pages from many Arabic outlets (tests/fixtures/ingest/outlets), each with the
 * result a reader expects: headline, first and last story paragraph, how many paragraphs,
 * and the source, publication date and place the page states (null: it states none).
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ingestFile } from "../../src/ingest/index.ts";

const DIR = new URL("../fixtures/ingest/outlets/", import.meta.url);

interface Expected {
  title: string | null;
  titleDerived: boolean;
  first: string;
  last: string;
  paragraphs: number;
  source: string | null;
  date: string | null;
  place: string | null;
}

const fixtures = readdirSync(DIR)
  .filter((name) => /\.(txt|html)$/.test(name))
  .sort()
  .map((name) => {
    const expected = JSON.parse(readFileSync(new URL(name.replace(/\.\w+$/, ".json"), DIR), "utf8")) as Expected;
    return { name, expected };
  });

describe.each(fixtures)("$name", ({ name, expected }) => {
  const { draft, problems } = ingestFile(name, readFileSync(new URL(name, DIR)));
  const found = draft!;

  it("is read without problems", () => {
    expect(problems).toEqual([]);
  });

  it("has its headline as the title", () => {
    if (expected.title !== null) expect(found.title).toBe(expected.title);
    else expect(expected.first).toContain(found.title);
    expect(found.titleDerived).toBe(expected.titleDerived);
  });

  it("keeps every story paragraph and nothing else", () => {
    expect(found.paragraphs[0]).toBe(expected.first);
    expect(found.paragraphs.at(-1)).toBe(expected.last);
    expect(found.paragraphs).toHaveLength(expected.paragraphs);
  });

  it("reads source, date and place as the page states them", () => {
    expect({ source: found.source ?? null, date: found.date ?? null, place: found.place ?? null }).toEqual({
      source: expected.source,
      date: expected.date,
      place: expected.place,
    });
  });
});
