import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../support/temp-dir.ts";
import { compileKnowledge, KnowledgeError, loadKnowledge, loadKnowledgeData, mergeData, SHIPPED_DATA_DIR } from "../../src/extract/knowledge.ts";
import { extract } from "./helpers.ts";

function userDataDir(files: Record<string, string>): string {
  const dir = tempDir("arshif-data-");
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

describe("loading the knowledge", () => {
  it("reads the shipped data folder by default", () => {
    expect(SHIPPED_DATA_DIR.endsWith(`data${path.sep}`)).toBe(true);
    expect(loadKnowledge().topicLabel("sport")).toBe("الرياضة");
  });

  it("lets a user's countries.yaml add spellings and change a display name", () => {
    const knowledge = loadKnowledge(userDataDir({ "countries.yaml": "countries:\n  CN: { display: جمهورية الصين, names: [تشاينا] }\n" }));
    expect(extract("خبر\nزار الوفد تشاينا.", {}, knowledge).countries).toEqual(["CN"]);
    expect(knowledge.countryName("CN")).toBe("جمهورية الصين");
    expect(extract("خبر\nزار الوفد الصين.", {}, knowledge).countries).toEqual(["CN"]);
  });

  it("lets a user's not_countries stop a name", () => {
    const knowledge = loadKnowledge(userDataDir({ "countries.yaml": "not_countries: [مطعم الصين]\n" }));
    expect(extract("خبر\nتناولنا العشاء في مطعم الصين.", {}, knowledge).countries).toEqual([]);
  });

  it("lets a user add a topic without touching code", () => {
    const knowledge = loadKnowledge(
      userDataDir({ "topics.yaml": "topics:\n  space:\n    label: الفضاء\n    threshold: 3\n    terms: { القمر الصناعي: 2, صاروخ*: 2 }\n" }),
    );
    expect(knowledge.topicLabel("space")).toBe("الفضاء");
    expect(extract("خبر\nأطلقت الوكالة القمر الصناعي بصاروخ جديد.", {}, knowledge).topics).toContain("space");
  });

  it("says which file is broken and how", () => {
    const dir = userDataDir({ "topics.yaml": "topics: [unclosed\n" });
    expect(() => loadKnowledge(dir)).toThrow(KnowledgeError);
    expect(() => loadKnowledge(dir)).toThrow(/topics\.yaml.*not valid YAML/);
  });

  it("rejects a country code that is not ISO 3166-1", () => {
    expect(() => compileKnowledge({ countries: { countries: { XX: { names: ["إكس"] } } } })).toThrow(/countries\.yaml.*XX/);
  });

  it("compiles from plain data without touching files", () => {
    const knowledge = compileKnowledge({ countries: { countries: { KW: { demonyms: ["كويتي"] } } } });
    expect(extract("خبر\nقال مسؤول كويتي إن…", {}, knowledge).countries).toEqual(["KW"]);
  });

  it("reading the shipped folder as the user's folder does not count it twice", () => {
    expect(loadKnowledgeData(SHIPPED_DATA_DIR)).toEqual(loadKnowledgeData());
  });
});

describe("mergeData", () => {
  it("concatenates lists, merges maps and lets the user's values win", () => {
    expect(mergeData({ a: [1, 2], b: { c: 1, d: 2 }, e: "x" }, { a: [2, 3], b: { d: 3 }, e: "y" })).toEqual({
      a: [1, 2, 3],
      b: { c: 1, d: 3 },
      e: "y",
    });
  });
});
