import { execFile } from "node:child_process";
import { copyFile, mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/site/eleventy-site.ts";

const ARSHIF = path.join(PROJECT_ROOT, "bin", "arshif.js");
const SAMPLE = path.join(PROJECT_ROOT, "articles", "004_2df1704be3d1a27b.txt");

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function arshif(cwd: string, ...args: string[]): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [ARSHIF, ...args], { cwd });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const roots: string[] = [];
afterAll(() => Promise.all(roots.map((root) => rm(root, { recursive: true, force: true }))));

/** A folder of its own for a test, removed when the tests end. */
async function tempRoot(): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), "arshif-cli-"));
  roots.push(root);
  return root;
}

/** A project folder holding one good sample article and whatever else a test adds. */
async function project(): Promise<{ root: string; articles: string }> {
  const root = await tempRoot();
  const articles = path.join(root, "articles");
  await mkdir(articles);
  await copyFile(SAMPLE, path.join(articles, "central-asia.txt"));
  return { root, articles };
}

describe("arshif build", () => {
  it("builds the good articles, names each rejected file with what to do, and exits with 1", async () => {
    const { root, articles } = await project();
    await writeFile(path.join(articles, "empty.txt"), "");
    await writeFile(path.join(articles, "broken.md"), "---\ntitle: [unclosed\n---\nنص المقال هنا.\n");
    const run = await arshif(root, "build");
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/3 files read: 1 articles, 2 rejected/);
    expect(run.stderr).toContain("empty.txt");
    expect(run.stderr).toMatch(/broken\.md:\d+/);
    expect(run.stderr).toContain("→");
    expect(await readdir(path.join(root, "_site", "articles"))).toEqual(["central-asia"]);
  });

  it("exits with 0 and a summary when every file became a page", async () => {
    const { root } = await project();
    const run = await arshif(root, "build", "--output", "public");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/1 files read: 1 articles, 0 rejected/);
    expect(await readFile(path.join(root, "public", "index.html"), "utf8")).toContain('dir="rtl"');
  });
});

describe("arshif annotate", () => {
  it("prints one JSON record per file with --json", async () => {
    const { root, articles } = await project();
    const run = await arshif(root, "annotate", "--json", path.join(articles, "central-asia.txt"));
    expect(run.code).toBe(0);
    const record = JSON.parse(run.stdout.trim());
    expect(record).toMatchObject({ file: "articles/central-asia.txt", source: "شينخوا", date: "2024-12-02T10:20" });
    expect(record.countries).toContain("KZ");
  });

  it("writes the annotations beside a text article, and the build then reads them", async () => {
    const { root, articles } = await project();
    expect((await arshif(root, "annotate")).code).toBe(0);
    const annotation = await readFile(path.join(articles, "central-asia.md"), "utf8");
    expect(annotation).toMatch(/^---\n[\s\S]*countries:[\s\S]*\n---\n/);
    const run = await arshif(root, "build");
    expect(run.stdout).toMatch(/2 files read: 1 articles, 0 rejected, 1 read from their annotations/);
    expect(run.stdout).toContain("central-asia.txt: read from its annotation central-asia.md");
  });
});

describe("arshif build, when something is wrong", () => {
  it("says in one line, without a stack trace, that the articles folder is missing, and exits with 2", async () => {
    const root = await tempRoot();
    const run = await arshif(root, "build", "--articles", "nowhere");
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(/the articles folder .*nowhere does not exist/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it("warns that an empty articles folder makes a site without articles, and still builds it", async () => {
    const root = await tempRoot();
    await mkdir(path.join(root, "articles"));
    const run = await arshif(root, "build");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/0 files read/);
    expect(run.stdout).toMatch(/warning: articles holds no article files/);
    expect(await readFile(path.join(root, "_site", "index.html"), "utf8")).toContain('dir="rtl"');
  });

  it("counts and names the hidden files and symbolic links it skipped", async () => {
    const { root, articles } = await project();
    await writeFile(path.join(articles, ".draft.txt"), "مسودة");
    await mkdir(path.join(articles, ".git"));
    await symlink(path.join(articles, "central-asia.txt"), path.join(articles, "link.txt"));
    const run = await arshif(root, "build");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("3 entries of the articles folder skipped");
    expect(run.stdout).toMatch(/\.draft\.txt: hidden file/);
    expect(run.stdout).toMatch(/\.git: hidden folder/);
    expect(run.stdout).toMatch(/link\.txt: symbolic link/);
  });

  it("documents its exit codes in --help", async () => {
    const root = await tempRoot();
    const help = (await arshif(root, "build", "--help")).stdout;
    for (const code of ["0", "1", "2", "3"]) expect(help).toMatch(new RegExp(`^  ${code}  `, "m"));
  });
});

describe("arshif", () => {
  it("explains itself with --help and rejects an unknown command", async () => {
    const root = await tempRoot();
    expect((await arshif(root, "--help")).stdout).toContain("Usage: arshif <command>");
    expect((await arshif(root, "build", "--help")).stdout).toContain("--path-prefix");
    const unknown = await arshif(root, "publish");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command "publish"');
  });
});
