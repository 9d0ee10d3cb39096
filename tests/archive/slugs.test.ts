import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { buildArchive, type Archive, type ArchiveNaming } from "../../src/archive/index.ts";
import { uniqueSlugs } from "../../src/archive/slugs.ts";
import { articleId, slugOf } from "../../src/ingest/slug.ts";
import type { ArticleRecord } from "../../src/record.ts";

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const RESERVED = ["page", "search", "assets", "pagefind", "feed", "sitemap"];

const naming: ArchiveNaming = { countryName: (code) => code, topicLabel: (id) => id, officialSlug: (official) => slugOf(official.name) };

function article(file: string, fields: Partial<ArticleRecord> = {}): ArticleRecord {
  return { id: articleId(file), file, title: file, paragraphs: [], countries: [], officials: [], dates: [], topics: [], ...fields };
}

function ids(files: string[]): Map<string, string> {
  return new Map(buildArchive(files.map((file) => article(file)), naming).articles.map((a) => [a.file, a.id]));
}

describe("article addresses", () => {
  it("differ for foo.txt and foo.TXT, for note.txt and a note.md that is not its annotation, and for a file named like another's hashed id", () => {
    const files = ["foo.txt", "foo.TXT", "note.txt", "note.md", "Bar.txt", `${articleId("Bar.txt")}.txt`];
    const given = ids(files);
    expect(new Set(given.values()).size).toBe(files.length);
    for (const id of given.values()) expect(id).toMatch(SLUG);
  });

  it("stay the same for a file as long as its path and the files it collides with stay", () => {
    const alone = ids(["foo.txt", "foo.TXT", "other.txt"]);
    const more = ids(["foo.TXT", "zzz.md", "foo.txt", "aaa.html"]);
    expect(more.get("foo.txt")).toBe(alone.get("foo.txt"));
    expect(more.get("foo.TXT")).toBe(alone.get("foo.TXT"));
    expect(alone.get("other.txt")).toBe("other");
  });

  it("are never a name the site uses for its own pages, nor empty", () => {
    const given = ids([...RESERVED.map((name) => `${name}.txt`), "-.txt", "..md"]);
    for (const id of given.values()) {
      expect(id).toMatch(SLUG);
      expect(RESERVED).not.toContain(id);
    }
  });
});

describe("official addresses", () => {
  it("differ for two identities of one name from different countries, and do not depend on the order of the records", () => {
    const records = [
      article("a.txt", { officials: [{ name: "جون بولتون", country: "US" }] }),
      article("b.txt", { officials: [{ name: "جون بولتون", country: "GB" }] }),
      article("c.txt", { officials: [{ name: "جون بولتون" }] }),
    ];
    const slugs = (list: ArticleRecord[]) => new Map(buildArchive(list, naming).officials.map((o) => [o.country ?? "", o.slug]));
    const given = slugs(records);
    expect(new Set(given.values()).size).toBe(3);
    expect(slugs([...records].reverse())).toEqual(given);
  });

  it("are made from a name of punctuation or reserved words too", () => {
    const records = ["", "..", "page", "../../etc"].map((name, i) => article(`${i}.txt`, { officials: [{ name }] }));
    for (const official of buildArchive(records, naming).officials) {
      expect(official.slug).toMatch(SLUG);
      expect(RESERVED).not.toContain(official.slug);
    }
  });
});

describe("topic and country addresses", () => {
  it("stay inside their section whatever id or code a record carries", () => {
    const archive = buildArchive([article("a.txt", { topics: ["..", "page", "energy", "a/b"], countries: ["../../X", "CN", ""] })], naming);
    expect(archive.topics.find((t) => t.id === "energy")!.slug).toBe("energy");
    expect(archive.countries.find((c) => c.code === "CN")!.slug).toBe("cn");
    for (const slug of [...archive.topics, ...archive.countries].map((entry) => entry.slug)) {
      expect(slug).toMatch(SLUG);
      expect(RESERVED).not.toContain(slug);
    }
  });
});

describe("the archive's indexes", () => {
  it("keep a __proto__ topic, country or official as a key of their own, reaching no prototype", () => {
    const archive = buildArchive(
      [article("a.txt", { topics: ["__proto__", "constructor"], countries: ["__proto__"], officials: [{ name: "__proto__" }] })],
      naming,
    );
    expect(archive.topicById["__proto__"]!.id).toBe("__proto__");
    expect(archive.countryByCode["__proto__"]!.code).toBe("__proto__");
    expect(archive.topicById["toString"]).toBeUndefined();
    expect(Object.isFrozen(archive.topicById)).toBe(true);
    expect(Object.keys(Object.prototype)).toEqual([]);
  });

  it("pass through Eleventy's data merge as they are, changing no prototype and renaming no key", () => {
    // Eleventy merges global data with this function before any template sees it.
    const { Merge } = createRequire(import.meta.url)("@11ty/eleventy-utils") as { Merge: (...data: object[]) => { archive: Archive } };
    const archive = buildArchive([article("a.txt", { topics: ["__proto__", "override:energy"], countries: ["__proto__"] })], naming);
    const merged = Merge({}, { archive }).archive;
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(Object.keys(merged.topicById)).toEqual(["__proto__", "override:energy"]);
    expect(merged.countryByCode["__proto__"]!.code).toBe("__proto__");
  });

  it("count a date that is no calendar date as no date", () => {
    const archive = buildArchive(["not-a-date", "9999-12-31", "2024-13-45", "2024-01-02"].map((date, i) => article(`${i}.txt`, { date })), naming);
    expect(archive.months.map((m) => m.key)).toEqual(["2024-01"]);
    expect(archive.undated).toHaveLength(3);
  });
});

describe("uniqueSlugs", () => {
  it("gives every key a slug of its own even when one asks for the hashed slug another would get", () => {
    const [hashed] = uniqueSlugs([{ key: "a", slug: "x" }, { key: "b", slug: "x" }]);
    const slugs = uniqueSlugs([{ key: "a", slug: "x" }, { key: "b", slug: "x" }, { key: "c", slug: hashed! }]);
    expect(new Set(slugs).size).toBe(3);
    expect(slugs[2]).toBe(hashed);
  });
});
