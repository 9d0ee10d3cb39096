import { describe, expect, it } from "vitest";
import { buildArchive, type ArchiveNaming } from "../../src/archive/index.ts";
import type { ArticleRecord } from "../../src/record.ts";

const naming: ArchiveNaming = {
  countryName: (code) => `country ${code}`,
  topicLabel: (id) => `topic ${id}`,
  officialSlug: (official) => ({ "وانغ يي": "wang-yi" })[official.name] ?? official.name,
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
    expect(archive.officials[0]).toMatchObject({ name: "وانغ يي", slug: "wang-yi" });
    expect(archive.officials[0]!.articles.map((a) => a.id)).toEqual(["a", "c"]);
  });

  it("does not depend on the order the records arrive in", () => {
    const reversed = buildArchive([...records].reverse(), naming);
    expect(JSON.stringify(reversed)).toBe(JSON.stringify(archive));
  });

  it("groups dated articles by month, newest month first, and keeps the undated apart", () => {
    expect(archive.months.map((m) => [m.key, m.articles.map((a) => a.id)])).toEqual([["2024-05", ["a", "c"]], ["2024-01", ["b"]]]);
    expect(archive.undated.map((a) => a.id)).toEqual(["undated"]);
  });

  it("relates articles that share an official before those that share only a country", () => {
    expect(archive.related.get("a")!.map((r) => r.id)).toEqual(["c", "b", "undated"]);
    expect(archive.related.get("b")!.map((r) => r.id)).toEqual(["c", "undated", "a"]); // equal scores: nearest in time first
  });

  it("gives a country the officials of that country and its most frequent topics", () => {
    expect(archive.countryByCode.CN!.officials).toEqual([{ name: "وانغ يي", slug: "wang-yi", count: 2 }]);
    expect(archive.countryByCode.CN!.topics).toEqual([{ id: "energy", slug: "energy", label: "topic energy", count: 1 }]);
    expect(archive.countryByCode.KW!.officials).toEqual([]);
  });
});

describe("an official's page data", () => {
  const archive = buildArchive([
    record("1", { date: "2024-01-01", officials: [{ name: "أحمد أمين", role: "وزير الخارجية" }, { name: "باسم بكر" }, { name: "جمال جابر" }] }),
    record("2", { date: "2024-02-01", officials: [{ name: "أحمد أمين", role: "وزير الخارجية" }, { name: "باسم بكر" }] }),
    record("3", { date: "2024-03-01", officials: [{ name: "أحمد أمين", role: "رئيس الوزراء" }] }),
  ], naming);
  const official = archive.officialByKey["أحمد أمين|"]!;

  it("lists every role, the most frequent first", () => {
    expect(official.roles).toEqual(["وزير الخارجية", "رئيس الوزراء"]);
    expect(official.role).toBe("وزير الخارجية");
  });

  it("names the officials most often mentioned alongside, with how often, when they have a page", () => {
    expect(official.coMentioned.map((o) => [o.name, o.count])).toEqual([["باسم بكر", 2]]);
  });
});

describe("which officials have a page", () => {
  const records = [
    record("1", { date: "2024-01-01", officials: [{ name: "أحمد أمين" }, { name: "دريد داود" }] }),
    record("2", { date: "2024-02-01", officials: [{ name: "أحمد أمين" }] }),
    // "4" is an exact copy of "3" (the same story filed twice): they count as one story.
    record("3", { date: "2024-03-01", title: "copy", paragraphs: ["نص الخبر نفسه منشور في نسختين من الأرشيف بكلماته كلها"], officials: [{ name: "جمال جابر" }] }),
    record("4", { date: "2024-03-02", title: "copy", paragraphs: ["نص الخبر نفسه منشور في نسختين من الأرشيف بكلماته كلها"], officials: [{ name: "جمال جابر" }] }),
  ];
  const archive = buildArchive(records, { ...naming, isListedOfficial: (name) => name === "دريد داود" });
  const hasPage = (key: string) => archive.officialByKey[key]!.hasPage;

  it("gives a page to an official named in two stories, and to one the officials file lists", () => {
    expect(hasPage("أحمد أمين|")).toBe(true);
    expect(hasPage("دريد داود|")).toBe(true);
  });

  it("gives none to an official named in one story only, even when it was filed twice", () => {
    expect(hasPage("جمال جابر|")).toBe(false);
  });

  it("gives none to an official named by one word only, however often", () => {
    const named = (id: string, date: string) => record(id, { date, officials: [{ name: "إبراهيم" }, { name: "إبراهيم السالم" }] });
    const often = buildArchive([named("1", "2024-01-01"), named("2", "2024-02-01")], naming);
    expect(often.officialByKey["إبراهيم|"]!.hasPage).toBe(false);
    expect(often.officialByKey["إبراهيم السالم|"]!.hasPage).toBe(true);
  });
});

describe("related articles in a large archive", () => {
  it("stay few and quick to find when thousands of articles share a country", () => {
    const records = Array.from({ length: 20_000 }, (_, i) =>
      record(String(i).padStart(5, "0"), { date: `2020-01-${String((i % 28) + 1).padStart(2, "0")}`, countries: ["CN"] }));
    const started = performance.now();
    const archive = buildArchive(records, naming);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(archive.related.get("00000")).toHaveLength(5);
  });
});
