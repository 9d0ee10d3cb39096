import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { archiveSources } from "../../src/archive/sources.ts";
import { sourceResolver, sourcesData } from "../../src/extract/sources.ts";
import type { ArticleRecord } from "../../src/record.ts";

function article(id: string, source?: string): ArticleRecord {
  return { id, file: `${id}.txt`, title: id, paragraphs: [], countries: [], officials: [], dates: [], topics: [], ...(source !== undefined && { source }) };
}

const resolve = sourceResolver(sourcesData(undefined));

describe("the sources of an archive", () => {
  it("groups the articles of a source however they write it, under its Arabic name and id", () => {
    const { sources, bySourceText } = archiveSources([article("a", "skynews"), article("b", "Sky News Arabia"), article("c", "CNN"), article("d")], resolve);
    expect(sources.map((s) => [s.slug, s.name, s.articles.length])).toEqual([["skynews", "سكاي نيوز عربية", 2], ["cnn", "سي إن إن بالعربية", 1]]);
    expect(bySourceText["Sky News Arabia"]!.slug).toBe("skynews");
  });

  it("names a source the data files do not list by its most frequent spelling, with an address of its own", () => {
    const { sources } = archiveSources([article("a", "صحيفة الأفق"), article("b", "صحيفة الافق"), article("c", "صحيفة الأفق")], resolve);
    expect(sources).toHaveLength(1);
    expect(sources[0]!.name).toBe("صحيفة الأفق");
    expect(sources[0]!.slug).toMatch(/^[a-z0-9-]+$/);
  });

  it("gives every source of any text an address of its own", () => {
    fc.assert(fc.property(fc.array(fc.string({ maxLength: 12 }), { maxLength: 20 }), (texts) => {
      const { sources } = archiveSources(texts.map((t, i) => article(`a${i}`, t)), resolve);
      const slugs = sources.map((s) => s.slug);
      expect(new Set(slugs).size).toBe(slugs.length);
      for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9][a-z0-9-]*$/);
    }));
  });
});
