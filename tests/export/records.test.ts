import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { buildArchive } from "../../src/archive/index.ts";
import { csvCell, csvHeader, csvRow, EXPORT_FIELDS, exportRecords, jsonLine } from "../../src/export/records.ts";
import { HOSPITAL_STORY, storyRecord } from "../support/story-records.ts";
import { siteLinks } from "../../src/site/links.ts";

const records = [
  storyRecord("health", { title: "مستشفى جديد، بسعة \"300\" سرير", date: "2015-08-01", source: "واس", place: "الدمام", paragraphs: HOSPITAL_STORY, countries: ["SA"], topics: ["health"], dates: ["2015-08-01"], officials: [{ name: "توفيق الربيعة", role: "وزير الصحة", country: "SA" }, { name: "فلان" }] }),
  storyRecord("local-copy", { date: "2015-08-02", source: "الرياض", paragraphs: HOSPITAL_STORY, countries: ["SA"] }),
  storyRecord("alone", { title: "=HYPERLINK(\"x\")", paragraphs: ["خبر قصير."] }),
];
const archive = buildArchive(records, { countryName: (code) => code, topicLabel: (id) => id, officialSlug: (o) => o.name });
const exported = exportRecords(archive, siteLinks("/archive/", "https://example.org"));
const byId = Object.fromEntries(exported.map((r) => [r.id, r]));

describe("the export records", () => {
  it("give every article every field, in the order of their files, null where a value is unknown", () => {
    expect(exported.map((r) => r.id)).toEqual(["alone", "health", "local-copy"]);
    for (const r of exported) expect(Object.keys(r)).toEqual([...EXPORT_FIELDS]);
    expect(byId.alone).toMatchObject({ date: null, source: null, place: null, copies: [], story: "alone" });
    expect(byId.health!.officials).toEqual([{ name: "توفيق الربيعة", role: "وزير الصحة", country: "SA" }, { name: "فلان", role: null, country: null }]);
    expect(byId.health!.url).toBe("https://example.org/archive/articles/health/");
  });

  it("give an official the person's spelling across the archive, whatever the article wrote", () => {
    const spelled = buildArchive([storyRecord("x", { officials: [{ name: "جسام الناجم", person: "جاسم الناجم", country: "KW" }] })], { countryName: (code) => code, topicLabel: (id) => id, officialSlug: (o) => o.name });
    expect(exportRecords(spelled, siteLinks("/"))[0]!.officials).toEqual([{ name: "جاسم الناجم", role: null, country: "KW" }]);
  });

  it("name the other articles of the same story in copies, and the story's main article in story", () => {
    expect(byId.health).toMatchObject({ copies: ["local-copy"], story: "health" });
    expect(byId["local-copy"]).toMatchObject({ copies: ["health"], story: "health" });
  });

  it("are one JSON object a line that reads back as the record", () => {
    expect(JSON.parse(jsonLine(byId.health!))).toEqual(byId.health);
    expect(jsonLine(byId.health!)).not.toContain("\n");
  });

  it("are CSV rows under a header, lists in one cell, Arabic commas and quotes quoted as RFC 4180 says", () => {
    expect(csvHeader()).toBe("id,file,url,title,date,source,place,countries,officials,dates,topics,copies,story");
    expect(csvRow(byId.health!)).toBe(
      'health,health.txt,https://example.org/archive/articles/health/,"مستشفى جديد، بسعة ""300"" سرير",2015-08-01,واس,الدمام,SA,توفيق الربيعة|وزير الصحة|SA; فلان||,2015-08-01,health,local-copy,health',
    );
  });

  it("never let a spreadsheet run a cell as a formula", () => {
    expect(csvRow(byId.alone!)).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csvCell("-1")).toBe("'-1");
  });

  it("keep any text in one cell that a CSV reader gives back whole", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme" }), (text) => {
      expect(readCsvCell(csvCell(text))).toBe(/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
    }));
  });
});

/** A minimal RFC 4180 reader of one cell, to check that what is written reads back. */
function readCsvCell(cell: string): string {
  if (!cell.startsWith('"')) {
    expect(cell).not.toMatch(/[",\r\n]/);
    return cell;
  }
  expect(cell.endsWith('"')).toBe(true);
  const inner = cell.slice(1, -1);
  expect(inner.replace(/""/g, "")).not.toContain('"');
  return inner.replace(/""/g, '"');
}
