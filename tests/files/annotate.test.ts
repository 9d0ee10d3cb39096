import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import yaml from "js-yaml";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { annotateArticles, annotateFile } from "../../src/files/annotate.ts";
import { supersededFiles } from "../../src/ingest/annotated-layout.ts";
import { ingestFile } from "../../src/ingest/index.ts";
import { articleId } from "../../src/ingest/slug.ts";
import type { ArticleRecord, Draft } from "../../src/record.ts";

const SAMPLE = new URL("../../articles/004_2df1704be3d1a27b.txt", import.meta.url);
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "arshif-annotate-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function read(file: string): Draft {
  const { draft, problems } = ingestFile(file, readFileSync(path.join(dir, file)));
  expect(problems).toEqual([]);
  return draft!;
}

/** A stand-in for extraction: the draft plus hand-made findings. */
function recordOf(draft: Draft, findings: Partial<ArticleRecord> = {}): ArticleRecord {
  const { title, date, source, place, paragraphs, file } = draft;
  return { id: articleId(file), file, title, date, source, place, paragraphs, countries: ["CN", "KZ"], officials: [], dates: [], topics: [], ...draft.frontMatter, ...findings } as ArticleRecord;
}

function frontMatterOf(file: string): Record<string, unknown> {
  const text = readFileSync(path.join(dir, file), "utf8");
  return yaml.load(text.split("---\n")[1]!, { schema: yaml.CORE_SCHEMA }) as Record<string, unknown>;
}

function editFrontMatter(file: string, edit: (data: Record<string, unknown>) => void): void {
  const text = readFileSync(path.join(dir, file), "utf8");
  const [, matter, ...body] = text.split("---\n");
  const data = yaml.load(matter!, { schema: yaml.CORE_SCHEMA }) as Record<string, unknown>;
  edit(data);
  writeFileSync(path.join(dir, file), `---\n${yaml.dump(data, { schema: yaml.CORE_SCHEMA })}---\n${body.join("---\n")}`);
}

describe("annotating a .txt article", () => {
  beforeEach(() => copyFileSync(SAMPLE, path.join(dir, "004.txt")));

  it("writes 004.md beside it, which reads back as the same article and supersedes it", async () => {
    const original = read("004.txt");
    const outcome = await annotateFile(path.join(dir, "004.txt"), recordOf(original));
    expect(outcome).toEqual({ target: path.join(dir, "004.md"), changed: true, problems: [] });
    expect(frontMatterOf("004.md")).toMatchObject({
      title: original.title,
      date: "2024-12-02T10:20",
      source: "شينخوا",
      place: "تشنغدو",
      countries: ["CN", "KZ"],
      arshif_original: "004.txt",
    });

    const annotated = read("004.md");
    expect(annotated).toMatchObject({ title: original.title, date: original.date, source: original.source, place: original.place, original: "004.txt" });
    expect(annotated.paragraphs).toEqual(original.paragraphs);
    expect(annotated.frontMatter).toEqual({});
    expect(supersededFiles([original, annotated])).toEqual(new Set(["004.txt"]));
    expect(articleId("004.md")).toBe(articleId("004.txt"));
    expect(readFileSync(path.join(dir, "004.txt"))).toEqual(readFileSync(SAMPLE));
  });

  it("keeps a person's edit on re-annotation, while new fields still appear", async () => {
    await annotateFile(path.join(dir, "004.txt"), recordOf(read("004.txt"), { topics: [] }));
    editFrontMatter("004.md", (data) => {
      data.countries = ["KZ", "TJ", "UZ"];
      delete data.topics; // as if written by an older version that had no topics
      delete (data.arshif_generated as Record<string, unknown>).topics;
    });

    const edited = read("004.md");
    expect(edited.frontMatter).toEqual({ countries: ["KZ", "TJ", "UZ"] });
    const outcome = await annotateFile(path.join(dir, "004.md"), recordOf(edited, { countries: ["CN"], topics: ["diplomacy"] }));

    expect(outcome.changed).toBe(true);
    const data = frontMatterOf("004.md");
    expect(data.countries).toEqual(["KZ", "TJ", "UZ"]);
    expect(data.topics).toEqual(["diplomacy"]);
    expect(data.title).toBe(edited.title);
    expect(read("004.md").paragraphs).toEqual(read("004.txt").paragraphs);
  });

  it("changes nothing when run twice", async () => {
    const record = recordOf(read("004.txt"));
    await annotateFile(path.join(dir, "004.txt"), record);
    const before = readFileSync(path.join(dir, "004.md"), "utf8");
    const again = await annotateFile(path.join(dir, "004.md"), recordOf(read("004.md")));
    expect(again.changed).toBe(false);
    expect(readFileSync(path.join(dir, "004.md"), "utf8")).toBe(before);
  });

  it("never overwrites a Markdown file that is not its annotation", async () => {
    writeFileSync(path.join(dir, "004.md"), "# مقال آخر\n\nنص مقال آخر كتبه شخص.\n");
    const outcome = await annotateFile(path.join(dir, "004.txt"), recordOf(read("004.txt")));
    expect(outcome.changed).toBe(false);
    expect(outcome.problems).toMatchObject([{ file: "004.txt", severity: "error", message: expect.stringMatching(/004\.md already exists/) }]);
    expect(readFileSync(path.join(dir, "004.md"), "utf8")).toBe("# مقال آخر\n\nنص مقال آخر كتبه شخص.\n");
  });
});

