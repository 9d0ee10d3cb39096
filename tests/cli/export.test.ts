import { execFile } from "node:child_process";
import { copyFile, mkdir, readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { tempDir } from "../support/temp-dir.ts";
import { EXPORT_FIELDS } from "../../src/export/records.ts";
import { PROJECT_ROOT } from "../../src/site/eleventy-site.ts";

const ARSHIF = path.join(PROJECT_ROOT, "bin", "arshif.js");
const SAMPLES = path.join(PROJECT_ROOT, "articles");

async function arshif(cwd: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [ARSHIF, ...args], { cwd, maxBuffer: 1 << 26 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** The sample articles, and one of them again under another section: a story and its copy. */
async function project(): Promise<string> {
  const root = tempDir("arshif-export-");
  const articles = path.join(root, "articles");
  await mkdir(path.join(articles, "politics"), { recursive: true });
  for (const file of await readdir(SAMPLES)) await copyFile(path.join(SAMPLES, file), path.join(articles, file));
  await copyFile(path.join(SAMPLES, "004_2df1704be3d1a27b.txt"), path.join(articles, "politics", "004_2df1704be3d1a27b.txt"));
  return root;
}

/** Every entry of the record cache with its modification time: what a command wrote there. */
async function cacheEntries(cache: string): Promise<Record<string, number>> {
  const entries = await readdir(cache, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
  return Object.fromEntries(await Promise.all(files.map(async (file) => [file, (await stat(file)).mtimeMs] as const)));
}

describe("arshif export", () => {
  it("writes a JSON line with every field for every article, the copies of a story naming each other", async () => {
    const root = await project();
    const run = await arshif(root, "export");
    expect(run.code).toBe(0);
    const records = run.stdout.trim().split("\n").map((line) => JSON.parse(line));
    expect(records).toHaveLength(6);
    for (const record of records) expect(Object.keys(record)).toEqual([...EXPORT_FIELDS]);
    const story = records.find((r) => r.file === "004_2df1704be3d1a27b.txt");
    const copy = records.find((r) => r.file === "politics/004_2df1704be3d1a27b.txt");
    expect(story.copies).toContain(copy.id);
    expect(copy.copies).toContain(story.id);
    expect(copy.story).toBe(story.story);
  }, 120_000);

  it("writes CSV with a header row to a file, and reuses the records a build cached", async () => {
    const root = await project();
    expect((await arshif(root, "build")).code).toBe(0);
    const cached = await cacheEntries(path.join(root, ".arshif-cache", "records"));
    const run = await arshif(root, "export", "--format", "csv", "--output", "records.csv", "--site-url", "https://example.org");
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("6 records written to records.csv");
    expect(await cacheEntries(path.join(root, ".arshif-cache", "records"))).toEqual(cached);
    const lines = (await readFile(path.join(root, "records.csv"), "utf8")).split("\r\n");
    expect(lines[0]).toBe(EXPORT_FIELDS.join(","));
    expect(lines.filter(Boolean)).toHaveLength(7);
    expect(lines[1]).toMatch(/^[^,]+,[^,]+,https:\/\/example\.org\/articles\//);
  }, 180_000);

  it("refuses a format it does not know, with exit code 2", async () => {
    const root = await project();
    const run = await arshif(root, "export", "--format", "xml");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--format must be jsonl or csv");
  }, 60_000);
});

describe("arshif stats", () => {
  it("prints the counts as a table, and as JSON with --json, a story with copies counted once", async () => {
    const root = await project();
    const table = await arshif(root, "stats");
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^6 articles, 5 stories, 1 copies/);
    for (const section of ["by country", "by topic", "by official", "by source", "by year", "by month"]) expect(table.stdout).toContain(section);
    const json = JSON.parse((await arshif(root, "stats", "--json")).stdout);
    expect(json).toMatchObject({ articles: 6, stories: 5, copies: 1 });
    expect(Object.keys(json)).toEqual(["articles", "stories", "copies", "countries", "topics", "officials", "sources", "years", "months"]);
  }, 120_000);
});
