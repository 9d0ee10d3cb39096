import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../support/temp-dir.ts";
import { readArticlesParallel } from "../../src/build/read-articles-parallel.ts";
import { listFiles } from "../../src/files/read-articles.ts";
import { PROJECT_ROOT } from "../../src/site/eleventy-site.ts";

/** The bundled samples, copied many times over into sub-folders: enough files to be worth two workers. */
async function archiveOfCopies(copies: number): Promise<string> {
  const dir = tempDir("arshif-parallel-");
  const samples = path.join(PROJECT_ROOT, "articles");
  for (const name of await readdir(samples)) {
    const bytes = await readFile(path.join(samples, name));
    for (let copy = 0; copy < copies; copy++) {
      await mkdir(path.join(dir, String(copy)), { recursive: true });
      await writeFile(path.join(dir, String(copy), name), bytes);
    }
  }
  await writeFile(path.join(dir, "0", "unreadable.pdf"), "%PDF");
  return dir;
}

describe("readArticlesParallel", () => {
  it("gives the same outcomes, in the order of the files, on two worker threads as in one thread", async () => {
    const dir = await archiveOfCopies(12);
    const files = await listFiles(dir);
    const progress: number[] = [];
    const parallel = await readArticlesParallel(dir, files, { threads: 2, onProgress: (done) => progress.push(done) });
    const serial = await readArticlesParallel(dir, files, { threads: 1 });
    expect(parallel.map((outcome) => outcome.file)).toEqual(files);
    expect(parallel).toEqual(serial);
    expect(progress.at(-1)).toBe(files.length);
    expect(parallel.find((outcome) => outcome.file === "0/unreadable.pdf")?.problems[0]?.message).toMatch(/not an article format/);
  });

  it("names a file that vanished before it could be read, and reads the others", async () => {
    const dir = await archiveOfCopies(1);
    const files = [...(await listFiles(dir)), "0/gone.txt"];
    const outcomes = await readArticlesParallel(dir, files, { threads: 1 });
    expect(outcomes.at(-1)).toMatchObject({ file: "0/gone.txt", problems: [{ severity: "error", message: "could not be read (ENOENT)" }] });
    expect(outcomes.filter((outcome) => outcome.record)).toHaveLength(files.length - 2);
  });
});
