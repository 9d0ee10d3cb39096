import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadSettings, SettingsError, type Settings } from "../../src/config/settings.ts";
import { buildSite } from "../../src/build/build-site.ts";
import { SITE_MARKER } from "../../src/build/output-folder.ts";
import { PROJECT_ROOT } from "../../src/site/eleventy-site.ts";

/**
 * A project of its own in a temporary folder: articles/old/story.txt, data/countries.yaml, and
 * notes.txt beside them. Every refusal happens before any article is read.
 */
describe("the output folder", () => {
  let work: string;
  let root: string;
  const project = (outputDir: string, more: Partial<Settings> = {}) => loadSettings(root, { outputDir, ...more });

  beforeEach(async () => {
    work = await mkdtemp(path.join(tmpdir(), "arshif-output-"));
    root = path.join(work, "project");
    await mkdir(path.join(root, "articles", "old"), { recursive: true });
    await mkdir(path.join(root, "data"));
    await writeFile(path.join(root, "articles", "old", "story.txt"), "عنوان الخبر\n\nنص الخبر.\n");
    await writeFile(path.join(root, "data", "countries.yaml"), "countries: {}\n");
    await writeFile(path.join(root, "notes.txt"), "my notes\n");
  });
  afterEach(() => rm(work, { recursive: true, force: true }));

  async function expectRefusal(settings: Settings, mentioning: RegExp): Promise<void> {
    const error = await buildSite(settings).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(SettingsError);
    expect((error as Error).message).toMatch(mentioning);
    expect((error as Error).message).not.toContain("\n");
  }

  it("refuses the project's data folder and leaves its files in place", async () => {
    await expectRefusal(project("data", { dataDir: "data" }), /is the data folder/);
    expect(await readFile(path.join(root, "data", "countries.yaml"), "utf8")).toBe("countries: {}\n");
  });

  it("refuses a path that leads through a symbolic link into the articles folder, and keeps the articles", async () => {
    await symlink(path.join(root, "articles"), path.join(root, "linked"));
    await expectRefusal(project("linked/old"), /inside the articles folder/);
    expect(await readFile(path.join(root, "articles", "old", "story.txt"), "utf8")).toContain("نص الخبر");
  });

  it("refuses a folder inside the articles folder, which the next build would read as articles", async () => {
    await expectRefusal(project("articles/_out"), /inside the articles folder/);
    expect(existsSync(path.join(root, "articles", "_out"))).toBe(false);
  });

  it("refuses an existing folder that arshif did not write, and keeps what it holds", async () => {
    await mkdir(path.join(work, "somefolder"));
    await writeFile(path.join(work, "somefolder", "keep.txt"), "keep\n");
    await expectRefusal(project("../somefolder"), new RegExp(`has no ${SITE_MARKER.replace(".", "\\.")}`));
    expect(await readdir(path.join(work, "somefolder"))).toEqual(["keep.txt"]);
  });

  it("refuses a file, and leaves the file as it was", async () => {
    await expectRefusal(project("notes.txt"), /is a file/);
    expect(await readFile(path.join(root, "notes.txt"), "utf8")).toBe("my notes\n");
  });

  it("refuses a path below a file", async () => {
    await expectRefusal(project("notes.txt/site"), /notes\.txt is a file/);
  });

  it("refuses the project folder and every folder that holds it, also through a symbolic link", async () => {
    await symlink(root, path.join(work, "project-link"));
    await expectRefusal(project(path.join(work, "project-link")), /is the project folder/);
    await expectRefusal(project(work), /holds the project folder/);
    expect(await readFile(path.join(root, "notes.txt"), "utf8")).toBe("my notes\n");
  });

  it("refuses a folder inside arshif's own source folders", async () => {
    const inside = path.join(PROJECT_ROOT, "src", "_site-output-test");
    await expectRefusal(loadSettings(PROJECT_ROOT, { outputDir: inside }), /inside a folder of arshif itself/);
    expect(existsSync(inside)).toBe(false);
  });
});
