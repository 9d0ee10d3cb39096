import { describe, expect, it } from "vitest";
import { extractRecord } from "../../src/extract/index.ts";
import type { Problem } from "../../src/record.ts";
import { draftOf, extract, knowledge } from "./helpers.ts";

describe("extractRecord", () => {
  it("carries the draft's title, date, source and place over", () => {
    const record = extract("عنوان الخبر\nقال الوزير…", { date: "2024-12-02", source: "كونا", place: "الكويت" });
    expect(record).toMatchObject({ title: "عنوان الخبر", date: "2024-12-02", source: "كونا", place: "الكويت", paragraphs: ["قال الوزير…"] });
  });

  it("lets the values a person set in the front matter win, key by key", () => {
    const record = extract("عنوان\nزار الرئيس الصيني شي جين بينغ الكويت في 27 فبراير 2025.", {
      frontMatter: {
        countries: ["kw"],
        officials: [{ name: "شي جينبينغ", role: "الرئيس", country: "cn" }, "مسؤول آخر"],
        dates: [new Date("2025-02-27T00:00:00Z")],
        topics: [],
      },
    });
    expect(record.countries).toEqual(["KW"]);
    expect(record.officials).toEqual([{ name: "شي جينبينغ", role: "الرئيس", country: "CN" }, { name: "مسؤول آخر" }]);
    expect(record.dates).toEqual(["2025-02-27"]);
    expect(record.topics).toEqual([]);
  });

  it("extracts a key the front matter does not set", () => {
    const record = extract("عنوان\nزار الرئيس الصيني شي جين بينغ الكويت.", { frontMatter: { countries: ["KW"] } });
    expect(record.countries).toEqual(["KW"]);
    expect(record.officials.map((o) => o.name)).toEqual(["شي جين بينغ"]);
  });

  it("gives no date when neither the draft nor the front matter has one", () => {
    expect(extract("عنوان\nنص").date).toBeUndefined();
  });

  it("reports each front matter value it leaves out into the problems it is given, with the file, key, value and what is accepted", () => {
    const problems: Problem[] = [];
    const draft = draftOf("عنوان\nزار الرئيس الصيني شي جين بينغ الكويت.", { file: "x.md", frontMatter: { countries: "ZZ", topics: ["energy", ".."] } });
    const record = extractRecord(draft, knowledge(), problems);
    expect(record.topics).toEqual(["energy"]);
    expect(record.countries).toEqual(["CN", "KW"]);
    expect(problems).toMatchObject([
      { file: "x.md", severity: "warning", message: expect.stringMatching(/countries.*"ZZ"/), hint: expect.stringMatching(/ISO 3166-1/) },
      { file: "x.md", severity: "warning", message: expect.stringMatching(/topics.*"\.\."/), hint: expect.stringMatching(/taxonomy/) },
    ]);
  });
});
