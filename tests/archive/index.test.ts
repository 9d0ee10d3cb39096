import { describe, expect, it } from "vitest";
import { buildArchive, type ArchiveNaming } from "../../src/archive/index.ts";
import type { ArticleRecord } from "../../src/record.ts";

const naming: ArchiveNaming = {
  countryName: (code) => `country ${code}`,
  topicLabel: (id) => `topic ${id}`,
  officialSlug: (official) => official.name.replace(/\s+/g, "-"),
};

function record(id: string, fields: Partial<ArticleRecord> = {}): ArticleRecord {
  return { id, file: `${id}.txt`, title: id, paragraphs: [], countries: [], officials: [], dates: [], topics: [], ...fields };
}

describe("buildArchive", () => {
  const records = [
    record("b", { date: "2024-01-02", countries: ["CN", "KW"], topics: ["energy"] }),
    record("undated", { countries: ["CN"] }),
    record("a", { date: "2024-05-01", countries: ["CN"], officials: [{ name: "وانغ يي", country: "CN" }] }),
    record("c", { date: "2024-05-01", countries: ["KZ", "CN"], officials: [{ name: "وانغ يي", country: "CN" }] }),
  ];
  const archive = buildArchive(records, naming);

  it("lists articles newest first, undated last, ties in id order", () => {
    expect(archive.articles.map((a) => a.id)).toEqual(["a", "c", "b", "undated"]);
  });

  it("gives every country its articles, the most covered country first", () => {
    expect(archive.countries.map((c) => [c.code, c.articles.length])).toEqual([["CN", 4], ["KW", 1], ["KZ", 1]]);
    expect(archive.countryByCode.KZ).toMatchObject({ slug: "kz", name: "country KZ" });
  });

  it("makes one entry per official however many articles name them", () => {
    expect(archive.officials).toHaveLength(1);
    expect(archive.officials[0]).toMatchObject({ name: "وانغ يي", slug: "وانغ-يي" });
    expect(archive.officials[0]!.articles.map((a) => a.id)).toEqual(["a", "c"]);
  });

  it("does not depend on the order the records arrive in", () => {
    const reversed = buildArchive([...records].reverse(), naming);
    expect(JSON.stringify(reversed)).toBe(JSON.stringify(archive));
  });
});
