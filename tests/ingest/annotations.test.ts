import { describe, expect, it } from "vitest";
import {
  annotationFields,
  GENERATED_KEY,
  mergeAnnotations,
  personalFrontMatter,
} from "../../src/ingest/annotations.ts";
import { supersededFiles, annotationFileFor, originalOf } from "../../src/ingest/annotated-layout.ts";
import type { ArticleRecord } from "../../src/record.ts";

const record: ArticleRecord = {
  id: "a",
  file: "a.txt",
  title: "الصين والكويت تبحثان التعاون",
  date: "2024-12-02",
  source: "شينخوا",
  paragraphs: ["قال الوزير إن الاجتماع كان مثمرا."],
  countries: ["CN", "KW"],
  officials: [{ name: "وانغ يي", role: "وزير الخارجية", country: "CN" }],
  dates: ["2024-12-02"],
  topics: ["diplomacy"],
};

describe("mergeAnnotations", () => {
  const first = mergeAnnotations({}, annotationFields(record));

  it("writes every extracted field, and remembers what it wrote", () => {
    expect(first).toMatchObject({ title: record.title, date: "2024-12-02", source: "شينخوا", countries: ["CN", "KW"], topics: ["diplomacy"] });
    expect(Object.keys(first[GENERATED_KEY] as object)).toEqual(["title", "date", "source", "countries", "officials", "dates", "topics"]);
    expect(first).not.toHaveProperty("paragraphs");
    expect(first).not.toHaveProperty("place");
  });

  it("keeps a value a person edited, updates the machine's others, and adds new fields", () => {
    const edited = { ...first, countries: ["KW"] };
    const next = mergeAnnotations(edited, { ...annotationFields(record), topics: ["energy"], place: "بكين" });
    expect(next.countries).toEqual(["KW"]);
    expect(next.topics).toEqual(["energy"]);
    expect(next.place).toBe("بكين");
    expect(next[GENERATED_KEY]).not.toHaveProperty("countries");
    // and the person's value stays theirs on every later run
    const later = mergeAnnotations(next, { ...annotationFields(record), countries: ["CN", "KW", "US"] });
    expect(later.countries).toEqual(["KW"]);
  });

  it("does not bring back a value a person deleted", () => {
    const { source: _deleted, ...withoutSource } = first;
    const next = mergeAnnotations(withoutSource, annotationFields(record));
    expect(next).not.toHaveProperty("source");
    expect(mergeAnnotations(next, annotationFields(record))).not.toHaveProperty("source");
  });

  it("keeps values a person wrote before any annotation, and their own keys", () => {
    const next = mergeAnnotations({ title: "عنوان المحرر", note: "راجعه أحمد" }, annotationFields(record));
    expect(next.title).toBe("عنوان المحرر");
    expect(next.note).toBe("راجعه أحمد");
    expect(next.countries).toEqual(["CN", "KW"]);
  });

  it("drops a machine value that extraction no longer finds", () => {
    const { date: _date, ...withoutDate } = annotationFields(record);
    expect(mergeAnnotations(first, withoutDate)).not.toHaveProperty("date");
  });

  it("sees no edit where only key order inside a value differs", () => {
    const reordered = { ...first, officials: [{ country: "CN", role: "وزير الخارجية", name: "وانغ يي" }] };
    const next = mergeAnnotations(reordered, { ...annotationFields(record), officials: [] });
    expect(next.officials).toEqual([]);
  });

  it("is pure: the existing front matter is not changed", () => {
    const existing = structuredClone(first);
    mergeAnnotations(existing, { ...annotationFields(record), topics: [] });
    expect(existing).toEqual(first);
  });
});

describe("personal front matter", () => {
  it("is what a person wrote or changed, without the machine's values and bookkeeping", () => {
    const annotated = { ...mergeAnnotations({}, annotationFields(record)), countries: ["KW"], arshif_original: "a.txt" };
    expect(personalFrontMatter(annotated)).toEqual({ countries: ["KW"] });
  });
});

describe("annotation layout", () => {
  it("puts annotations in Markdown files, beside a .txt or .html", () => {
    expect(annotationFileFor("2024/a.txt")).toBe("2024/a.md");
    expect(annotationFileFor("b.html")).toBe("b.md");
    expect(annotationFileFor("c.markdown")).toBe("c.markdown");
    expect(annotationFileFor("d.md")).toBe("d.md");
  });

  it("knows which originals an annotated file supersedes", () => {
    expect(originalOf("2024/a.md", { arshif_original: "a.txt" })).toBe("2024/a.txt");
    expect(originalOf("a.md", { arshif_original: "../x.txt" })).toBeUndefined();
    expect(supersededFiles([{ original: "2024/a.txt" }, {}])).toEqual(new Set(["2024/a.txt"]));
  });
});

describe("a person's __proto__ key in the front matter", () => {
  it("is kept as a key, written back, and changes no prototype", () => {
    const existing = JSON.parse('{"__proto__": {"role": "x"}, "title": "عنوان"}');
    const merged = mergeAnnotations(existing, { countries: ["KZ"] });
    expect(Object.keys(merged)).toContain("__proto__");
    expect(Object.getPrototypeOf(merged)).toBeNull();
    expect(({} as Record<string, unknown>).role).toBeUndefined();
  });
});
