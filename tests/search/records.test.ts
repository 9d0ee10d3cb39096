import { describe, expect, it } from "vitest";
import { buildArchive } from "../../src/archive/index.ts";
import type { ArticleRecord } from "../../src/record.ts";
import { searchRecord } from "../../src/search/records.ts";
import { queryTerms } from "../../src/search/keys.ts";

const article: ArticleRecord = {
  id: "003-kz",
  file: "003.txt",
  title: "وزيرا خارجية الصين وقازاقستان يتعهدان",
  paragraphs: ["التقى وزير الخارجية القازاقي مختار تيلوبيردي."],
  countries: ["CN", "KZ"],
  officials: [{ name: "جاسم الناجم", aliases: ["جسام الناجم"], country: "KW" }],
  dates: [],
  topics: ["diplomacy"],
};
const archive = buildArchive([article], { countryName: (code) => code, topicLabel: (id) => id, officialSlug: (o) => o.name });
const countries = { countries: { KZ: { names: ["قازاقستان"], demonyms: ["كازاخستاني", "قازاقي"] } } };
const record = searchRecord(article, { archive, countries, digits: "arab" });
const keys = new Set(record.content.split(" "));
const findsByKeys = (query: string) => queryTerms(query).every((term) => [...keys].some((k) => k.startsWith(term[0]!)));

describe("an article in the search index", () => {
  it("is found by every spelling and demonym of its countries", () => {
    for (const query of ["كازاخستان", "قازاقستان", "الكازاخستانية", "القازاقيون"]) expect(findsByKeys(query), query).toBe(true);
  });

  it("is found by every spelling of its officials' names", () => {
    expect(findsByKeys("جسام الناجم")).toBe(true);
  });

  it("is not found by a country it does not mention", () => {
    expect(findsByKeys("الكويت")).toBe(false);
  });

  it("leaves the story out of the index (excerpts come from the article's page), and a word's key at most three times", () => {
    expect(Object.keys(record.meta)).not.toContain("text");
    const often = searchRecord({ ...article, paragraphs: ["الصين ".repeat(10)] }, { archive, countries, digits: "arab" });
    const china = queryTerms("الصين")[0]![0];
    expect(often.content.split(" ").filter((key) => key === china)).toHaveLength(3);
    const inHeadlineToo = searchRecord({ ...article, title: "الصين", paragraphs: ["الصين الصين"] }, { archive, countries, digits: "arab" });
    expect(inHeadlineToo.content.split(" ").filter((key) => key === china)).toHaveLength(3);
  });

  it("carries filters keyed by ISO code, topic id and the address of each official with a page", () => {
    expect(record.filters).toEqual({ country: ["CN", "KZ"], topic: ["diplomacy"], official: [] });
    expect(record.url).toBe("/articles/003-kz/");
    const second = { ...article, id: "004-kz", file: "004.txt", paragraphs: ["قال جاسم الناجم إن الزيارة ناجحة."] };
    const twice = buildArchive([article, second], { countryName: (code) => code, topicLabel: (id) => id, officialSlug: (o) => o.name });
    const official = twice.officials.find((entry) => entry.name === "جاسم الناجم")!;
    expect(official.hasPage).toBe(true);
    expect(searchRecord(article, { archive: twice, countries, digits: "arab" }).filters.official).toEqual([official.slug]);
  });

  it("holds its headline's keys in a field of their own, so that a result says which words its headline has", () => {
    expect(record.meta.h!.split(" ")).toEqual(expect.arrayContaining(queryTerms("وزيرا الصين").map((keys) => keys[0])));
  });

  it("keeps the ISO date for the page to write and for the year and month filters, and no year among its words", () => {
    const dated = searchRecord({ ...article, date: "2024-12-02T10:20", source: "واس" }, { archive, countries, digits: "arab" });
    expect(dated.filters).toMatchObject({ day: ["2024-12-02"] });
    expect(Object.values(dated.meta).join(" ")).not.toMatch(/2024|٢٠٢٤/);
    expect(dated.content.split(" ")).not.toContain("2024");
    expect(dated.filters).toMatchObject({ year: ["2024"], month: ["2024-12"], source: ["واس"] });
  });
});

describe("a country's spellings in the search index", () => {
  it("leave out the other words of its long forms, which the article may never write", () => {
    const kuwait = { ...article, countries: ["KW"], officials: [] };
    const kuwaitData = { countries: { KW: { names: ["دولة الكويت"], demonyms: ["كويتي"] } } };
    const indexed = searchRecord(kuwait, { archive, countries: kuwaitData, digits: "arab" });
    const kuwaitKeys = indexed.content.split(" ");
    expect(kuwaitKeys).toContain(queryTerms("الكويتية")[0]![0]);
    expect(kuwaitKeys).not.toContain(queryTerms("دولة")[0]![0]);
  });
});

describe("a story with copies in the search index", () => {
  const story = "أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في مدينة الدمام بسعة ثلاثمئة سرير، وذلك ضمن خطة الوزارة لتوسيع الخدمات الصحية في المنطقة الشرقية خلال العامين المقبلين.";
  const main = { ...article, id: "main", file: "main.txt", date: "2015-08-01", paragraphs: [story] };
  const copies = ["copy-1", "copy-2"].map((id) => ({ ...main, id, file: `${id}.txt`, date: "2015-08-02" }));
  const withCopies = buildArchive([main, ...copies], { countryName: (code) => code, topicLabel: (id) => id, officialSlug: (o) => o.name });

  it("says how many copies its story has, in the interface's digits", () => {
    expect(searchRecord(withCopies.stories[0]!, { archive: withCopies, countries, digits: "arab" }).meta.copies).toBe("٢");
    expect(record.meta).not.toHaveProperty("copies");
  });
});
