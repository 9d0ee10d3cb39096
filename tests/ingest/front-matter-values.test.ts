import { describe, expect, it } from "vitest";
import { ingestFile } from "../../src/ingest/index.ts";
import { extractRecord } from "../../src/extract/index.ts";
import type { Problem } from "../../src/record.ts";
import { knowledge } from "../extract/helpers.ts";

const STORY = "قال وزير الخارجية إن الاجتماع كان مثمرا.";

/** A Markdown article with this front matter, through ingest and extraction as a build reads it. */
function read(frontMatter: string, file = "a.md"): { record: ReturnType<typeof extractRecord>; problems: Problem[] } {
  const { draft, problems } = ingestFile(file, new TextEncoder().encode(`---\ntitle: خبر\n${frontMatter}\n---\n${STORY}\n`));
  expect(draft, JSON.stringify(problems)).toBeDefined();
  const record = extractRecord(draft!, knowledge(), problems);
  return { record, problems };
}

function warningsAbout(problems: Problem[], key: string): Problem[] {
  return problems.filter((problem) => problem.severity === "warning" && problem.message.includes(`front matter ${key}`));
}

describe("a publication date from front matter", () => {
  it.each(["not-a-date", "2024-13-45", "20240101", "9999-12-31", "1700-01-01", "2024-02-30"])(
    "%s is left out of the record and reported with the file, its line, the value and what is accepted",
    (date) => {
      const { record, problems } = read(`date: ${date}`);
      expect(record.date).toBeUndefined();
      const [warning] = warningsAbout(problems, "date");
      expect(warning).toMatchObject({ file: "a.md", line: 3, severity: "warning" });
      expect(warning!.message).toContain(date);
      expect(warning!.hint).toMatch(/YYYY-MM-DD/);
    },
  );

  it("keeps the day and time of an ISO date-time written with seconds and a zone", () => {
    expect(read("date: 2024-12-02T10:20:00+03:00").record.date).toBe("2024-12-02T10:20");
  });
});

describe("a publication date from an HTML page's metadata", () => {
  it.each(["2024-13-45", "20240101", "9999-12-31T10:00:00Z"])("%s is no date", (date) => {
    const page = `<html><head><meta property="article:published_time" content="${date}"></head><body><h1>خبر</h1><p>${STORY}</p></body></html>`;
    expect(ingestFile("a.html", new TextEncoder().encode(page)).draft?.date).toBeUndefined();
  });
});

describe("lists from front matter", () => {
  it("keep only ISO 3166-1 codes known to arshif, in any case, and report every other value", () => {
    const { record, problems } = read(`countries: [kw, CN, ZZ, "../../x", __proto__, KW]`);
    expect(record.countries).toEqual(["KW", "CN"]);
    expect(warningsAbout(problems, "countries").map((p) => p.message)).toEqual([
      expect.stringContaining("ZZ"),
      expect.stringContaining("../../x"),
      expect.stringContaining("__proto__"),
    ]);
    expect(warningsAbout(problems, "countries")[0]!.hint).toMatch(/ISO 3166-1 alpha-2/);
  });

  it("keep only topic ids of the taxonomy and report every other value", () => {
    const { record, problems } = read(`topics: [energy, "..", __proto__, "", Economy]`);
    expect(record.topics).toEqual(["energy", "economy"]);
    expect(warningsAbout(problems, "topics")).toHaveLength(3);
    expect(warningsAbout(problems, "topics")[0]!.hint).toMatch(/taxonomy/);
  });

  it("take a single value where a list is expected as a list of one", () => {
    const { record, problems } = read(`countries: KW\ntopics: energy\nofficials: أحمد ناصر\ndates: 2024-05`);
    expect(record).toMatchObject({ countries: ["KW"], topics: ["energy"], officials: [{ name: "أحمد ناصر" }], dates: ["2024-05"] });
    expect(problems).toEqual([]);
  });

  it("leave out an official with no name and a country that is no code, and report both", () => {
    const { record, problems } = read(`officials: ["", "..", {role: وزير}, {name: أحمد ناصر, country: ZZ}]`);
    expect(record.officials).toEqual([{ name: "أحمد ناصر" }]);
    expect(warningsAbout(problems, "officials")).toHaveLength(4);
  });

  it("keep only mentioned dates that are real, in the record's forms", () => {
    const { record, problems } = read(`dates: [2024-02-30, 2024-13, 2024, 2024-05, 2024-05-01, not-a-date]`);
    expect(record.dates).toEqual(["2024", "2024-05", "2024-05-01"]);
    expect(warningsAbout(problems, "dates")).toHaveLength(3);
  });
});

describe("front matter that tries to break what reads it", () => {
  it("loses the characters no XML feed can carry from its text", () => {
    const { record } = read(`source: "كونا\\uFFFE"\nplace: "\\x01الكويت"`);
    const title = ingestFile("t.md", new TextEncoder().encode(`---\ntitle: "خبر\\uFFFF عاجل\\u0007"\n---\n${STORY}\n`)).draft!.title;
    expect(title).toBe("خبر عاجل");
    expect(record.source).toBe("كونا");
  });

  it("keeps a __proto__ key as a plain key, reaching no prototype", () => {
    const { record } = read(`__proto__: {polluted: yes, countries: [CN]}\nconstructor: {prototype: {polluted: yes}}`);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(record.countries).not.toContain("CN");
  });

  it("is refused with a problem when its YAML aliases expand to a billion values, in well under a second", () => {
    const levels = "bcdefghij".split("");
    const lines = [`a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]`];
    levels.forEach((level, i) => lines.push(`${level}: &${level} [${Array(9).fill(`*${i === 0 ? "a" : levels[i - 1]}`).join(", ")}]`));
    const started = performance.now();
    const { draft, problems } = ingestFile("bomb.md", new TextEncoder().encode(`---\n${lines.join("\n")}\n---\n${STORY}\n`));
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(draft).toBeUndefined();
    expect(problems).toMatchObject([{ file: "bomb.md", severity: "error", message: expect.stringMatching(/aliases/) }]);
  });

  it("is refused with a problem when an alias refers to itself", () => {
    const { problems } = ingestFile("loop.md", new TextEncoder().encode(`---\ncountries: &a [*a]\n---\n${STORY}\n`));
    expect(problems).toMatchObject([{ file: "loop.md", severity: "error" }]);
  });
});

describe("text from front matter", () => {
  it("shows the characters a scraped headline or source writes as character references («&quot;سبق&quot;»)", () => {
    const { draft } = ingestFile("a.md", new TextEncoder().encode(`---\ntitle: "تطبيق &quot;سبق&quot; ينافس على جائزة &#8220;عالمية&#8221;"\nsource: "سبق &amp; عكاظ"\n---\n${STORY}\n`));
    expect(draft!.title).toBe("تطبيق \"سبق\" ينافس على جائزة “عالمية”");
    expect(draft!.source).toBe("سبق & عكاظ");
  });
});
