import { readdirSync, readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { ingestFile } from "../../src/ingest/index.ts";
import { extractRecord } from "../../src/extract/index.ts";
import { unifyOfficials } from "../../src/archive/identities.ts";
import type { ArticleRecord } from "../../src/record.ts";
import { knowledge } from "./helpers.ts";

const ARTICLES = new URL("../../articles/", import.meta.url);

let archive: ArticleRecord[] = [];

function record(prefix: string): ArticleRecord {
  return archive.find((r) => r.file.startsWith(prefix))!;
}

function officials(prefix: string): [string, string | undefined][] {
  return record(prefix).officials.map((o) => [o.person ?? o.name, o.country]);
}

beforeAll(() => {
  const records = readdirSync(ARTICLES)
    .sort()
    .map((file) => {
      const { draft } = ingestFile(file, readFileSync(new URL(file, ARTICLES)));
      return { id: file.slice(0, 3), ...extractRecord(draft!, knowledge()) };
    });
  archive = unifyOfficials(records, knowledge());
});

describe("the five sample articles, as the built archive shows them", () => {
  it("000 names Kuwait, China and Palestine, the Kuwaiti ambassador and the Chinese deputy minister", () => {
    expect(record("000").countries).toEqual(["KW", "CN", "PS"]);
    expect(officials("000")).toEqual([
      ["جاسم الناجم", "KW"],
      ["مياودي يو", "CN"],
    ]);
  });

  it("001 names Kuwait and China, and its جسام الناجم is the archive's جاسم الناجم", () => {
    expect(record("001").countries).toEqual(["KW", "CN"]);
    expect(officials("001")).toEqual([
      ["سميح حيات", "KW"],
      ["تشن وي تشينغ", "CN"],
      ["جاسم الناجم", "KW"],
    ]);
    const ambassador = record("001").officials.find((o) => o.person === "جاسم الناجم");
    expect(ambassador).toMatchObject({ name: "جسام الناجم", aliases: ["جسام الناجم"] }); // as this article writes it
    expect(record("001").dates).toContain("2025-02-27");
  });

  it("002 names China, Kuwait and Uzbekistan, Wang Yi and the Kuwaiti minister without his honorific", () => {
    expect(record("002").countries).toEqual(["CN", "KW", "UZ"]);
    expect(officials("002")).toEqual([
      ["وانغ يي", "CN"],
      ["أحمد ناصر المحمد الصباح", "KW"],
    ]);
  });

  it("002 takes no date from رؤية الكويت 2035 or كوفيد-19", () => {
    expect(record("002").dates.filter((d) => d.startsWith("2035") || d.startsWith("19") || d === "0019")).toEqual([]);
  });

  it("003 names China, Kazakhstan, Afghanistan and Taiwan, Wang Yi and the Kazakh minister", () => {
    expect(record("003").countries).toEqual(["CN", "KZ", "AF", "TW"]);
    expect(officials("003")).toEqual([
      ["وانغ يي", "CN"],
      ["مختار تيلوبيردي", "KZ"],
    ]);
  });

  it("004 names China, the three visiting countries, Kyrgyzstan and Taiwan, and four foreign ministers", () => {
    expect(record("004").countries.slice(0, 4)).toEqual(["CN", "KZ", "TJ", "UZ"]);
    expect([...record("004").countries].sort()).toEqual(["CN", "KG", "KZ", "TJ", "TW", "UZ"]);
    expect(officials("004")).toEqual([
      ["وانغ يي", "CN"],
      ["مراد نورتلو", "KZ"],
      ["سراج الدين مهر الدين", "TJ"],
      ["بختيار سعيدوف", "UZ"],
    ]);
  });

  it("004 was published on 2 December 2024 and tells of a meeting on Sunday 1 December", () => {
    expect(record("004").date?.slice(0, 10)).toBe("2024-12-02");
    expect(record("004").dates).toContain("2024-12-01");
  });

  it("every official of the samples has a role", () => {
    for (const r of archive) for (const o of r.officials) expect(o.role, `${r.file}: ${o.name}`).toBeTruthy();
  });
});