describe("annotating an .html article", () => {
  it("writes the story, not the page, into the Markdown file beside it", async () => {
    const page = `<html><head><meta property="article:published_time" content="2024-12-02T10:20:00+08:00"></head><body>
<nav>الرئيسية</nav><article><h1>الصين والكويت تبحثان التعاون</h1>
<p>بكين 2 ديسمبر 2024 (شينخوا) بحث وزير الخارجية الصيني مع نظيره الكويتي سبل تعزيز التعاون.</p>
<p>وأكد الجانبان أهمية العلاقات الثنائية بين البلدين.</p></article><footer>جميع الحقوق محفوظة</footer></body></html>`;
    writeFileSync(path.join(dir, "page.html"), page);
    const original = read("page.html");
    await annotateFile(path.join(dir, "page.html"), recordOf(original));
    const annotated = read("page.md");
    expect(annotated).toMatchObject({ title: original.title, date: "2024-12-02T10:20", source: "شينخوا", place: "بكين", original: "page.html" });
    expect(annotated.paragraphs).toEqual(original.paragraphs);
  });
});

describe("annotating Markdown articles in place", () => {
  it("adds the record to the person's front matter and keeps their body and values", async () => {
    const text = "---\ntitle: عنوان المحرر\nnote: راجعه أحمد\n---\n\nقال الوزير إن *الاجتماع* كان مثمرا.\n";
    writeFileSync(path.join(dir, "a.md"), text);
    const summary = await annotateArticles(dir, [recordOf(read("a.md"), { title: "عنوان الآلة" })]);
    expect(summary).toEqual({ written: ["a.md"], unchanged: [], problems: [] });
    const written = readFileSync(path.join(dir, "a.md"), "utf8");
    expect(written.endsWith("\nقال الوزير إن *الاجتماع* كان مثمرا.\n")).toBe(true);
    expect(frontMatterOf("a.md")).toMatchObject({ title: "عنوان المحرر", note: "راجعه أحمد", countries: ["CN", "KZ"] });
    expect(existsSync(path.join(dir, "a.md.md"))).toBe(false);
  });

  it("reports a file whose front matter broke since it was read", async () => {
    writeFileSync(path.join(dir, "a.md"), "---\ntitle: a: b\n---\nنص.\n");
    const record = { id: "a", file: "a.md", title: "t", paragraphs: ["نص."], countries: [], officials: [], dates: [], topics: [] };
    const summary = await annotateArticles(dir, [record]);
    expect(summary.written).toEqual([]);
    expect(summary.problems).toMatchObject([{ file: "a.md", line: 2, severity: "error" }]);
  });
});
